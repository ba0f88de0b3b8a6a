"""The statistics behind a page's verdicts: paired bootstrap for BLEU claims, a permutation test for groupings.

Each verdict is computed from the numbers, never written by hand: a BLEU claim is "Reproduced" only where sacreBLEU's
paired bootstrap gives p < SIGNIFICANT on every test set; a lead significant nowhere is "Within noise".
"""

from __future__ import annotations

import numpy as np
from sacrebleu.metrics import BLEU

from landmark.evaluate.scoring import paired_bootstrap_p
from landmark.replicate.engine import TEST_SPLITS, Evaluation, Run
from landmark.replicate.page import signed

SIGNIFICANT = 0.05  # a BLEU difference with a paired-bootstrap p-value below this is called significant


def beats(a: Run, b: Run) -> tuple[str, str]:
    """The claim 'run a translates better than run b' on the test sets: `compare` of their evaluations."""
    return compare({s: a.evaluations[s] for s in TEST_SPLITS}, {s: b.evaluations[s] for s in TEST_SPLITS})


def compare(a: dict[str, Evaluation], b: dict[str, Evaluation]) -> tuple[str, str]:
    """The claim 'a translates better than b', each a split -> Evaluation of the same sentences: each split's BLEU
    difference with its paired-bootstrap p-value, for a sentence, and the verdict. Reproduced needs a to be
    significantly better on every split; a lead that is not significant anywhere is called within noise, whatever
    its sign."""
    splits = list(a)
    bleu = {s: (a[s].scores.bleu, b[s].scores.bleu) for s in splits}
    p_values = {s: paired_bootstrap_p(b[s].hypotheses, a[s].hypotheses, a[s].references) for s in splits}
    details = "; ".join(
        f"{s}: {bleu[s][0]:.2f} against {bleu[s][1]:.2f} ({signed(bleu[s][0] - bleu[s][1])}, p = {p_values[s]:.3f})"
        for s in splits
    )
    better = [s for s in splits if bleu[s][0] > bleu[s][1] and p_values[s] < SIGNIFICANT]
    worse = [s for s in splits if bleu[s][0] < bleu[s][1] and p_values[s] < SIGNIFICANT]
    if len(better) == len(splits):
        return details, "**Reproduced.**"
    if better and not worse:
        return details, f"**Partly reproduced** (significant on {len(better)} of {len(splits)} test sets)."
    if not better and not worse:
        either = "either test set" if len(splits) == 2 else "any test set"
        return details, f"**Within noise** (no difference with p < {SIGNIFICANT} on {either})."
    return details, "**Not reproduced.**"


def top(scores: dict[str, float]) -> str | None:
    """The name with the highest score, or None when two or more share it."""
    highest = max(round(value, 6) for value in scores.values())
    leaders = [name for name, value in scores.items() if round(value, 6) == highest]
    return leaders[0] if len(leaders) == 1 else None


def tied(scores: dict[str, float]) -> str:
    """The names that share the highest score, for a sentence."""
    highest = max(round(value, 6) for value in scores.values())
    return ", ".join(name for name, value in scores.items() if round(value, 6) == highest)


def same_group_rate(vectors: np.ndarray, groups: list[str]) -> tuple[int, float, list[int]]:
    """How many items have a nearest neighbour (cosine) from their own group, the rate a random other item would
    give, and each item's nearest neighbour."""
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    similarity = unit @ unit.T
    np.fill_diagonal(similarity, -np.inf)
    nearest = [int(j) for j in similarity.argmax(axis=1)]
    hits = sum(groups[i] == groups[j] for i, j in enumerate(nearest))
    n = len(groups)
    chance = sum((groups.count(g) - 1) / (n - 1) for g in groups) / n
    return hits, chance, nearest


def grouping_p(nearest: list[int], groups: list[str], samples: int = 10_000) -> float:
    """A permutation test of same_group_rate's hits: the share of random relabellings of the items (group sizes
    kept, seed fixed) under which as many nearest neighbours or more share their item's group."""
    labels = np.array(groups)
    hits = int((labels == labels[nearest]).sum())
    rng = np.random.default_rng(0)
    as_many = sum(
        int((shuffled == shuffled[nearest]).sum()) >= hits for shuffled in map(rng.permutation, [labels] * samples)
    )
    return (as_many + 1) / (samples + 1)


def gap_growth_p(
    short: tuple[list[str], list[str], list[str]], long: tuple[list[str], list[str], list[str]], samples: int = 500
) -> float:
    """Does system a's BLEU lead over system b grow from the short sentences to the long ones? Each argument is
    (hypotheses of a, hypotheses of b, references) of one length bucket. Both buckets are resampled with
    replacement (seed fixed), sacreBLEU's sentence statistics summed per resample; the result is the share of
    resamples in which the lead on the long bucket is not larger than on the short one (a one-sided p-value)."""
    bleu = BLEU(tokenize="13a")

    def statistics(bucket):
        a, b, references = bucket
        return [np.array(bleu._extract_corpus_statistics(h, [references]), dtype=np.int64) for h in (a, b)]

    def lead(stats, rows):
        return (
            bleu._compute_score_from_stats(stats[0][rows].sum(0)).score
            - bleu._compute_score_from_stats(stats[1][rows].sum(0)).score
        )

    short_stats, long_stats = statistics(short), statistics(long)
    rng = np.random.default_rng(0)
    not_larger = 0
    for _ in range(samples):
        short_rows = rng.integers(0, len(short[2]), len(short[2]))
        long_rows = rng.integers(0, len(long[2]), len(long[2]))
        not_larger += lead(long_stats, long_rows) <= lead(short_stats, short_rows)
    return (not_larger + 1) / (samples + 1)
