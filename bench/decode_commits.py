"""Our decoder's speed at two commits, on the same run, sentences and threads, one after the other: what a change
to the search or the models bought, as a ratio measured in one run.

    python bench/decode_commits.py --run runs/m30k --before d5ffc53 --after HEAD --data-dir path/to/corpora \
        --record docs/results/serving.jsonl

`--set decode.FIELD=INT` sets a decoding option on both sides (Jean et al.'s candidate lists:
`--set decode.candidates_frequent=1000 --set decode.candidates_per_word=10`).

Each commit is checked out in a temporary git worktree and imported from there in a subprocess that translates
the test split with beam 5 and greedy (one untimed warm-up batch first) and prints its timings and hypotheses;
the record gives both speeds, their ratio, and whether the two commits wrote the same translations."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, sys, time
from dataclasses import replace
import torch
from landmark.translator import Translator
from landmark.data.corpora import load_split
run, split, data_dir, threads = sys.argv[1], sys.argv[2], sys.argv[3] or None, int(sys.argv[4])
fields = dict(item.split("=", 1) for item in sys.argv[5:])  # decode.<field>=<int>
torch.set_num_threads(threads)
translator = Translator(run, device="cpu")
source, target = translator.config.data.pair.split("-")
sources = load_split(translator.config.data.corpus, split, source, target, data_dir=data_dir, download=False)[0]
result = {}
for beam in (5, 1):
    options = replace(translator.config.decode, beam_size=beam, nbest=1,
                      **{k.removeprefix("decode."): int(v) for k, v in fields.items()})
    translator.translate(sources[:20], options)
    start = time.perf_counter()
    texts = [t.text for t in translator.translate(sources, options)]
    result[beam] = {"seconds": time.perf_counter() - start, "texts": texts}
print(json.dumps(result))
"""


def measure(root: Path, args) -> dict:
    environment = {**os.environ, "PYTHONPATH": str(root), "OMP_NUM_THREADS": str(args.threads)}
    command = [sys.executable, "-c", CHILD, args.run, args.split, args.data_dir or "", str(args.threads), *args.decode]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=True, cwd=root)
    return {int(beam): value for beam, value in json.loads(done.stdout.strip().splitlines()[-1]).items()}


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", required=True)
    parser.add_argument("--before", required=True, help="the baseline commit")
    parser.add_argument("--after", default="HEAD")
    parser.add_argument("--data-dir")
    parser.add_argument("--split", default="test_2016_flickr")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--record")
    parser.add_argument(
        "--set",
        dest="decode",
        action="append",
        default=[],
        metavar="decode.FIELD=INT",
        help="a decoding option of both sides, e.g. --set decode.candidates_frequent=1000",
    )
    args = parser.parse_args(argv)
    for item in args.decode:
        if not item.startswith("decode.") or "=" not in item or not item.split("=", 1)[1].isdigit():
            parser.error(f"--set {item}: give decode.FIELD=INT (an integer decoding option)")
    args.run = str(Path(args.run).resolve())

    from landmark.provenance import append_record, cpu_name, result_record

    repository = Path(__file__).resolve().parents[1]
    results, commits = {}, {}
    with tempfile.TemporaryDirectory() as scratch:
        for name in ("before", "after"):
            commit = subprocess.run(["git", "rev-parse", "--short", getattr(args, name)], cwd=repository,
                                    capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
            tree = Path(scratch) / name
            subprocess.run(["git", "worktree", "add", "--detach", str(tree), commit], cwd=repository,
                           capture_output=True, check=True)  # fmt: skip
            try:
                commits[name], results[name] = commit, measure(tree, args)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=repository, check=False)
    command = "python bench/decode_commits.py " + shlex.join(argv if argv is not None else sys.argv[1:])
    device = cpu_name(args.threads)
    records = []
    for beam in (5, 1):
        before, after = results["before"][beam], results["after"][beam]
        sentences = len(after["texts"])
        record = result_record(
            command,
            device,
            bench="decode_commits",
            run=args.run,
            split=args.split,
            sentences=sentences,
            decode_options=args.decode,
            beam=beam,
            before_commit=commits["before"],
            after_commit=commits["after"],
            before_sentences_per_s=round(sentences / before["seconds"], 1),
            after_sentences_per_s=round(sentences / after["seconds"], 1),
            speedup=round(before["seconds"] / after["seconds"], 3),
            same_translations=sum(a == b for a, b in zip(before["texts"], after["texts"], strict=True)),
        )
        records.append(record)
        if args.record:
            append_record(args.record, record)
        print(json.dumps(record))
    return records


if __name__ == "__main__":
    main()
