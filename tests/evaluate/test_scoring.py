import shutil
import subprocess
import sys

import pytest

from landmark.evaluate.scoring import corpus_scores

HYPOTHESES = ["Ein Mann fährt Fahrrad.", "Zwei Hunde spielen im Schnee!", "Eine Frau liest ein Buch."]
REFERENCES = ["Ein Mann fährt ein Fahrrad.", "Zwei Hunde spielen im Schnee.", "Eine Frau liest eine Zeitung."]


def test_bleu_and_chrf_equal_the_sacrebleu_command_line(tmp_path):
    sacrebleu = shutil.which("sacrebleu") or f"{sys.executable} -m sacrebleu"
    if not sacrebleu:
        pytest.skip("sacrebleu command not found")
    (tmp_path / "hyp").write_text("\n".join(HYPOTHESES) + "\n", encoding="utf-8")
    (tmp_path / "ref").write_text("\n".join(REFERENCES) + "\n", encoding="utf-8")

    def cli(metric):
        out = subprocess.run(
            [*sacrebleu.split(), str(tmp_path / "ref"), "-i", str(tmp_path / "hyp"), "-m", metric, "-b", "-w", "2"],
            capture_output=True,
            text=True,
            check=True,
        )
        return float(out.stdout.strip())

    scores = corpus_scores(HYPOTHESES, REFERENCES)
    assert scores.bleu == pytest.approx(cli("bleu"), abs=0.01)
    assert scores.chrf == pytest.approx(cli("chrf"), abs=0.01)
    assert "tok:13a" in scores.signature and "case:mixed" in scores.signature
    assert 0 < scores.bleu < 100


def test_perfect_output_scores_100_and_mismatched_lengths_are_refused():
    assert corpus_scores(REFERENCES, REFERENCES).bleu == 100.0
    with pytest.raises(ValueError, match="3 hypotheses but 2 references"):
        corpus_scores(HYPOTHESES, REFERENCES[:2])
