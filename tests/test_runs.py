"""The run directory's one owner: what it writes, how it finds checkpoints, when a finished run is reused."""

import json

import pytest

from landmark.config import load_config
from landmark.runs import RunDir
from landmark.train.trainer import Trainer


def test_a_trained_run_holds_its_config_origin_metrics_and_checkpoints(tmp_path):
    config = load_config("vaswani2017-tiny", ["train.max_steps=4", "train.eval_every=2", "train.eval_sentences=3"])
    Trainer(config, tmp_path / "run", progress=False, origin={"preset": "vaswani2017-tiny", "command": "test"}).fit()
    run = RunDir(tmp_path / "run")
    assert run.config() == config
    info = run.info()
    assert info["preset"] == "vaswani2017-tiny" and info["command"] == "test"
    assert {"commit", "date", "device"} <= set(info)
    assert [p.name for p in run.step_checkpoints()] == ["step_0000002.pt", "step_0000004.pt"]
    assert run.checkpoint("last").samefile(run.step_checkpoint(4))
    assert RunDir.of_checkpoint(run.step_checkpoint(2)).path == run.path
    assert RunDir.of_checkpoint(run.path / "best.pt").path == run.path
    assert run.summary()["steps"] == 4 and run.train_seconds() is not None
    assert run.best_val_ppl() == [r for r in run.metrics() if r["type"] == "val" and r["best"]][-1]["val_ppl"]
    assert run.finished_with(config) is not None
    other = load_config("vaswani2017-tiny", ["train.max_steps=5"])
    assert run.finished_with(other) is None  # a different config is never taken for this run


def test_a_missing_run_or_checkpoint_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a landmark run directory"):
        RunDir(tmp_path).require()
    (tmp_path / "config.yaml").write_text("{}")
    with pytest.raises(FileNotFoundError, match="no averaged.pt"):
        RunDir(tmp_path).checkpoint("averaged")
    assert RunDir(tmp_path).info() == {} and RunDir(tmp_path).metrics() == []
    assert json.loads(json.dumps(RunDir(tmp_path).summary())) is None
