"""How a trained Transformer behaves behind `landmark serve` as concurrency grows: throughput and latency for each
engine (ours in float32 and int8, CTranslate2 in float32 and int8), with and without dynamic batching, for short
and long sentences; and, before that, each engine's offline speed and BLEU on the whole test set.

    python bench/serve_load.py --run runs/m30k --data-dir path/to/corpora --record docs/results/serving.jsonl \
        --figure docs/results/figures/serve_load.png --page docs/results/serving.md

Part 1 (bench = "decode_backends"): `translate` over the test split with beam 5 and greedy, in one process, one
engine after the other: sentences/s and sacreBLEU; the ratio is against CTranslate2 of the same precision.
Part 2 (bench = "serve_load"): for each engine and batching mode a `landmark serve` subprocess on localhost; N
concurrent clients (--clients, default 1 4 16 64), each sending one sentence per request and the next as soon as
its answer arrives, for --seconds; sentences drawn from the shortest or the longest quarter of the test split.
"Dynamic batching off" is the same server with --max-batch-tokens 1 --max-wait-ms 0: one request a batch.
Throughput counts answered sentences in the window; latency is per request, from send to answer. The clients
run in this process (asyncio + httpx), on the same machine as the server: what they cost is in the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shlex
import socket
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import httpx
import numpy as np

ENGINES = {  # name -> (backend, int8)
    "torch": ("torch", False),
    "torch-int8": ("torch", True),
    "ctranslate2": ("ctranslate2", False),
    "ctranslate2-int8": ("ctranslate2", True),
}


def log(message: str) -> None:
    print(f"serve_load: {message}", file=sys.stderr, flush=True)


def test_sentences(run: str, data_dir: str | None, split: str) -> tuple[list[str], list[str]]:
    from landmark.config import config_from_dict, load_raw
    from landmark.data.corpora import load_split

    config = config_from_dict(load_raw(str(Path(run) / "config.yaml")))
    source, target = config.data.pair.split("-")
    return load_split(config.data.corpus, split, source, target, data_dir=data_dir, download=False)


# ----------------------------------------------------------------------------------------- part 1: offline
def decode_backends(args, sources: list[str], references: list[str]) -> list[dict]:
    import torch

    from landmark.backends import open_translator
    from landmark.evaluate.scoring import corpus_scores
    from landmark.provenance import device_name

    records = []
    for name, (backend, int8) in ENGINES.items():
        translator = open_translator(args.run, device="cpu", backend=backend, int8=int8)
        # The run's length penalty, and alpha = 0, where ours (GNMT's ((5 + L) / 6)^alpha) and CTranslate2's
        # (L^alpha) rank the same way, so that their BLEU can be compared as well as their speed.
        for beam, alpha in ((5, None), (5, 0.0), (1, None)):
            options = replace(translator.config.decode, beam_size=beam, nbest=1)
            if alpha is not None:
                options = replace(options, length_penalty=alpha)
            translator.translate(sources[:20], options)  # warm-up: first calls allocate
            start = time.perf_counter()
            hypotheses = [t.text for t in translator.translate(sources, options)]
            seconds = time.perf_counter() - start
            scores = corpus_scores(hypotheses, references)
            records.append(
                {
                    "bench": "decode_backends",
                    "engine": name,
                    "backend": backend,
                    "int8": int8,
                    "beam": beam,
                    "length_penalty": options.length_penalty,
                    "split": args.split,
                    "sentences": len(sources),
                    "seconds": round(seconds, 2),
                    "sentences_per_s": round(len(sources) / seconds, 1),
                    "bleu": round(scores.bleu, 2),
                    "sacrebleu": scores.signature,
                    "device": device_name(torch.device("cpu")),
                }
            )
            log(
                f"{name} beam {beam} alpha {options.length_penalty}: {records[-1]['sentences_per_s']} sentences/s, "
                f"BLEU {records[-1]['bleu']}"
            )
    for record in records:  # ours against CTranslate2 at the same precision, beam and length penalty
        rival = "ctranslate2-int8" if record["int8"] else "ctranslate2"
        theirs = next(
            r
            for r in records
            if (r["engine"], r["beam"], r["length_penalty"]) == (rival, record["beam"], record["length_penalty"])
        )
        record["speed_vs_ctranslate2"] = round(record["sentences_per_s"] / theirs["sentences_per_s"], 3)
        record["bleu_vs_ctranslate2"] = round(record["bleu"] - theirs["bleu"], 2)
    return records


# ----------------------------------------------------------------------------------------- part 2: load
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`landmark serve` in a subprocess, with the engine and batching mode asked for."""

    def __init__(self, run: str, backend: str, int8: bool, batching: bool, threads: int, queue: int):
        self.port = free_port()
        self.command = [sys.executable, "-m", "landmark", "serve", "--run", run, "--device", "cpu",
                        "--backend", backend, "--port", str(self.port), "--queue-size", str(queue),
                        "--timeout-s", "120", "--no-access-log"]  # fmt: skip
        if int8:
            self.command.append("--int8")
        if not batching:
            self.command += ["--max-batch-tokens", "1", "--max-wait-ms", "0"]
        environment = {**os.environ, "OMP_NUM_THREADS": str(threads)}
        self.process = subprocess.Popen(
            self.command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 300  # the first CTranslate2 start exports the run
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{shlex.join(self.command)} exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"{shlex.join(self.command)} did not answer /health in 300 s")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)


async def load(url: str, clients: int, sentences: list[str], seconds: float, beam: int, seed: int) -> dict:
    """`clients` loops of request-answer-request for `seconds`; latencies of the requests sent in the window."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    end = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(http: httpx.AsyncClient, index: int) -> None:
        pick = random.Random(seed * 1000 + index)
        while time.monotonic() < end:
            body = {"text": pick.choice(sentences), "beam_size": beam}
            sent = time.monotonic()
            answer = await http.post(url + "/translate", json=body)
            statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
            if answer.status_code == 200:
                latencies.append(time.monotonic() - sent)

    async with httpx.AsyncClient(limits=limits, timeout=180) as http:
        start = time.monotonic()
        await asyncio.gather(*(client(http, i) for i in range(clients)))
        elapsed = time.monotonic() - start  # the last answers arrive after `end`; count their time too
    ms = np.array(latencies) * 1000
    return {
        "requests": len(latencies),
        "errors": sum(count for status, count in statuses.items() if status != 200),
        "sentences_per_s": round(len(latencies) / elapsed, 2),
        "p50_ms": round(float(np.percentile(ms, 50)), 1),
        "p95_ms": round(float(np.percentile(ms, 95)), 1),
        "p99_ms": round(float(np.percentile(ms, 99)), 1),
        "seconds": round(elapsed, 2),
    }


def serve_load(args, sources: list[str]) -> list[dict]:
    words = sorted(sources, key=lambda s: len(s.split()))
    quarter = len(words) // 4
    pools = {"short": words[:quarter], "long": words[-quarter:]}
    records = []
    for name in args.engines:
        backend, int8 = ENGINES[name]
        for batching in (True, False):
            server = Server(args.run, backend, int8, batching, args.threads, queue=4 * max(args.clients))
            try:
                for length, pool in pools.items():
                    asyncio.run(load(server.url, 1, pool, 1.0, args.beam, seed=0))  # warm-up
                    for clients in args.clients:
                        result = asyncio.run(load(server.url, clients, pool, args.seconds, args.beam, seed=clients))
                        record = {
                            "bench": "serve_load",
                            "engine": name,
                            "backend": backend,
                            "int8": int8,
                            "dynamic_batching": batching,
                            "clients": clients,
                            "sentence_length": length,
                            "mean_words": round(sum(len(s.split()) for s in pool) / len(pool), 1),
                            "beam": args.beam,
                            **result,
                            "threads": args.threads,
                        }
                        records.append(record)
                        log(
                            f"{name} batching={'on' if batching else 'off'} {length} x{clients}: "
                            f"{result['sentences_per_s']} sent/s, p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms"
                        )
            finally:
                server.stop()
    return records


# ----------------------------------------------------------------------------------------- output
def figure(records: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    load_records = [r for r in records if r["bench"] == "serve_load"]
    lengths = sorted({r["sentence_length"] for r in load_records}, reverse=True)
    fig, axes = plt.subplots(2, len(lengths), figsize=(6 * len(lengths), 8), squeeze=False)
    colours = dict(zip(ENGINES, ("tab:blue", "tab:cyan", "tab:red", "tab:orange"), strict=True))
    for column, length in enumerate(lengths):
        for name in ENGINES:
            for batching, style in ((True, "-"), (False, ":")):
                points = sorted(
                    (r for r in load_records if (r["engine"], r["dynamic_batching"], r["sentence_length"])
                     == (name, batching, length)),
                    key=lambda r: r["clients"],
                )  # fmt: skip
                if not points:
                    continue
                label = f"{name}, batching {'on' if batching else 'off'}"
                clients = [r["clients"] for r in points]
                axes[0, column].plot(clients, [r["p99_ms"] for r in points], style, marker="o", color=colours[name],
                                     label=label)  # fmt: skip
                axes[1, column].plot(clients, [r["sentences_per_s"] for r in points], style, marker="o",
                                     color=colours[name], label=label)  # fmt: skip
        axes[0, column].set(title=f"{length} sentences: p99 latency", xscale="log", yscale="log", ylabel="ms")
        axes[1, column].set(title=f"{length} sentences: throughput", xscale="log", ylabel="sentences/s")
        for row in (0, 1):
            axes[row, column].set_xlabel("concurrent clients")
            axes[row, column].set_xticks(sorted({r["clients"] for r in load_records}))
            axes[row, column].get_xaxis().set_major_formatter(matplotlib.ticker.ScalarFormatter())
            axes[row, column].get_xaxis().set_minor_formatter(matplotlib.ticker.NullFormatter())
            axes[row, column].grid(alpha=0.3)
    axes[0, 0].legend(fontsize=8)
    fig.suptitle(f"landmark serve, {load_records[0]['device']}, beam {load_records[0]['beam']}")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def page(records: list[dict], figure_path: Path | None, path: Path) -> None:
    decode = [r for r in records if r["bench"] == "decode_backends"]
    served = [r for r in records if r["bench"] == "serve_load"]
    first = records[0]
    lines = [
        "# Serving: engines, dynamic batching and load",
        "",
        "Written by "
        + "; ".join(sorted({f"`{r['command']}` (commit `{r['commit']}`, {r['date']})" for r in records}))
        + f", {first['device']}. Every number is a record in [serving.jsonl](serving.jsonl); the method is in "
        "`bench/serve_load.py`.",
        "",
        f"The model: {first.get('preset')}, trained by `{first.get('run_command')}` ({first.get('run_steps')} steps, "
        f"{first.get('run_train_seconds')} s).",
        "",
        "## Offline decoding of the test set, one engine after the other",
        "",
        "| engine | beam | α | sentences/s | × CTranslate2 (same precision) | BLEU | BLEU − CTranslate2's |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['engine']} | {r['beam']} | {r['length_penalty']} | {r['sentences_per_s']} | "
        f"{r['speed_vs_ctranslate2']:.2f} | {r['bleu']:.2f} | {r['bleu_vs_ctranslate2']:+.2f} |"
        for r in decode
    ]
    if decode:
        lines += [
            "",
            f"{decode[0]['sentences']} sentences of {decode[0]['split']}; sacreBLEU {decode[0]['sacrebleu']}. α is the "
            "length penalty: ours is GNMT's ((5 + L) / 6)^α and CTranslate2's is L^α, so the two rank beams alike "
            "only at α = 0; greedy search does not use it.",
        ]
    lines += ["", "## Under load", ""]
    if figure_path is not None:
        lines += [f"![latency and throughput against concurrency]({os.path.relpath(figure_path, path.parent)})", ""]
    lines += [
        "| engine | batching | sentences | clients | sentences/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['engine']} | {'on' if r['dynamic_batching'] else 'off'} | {r['sentence_length']} ({r['mean_words']} "
        f"words) | {r['clients']} | {r['sentences_per_s']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | "
        f"{r['errors']} |"
        for r in served
    ]
    gains = []
    for r in served:
        if r["dynamic_batching"] and r["clients"] == max(s["clients"] for s in served):
            off = next(
                (s for s in served if not s["dynamic_batching"] and (s["engine"], s["sentence_length"], s["clients"])
                 == (r["engine"], r["sentence_length"], r["clients"])),
                None,
            )  # fmt: skip
            if off:
                gains.append(
                    f"| {r['engine']} | {r['sentence_length']} | {r['sentences_per_s'] / off['sentences_per_s']:.2f} | "
                    f"{r['p99_ms']} vs {off['p99_ms']} |"
                )
    if gains:
        lines += [
            "",
            f"Dynamic batching at {max(s['clients'] for s in served)} clients, against one request a batch:",
            "",
            "| engine | sentences | throughput × | p99 ms, on vs off |",
            "|---|---|---|---|",
            *gains,
        ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def rewrite_page(records_path: Path, figure_path: Path | None, page_path: Path) -> None:
    """The page again from a records file: its newest serve_load records and its newest decode_backends ones (each
    the whole set of one command, so a part measured again replaces the old one)."""
    records = [json.loads(line) for line in records_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen = []
    for bench in ("decode_backends", "serve_load"):
        of_bench = [r for r in records if r.get("bench") == bench]
        if of_bench:
            newest = of_bench[-1]["command"], of_bench[-1]["date"], of_bench[-1]["commit"]
            chosen += [r for r in of_bench if (r["command"], r["date"], r["commit"]) == newest]
    if figure_path is not None and any(r["bench"] == "serve_load" for r in chosen):
        figure(chosen, figure_path)
    page(chosen, figure_path, page_path)


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", required=True, help="a vaswani2017 run directory")
    parser.add_argument("--data-dir", help="folder of corpora (else LANDMARK_DATA)")
    parser.add_argument("--split", default="test_2016_flickr", help="the test split (default test_2016_flickr)")
    parser.add_argument("--threads", type=int, default=2, help="torch and CTranslate2 threads (default 2)")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4, 16, 64], help="concurrency levels")
    parser.add_argument("--seconds", type=float, default=6.0, help="each load point's window (default 6)")
    parser.add_argument("--beam", type=int, default=5, help="beam size of every request (default 5)")
    parser.add_argument("--engines", nargs="+", default=list(ENGINES), choices=list(ENGINES))
    parser.add_argument("--skip-decode", action="store_true", help="only the load part")
    parser.add_argument("--skip-load", action="store_true", help="only the offline part")
    parser.add_argument("--record", help="append every record to this .jsonl file")
    parser.add_argument("--figure", help="draw latency and throughput against concurrency here (.png)")
    parser.add_argument("--page", help="write the tables as markdown here")
    parser.add_argument(
        "--page-from-records",
        action="store_true",
        help="only rewrite --page (and --figure) from --record's newest records of each part, measuring nothing",
    )
    args = parser.parse_args(argv)
    if args.page_from_records:
        rewrite_page(Path(args.record), Path(args.figure) if args.figure else None, Path(args.page))
        return []

    import torch

    from landmark.provenance import append_record, cpu_name, result_record
    from landmark.runs import RunDir

    torch.set_num_threads(args.threads)
    command = "python bench/serve_load.py " + shlex.join(argv if argv is not None else sys.argv[1:])
    sources, references = test_sentences(args.run, args.data_dir, args.split)
    records = [] if args.skip_decode else decode_backends(args, sources, references)
    if not args.skip_load:
        records += serve_load(args, sources)
    device = cpu_name(args.threads)
    run = RunDir(args.run)
    info = run.info()
    trained = {
        "preset": info.get("preset"),
        "run_command": info.get("command"),
        **{f"run_{k}": v for k, v in (run.summary() or {}).items()},
    }
    records = [
        result_record(command, device, **trained, **{k: v for k, v in r.items() if k != "device"}) for r in records
    ]
    for record in records:
        if args.record:
            append_record(args.record, record)
        print(json.dumps(record))
    if args.figure and any(r["bench"] == "serve_load" for r in records):
        figure(records, Path(args.figure))
    if args.page:
        page(records, Path(args.figure) if args.figure else None, Path(args.page))
    return records


if __name__ == "__main__":
    main()
