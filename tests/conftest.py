"""Fixtures every test module may ask for."""

import os
from pathlib import Path

import pytest
import torch


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
