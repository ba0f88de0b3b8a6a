"""Whatever option values and whatever bytes a user hands the CLI, it answers with output or one line of error,
never a traceback: any exception other than SystemExit fails these tests."""

import io
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landmark.cli import main

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("properties") / "run"
    main(["train", "--preset", "vaswani2017-tiny", "--out", str(path), "--no-progress", "--set", "train.max_steps=2",
          "--set", "train.eval_every=2", "--set", "train.eval_sentences=2"])  # fmt: skip
    return path


def answers_without_a_traceback(argv: list[str], stdin: str = "") -> None:
    with mock.patch("sys.stdin", io.StringIO(stdin)):
        try:
            main(argv)
        except SystemExit as stop:  # a one-line message (str) or argparse's usage error (2)
            assert isinstance(stop.code, (str, int)) and "Traceback" not in str(stop.code)


@SETTINGS
@given(
    beam=st.integers(-3, 6),
    nbest=st.one_of(st.none(), st.integers(-2, 7)),
    alpha=st.one_of(st.none(), st.floats(-3, 3), st.floats(allow_nan=True, allow_infinity=True)),
    max_len_b=st.integers(-4, 12),
    text=st.text(max_size=60),
)
def test_translate_takes_any_option_values(run, beam, nbest, alpha, max_len_b, text, capsys):
    argv = ["translate", "--run", str(run), "--beam", str(beam), "--set", f"decode.max_len_b={max_len_b}"]
    argv += [] if nbest is None else ["--nbest", str(nbest)]
    argv += [] if alpha is None else ["--length-penalty", str(alpha)]
    answers_without_a_traceback(argv, text)
    capsys.readouterr()


@SETTINGS
@given(data=st.binary(max_size=300))
def test_translate_takes_any_bytes_as_its_input_file(run, data, tmp_path_factory, capsys):
    path = tmp_path_factory.mktemp("input") / "in.txt"
    path.write_bytes(data)
    answers_without_a_traceback(["translate", "--run", str(run), "--input", str(path)])
    capsys.readouterr()


@SETTINGS
@given(keep=st.floats(0, 1), noise=st.binary(max_size=64))
def test_translate_takes_any_truncated_or_garbled_checkpoint(run, keep, noise, tmp_path_factory, capsys):
    whole = (run / "last.pt").read_bytes()
    path = tmp_path_factory.mktemp("checkpoint") / "broken.pt"
    path.write_bytes(whole[: int(len(whole) * keep)] + noise)
    answers_without_a_traceback(["translate", "--run", str(run), "--checkpoint", str(path)], "a b c\n")
    capsys.readouterr()
