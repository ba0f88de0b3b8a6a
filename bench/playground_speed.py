"""How long the playground takes to answer one sentence with every layer's and head's attention: `landmark
playground` in a subprocess, POST /api/analyze from this process, end to end (JSON included).

    python bench/playground_speed.py --run runs/m30k --data-dir path/to/corpora --record docs/results/serving.jsonl

Sentences: the first --sentences of the test split with exactly --words words (default 20); each is sent
--repeats times after one untimed request; the record gives the median and the slowest answer, and the parts the
server timed itself (encode, decode, attention)."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", required=True)
    parser.add_argument("--data-dir")
    parser.add_argument("--split", default="test_2016_flickr")
    parser.add_argument("--words", type=int, default=20)
    parser.add_argument("--sentences", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--beam", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--record")
    args = parser.parse_args(argv)

    from landmark.config import config_from_dict, load_raw
    from landmark.data.corpora import load_split
    from landmark.provenance import append_record, cpu_name, result_record

    config = config_from_dict(load_raw(str(Path(args.run) / "config.yaml")))
    source, target = config.data.pair.split("-")
    sources = load_split(config.data.corpus, args.split, source, target, data_dir=args.data_dir, download=False)[0]
    chosen = [s for s in sources if len(s.split()) == args.words][: args.sentences]
    if not chosen:
        raise SystemExit(f"no sentence of {args.words} words in {args.split}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "landmark", "playground", "--run", args.run, "--port", str(port)]
    server = subprocess.Popen(command, env={**os.environ, "OMP_NUM_THREADS": str(args.threads)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(url + "/api/runs", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.3)
        body = {"beam_size": args.beam}
        httpx.post(url + "/api/analyze", json={**body, "text": chosen[0]}, timeout=60)  # untimed
        totals, parts = [], []
        for sentence in chosen:
            for _ in range(args.repeats):
                start = time.perf_counter()
                answer = httpx.post(url + "/api/analyze", json={**body, "text": sentence}, timeout=60)
                totals.append((time.perf_counter() - start) * 1000)
                answer.raise_for_status()
                parts.append(answer.json()["timing_ms"])
        layers = {kind: len(maps) for kind, maps in answer.json()["attention"].items()}
    finally:
        server.terminate()
        server.wait(timeout=30)
    record = result_record(
        "python bench/playground_speed.py " + shlex.join(argv if argv is not None else sys.argv[1:]),
        cpu_name(args.threads),
        bench="playground_speed",
        words=args.words,
        sentences=len(chosen),
        requests=len(totals),
        beam=args.beam,
        attention_layers=layers,
        median_ms=round(statistics.median(totals), 1),
        max_ms=round(max(totals), 1),
        **{f"median_{stage}_ms": round(statistics.median(p[stage] for p in parts), 1) for stage in parts[0]},
    )
    if args.record:
        append_record(args.record, record)
    print(json.dumps(record))
    return record


if __name__ == "__main__":
    main()
