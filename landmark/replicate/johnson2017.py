"""Johnson et al. 2017's claims: one model with a <2xx> target token translates every direction it was trained on
about as well as one model a direction of the same size (§4.4), translates directions it never saw (zero-shot,
§4.6), below pivoting through English but far above chance; its encoder puts a sentence's translations near each
other (an "interlingua", §5.1); and a mix of two target tokens mixes the output languages (§6.2).

`landmark replicate johnson2017` runs `replicate` below with one of BUDGETS' scales.

How the data is split: the multilingual run trains en-de, de-en, en-fr and fr-en, each English-centric language pair
on its own share of Multi30k's training sentences (sentence i to pair i mod 2: landmark/data/multilingual.py), so
that no German sentence is ever the translation of a French one it saw; each one-direction control trains on its
direction's share (data.train_slice), the very pairs the multilingual run reads for it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from landmark.data.multilingual import language_pairs
from landmark.evaluate.analysis import plot_projection, project_2d, sentence_vectors
from landmark.evaluate.scoring import corpus_scores, paired_bootstrap_p
from landmark.replicate import page
from landmark.replicate.engine import BEAM, TEST_SPLITS, Budget, Evaluation, Replication, Run
from landmark.replicate.page import verdict
from landmark.replicate.stats import SIGNIFICANT, compare, grouping_p, same_group_rate

DIRECTIONS = ("en-de", "de-en", "en-fr", "fr-en")  # what the multilingual run trains on (the presets' list)
ZERO_SHOT = ("de-fr", "fr-de")  # never seen in training: scored directly and through PIVOT
PIVOT = "en"
# The multilingual run's vocabulary also learns Czech's training side, so that the low-resource page can fine-tune
# it on en-cs (train.init_from) and reuse this very run; Czech is not one of its directions.
MULTILINGUAL = ("data.vocab_extra=cs",)
MAP_SENTENCES = 10  # test sentences drawn in each language (one colour each: matplotlib's cycle has ten)
MIX_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)  # w of w * emb(<2de>) + (1 - w) * emb(<2fr>)
MIX_SENTENCES = 3
FAR = 0.5  # zero-shot is "far above chance" when it keeps at least this share of pivoting's lead over chance

# The cpu scale, sized for about three hours of one thread (two pages' runs side by side on two cores): five runs of
# 800 steps at widths of 256 (3 + 3 layers, feed-forward 512, as the transformer-gpt-bert page's encoder-decoder),
# about 30 minutes each at the measured 1,200 steps in ~45 minutes, so about 2.5 hours of training; then beam-5
# decoding of about 28,000 sentences (the multilingual run: 4 supervised directions, 2 zero-shot, 2 pivoted in two
# passes, on two test sets of 1,000; the 4 controls on theirs): estimated, not measured, at about half an hour.
# The multilingual run has the controls' steps and size: one model serves four directions on the budget of one.
# Pre-norm blocks: at this budget the transformer-gpt-bert page measured 30.84 BLEU (test_2016) for pre-norm against
# 20.19 for the paper's post-norm (1,200 steps, same sizes), and a page's claims show only in models that have learnt.
CPU_MODEL = ("model.encoder_layers=3", "model.decoder_layers=3", "model.d_model=256", "model.num_heads=4",
             "model.d_ff=512", "model.pre_norm=true", "train.lr=0.001")  # fmt: skip
BUDGETS = {
    # The -small presets as they are, but for the minutes: johnson2017-small's 20 cut to vaswani2017-small's 10.
    "small": Budget(overrides={"johnson2017": ("train.max_minutes=10",)}),
    "cpu": Budget(max_steps=800, overrides={"johnson2017": CPU_MODEL, "vaswani2017": CPU_MODEL}),
    "tiny": Budget(size="tiny"),
}

JOHNSON_PAPER = """## What the paper reports

Johnson et al. 2017 (Google's multilingual NMT, TACL) train one GNMT model for many directions by putting a token
such as `<2es>` in front of each source sentence, with one wordpiece vocabulary shared by every language, and
change nothing else in the model (§3). Many-to-many models of the same size as the single-direction models score
close to them on WMT, most directions a little below (§4.4); small directions gain from sharing a model with large
ones. A model trained on Portuguese→English and English→Spanish translates Portuguese→Spanish without ever seeing
such a pair (zero-shot, §4.6): below bridging through English, but far above a model that never learned the
direction. A t-SNE map of the same sentences in three languages groups them by meaning rather than by language
(§5.1, the "interlingua"). Feeding a weighted mix of two target tokens, w·<2ja> + (1 − w)·<2ko>, moves the output
from one language to the other part way as w changes (§6.2). (Section numbers as we read the paper; every number
on this page is ours.)"""


def share(direction: str) -> str:
    """The data.train_slice that is `direction`'s share of the sentences in the multilingual run (i mod k = r)."""
    directions = tuple(tuple(d.split("-")) for d in DIRECTIONS)
    pairs = language_pairs(directions)
    return f"{pairs.index(frozenset(direction.split('-')))}/{len(pairs)}"


def train_multilingual(rep: Replication) -> Run:
    """The multilingual run (also the low-resource page's parent for transfer: the same config, so one run)."""
    return rep.train("multilingual", "johnson2017", MULTILINGUAL, pair=",".join(DIRECTIONS))


def replicate(rep: Replication) -> Path:
    multilingual = train_multilingual(rep)
    singles = {
        d: rep.train(f"single-{d}", "vaswani2017", (f"data.train_slice={share(d)}",), pair=d) for d in DIRECTIONS
    }

    supervised = {d: {s: rep.score(multilingual, s, d) for s in TEST_SPLITS} for d in DIRECTIONS}
    for run in singles.values():
        rep.evaluate(run)
    zero_shot = {d: {s: rep.score(multilingual, s, d) for s in TEST_SPLITS} for d in ZERO_SHOT}
    pivoted = {d: {s: rep.score(multilingual, s, d, pivot=PIVOT) for s in TEST_SPLITS} for d in ZERO_SHOT}
    chance = {d: {s: shuffled(e) for s, e in zero_shot[d].items()} for d in ZERO_SHOT}

    lines = page.header(rep, "Johnson et al. 2017: one multilingual model, zero-shot translation", JOHNSON_PAPER)
    lines += supervised_section(multilingual, singles, supervised)
    lines += zero_shot_section(zero_shot, pivoted, chance)
    map_reading, map_lines = map_section(rep, multilingual)
    lines += map_lines
    lines += mixing_section(rep, multilingual)
    lines += ["## What reproduced", "", *verdicts(singles, supervised, zero_shot, pivoted, chance), map_reading, ""]
    data = (
        f"Multilingual run: {', '.join(DIRECTIONS)} of Multi30k in one model, each English-centric language pair on "
        "its own share of the training sentences (sentence i to pair i mod 2), a <2xx> token before each source, "
        "one joint vocabulary (which also learns Czech's training side, for the low-resource page's transfer run); "
        "each one-direction control (vaswani2017, the same sizes and steps) on its direction's share "
        "(data.train_slice)"
    )
    lines += page.setup(rep, data=data)
    return page.write_page(rep, lines)


# ------------------------------------------------------------------------------------------------- measurements
def shuffled(evaluation: Evaluation) -> Evaluation:
    """Chance: the same outputs scored against the references of other sentences (each output against the next
    sentence's reference), so that a paired comparison with the real scores is on the same references."""
    rotated = evaluation.hypotheses[1:] + evaluation.hypotheses[:1]
    scores = corpus_scores(rotated, evaluation.references)
    return replace(evaluation, scores=scores, hypotheses=rotated)


def significantly_worse(a: dict[str, Evaluation], b: dict[str, Evaluation]) -> list[str]:
    """The splits on which a scores significantly below b (paired bootstrap)."""
    return [
        s
        for s in a
        if a[s].scores.bleu < b[s].scores.bleu
        and paired_bootstrap_p(b[s].hypotheses, a[s].hypotheses, a[s].references) < SIGNIFICANT
    ]


def map_vectors(rep: Replication, run: Run) -> tuple[np.ndarray, list[int], list[str], list[str]]:
    """The encoder's mean-pooled vectors of the first MAP_SENTENCES test sentences in each of the run's languages:
    (vectors (3N, D), sentence numbers, languages, English texts). Each source asks for a target it was trained to
    translate into (English into German, the others into English); the token itself is left out of the mean."""
    english = rep.test_set(TEST_SPLITS[0], "en-de")[0][:MAP_SENTENCES]
    texts = {"en": english}
    for lang in ("de", "fr"):
        texts[lang] = rep.test_set(TEST_SPLITS[0], f"en-{lang}")[1][:MAP_SENTENCES]
    into = {src: tgt for src, tgt in (d.split("-") for d in reversed(DIRECTIONS))}  # the first target of each source
    vectors = np.concatenate([sentence_vectors(run.translator, texts[lang], to=into[lang]) for lang in texts])
    numbers = [i for _ in texts for i in range(len(english))]
    languages = [lang for lang in texts for _ in english]
    return vectors, numbers, languages, english


def nearest_in_another_language(vectors: np.ndarray, numbers: list[int], languages: list[str]) -> int:
    """How many vectors have as nearest neighbour (cosine) among the other languages' vectors the same sentence."""
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    similarity = unit @ unit.T
    same_language = np.array(languages)[:, None] == np.array(languages)[None, :]
    similarity[same_language] = -np.inf
    return int(sum(numbers[i] == numbers[j] for i, j in enumerate(similarity.argmax(axis=1))))


# ------------------------------------------------------------------------------------------------------ sections
def bleu_cells(evaluations: dict[str, Evaluation]) -> list[str]:
    return [f"{evaluations[s].scores.bleu:.2f}" for s in TEST_SPLITS]


def supervised_section(multilingual: Run, singles: dict[str, Run], supervised: dict) -> list[str]:
    header = " | ".join(f"{kind} {s}" for s in TEST_SPLITS for kind in ("multilingual", "single"))
    lines = [
        "### Supervised directions: one model against one model a direction",
        "",
        f"BLEU of the multilingual run ({multilingual.summary.get('steps')} steps for all four directions, "
        f"{multilingual.summary.get('train_seconds')} s) and of each direction's own vaswani2017 run of the same "
        "sizes and steps, on the same pairs; the p-value is the paired bootstrap's for the difference (1,000 "
        "samples).",
        "",
        f"| direction | {header} | p {' | p '.join(TEST_SPLITS)} |",
        "|---|" + "---|" * (3 * len(TEST_SPLITS)),
    ]
    for direction, run in singles.items():
        ours, theirs = supervised[direction], run.evaluations
        cells = [c for s in TEST_SPLITS for c in (f"{ours[s].scores.bleu:.2f}", f"{theirs[s].scores.bleu:.2f}")]
        p_values = [
            f"{paired_bootstrap_p(theirs[s].hypotheses, ours[s].hypotheses, ours[s].references):.3f}"
            for s in TEST_SPLITS
        ]
        lines.append(f"| {direction} | {' | '.join(cells)} | {' | '.join(p_values)} |")
    return [*lines, ""]


def zero_shot_section(zero_shot: dict, pivoted: dict, chance: dict) -> list[str]:
    header = " | ".join(f"{kind} {s}" for s in TEST_SPLITS for kind in ("zero-shot", f"pivot ({PIVOT})", "chance"))
    lines = [
        "### Zero-shot against pivoting",
        "",
        f"The multilingual run never saw a German–French pair. *Zero-shot*: the German (French) source with `<2fr>` "
        f"(`<2de>`), one pass; *pivot*: the same model twice, into {PIVOT} and from there; *chance*: the zero-shot "
        "outputs scored against the reference of the next sentence (output in the right language and style that "
        "does not translate its source).",
        "",
        f"| direction | {header} |",
        "|---|" + "---|" * (3 * len(TEST_SPLITS)),
    ]
    for direction in ZERO_SHOT:
        cells = [
            f"{table[direction][s].scores.bleu:.2f}" for s in TEST_SPLITS for table in (zero_shot, pivoted, chance)
        ]
        lines.append(f"| {direction} | {' | '.join(cells)} |")
    lines += [
        "",
        "In the asked language (py3langid among the model's languages, evaluate/language.py; a low zero-shot BLEU may "
        "be output in the wrong language rather than a poor translation):",
        "",
        "| direction | "
        + " | ".join(f"{kind} {s}" for s in TEST_SPLITS for kind in ("zero-shot", f"pivot ({PIVOT})"))
        + " |",
        "|---|" + "---|" * (2 * len(TEST_SPLITS)),
    ]
    for direction in ZERO_SHOT:
        rates = [table[direction][s].target_language_rate for s in TEST_SPLITS for table in (zero_shot, pivoted)]
        lines.append(f"| {direction} | {' | '.join('-' if r is None else f'{100 * r:.1f}%' for r in rates)} |")
    return [*lines, ""]


def map_section(rep: Replication, run: Run) -> tuple[str, list[str]]:
    """The map's figure and numbers, and the verdict they give."""
    vectors, numbers, languages, english = map_vectors(rep, run)
    groups = [str(n) for n in numbers]
    hits, chance, nearest = same_group_rate(vectors, groups)
    p_grouped = grouping_p(nearest, groups)
    across = nearest_in_another_language(vectors, numbers, languages)
    figure = plot_projection(
        project_2d(vectors),
        [f"{n} {lang}" for n, lang in zip(numbers, languages, strict=True)],
        rep.figure("interlingua.png"),
        title="johnson2017: encoder outputs (mean-pooled) of the same sentences in en, de, fr; colour = sentence",
        groups=[english[n][:40] for n in numbers],
    )
    rep.write_records(
        [
            rep.result(
                run,
                TEST_SPLITS[0],
                pair="en,de,fr",
                measure="nearest_other_language_same_sentence",
                value=across,
                of=len(numbers),
                chance=round(1 / len(english), 4),
            ),
            rep.result(
                run,
                TEST_SPLITS[0],
                pair="en,de,fr",
                measure="nearest_same_sentence",
                value=hits,
                of=len(numbers),
                chance=round(chance, 4),
                p=round(p_grouped, 4),
            ),
        ],  # fmt: skip
        same=("preset", "variant", "scale", "split", "measure"),
    )
    grouped = p_grouped < SIGNIFICANT and across > len(numbers) / len(english)
    reading = (
        f"The interlingua: the nearest other-language vector is the same sentence for {across} of {len(numbers)} "
        f"(chance {1 / len(english):.0%}), and sentences group with their translations more often than chance with "
        f"p = {p_grouped:.4f}. The paper: the same sentences cluster across languages (§5.1). "
        + verdict(grouped and across >= len(numbers) / 2, partly=grouped)
        + " (reproduced: grouped with p < 0.05 and at least half of the nearest other-language vectors the same "
        "sentence)"
    )
    return reading, [
        "### The encoder's sentences: an interlingua?",
        "",
        f"The first {len(english)} sentences of {TEST_SPLITS[0]} in English, German and French, each encoded as a "
        "request for a direction the model was trained on (English into German, German and French into English), "
        "its encoder outputs averaged over the sentence's own tokens (the `<2xx>` token left out), projected on "
        "their first two principal components. The colour is the sentence, the label its number and language.",
        "",
        f"![the same sentences in three languages]({page.link(rep, figure)})",
        "",
        f"Nearest neighbour (cosine, full vectors) among the other two languages' {2 * len(english)} vectors: the "
        f"same sentence for **{across} of {len(numbers)}** (a random pick would be {1 / len(english):.0%} of the "
        f"time). Among all {len(numbers) - 1} others, the nearest is a translation of the same sentence for {hits} "
        f"(chance {chance:.0%}; permutation test p = {p_grouped:.4f}).",
        "",
    ]


def mixing_section(rep: Replication, run: Run) -> list[str]:
    sources = rep.test_set(TEST_SPLITS[0], "en-de")[0][:MIX_SENTENCES]
    options = replace(run.config.decode, beam_size=BEAM, nbest=1)
    outputs = {w: [t.text for t in run.translator.translate_mixed(sources, {"de": w, "fr": 1 - w}, options)]
               for w in MIX_WEIGHTS}  # fmt: skip
    escape = lambda text: text.replace("|", "\\|")  # noqa: E731
    lines = [
        "### Mixing the target tokens",
        "",
        f"The source token's embedding replaced by w·emb(`<2de>`) + (1 − w)·emb(`<2fr>`) (landmark/decode/mixing.py), "
        f"beam {BEAM}, for {MIX_SENTENCES} English test sentences: w = 1 is `<2de>` as trained, w = 0 `<2fr>`.",
        "",
        "| w (German) | " + " | ".join(f"sentence {i + 1}" for i in range(len(sources))) + " |",
        "|---|" + "---|" * len(sources),
        "| source | " + " | ".join(escape(s) for s in sources) + " |",
        *[f"| {w} | " + " | ".join(escape(o) for o in outputs[w]) + " |" for w in MIX_WEIGHTS],
        "",
    ]
    return lines


def verdicts(singles: dict[str, Run], supervised: dict, zero_shot: dict, pivoted: dict, chance: dict) -> list[str]:
    lines = []
    behind = {d: significantly_worse(supervised[d], run.evaluations) for d, run in singles.items()}
    matched = [d for d, splits in behind.items() if not splits]
    lines.append(
        f"One model for four directions against one model a direction, same size and steps: the multilingual run is "
        f"not significantly below the single-direction run in {len(matched)} of {len(singles)} directions"
        + (f" ({', '.join(matched)})" if matched else "")
        + "; "
        + ("; ".join(f"{d} is below on {', '.join(s)}" for d, s in behind.items() if s) or "in none is it below")
        + ". The paper: many-to-many models of the same size close to the single ones, a little below on large pairs "
        "(Table 4). " + verdict(len(matched) == len(singles), partly=bool(matched))
    )
    if len(matched) < len(singles):
        lines[-1] += (
            f" At this budget the comparison is of equal steps: each of the multilingual run's {len(singles)} "
            f"directions trained on about 1/{len(singles)} of the target tokens its single-direction control had, "
            "where the paper compares models trained to convergence; a gap here is what the budget leaves, not "
            "evidence against the paper."
        )
    mean = lambda evaluations: sum(e.scores.bleu for e in evaluations.values()) / len(evaluations)  # noqa: E731
    for direction in ZERO_SHOT:
        below, below_verdict = compare(pivoted[direction], zero_shot[direction])
        above, above_verdict = compare(zero_shot[direction], chance[direction])
        # "Far above": significance alone would call a few hundredths of BLEU far; it also needs zero-shot to keep
        # at least FAR of pivoting's lead over chance (the paper's zero-shot is close to its pivoting).
        lead = mean(zero_shot[direction]) - mean(chance[direction])
        share = lead / max(mean(pivoted[direction]) - mean(chance[direction]), 1e-9)
        if above_verdict.startswith("**Reproduced") and share < FAR:
            above_verdict = (
                f"**Not reproduced** as *far* above: significant, but {page.signed(lead)} BLEU, {share:.0%} of "
                f"pivoting's lead over chance (far: at least {FAR:.0%})."
            )
        rates = [zero_shot[direction][s].target_language_rate for s in TEST_SPLITS]
        if all(r is not None for r in rates):
            above_verdict += (
                " Zero-shot outputs in the asked language: "
                + ", ".join(f"{100 * r:.1f}% ({s})" for r, s in zip(rates, TEST_SPLITS, strict=True))
                + "."
            )
        finding = "below" if mean(zero_shot[direction]) < mean(pivoted[direction]) else "not below"
        lines += [
            "",
            f"Zero-shot {direction}: we find zero-shot {finding} pivoting on the mean of the test sets. Pivoting "
            f"through {PIVOT} against zero-shot, {below}: {below_verdict} (the paper: zero-shot below pivoting). "
            f"Zero-shot against chance, {above}: {above_verdict} (the paper: far above chance).",
        ]
    return [*lines, ""]
