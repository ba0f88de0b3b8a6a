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
    assert result["train_precision"] == "fp32"  # 'auto' resolved (fp32 under the suite's LANDMARK_CPU_BF16=0)

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


def test_backtranslate_writes_a_synthetic_corpus_that_a_run_trains_on(tmp_path, capsys):
    """A tiny tgt -> src run translates monolingual tgt text; the folder it writes (tagged) is data.extra_train of
    a src -> tgt run, whose vocabulary keeps <BT> whole."""
    from landmark.data.toy import toy_split
    from landmark.tokens import BT_TAG

    backward, mono, synthetic = tmp_path / "backward", tmp_path / "mono.tgt", tmp_path / "synthetic"
    steps = ["--set", "train.max_steps=20", "--set", "train.eval_every=20", "--set", "train.eval_sentences=5",
             "--set", "data.train_limit=300", "--set", "train.num_threads=1"]  # fmt: skip
    main(
        ["train", "--preset", "vaswani2017-tiny", "--pair", "tgt-src", "--out", str(backward), *steps, "--no-progress"]
    )
    mono.write_text("".join(line + "\n" for line in toy_split("reverse", "test")[1][:25]))
    capsys.readouterr()
    main(["backtranslate", "--run", str(backward), "--input", str(mono), "--out", str(synthetic), "--tag",
          "--beam", "2"])  # fmt: skip
    info = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert info["languages"] == "src-tgt" and info["tagged"] and info["beam"] == 2
    sources = (synthetic / "train.src").read_text().splitlines()
    targets = (synthetic / "train.tgt").read_text().splitlines()
    assert len(sources) == len(targets) == info["pairs"] == 25 - info["left_out_empty"] > 0
    assert all(s.startswith(f"{BT_TAG} ") for s in sources) and set(targets) <= set(mono.read_text().splitlines())

    forward = tmp_path / "forward"
    main(["train", "--preset", "vaswani2017-tiny", "--out", str(forward), *steps, "--set", "data.train_slice=0/10",
          "--set", f"data.extra_train={synthetic}", "--no-progress"])  # fmt: skip
    start = json.loads((forward / "metrics.jsonl").read_text().splitlines()[0])
    assert start["pairs"] == 30 + info["pairs"]
    assert BT_TAG in (forward / "vocab" / "joint.txt").read_text().splitlines()
    with pytest.raises(SystemExit, match="backtranslate: .*empty line"):
        (tmp_path / "holes.tgt").write_text("a b\n\nc\n")
        main(["backtranslate", "--run", str(backward), "--input", str(tmp_path / "holes.tgt"), "--out", str(synthetic)])
