"""The command line end to end on a small slice of Multi30k: train, translate, evaluate."""

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from landmark.cli import main
from landmark.provenance import RESULT_KEYS


def test_train_translate_evaluate_on_a_slice_of_multi30k(data_dir, tmp_path, monkeypatch, capsys):
    run = tmp_path / "run"
    main(
        [
            "train",
            "--preset",
            "vaswani2017-tiny",
            "--corpus",
            "multi30k",
            "--pair",
            "en-de",
            "--out",
            str(run),
            "--set",
            "data.vocab=sentencepiece",
            "--set",
            "data.vocab_size=400",
            "--set",
            "data.train_limit=1500",
            "--set",
            "train.max_steps=40",
            "--set",
            "train.eval_every=20",
            "--set",
            "train.eval_sentences=30",
            "--set",
            "train.lr=0.001",
            "--no-progress",
        ]
    )
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["steps"] == 40
    assert {"config.yaml", "run.json", "best.pt", "last.pt", "metrics.jsonl"} <= {p.name for p in run.iterdir()}
    assert (run / "vocab" / "joint.model").exists()

    monkeypatch.setattr("sys.stdin", io.StringIO("A man is riding a bike.\nTwo dogs.\n"))
    main(["translate", "--run", str(run), "--beam", "3"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    # An ensemble of a model with itself averages two equal distributions: the same translations.
    monkeypatch.setattr("sys.stdin", io.StringIO("A man is riding a bike.\nTwo dogs.\n"))
    main(["translate", "--run", str(run), "--beam", "3", "--ensemble", str(run / "best.pt")])
    assert capsys.readouterr().out.splitlines() == lines

    record = tmp_path / "results.jsonl"
    main(["evaluate", "--run", str(run), "--split", "test_2016_flickr", "--beam", "2", "--record", str(record)])
    printed = capsys.readouterr().out
    assert printed.startswith("BLEU = ")
    result = json.loads(record.read_text().splitlines()[0])
    for key in RESULT_KEYS:
        assert key in result
    assert result["split"] == "test_2016_flickr" and result["beam"] == 2 and "tok:13a" in result["signature"]
    assert len(Path(result["hypotheses"]).read_text().splitlines()) == 1000
    info = json.loads((run / "run.json").read_text())
    assert info["preset"] == "vaswani2017-tiny" and result["commit"] == info["commit"]  # the code that trained it

    main(["plot", str(run), "--x", "time", "--out", str(tmp_path / "curves.png")])
    assert (tmp_path / "curves.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_errors_are_one_line_messages_naming_the_problem(tmp_path, capsys):
    with pytest.raises(SystemExit, match="unknown key train.lrr"):
        main(["train", "--preset", "vaswani2017-tiny", "--out", str(tmp_path / "x"), "--set", "train.lrr=1"])
    with pytest.raises(SystemExit, match="unknown corpus"):
        main(["train", "--preset", "vaswani2017-tiny", "--corpus", "multi31k", "--out", str(tmp_path / "y")])
    with pytest.raises(SystemExit, match="not a landmark run directory"):
        main(["translate", "--run", str(tmp_path)])


def test_help_of_every_command_has_an_example(capsys):
    for command in ("train", "translate", "evaluate", "average", "data", "replicate", "plot"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "example" in capsys.readouterr().out


def test_a_multilingual_run_trains_and_translates_into_the_language_asked_for(tmp_path, monkeypatch, capsys):
    """johnson2017-tiny: both directions of toy:reverse in one model; `--to` picks the <2xx> token."""
    run = tmp_path / "run"
    steps = ["--set", "train.max_steps=30", "--set", "train.eval_every=30", "--set", "train.eval_sentences=10"]
    main(["train", "--preset", "johnson2017-tiny", "--out", str(run), "--set", "data.train_limit=400", *steps,
          "--no-progress"])  # fmt: skip
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["steps"] == 30
    monkeypatch.setattr("sys.stdin", io.StringIO("a b c\nd e\n"))
    main(["translate", "--run", str(run), "--beam", "2", "--to", "tgt"])
    assert len(capsys.readouterr().out.splitlines()) == 2
    # Pivoting: src-tgt scored through src (src -> src -> tgt), two passes of the same model, recorded as such.
    record = tmp_path / "results.jsonl"
    main(["evaluate", "--run", str(run), "--split", "test", "--to", "tgt", "--beam", "1", "--record", str(record)])
    main(["evaluate", "--run", str(run), "--split", "test", "--pair", "src-tgt", "--pivot", "src", "--beam", "1",
          "--record", str(record)])  # fmt: skip
    direct, pivoted = [json.loads(line) for line in record.read_text().splitlines()]
    assert direct["pair"] == pivoted["pair"] == "src-tgt" and pivoted["pivot"] == "src" and "pivot" not in direct
    assert Path(direct["hypotheses"]) != Path(pivoted["hypotheses"])
    capsys.readouterr()
    for flags, message in ((["--to", "fr"], "--to fr: .* translates into tgt, src only"),
                           ([], "translates into several languages \\(tgt, src\\): say which with --to")):  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-m", "landmark", "translate", "--run", str(run), *flags],
            input="a b c\n", capture_output=True, text=True, cwd=Path(__file__).parents[2],
        )  # fmt: skip
        assert done.returncode != 0 and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert re.search(message, done.stderr), done.stderr
