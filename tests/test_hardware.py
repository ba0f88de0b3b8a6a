"""landmark.hardware: which CPUs train in bf16 under train.precision 'auto', and the allocator setting that keeps
freed memory for the next step."""

import subprocess
import sys
import textwrap

import pytest
import torch

from landmark import hardware
from landmark.config import load_config
from landmark.models import build_model
from landmark.train.trainer import uses_bf16


@pytest.mark.parametrize(
    ("flags", "fast"),
    [
        (["avx2", "avx512f"], False),
        (["avx2", "avx512f", "avx512_bf16"], True),
        (["amx_bf16", "amx_tile"], True),
        ([], False),
    ],
)
def test_fast_bf16_is_read_from_the_cpu_flags_unless_the_environment_says(monkeypatch, flags, fast):
    monkeypatch.setattr(hardware, "cpu_flags", lambda: flags)
    monkeypatch.delenv("LANDMARK_CPU_BF16", raising=False)
    assert hardware.fast_cpu_bf16() is fast
    for forced in ("0", "1"):
        monkeypatch.setenv("LANDMARK_CPU_BF16", forced)
        assert hardware.fast_cpu_bf16() is (forced == "1")


def test_auto_precision_is_bf16_on_a_gpu_and_on_a_bf16_cpu_for_the_models_measured_faster(monkeypatch):
    config = load_config("vaswani2017-tiny")
    transformer = build_model(config.model, 50, 50)
    rnn = build_model(load_config("bahdanau2015-tiny").model, 50, 50)
    cpu, gpu = torch.device("cpu"), torch.device("cuda")
    for fast in (False, True):
        monkeypatch.setenv("LANDMARK_CPU_BF16", str(int(fast)))
        assert uses_bf16("auto", cpu, transformer) is fast
        assert uses_bf16("auto", cpu, rnn) is False  # its step is a loop over time: not measured faster in bf16
        assert uses_bf16("auto", gpu, rnn) is True
        for model in (transformer, rnn):
            assert uses_bf16("bf16", cpu, model) is True and uses_bf16("fp32", cpu, model) is False


# A 64 MiB tensor made, touched and freed 30 times, as a training step makes its logits: the page faults of the last
# 10 times, with and without the setting. (Kept, the first few times may still grow the heap: PyTorch asks for
# 64-byte aligned blocks, which a freed block of exactly the size does not fit until freed neighbours merge.)
FAULTS = textwrap.dedent("""
    import resource, sys, torch
    from landmark.hardware import keep_freed_memory
    applied = keep_freed_memory() if sys.argv[1] == "keep" else False
    for _ in range(20):
        torch.ones(16 * 2**20)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(10):
        torch.ones(16 * 2**20)
    print(applied, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt is Linux's")
def test_keep_freed_memory_spares_the_kernel_re_mapping_a_large_tensor():
    faults = {}
    for mode in ("keep", "default"):
        out = subprocess.run([sys.executable, "-c", FAULTS, mode], capture_output=True, text=True, check=True).stdout
        applied, faults[mode] = out.split()
        faults[mode] = int(faults[mode])
        if mode == "keep" and applied != "True":
            pytest.skip("this libc has no mallopt (not glibc)")
    pages = 10 * 64 * 2**20 // 4096
    assert faults["default"] > pages / 2, faults  # glibc's default: a fresh mapping, every page faulted in again
    assert faults["keep"] < pages / 20, faults  # kept: the freed pages are reused as they are
