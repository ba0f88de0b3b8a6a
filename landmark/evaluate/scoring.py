"""Corpus BLEU and chrF through sacreBLEU (Post 2018), with the signatures that make scores comparable.

Hypotheses and references are detokenised text: sacreBLEU tokenises them itself (13a by default), so a
score here is the cased, detokenised BLEU that papers since 2018 report, not a tokenised multi-bleu.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sacrebleu.metrics import BLEU, CHRF
from sacrebleu.significance import PairedTest


@dataclass(frozen=True)
class Scores:
    bleu: float
    chrf: float
    signature: str  # sacreBLEU's BLEU signature, e.g. nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0
    chrf_signature: str
    bleu_detail: str  # the full BLEU line: n-gram precisions, brevity penalty, lengths

    def as_dict(self) -> dict:
        return asdict(self)

    def record_fields(self) -> dict:
        """What a results record keeps of the scores: both numbers and both signatures."""
        return {
            "bleu": self.bleu,
            "chrf": self.chrf,
            "signature": self.signature,
            "chrf_signature": self.chrf_signature,
        }


def corpus_scores(hypotheses: list[str], references: list[str], tokenize: str = "13a") -> Scores:
    """BLEU and chrF of detokenised hypotheses against one reference each."""
    if len(hypotheses) != len(references):
        raise ValueError(f"{len(hypotheses)} hypotheses but {len(references)} references")
    bleu = BLEU(tokenize=tokenize)
    chrf = CHRF()
    bleu_score = bleu.corpus_score(hypotheses, [references])
    chrf_score = chrf.corpus_score(hypotheses, [references])
    return Scores(
        bleu=round(bleu_score.score, 2),
        chrf=round(chrf_score.score, 2),
        signature=str(bleu.get_signature()),
        chrf_signature=str(chrf.get_signature()),
        bleu_detail=str(bleu_score),
    )


def paired_bootstrap_p(
    baseline: list[str], system: list[str], references: list[str], samples: int = 1000, tokenize: str = "13a"
) -> float:
    """The p-value of the BLEU difference between two systems' translations of the same sentences: sacreBLEU's
    paired bootstrap resampling (Koehn 2004), `samples` resamples with sacreBLEU's fixed seed. A small p means that
    the difference is unlikely to come from which sentences happen to be in the test set; it says nothing about the
    variance between training runs."""
    if not len(baseline) == len(system) == len(references):
        raise ValueError(f"{len(baseline)} and {len(system)} hypotheses for {len(references)} references")
    if baseline == system:
        return 1.0  # sacreBLEU's test counts resamples with a difference strictly above the real one: none here
    test = PairedTest(
        [("baseline", baseline), ("system", system)],
        {"BLEU": BLEU(tokenize=tokenize)},
        [references],
        test_type="bs",
        n_samples=samples,
    )
    _, results = test()
    return float(results["BLEU"][1].p_value)
