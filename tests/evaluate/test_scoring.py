import random
import shutil
import subprocess
import sys

import pytest

from landmark.evaluate.scoring import corpus_scores, paired_bootstrap_p

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


def test_paired_bootstrap_tells_a_real_difference_from_a_one_sentence_one():
    rng = random.Random(0)
    words = [f"w{k}" for k in range(50)]
    references = [" ".join(rng.choices(words, k=12)) for _ in range(300)]
    # A system that keeps each reference word with probability 0.6, and one that keeps them all but in 10 sentences.
    weak = [" ".join(w for w in r.split() if rng.random() < 0.6) for r in references]
    strong = [r if k >= 10 else weak[k] for k, r in enumerate(references)]
    almost_weak = [strong[0], *weak[1:]]  # weak with one sentence translated better

    assert corpus_scores(strong, references).bleu > corpus_scores(weak, references).bleu + 20
    assert paired_bootstrap_p(weak, strong, references) < 0.01
    assert paired_bootstrap_p(weak, almost_weak, references) > 0.2
    assert paired_bootstrap_p(weak, weak, references) == 1.0
    with pytest.raises(ValueError, match="300 and 299 hypotheses for 300 references"):
        paired_bootstrap_p(weak, strong[1:], references)
