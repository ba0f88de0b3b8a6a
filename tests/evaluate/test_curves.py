import numpy as np
import pytest

from landmark.evaluate.curves import plot_training_curves, read_curves

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def train(step, loss, seconds, lr=1e-3):
    return {
        "type": "train",
        "step": step,
        "epoch": 0,
        "loss": loss,
        "lr": lr,
        "tokens_per_s": 1000,
        "train_seconds": seconds,
    }


def val(step, bleu, ppl=10.0):
    return {
        "type": "val",
        "step": step,
        "epoch": 0,
        "val_loss": 2.3,
        "val_ppl": ppl,
        "val_bleu": bleu,
        "val_chrf": 40.0,
        "best": True,
        "seconds": 3.0,
    }


START = {"type": "start", "pairs": 10, "device": "cpu"}


def run(losses, bleus):
    """Train records every 50 steps, 30 s apart; a validation every 100 steps and one more 20 steps after the
    last train record (off the log grid, as when the trainer stops between log steps), timed by the end record."""
    records = [START]
    for k, loss in enumerate(losses, start=1):
        records.append(train(50 * k, loss, 30.0 * k))
        if k % 2 == 0:
            records.append(val(50 * k, bleus[k // 2 - 1]))
    last = 50 * len(losses) + 20
    records.append(val(last, bleus[-1]))
    records.append({"type": "end", "steps": last, "train_seconds": 30.0 * len(losses) + 12, "best_val_bleu": 8.0})
    return records


def resumed():
    """A run killed after step 150 whose last checkpoint was at step 100: it resumes at 100 and logs 150 again."""
    first = [START, train(50, 6.0, 30.0), train(100, 5.0, 60.0), val(100, 3.0), train(150, 4.5, 90.0)]
    second = [START, train(150, 4.4, 95.0), train(200, 4.0, 125.0), val(200, 6.0), train(250, 3.8, 155.0)]
    return first + second + [val(260, 7.0)]


def test_read_curves_gives_train_arrays_and_val_seconds_from_the_latest_clock_at_or_before_each_validation():
    curves = read_curves(run([6.0, 5.0, 4.0], [2.0, 8.0]))
    assert curves.train_steps.tolist() == [50, 100, 150]
    assert curves.train_seconds.tolist() == [30.0, 60.0, 90.0]
    assert curves.loss.tolist() == [6.0, 5.0, 4.0]
    assert curves.lr.tolist() == [1e-3] * 3
    assert curves.val_steps.tolist() == [100, 170]
    assert curves.val_bleu.tolist() == [2.0, 8.0]
    assert curves.val_ppl.tolist() == [10.0, 10.0]
    # step 100 has a train record of its own; step 170 falls after train 150 (90 s), at the end record (102 s)
    assert curves.val_seconds.tolist() == [60.0, 102.0]


def test_val_seconds_fall_back_to_the_train_record_before_when_there_is_no_end_record():
    records = [r for r in run([6.0, 5.0, 4.0], [2.0, 8.0]) if r["type"] != "end"]
    records.insert(1, val(20, 0.5))  # before any train record: nothing has been timed yet
    curves = read_curves(records)
    assert curves.val_steps.tolist() == [20, 100, 170]
    assert curves.val_seconds.tolist() == [0.0, 60.0, 90.0]


def test_a_resumed_run_that_repeats_steps_keeps_the_later_records_once_each():
    curves = read_curves(resumed())
    assert curves.train_steps.tolist() == [50, 100, 150, 200, 250]
    assert curves.loss.tolist() == [6.0, 5.0, 4.4, 4.0, 3.8]  # 4.4 from the resumed run, not 4.5
    assert curves.train_seconds.tolist() == [30.0, 60.0, 95.0, 125.0, 155.0]
    assert curves.val_steps.tolist() == [100, 200, 260]
    assert curves.val_seconds.tolist() == [60.0, 125.0, 155.0]


def test_read_curves_copes_with_missing_keys_and_no_validation():
    records = [START, {"type": "train", "step": 10, "loss": 7.0}, {"type": "train", "step": 20, "lr": 0.5}]
    curves = read_curves(records + [{"type": "averaged", "step": 20, "val_bleu": 1.0}, {"type": "mystery"}])
    assert curves.train_steps.tolist() == [10, 20]
    assert np.isnan(curves.train_seconds).all()
    assert curves.loss[0] == 7.0 and np.isnan(curves.loss[1])
    assert np.isnan(curves.lr[0]) and curves.lr[1] == 0.5
    assert len(curves.val_steps) == len(curves.val_seconds) == len(curves.val_bleu) == len(curves.val_ppl) == 0


@pytest.mark.parametrize("x", ["step", "time"])
def test_plot_writes_a_png_with_one_line_per_run(tmp_path, x):
    runs = {"small": run([6.0, 5.0, 4.0], [2.0, 8.0]), "big": run([5.5, 4.0, 3.0], [4.0, 12.0]), "resumed": resumed()}
    path = plot_training_curves(runs, tmp_path / "deep" / "er" / "curves.png", x=x)
    assert path == tmp_path / "deep" / "er" / "curves.png"
    assert path.read_bytes()[:8] == PNG_MAGIC
    assert path.stat().st_size > 10_000  # three panels of lines, not an empty canvas


def test_plot_refuses_an_unknown_x_a_run_without_records_and_time_without_a_clock(tmp_path):
    good = run([6.0, 5.0, 4.0], [2.0, 8.0])
    with pytest.raises(ValueError, match="unknown x 'epoch'"):
        plot_training_curves({"good": good}, tmp_path / "a.png", x="epoch")
    with pytest.raises(ValueError, match="'empty' has no train or val records"):
        plot_training_curves({"good": good, "empty": [START]}, tmp_path / "b.png")
    # A run shorter than its log interval has validations only: its BLEU is still drawn.
    assert plot_training_curves({"good": good, "short": [START, val(100, 1.0)]}, tmp_path / "e.png").exists()
    clockless = [START, {"type": "train", "step": 10, "loss": 7.0, "lr": 1e-3}]
    with pytest.raises(ValueError, match="'old' has no train_seconds"):
        plot_training_curves({"old": clockless}, tmp_path / "c.png", x="time")
    assert plot_training_curves({"old": clockless}, tmp_path / "d.png").exists()  # fine against steps
    assert not any((tmp_path / name).exists() for name in ("a.png", "b.png", "c.png"))
