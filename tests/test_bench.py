"""bench/bench_nmt.py runs end to end on a toy task and writes the result it promises.

Speed itself is never asserted: it is measured by the benchmark, as ratios against baselines in the same run.
"""

import importlib.util
import json
from pathlib import Path

import pytest
import torch

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "bench_nmt.py"

KEYS = ["preset", "corpus", "pair", "device", "torch", "train_tokens_per_s", "baseline_train_tokens_per_s",
        "train_speedup", "sentences_per_s", "baseline_sentences_per_s", "decode_speedup", "steps",
        "decode_sentences", "command", "commit", "date"]  # fmt: skip
SPEEDS = ["train_tokens_per_s", "baseline_train_tokens_per_s", "train_speedup", "sentences_per_s",
          "baseline_sentences_per_s", "decode_speedup"]  # fmt: skip


def load_script(path: Path):
    """A bench/ script as a module; the thread count it leaves behind restored afterwards (the trainer sets the
    thread count of the whole process)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    threads = torch.get_num_threads()
    yield module
    torch.set_num_threads(threads)


@pytest.fixture
def bench():
    yield from load_script(SCRIPT)


def test_bench_writes_positive_speeds_and_ratios_for_a_toy_task(bench, tmp_path):
    out, record = tmp_path / "bench.json", tmp_path / "results" / "bench.jsonl"
    # One thread: on a busy CI machine, more threads than free cores slow torch down by orders of magnitude.
    argv = ["--preset", "vaswani2017-tiny", "--corpus", "toy:copy", "--pair", "src-tgt", "--device", "cpu",
            "--steps", "3", "--warmup-steps", "1", "--decode-sentences", "6", "--baseline-decode-sentences", "3",
            "--set", "train.num_threads=1", "--out", str(out), "--record", str(record)]  # fmt: skip
    returned = bench.main(argv)

    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == returned
    assert [key for key in KEYS if key not in written] == []
    for key in SPEEDS:
        assert written[key] > 0, key
    assert (written["corpus"], written["pair"], written["steps"], written["decode_sentences"]) == (
        "toy:copy", "src-tgt", 3, 6,
    )  # fmt: skip
    assert written["device"].startswith("cpu")
    assert "--preset vaswani2017-tiny" in written["command"]
    assert [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()] == [written]


@pytest.fixture
def bench_step():
    yield from load_script(SCRIPT.parent / "bench_step.py")


def test_bench_step_records_each_variant_against_its_peak_and_profiles_each_precision(bench_step, tmp_path):
    record, profile = tmp_path / "bench.jsonl", tmp_path / "profile.txt"
    argv = ["--preset", "vaswani2017-tiny", "--corpus", "toy:copy", "--pair", "src-tgt", "--steps", "2",
            "--warmup-steps", "1", "--variants", "fp32,bf16", "--matmul-size", "256", "--set",
            "train.num_threads=1", "--record", str(record), "--profile", str(profile)]  # fmt: skip
    returned = bench_step.main(argv)

    assert [(r["precision"], r["compile"]) for r in returned] == [("fp32", False), ("bf16", False)]
    assert [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()] == returned
    for r in returned:
        assert r["tokens_per_s"] > 0 and r["flops_per_token"] > 0 and r["peak_gflops"] > 0
        assert r["mfu"] == pytest.approx(r["achieved_gflops"] / r["peak_gflops"], rel=0.01, abs=1e-4)
        assert r["speedup"] == pytest.approx(r["tokens_per_s"] / returned[0]["tokens_per_s"], rel=0.01)
    text = profile.read_text(encoding="utf-8")
    heads = [line for line in text.splitlines() if line.startswith("== ")]
    assert [h.split(",")[0] for h in heads] == ["== fp32", "== bf16"]
    for line in (line for line in text.splitlines() if line.startswith("a step's split:")):
        shares = [int(part.rsplit("(", 1)[1].rstrip("%)")) for part in line.split(": ", 1)[1].split(", ")]
        assert len(shares) == 4 and abs(sum(shares) - 100) <= 2, line  # batch, forward, optimizer, backward


def test_bench_step_times_an_rnn_models_fused_kernel_against_its_loop(bench_step):
    argv = ["--preset", "sutskever2014-tiny", "--corpus", "toy:copy", "--pair", "src-tgt", "--steps", "2",
            "--warmup-steps", "1", "--variants", "fp32,fp32+loop", "--matmul-size", "128", "--set",
            "train.num_threads=1"]  # fmt: skip
    fused, loop = bench_step.main(argv)
    assert (fused["rnn_path"], loop["rnn_path"]) == ("fused", "loop")
    assert fused["tokens_per_s"] > 0 and loop["tokens_per_s"] > 0
    with pytest.raises(SystemExit, match="precision fp32 or bf16"):
        bench_step.main([*argv[:10], "--variants", "fp32+fast", *argv[12:]])
