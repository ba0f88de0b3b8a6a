"""Rebuild docs/results/README.md's tables from the measured records in docs/results/*.jsonl.

    python docs/results/table.py

Every figure in the tables is a line of a .jsonl file here, with the command, commit, device and date
that produced it; nothing is typed in by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
BEGIN, END = "<!-- tables:begin -->", "<!-- tables:end -->"


def records() -> list[dict]:
    found = []
    for path in sorted(HERE.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                found.append({**json.loads(line), "_file": f"{path.name}:{number}"})
    return found


def table(rows: list[list], header: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


TEST_SPLITS = ("test_2016_flickr", "test_2017_flickr")


def label(r: dict) -> str:
    """The model and how it was decoded where a page decoded it more than one way (candidate lists, coverage)."""
    ways = [r["variant"]] if r.get("variant") else []
    ways += [r["decoding"]] if r.get("decoding") else []
    ways += [f"coverage {r['coverage_penalty']}"] if r.get("coverage_penalty") is not None else []
    return r["preset"] + (f" ({', '.join(ways)})" if ways else "")


def summary(evaluations: list[dict]) -> str:
    """One row per evaluated model (run, checkpoint, length penalty): its BLEU on both Multi30k test sets."""
    rows: dict[tuple, dict] = {}
    for r in evaluations:
        if r["split"] not in TEST_SPLITS:
            continue
        key = (
            label(r),
            r.get("scale", ""),
            f"{r['corpus']} {r['pair']}",
            r.get("checkpoint"),
            r.get("length_penalty"),
            r["device"],
            r["train_seconds"],
            r["commit"],
        )
        rows.setdefault(key, {})[r["split"]] = (r["bleu"], r["_file"].split(":")[0])
    body = [
        [*key[:7], *(splits.get(s, ("", ""))[0] for s in TEST_SPLITS), key[7], next(iter(splits.values()))[1]]
        for key, splits in rows.items()
    ]
    header = ["model", "scale", "data", "checkpoint", "length penalty", "device", "train s"]
    return table(body, [*header, *(f"BLEU {s}" for s in TEST_SPLITS), "commit", "records"])


def render() -> str:
    all_records = records()
    # Records with a `bench` field have pages of their own (serving.md, written by bench/serve_load.py).
    evaluations = [r for r in all_records if "bleu" in r and "bench" not in r]
    benchmarks = [r for r in all_records if ("tokens_per_s" in r or "train_tokens_per_s" in r) and "bench" not in r]
    parts = ["### Every model on the Multi30k test sets (beam 5)\n", summary(evaluations)]
    parts.append("\n### Translation quality, every record (sacreBLEU, cased, detokenised)\n")
    parts.append(
        table(
            [
                [
                    label(r),
                    r["corpus"],
                    r["pair"],
                    r["split"],
                    r["bleu"],
                    r["chrf"],
                    r["beam"],
                    r.get("length_penalty"),
                    r.get("checkpoint"),
                    r["device"],
                    r["train_seconds"],
                    r["date"],
                    r["commit"],
                    r["_file"],
                ]
                for r in evaluations
            ],
            [
                "preset",
                "corpus",
                "pair",
                "split",
                "BLEU",
                "chrF",
                "beam",
                "length penalty",
                "checkpoint",
                "device",
                "train s",
                "date",
                "commit",
                "record",
            ],
        )
    )
    signatures = sorted({r["signature"] for r in evaluations})
    parts.append(
        "\nBLEU signature" + ("s" if len(signatures) > 1 else "") + ": " + "; ".join(f"`{s}`" for s in signatures)
    )
    if benchmarks:
        parts.append("\n### Speed (bench/bench_nmt.py; ratios against a baseline in the same run)\n")
        parts.append(
            table(
                [
                    [
                        r.get("preset"),
                        r.get("corpus"),
                        r.get("device"),
                        r.get("train_tokens_per_s"),
                        r.get("baseline_train_tokens_per_s"),
                        r.get("train_speedup"),
                        r.get("sentences_per_s"),
                        r.get("baseline_sentences_per_s"),
                        r.get("decode_speedup"),
                        r.get("date"),
                        r.get("commit"),
                        r["_file"],
                    ]
                    for r in benchmarks
                ],
                [
                    "preset",
                    "corpus",
                    "device",
                    "train tok/s",
                    "baseline tok/s",
                    "ratio",
                    "beam-5 sent/s",
                    "baseline sent/s",
                    "ratio",
                    "date",
                    "commit",
                    "record",
                ],
            )
        )
    return "\n".join(parts)


def main() -> None:
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    readme.write_text(text[:start] + "\n" + render() + "\n" + text[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
