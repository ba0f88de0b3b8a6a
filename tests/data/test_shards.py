"""Corpora larger than memory: `landmark data prepare` shards, read back one shard at a time. Every pair is served
exactly once an epoch with its own ids, an epoch's plan is the same when rebuilt (resume), mismatched settings
and broken files are named, a run trains on a prepared folder, and memory stays flat as the corpus grows."""

import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from landmark.data.shards import ShardedBatcher, write_shards
from landmark.tokens import EOS, PAD


def synthetic_pairs(n: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    for _ in range(n):
        src = np.append(rng.integers(4, 500, rng.integers(1, 30)), EOS)
        tgt = np.append(rng.integers(4, 500, rng.integers(1, 30)), EOS)
        yield src.astype(np.int32), tgt.astype(np.int32)


def shard_folder(path, n: int, shard_pairs: int):
    shards = write_shards(synthetic_pairs(n), path, shard_pairs)
    (path / "manifest.json").write_text(json.dumps({"data": {}, "shards": shards, "skipped_long": 0}))
    return path


def rows(matrix) -> list[list[int]]:
    return [[int(t) for t in row if t != PAD] for row in matrix]


def test_each_pair_is_served_once_an_epoch_with_its_own_ids(tmp_path):
    pairs = list(synthetic_pairs(2500))
    batcher = ShardedBatcher(shard_folder(tmp_path, 2500, shard_pairs=700), batch_tokens=400, seed=3)
    assert batcher.pairs == 2500 and len(batcher.shards) == 4
    orders = []
    for epoch in (0, 1):
        plan = batcher.plan(epoch)
        served = np.concatenate(list(plan))
        assert sorted(served.tolist()) == list(range(2500))  # none lost, none twice
        orders.append(served)
        for index in list(plan)[:: max(1, len(plan) // 25)]:
            batch = batcher.make_batch(index)
            assert rows(batch.src.numpy()) == [pairs[i][0].tolist() for i in index]
            assert rows(batch.tgt_out.numpy()) == [pairs[i][1].tolist() for i in index]
            assert len(index) == 1 or batch.src.numel() <= 400 and batch.tgt_out.numel() <= 400
    assert not np.array_equal(orders[0], orders[1])  # each epoch its own order
    fresh = ShardedBatcher(tmp_path, batch_tokens=400, seed=3)  # a resumed run rebuilds the same plan
    for k in (0, 7, len(batcher.plan(1)) - 1):
        assert np.array_equal(fresh.plan(1)[k], batcher.plan(1)[k])


def write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_prepare_then_train_and_each_mistake_named(tmp_path):
    from landmark.cli import main

    rng = np.random.default_rng(1)
    words = [" ".join(rng.choice(list("abcdefghijklmnop"), rng.integers(2, 9))) for _ in range(3000)]
    src, tgt = write(tmp_path / "big.src", words), write(tmp_path / "big.tgt", [w[::-1] for w in words])
    out = tmp_path / "prepared"
    main(["data", "prepare", "--preset", "vaswani2017-tiny", "--src", str(src), "--tgt", str(tgt), "--out", str(out),
          "--shard-pairs", "1000", "--vocab-sample", "500"])  # fmt: skip
    manifest = json.loads((out / "manifest.json").read_text())
    assert [s["pairs"] for s in manifest["shards"]] == [1000, 1000, 1000] and manifest["vocab_sample"] == 500
    run = tmp_path / "run"
    main(["train", "--preset", "vaswani2017-tiny", "--out", str(run), "--no-progress", "--set", f"data.prepared={out}",
          "--set", "train.max_steps=30", "--set", "train.eval_every=30", "--set", "train.num_threads=1"])  # fmt: skip
    start = next(r for r in map(json.loads, (run / "metrics.jsonl").read_text().splitlines()) if r["type"] == "start")
    assert start["pairs"] == 3000
    with pytest.raises(SystemExit, match="data.vocab_size is 500 here but 1000 there"):
        main(["train", "--preset", "vaswani2017-tiny", "--out", str(tmp_path / "other"), "--no-progress",
              "--set", f"data.prepared={out}", "--set", "data.vocab_size=500"])  # fmt: skip
    with pytest.raises(SystemExit, match="already holds prepared data"):
        main(["data", "prepare", "--preset", "vaswani2017-tiny", "--src", str(src), "--tgt", str(tgt), "--out",
              str(out)])  # fmt: skip
    short = write(tmp_path / "short.tgt", words[:-1])
    with pytest.raises(SystemExit, match="big.src has more lines"):
        main(["data", "prepare", "--preset", "vaswani2017-tiny", "--src", str(src), "--tgt", str(short), "--out",
              str(tmp_path / "p2")])  # fmt: skip
    holed = write(tmp_path / "holed.tgt", [*words[:10], "", *words[11:]])
    with pytest.raises(SystemExit, match=r"holed.tgt:11: empty line"):
        main(["data", "prepare", "--preset", "vaswani2017-tiny", "--src", str(src), "--tgt", str(holed), "--out",
              str(tmp_path / "p3")])  # fmt: skip


PEAK_RSS = textwrap.dedent("""
    import resource, sys
    from landmark.data.shards import ShardedBatcher
    batcher = ShardedBatcher(sys.argv[1], batch_tokens=2000)
    served = sum(batcher.make_batch(index).src.size(0) for index in batcher.plan(0))
    assert served == batcher.pairs, (served, batcher.pairs)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
""")


def test_memory_stays_flat_as_the_corpus_grows(tmp_path):
    """One epoch over 60k and 240k pairs (shards of 20k): the larger corpus is 4x the ids on disk, and the peak
    resident memory of reading it grows by less than a fifth of the extra data."""

    def peak(n: int) -> tuple[int, int]:
        folder = shard_folder(tmp_path / str(n), n, shard_pairs=20_000)
        size = sum(f.stat().st_size for f in folder.glob("*.npz"))
        command = [sys.executable, "-c", PEAK_RSS, str(folder)]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        return int(result.stdout.split()[-1]), size

    (small_rss, small_size), (large_rss, large_size) = peak(60_000), peak(240_000)
    assert large_size - small_size > 15_000_000
    assert large_rss - small_rss < (large_size - small_size) / 5, (small_rss, large_rss, small_size, large_size)
