"""Training curves from a run's metrics.jsonl: training loss, validation BLEU and learning rate, one line per run.

The records are the ones `landmark.train.trainer.Trainer` appends to `<run>/metrics.jsonl`:

- "train" (every log_every steps): step, loss (mean per target token over the window), lr, train_seconds;
- "val" (at each validation): step, val_bleu, val_ppl. A val record has no clock of its own, so its training time
  is that of the latest record at or before its step that has one (a "train" record, or the "end" record, which
  carries the total when the last validation falls between two log steps);
- "start", "averaged" and anything else are skipped.

A resumed run appends a second "start" record and goes on from the step of its checkpoint. When that checkpoint is
older than the last records logged (a run killed between checkpoints), the resumed run logs some steps again; the
later records win, so the curves follow the run whose weights survived.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, never a window
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from landmark.evaluate.analysis import save_figure  # noqa: E402

X_AXES = ("step", "time")

# Within one step the trainer writes train, then val, then end; a record sorting at or before one already seen
# comes from a resumed run repeating steps, and replaces what the first attempt logged from there on.
_ORDER = {"train": 0, "val": 1, "end": 2}


@dataclass(frozen=True)
class Curves:
    """One run's curves. Train arrays have shape (N,), val arrays shape (M,); a missing value is NaN."""

    train_steps: np.ndarray  # (N,) int, optimizer steps
    train_seconds: np.ndarray  # (N,) float, training time in seconds (validation and checkpointing excluded)
    loss: np.ndarray  # (N,) float, training cross-entropy in nats per target token
    lr: np.ndarray  # (N,) float, learning rate after the step
    val_steps: np.ndarray  # (M,) int
    val_seconds: np.ndarray  # (M,) float, training time at the validation, from the train/end records
    val_bleu: np.ndarray  # (M,) float, sacreBLEU on the validation subset
    val_ppl: np.ndarray  # (M,) float, validation perplexity


def read_curves(records: list[dict]) -> Curves:
    """Train and val curves from the records of one run's metrics.jsonl (see the module docstring)."""
    kept: list[tuple[tuple[int, int], dict]] = []
    for record in records:
        kind, step = record.get("type"), _number(record.get("steps" if record.get("type") == "end" else "step"))
        if kind not in _ORDER or np.isnan(step):
            continue
        key = (int(step), _ORDER[kind])
        while kept and kept[-1][0] >= key:
            kept.pop()
        kept.append((key, record))

    train = [r for (_, kind), r in kept if kind == _ORDER["train"]]
    val = [r for (_, kind), r in kept if kind == _ORDER["val"]]
    clock = [(step, _number(r.get("train_seconds"))) for (step, kind), r in kept if kind != _ORDER["val"]]
    clock = [(step, seconds) for step, seconds in clock if not np.isnan(seconds)]

    val_steps = np.array([int(r["step"]) for r in val], dtype=np.int64)
    return Curves(
        train_steps=np.array([int(r["step"]) for r in train], dtype=np.int64),
        train_seconds=_column(train, "train_seconds"),
        loss=_column(train, "loss"),
        lr=_column(train, "lr"),
        val_steps=val_steps,
        val_seconds=_seconds_at(val_steps, clock),
        val_bleu=_column(val, "val_bleu"),
        val_ppl=_column(val, "val_ppl"),
    )


def plot_training_curves(runs: dict[str, list[dict]], path: str | Path, x: str = "step", title: str = "") -> Path:
    """Three panels side by side: training loss, validation BLEU, learning rate; one line per run (the dict key
    is its label, e.g. the run folder name). x = "step" (optimizer steps) or "time" (training minutes, from
    train_seconds). Writes a PNG at dpi 130, creating parent folders, and returns its path."""
    if x not in X_AXES:
        raise ValueError(f"unknown x {x!r}: use one of {', '.join(map(repr, X_AXES))}")
    if not runs:
        raise ValueError("no runs to plot")
    curves = {}
    for name, records in runs.items():
        curve = read_curves(records)
        if not len(curve.train_steps) and not len(curve.val_steps):
            raise ValueError(f"run {name!r} has no train or val records to plot: has it trained yet?")
        if x == "time" and np.isnan(np.concatenate([curve.train_seconds, curve.val_seconds])).all():
            raise ValueError(f"run {name!r} has no train_seconds in its records; plot it with x='step'")
        curves[name] = curve

    # A shared x axis lines up the same moment of training in all three panels.
    fig, (loss_ax, bleu_ax, lr_ax) = plt.subplots(1, 3, figsize=(15, 4.4), sharex=True, layout="constrained")
    for k, (name, curve) in enumerate(curves.items()):
        color = f"C{k % 10}"  # the same run keeps one colour in all three panels
        train_x = curve.train_steps if x == "step" else curve.train_seconds / 60
        val_x = curve.val_steps if x == "step" else curve.val_seconds / 60
        loss_ax.plot(train_x, curve.loss, color=color, label=name)
        bleu_ax.plot(val_x, curve.val_bleu, color=color, marker="o", markersize=4, label=name)
        lr_ax.plot(train_x, curve.lr, color=color, label=name)

    xlabel = "optimizer step" if x == "step" else "training time (minutes, validation excluded)"
    for ax, ylabel, name in (
        (loss_ax, "loss (nats per target token)", "training loss"),
        (bleu_ax, "BLEU (sacreBLEU)", "validation BLEU"),
        (lr_ax, "learning rate", "learning rate"),
    ):
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.set_title(name)
        ax.grid(alpha=0.3)
    lr_ax.ticklabel_format(axis="y", style="sci", scilimits=(-2, 2))
    # One legend under the panels: inside a panel it would sit on the lines of a run or two.
    handles, labels = loss_ax.get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=min(len(labels), 5), frameon=False)
    fig.suptitle(title or f"Training curves against {'steps' if x == 'step' else 'training time'}")
    return save_figure(fig, path)


def _number(value) -> float:
    """A record's number, or NaN for a missing or non-numeric value."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return float("nan")
    return float(value)


def _column(records: list[dict], key: str) -> np.ndarray:
    return np.array([_number(r.get(key)) for r in records], dtype=np.float64)


def _seconds_at(steps: np.ndarray, clock: list[tuple[int, float]]) -> np.ndarray:
    """Training time at each step: that of the latest clock record at or before it; 0 before the first one,
    since no training has been timed yet; NaN when there is no clock at all. clock is sorted by step."""
    if not clock:
        return np.full(len(steps), np.nan)
    clock_steps = np.array([step for step, _ in clock])
    clock_seconds = np.concatenate([[0.0], [seconds for _, seconds in clock]])
    return clock_seconds[np.searchsorted(clock_steps, steps, side="right")]
