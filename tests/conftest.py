"""Fixtures every test module may ask for."""

import os
from pathlib import Path

import pytest
import torch

# train.precision 'auto' would pick bf16 on a CPU with AMX or AVX-512-BF16 and fp32 elsewhere: the suite holds it
# to fp32 everywhere (subprocesses inherit this), so that exact-equality tests mean the same on every machine.
# Tests of bf16 ask for it by train.precision=bf16, or set LANDMARK_CPU_BF16 themselves.
os.environ.setdefault("LANDMARK_CPU_BF16", "0")


@pytest.fixture
def data_dir() -> Path:
    """The folder of real corpora ($LANDMARK_DATA, the layout of shared/data); skips the test where it lacks
    Multi30k. No test downloads anything."""
    folder = os.environ.get("LANDMARK_DATA")
    if not folder or not (Path(folder) / "multi30k" / "train.en").exists():
        pytest.skip("real data not available: set LANDMARK_DATA to a folder holding multi30k/ (shared/data)")
    return Path(folder)


@pytest.fixture(autouse=True)
def restore_threads():
    """The trainer sets torch's thread count for the whole process (train.num_threads): put it back after each
    test, so that one test's setting never slows the tests after it."""
    threads = torch.get_num_threads()
    yield
    torch.set_num_threads(threads)
