import json
import math

import pytest
import torch

from landmark.config import ConfigError, load_config
from landmark.data.toy import toy_split
from landmark.runs import RunDir, average_checkpoints, load_checkpoint
from landmark.train.schedule import learning_rate_factor
from landmark.train.trainer import Trainer
from landmark.translator import Translator


def toy_config(*overrides):
    return load_config("vaswani2017-tiny", ["train.num_threads=2", *overrides])


def train_losses(run_dir):
    lines = (run_dir / "metrics.jsonl").read_text().splitlines()
    return {r["step"]: r["loss"] for r in map(json.loads, lines) if r["type"] == "train"}


def test_tiny_transformer_learns_to_reverse_sequences_exactly(tmp_path):
    """Held-out sequences of 2-10 symbols, reversed word for word, 700 steps (45 s on 2 cores) from the pinned
    seed: 88% exact with the fused Adam, 96% with the for-loop Adam before it, whose updates agree to 6e-8 (the
    trajectory differs, not the learning); the bar is 85%. The recipe is seed-sensitive: seeds 2 and 3 gave 54% and
    51% with the for-loop Adam, 53% and 91% with the fused one; a learner that is broken stays far below."""
    config = toy_config(
        "data.corpus=toy:reverse", "train.max_steps=700", "train.eval_every=700", "train.batch_tokens=2048"
    )
    summary = Trainer(config, tmp_path, progress=False).fit()
    losses = train_losses(tmp_path)
    assert losses[max(losses)] < losses[min(losses)] / 10  # the loss fell
    sources, references = toy_split("reverse", "test")
    outputs = [t.text for t in Translator(tmp_path, "last").translate(sources)]
    exact = sum(o == r for o, r in zip(outputs, references, strict=True)) / len(references)
    assert exact >= 0.85, [(o, r) for o, r in zip(outputs, references, strict=True) if o != r][:5]
    assert summary["best_val_bleu"] > 90


def test_resumed_run_continues_the_same_loss_curve(tmp_path):
    common = [
        "data.corpus=toy:copy",
        "model.dropout=0.1",
        "train.log_every=1",
        "train.eval_every=6",
        "train.eval_sentences=10",
        "train.batch_tokens=256",
    ]
    straight, stopped = tmp_path / "straight", tmp_path / "stopped"
    Trainer(toy_config(*common, "train.max_steps=12"), straight, progress=False).fit()
    Trainer(toy_config(*common, "train.max_steps=6"), stopped, progress=False).fit()
    Trainer(toy_config(*common, "train.max_steps=12"), stopped, resume=True, progress=False).fit()
    expected, resumed = train_losses(straight), train_losses(stopped)
    assert sorted(resumed) == list(range(1, 13))
    assert [resumed[s] for s in range(7, 13)] == [expected[s] for s in range(7, 13)]


def test_interrupted_training_leaves_a_checkpoint_to_resume_from(tmp_path, monkeypatch):
    trainer = Trainer(toy_config("train.max_steps=50", "train.batch_tokens=256"), tmp_path, progress=False)
    original, calls = trainer.train_step, []

    def interrupt_on_fourth(group):
        calls.append(1)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return original(group)

    monkeypatch.setattr(trainer, "train_step", interrupt_on_fourth)
    with pytest.raises(KeyboardInterrupt, match="--resume"):
        trainer.fit()
    saved = load_checkpoint(tmp_path / "last.pt")
    assert saved["progress"]["step"] == 3 and saved["progress"]["batch"] == 3


def test_averaging_checkpoints_gives_the_mean_of_their_weights(tmp_path):
    config = toy_config(
        "train.max_steps=4",
        "train.checkpoint_every=2",
        "train.eval_every=100",
        "train.eval_sentences=5",
        "train.average_last=2",
    )
    Trainer(config, tmp_path, progress=False).fit()
    paths = RunDir(tmp_path).step_checkpoints()
    assert [p.name for p in paths] == ["step_0000002.pt", "step_0000004.pt"]
    first, second = (load_checkpoint(p)["model"] for p in paths)
    averaged = load_checkpoint(average_checkpoints(paths, tmp_path / "again.pt"))["model"]
    for key in first:
        torch.testing.assert_close(averaged[key], (first[key] + second[key]) / 2)
    assert (tmp_path / "averaged.pt").exists()


def test_warmup_rises_linearly_to_the_peak_then_decays_as_inverse_square_root():
    factors = [learning_rate_factor(step, 100, "inverse_sqrt") for step in range(400)]
    assert factors[49] == pytest.approx(0.5) and factors[99] == pytest.approx(1.0)
    assert max(factors) == pytest.approx(1.0)
    assert factors[399] == pytest.approx(math.sqrt(100 / 400))


def test_a_diverging_run_stops_with_advice_instead_of_training_on_nan(tmp_path):
    config = toy_config("train.max_steps=20", "train.log_every=2", "train.eval_every=100", "train.lr=1e30",
                        "train.warmup_steps=1", "train.clip_norm=0")  # fmt: skip
    with pytest.raises(FloatingPointError, match="Lower train.lr"):
        Trainer(config, tmp_path, progress=False).fit()


def test_best_by_loss_marks_each_new_lowest_validation_loss(tmp_path):
    config = load_config(
        "vaswani2017-tiny",
        ["train.max_steps=8", "train.eval_every=2", "train.eval_sentences=3", "train.best_by=loss", "train.lr=0.01"],
    )
    Trainer(config, tmp_path, progress=False).fit()
    vals = [r for r in RunDir(tmp_path).metrics() if r["type"] == "val"]
    lowest = float("inf")
    for record in vals:
        assert record["best"] == (record["val_loss"] < lowest)
        lowest = min(lowest, record["val_loss"])
    best_step = [r["step"] for r in vals if r["best"]][-1]
    assert load_checkpoint(tmp_path / "best.pt")["progress"]["step"] == best_step


def test_the_cosine_schedule_warms_up_then_falls_to_a_tenth_of_the_peak_at_the_last_step():
    factors = [learning_rate_factor(step, 100, "cosine", 2000) for step in range(2001)]
    assert factors[49] == pytest.approx(0.5) and factors[99] == pytest.approx(1.0)
    assert factors[100] == pytest.approx(1.0) and factors[1050] == pytest.approx(0.55)  # half-way: 0.1 + 0.9 / 2
    assert factors[2000] == pytest.approx(0.1)
    assert all(a >= b for a, b in zip(factors[100:-1], factors[101:], strict=True))
    with pytest.raises(ValueError, match="max_steps"):
        load_config("vaswani2017-tiny", ["train.schedule=cosine", "train.max_steps=0", "train.max_minutes=1"])


def test_a_language_model_reads_one_vocabulary():
    with pytest.raises(ValueError, match="joint_vocab"):
        load_config("gpt-tiny", ["data.side=tgt", "data.joint_vocab=false"])


def test_train_init_from_starts_every_weight_and_the_vocabulary_from_the_parent_s_best_checkpoint(tmp_path):
    """A parent on toy:reverse, a child on toy:copy started from it: before its first step the child's weights are
    the parent's best.pt and its vocabulary the parent's, byte for byte; a different model is refused by field."""
    parent = tmp_path / "parent"
    Trainer(toy_config("train.num_threads=1", "data.train_limit=300", "train.max_steps=5", "train.eval_every=5",
                       "train.eval_sentences=5"), parent, progress=False).fit()  # fmt: skip
    child = Trainer(toy_config("train.num_threads=1", "data.corpus=toy:copy", f"train.init_from={parent}",
                               "train.max_steps=5"), tmp_path / "child", progress=False)  # fmt: skip
    best = load_checkpoint(parent / "best.pt")["model"]
    for name, weight in child.model.state_dict().items():
        assert torch.equal(weight, best[name]), name
    assert (tmp_path / "child" / "vocab" / "joint.txt").read_bytes() == (parent / "vocab" / "joint.txt").read_bytes()
    assert child.fit()["steps"] == 5

    with pytest.raises(ValueError, match="train.init_from: .*model.d_model=64 there, 32 here"):
        Trainer(toy_config(f"train.init_from={parent}", "model.d_model=32"), tmp_path / "narrow")
    with pytest.raises(ValueError, match="train.init_from is .*none"):
        Trainer(toy_config(f"train.init_from={tmp_path / 'none'}"), tmp_path / "orphan")
    with pytest.raises(ConfigError, match="set one of them"):
        toy_config(f"train.init_from={parent}", f"train.init_encoder={parent}")


def test_bf16_autocast_on_the_cpu_learns_the_toy_task_as_fp32_does(tmp_path):
    """toy:reverse for 700 steps on one thread, fp32 and bf16 autocast (train.precision): bf16 reverses at least 70%
    of the held-out sequences exactly and is no more than 20 points below fp32. Exact-sequence accuracy of one seed
    swings by about that much either way: fp32 79%, bf16 97% on an AMD EPYC (avx512_bf16); fp32 99%, bf16 83% on
    an Intel Xeon (AMX), and at 1,000 steps there 89% and 81%. A bf16 path that breaks learning falls far below."""
    sources, references = toy_split("reverse", "test")
    exact = {}
    for precision in ("fp32", "bf16"):
        run = tmp_path / precision
        settings = ("train.max_steps=700", "train.eval_every=700", "train.batch_tokens=2048")
        config = toy_config("data.corpus=toy:reverse", "train.num_threads=1", *settings, f"train.precision={precision}")
        trainer = Trainer(config, run, progress=False)
        assert trainer.use_bf16 == (precision == "bf16")
        trainer.fit()
        outputs = [t.text for t in Translator(run, "last", device="cpu").translate(sources)]
        exact[precision] = sum(o == r for o, r in zip(outputs, references, strict=True)) / len(references)
    assert exact["bf16"] >= 0.7 and exact["bf16"] >= exact["fp32"] - 0.2 and exact["fp32"] >= 0.6, exact
