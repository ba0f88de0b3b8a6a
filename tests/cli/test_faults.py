"""Bad settings and broken files, tried as a demanding user would: each is refused before work starts with one line
naming the option, file or line, and never a traceback. The CLI runs in a subprocess, as a user runs it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from landmark.cli import main

TT = ["train", "--preset", "vaswani2017-tiny", "--no-progress"]
QUICK = ["--set", "train.max_steps=4", "--set", "train.eval_every=4", "--set", "train.eval_sentences=3"]


def landmark(*args, stdin: str = "", env: dict | None = None, cwd=None) -> subprocess.CompletedProcess:
    """`landmark args...` in a fresh process; the result keeps its exit code, stdout and stderr."""
    result = subprocess.run(
        [sys.executable, "-m", "landmark", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    """A toy run trained for 4 steps, with best.pt, last.pt and two numbered checkpoints."""
    path = tmp_path_factory.mktemp("faults") / "run"
    main([*TT, "--out", str(path), *QUICK, "--set", "train.checkpoint_every=2"])
    return path


def test_a_data_dir_that_does_not_exist_is_refused_though_landmark_data_has_the_corpus(tmp_path, data_dir):
    result = landmark(*TT, "--corpus", "multi30k", "--pair", "en-de", "--data-dir", tmp_path / "does-not-exist",
                      "--out", tmp_path / "x", env={"LANDMARK_DATA": str(data_dir)})  # fmt: skip
    assert result.returncode == 1 and "does-not-exist does not exist" in result.stderr
    assert not (tmp_path / "x").exists() or not any((tmp_path / "x").iterdir())  # nothing half-made is left


@pytest.mark.parametrize(
    "setting, message",
    [
        ("train.eval_beam_size=0", "train.eval_beam_size is 0; it must be at least 1"),
        ("train.max_steps=-5", "train.max_steps is -5; it must be at least 0"),
        ("train.average_last=9", "only train.keep_checkpoints=5"),
        ("decode.nbest=9", "a beam of 4 finds at most 4"),
        ("model.d_model=0", "model.d_model is 0"),
    ],
)
def test_a_setting_out_of_range_is_refused_before_any_data_is_read(tmp_path, setting, message):
    result = landmark(*TT, "--out", tmp_path / "x", "--set", setting)
    assert result.returncode == 1 and message in result.stderr and "vaswani2017-tiny" in result.stderr
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    "flags, message",
    [
        (["--beam", "0"], "--beam 0: it must be at least 1"),
        (["--beam", "-1"], "--beam -1: it must be at least 1"),
        (["--nbest", "0"], "--nbest 0: it must be at least 1"),
        (["--beam", "2", "--nbest", "5"], "a beam of 2 finds at most 2"),
        (["--length-penalty", "-1"], "--length-penalty -1.0: it must be at least 0"),
        (["--device", "cuda:7"], "does not exist here"),
        (["--set", "train.lr=1"], "only decode.* options"),
    ],
)
def test_a_decoding_flag_out_of_range_is_one_line_naming_it(run, flags, message):
    result = landmark("translate", "--run", run, *flags, stdin="a b c\n")
    assert result.returncode == 1 and message in result.stderr and result.stdout == ""


def test_nbest_lines_say_which_input_each_hypothesis_belongs_to(run):
    result = landmark("translate", "--run", run, "--beam", "3", "--nbest", "2", stdin="a b c\nd e\nf\n")
    assert result.returncode == 0
    fields = [line.split(" ||| ") for line in result.stdout.splitlines()]
    assert [int(f[0]) for f in fields] == [0, 0, 1, 1, 2, 2] and all(len(f) == 3 for f in fields)
    for i in (0, 2, 4):  # best first within each input
        assert float(fields[i][2]) >= float(fields[i + 1][2])


def test_an_input_longer_than_the_model_reads_is_named_and_cut_or_refused(run):
    long_line = " ".join(["a"] * 1100)
    cut = landmark("translate", "--run", run, "--beam", "1", stdin=f"a b\n{long_line}\n")
    assert cut.returncode == 0 and len(cut.stdout.splitlines()) == 2
    assert "warning: input 2 (1101 tokens) is longer than the 1024 tokens" in cut.stderr
    refused = landmark("translate", "--run", run, "--set", "decode.long_inputs=refuse", stdin=f"a b\n{long_line}\n")
    assert refused.returncode == 1 and "input 2 (1101 tokens)" in refused.stderr and refused.stdout == ""


def test_an_input_that_is_not_utf8_is_named_with_its_line(run, tmp_path):
    (tmp_path / "in.txt").write_bytes(b"a b\n\xff\xfe c\n")
    result = landmark("translate", "--run", run, "--input", tmp_path / "in.txt")
    assert result.returncode == 1 and f"{tmp_path / 'in.txt'}:2: not valid UTF-8" in result.stderr


def test_evaluate_prints_its_score_even_when_the_record_cannot_be_written(run, tmp_path):
    (tmp_path / "a-file").write_text("")
    record = tmp_path / "a-file" / "results.jsonl"  # its parent is a file: not writable, even for root
    result = landmark("evaluate", "--run", run, "--split", "test", "--beam", "1", "--record", record)
    assert result.returncode == 1 and result.stdout.startswith("BLEU = ")
    assert f"the record could not be written to {record}" in result.stderr


def test_out_must_be_a_new_or_empty_folder(run, tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.txt").write_text("keep me")
    busy = landmark(*TT, "--out", tmp_path / "notes", *QUICK)
    assert busy.returncode == 1 and "is not empty and is not a landmark run" in busy.stderr
    assert sorted(p.name for p in (tmp_path / "notes").iterdir()) == ["mine.txt"]
    (tmp_path / "a-file").write_text("")
    assert "is a file, not a folder" in landmark(*TT, "--out", tmp_path / "a-file", *QUICK).stderr
    again = landmark(*TT, "--out", run, *QUICK)
    assert again.returncode == 1 and "already holds a run; continue it with --resume" in again.stderr


def test_a_damaged_checkpoint_is_named_and_an_intact_one_is_used(run, tmp_path):
    copy = tmp_path / "run"
    subprocess.run(["cp", "-r", str(run), str(copy)], check=True)
    (copy / "best.pt").unlink()
    (copy / "best.pt").write_bytes((copy / "last.pt").read_bytes()[:1000])  # truncated
    result = landmark("translate", "--run", copy, stdin="a b c\n")
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 1
    assert f"checkpoint {copy / 'best.pt'} is damaged" in result.stderr and "using" in result.stderr
    named = landmark("translate", "--run", copy, "--checkpoint", copy / "best.pt", stdin="a b c\n")
    assert named.returncode == 1 and f"checkpoint {copy / 'best.pt'} is damaged" in named.stderr
    (copy / "random.pt").write_bytes(os.urandom(300))
    assert "is damaged" in landmark("translate", "--run", copy, "--checkpoint", copy / "random.pt").stderr


def test_a_damaged_last_checkpoint_resumes_from_the_newest_intact_one(run, tmp_path):
    copy = tmp_path / "run"
    subprocess.run(["cp", "-r", str(run), str(copy)], check=True)
    (copy / "last.pt").unlink()
    (copy / "last.pt").write_bytes(b"not a checkpoint")
    (copy / "best.pt").unlink()  # best and last were the same step; make the numbered ones the intact choice
    result = landmark("train", "--out", copy, "--resume", "--no-progress", "--set", "train.max_steps=6")
    assert result.returncode == 0, result.stderr
    assert f"checkpoint {copy / 'last.pt'} is damaged" in result.stderr and "step_0000004.pt" in result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["steps"] == 6


def test_a_second_trainer_is_refused_while_the_first_runs_and_a_stale_lock_is_taken_over(run, tmp_path):
    copy = tmp_path / "run"
    subprocess.run(["cp", "-r", str(run), str(copy)], check=True)
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (copy / ".lock").write_text(f"{holder.pid}\n")
        busy = landmark("train", "--out", copy, "--resume", "--no-progress", "--set", "train.max_steps=6")
        assert busy.returncode == 1 and f"being trained by another process (pid {holder.pid})" in busy.stderr
    finally:
        holder.kill()
        holder.wait()
    taken = landmark("train", "--out", copy, "--resume", "--no-progress", "--set", "train.max_steps=6")
    assert taken.returncode == 0 and f"taking over the lock of pid {holder.pid}" in taken.stderr
    assert not (copy / ".lock").exists()  # released when training ended


def test_the_other_commands_check_their_flags_the_same_way(run):
    assert "--last 0: it must be at least 1" in landmark("average", "--run", run, "--last", "0").stderr
    wrong_pair = landmark("evaluate", "--run", run, "--split", "test", "--pair", "ende")
    assert wrong_pair.returncode == 1 and "--pair ende" in wrong_pair.stderr
    assert "not a landmark run directory" in landmark("plot", run.parent).stderr


def test_evaluate_scores_an_ensemble_of_the_run_with_another(run):
    result = landmark("evaluate", "--run", run, "--ensemble", run, "--split", "test", "--beam", "1")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.splitlines()[-1])
    assert record["ensemble"] == [str(run)] and result.stdout.startswith("BLEU = ")
