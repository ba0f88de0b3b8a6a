"""Low-resource translation, as the NYU deep-learning course's lecture on it teaches: back-translation (Sennrich et al.
2016), iterative back-translation (Hoang et al. 2018) and transfer from a multilingual model (Zoph et al. 2016;
Johnson et al. 2017), on English→Czech with a tenth of Multi30k's pairs. The lecture's claim: back-translation helps
most when parallel data is scarce.

`landmark replicate low-resource` runs `replicate` below with one of BUDGETS' scales.

The sentences, by line number i of Multi30k's training split (after the scale's train_limit), disjoint:
    i mod 10 = 0      the parallel slice (data.train_slice=0/10): the only real en-cs pairs of the scarce rows
    i mod 2 = 0       the larger slice (0/2) of the 'more' rows, which holds the scarce one
    i mod 10 in 1, 3  monolingual Czech: its Czech side only, back-translated into synthetic English sources
    i mod 10 in 5, 7  monolingual English: its English side only, translated into Czech for the second round's
                      backward model
so that no synthetic pair is the real pair of a sentence a model was trained on, and the two monolingual sets share
no sentence (a backward model of round 2 trained on English targets never translates their own Czech).
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import replace
from pathlib import Path

from landmark.data.corpora import load_split
from landmark.data.synthetic import INFO, write_synthetic
from landmark.evaluate.curves import plot_training_curves
from landmark.replicate import johnson2017, page
from landmark.replicate.engine import BEAM, Budget, Replication, Run
from landmark.replicate.page import verdict
from landmark.replicate.stats import compare

PAIR, BACKWARD = "en-cs", "cs-en"
SPLITS = ("val", "test_2016_flickr")  # Czech has no test_2017_flickr
SLICES = {"scarce": "0/10", "more": "0/2"}
MONO_CS, MONO_EN = (1, 3), (5, 7)  # i mod 10 of the monolingual sentences

# The cpu scale, sized for about three hours of one thread (beside another page's runs on the second core): nine
# runs of 400 steps at the johnson2017 page's widths, about 15 minutes each at the measured 1,200 steps in ~45
# minutes, so about 2 h 15 min of training; beam-5 decoding of about 32,000 sentences (three back-translation passes
# of 5,800, the rows' val and test_2016_flickr), estimated, not measured, at about 45 minutes. The transfer row's
# parent is the johnson2017 page's multilingual run, reused when that page ran in the same --out (its config is the
# same); otherwise it is trained here first (800 steps, about 30 minutes more). The tagged row is left to the small
# scale.
CPU_MODEL = johnson2017.CPU_MODEL
BUDGETS = {
    "small": Budget(overrides={"johnson2017": johnson2017.BUDGETS["small"].overrides["johnson2017"]}),
    "cpu": Budget(
        overrides={
            "vaswani2017": (*CPU_MODEL, "train.max_steps=400"),
            # The johnson2017 page's multilingual run, to the step, so that the finished run is reused.
            "johnson2017": (*CPU_MODEL, f"train.max_steps={johnson2017.BUDGETS['cpu'].max_steps}"),
        },
        variants=(
            "baseline",
            "backward",
            "bt",
            "backward-2",
            "iterative-bt",
            "transfer",
            "baseline-more",
            "backward-more",
            "bt-more",
        ),
    ),  # fmt: skip
    "tiny": Budget(size="tiny"),
}

ROWS = {  # variant -> what its row is
    "baseline": "the slice only",
    "bt": "+ back-translation",
    "bt-tagged": "+ tagged back-translation",
    "iterative-bt": "+ iterative back-translation (2 rounds)",
    "transfer": "fine-tuned multilingual model",
    "baseline-more": "5x the real pairs",
    "bt-more": "5x the real pairs + back-translation",
}

CLAIMS = {  # row -> the claim its comparison checks (against +BT; transfer against the baseline)
    "bt-tagged": "The claim (Caswell et al. 2019): tagging the synthetic sources helps.",
    "iterative-bt": "The claim (Hoang et al. 2018): a second round helps.",
    "transfer": "The claim (Zoph et al. 2016): starting from a model of other pairs helps a small one.",
}

LECTURE = """## What the lecture teaches

The NYU deep-learning course's lecture on low-resource machine translation: with little parallel data, use the
monolingual target-language text there is. Back-translation (Sennrich et al. 2016): a target→source model trained
on the parallel data translates monolingual target sentences; the synthetic pairs (machine-made source, real
target) are added to the real ones, so that the model learns to write real sentences. Iterative back-translation
(Hoang et al. 2018): the improved forward model translates monolingual source text for a better backward model,
which back-translates again. Tagged back-translation (Caswell et al. 2019): a `<BT>` token in front of synthetic
sources tells the model which pairs are machine-made. Transfer (Zoph et al. 2016; Kocmi & Bojar 2018; multilingual
models, Johnson et al. 2017): start from a model trained on other, larger pairs and fine-tune it on the small one.
The lecture's claim: **back-translation helps most when parallel data is scarce**."""


def replicate(rep: Replication) -> Path:
    rows: list[Row] = []
    baseline = row(rep, "baseline", SLICES["scarce"])
    backward = rep.train("backward", "vaswani2017", (f"data.train_slice={SLICES['scarce']}",), pair=BACKWARD)
    rows.append(baseline)
    mono_cs, mono_en = monolingual(rep, baseline.run, "cs", MONO_CS), monolingual(rep, baseline.run, "en", MONO_EN)

    # Round 1: the backward model's English for the monolingual Czech.
    bt1 = back_translate(rep, backward, mono_cs, "en", "cs", tagged=False, name="bt")
    bt = row(rep, "bt", SLICES["scarce"], bt1, cost=[backward])
    rows.append(bt)
    if rep.wants("bt-tagged"):
        tagged = back_translate(rep, backward, mono_cs, "en", "cs", tagged=True, name="bt-tagged")
        rows.append(row(rep, "bt-tagged", SLICES["scarce"], tagged, cost=[backward]))

    # Round 2: the +BT model's Czech for the monolingual English trains a second backward model, whose English for
    # the monolingual Czech trains the iterative model.
    forward_synthetic = back_translate(rep, bt.run, mono_en, "cs", "en", tagged=False, name="forward-2")
    backward_2 = rep.train("backward-2", "vaswani2017", (f"data.train_slice={SLICES['scarce']}",
                           f"data.extra_train={forward_synthetic.folder}"), pair=BACKWARD)  # fmt: skip
    bt2 = back_translate(rep, backward_2, mono_cs, "en", "cs", tagged=False, name="bt-2")
    rows.append(row(rep, "iterative-bt", SLICES["scarce"], bt2, cost=[backward, bt.run, backward_2],
                    synthetic_cost=[bt1, forward_synthetic]))  # fmt: skip

    # Transfer: the johnson2017 page's multilingual model (its vocabulary knows Czech), fine-tuned on the slice.
    parent = johnson2017.train_multilingual(rep)
    rows.append(row(rep, "transfer", SLICES["scarce"], init_from=parent, cost=[parent]))

    # The same monolingual Czech with five times the parallel data: does back-translation help less?
    more = None
    if rep.wants("bt-more"):
        baseline_more = row(rep, "baseline-more", SLICES["more"])
        backward_more = rep.train("backward-more", "vaswani2017", (f"data.train_slice={SLICES['more']}",),
                                  pair=BACKWARD)  # fmt: skip
        bt_more = back_translate(rep, backward_more, mono_cs, "en", "cs", tagged=False, name="bt-more")
        more = (baseline_more, row(rep, "bt-more", SLICES["more"], bt_more, cost=[backward_more]))
        rows += more
    for run in (backward, backward_2):
        rep.evaluate(run, SPLITS)

    curves = plot_training_curves(
        {r.run.variant: r.run.run.metrics() for r in rows},
        rep.figure("validation_curves.png"),
        title="low-resource en→cs: each row's training loss and validation BLEU",
    )
    lines = page.header(rep, "Low-resource translation: back-translation and transfer, English→Czech", LECTURE)
    lines += table(rows)
    lines += [f"![training curves of the rows]({page.link(rep, curves)})", ""]
    lines += ["## What reproduced", "", *verdicts(baseline, bt, rows, more), ""]
    backward_scores = "; ".join(
        f"{run.variant} {split} {run.bleu(split):.2f}" for run in (backward, backward_2) for split in SPLITS
    )
    lines += [
        f"The backward (cs→en) models' BLEU, for what their synthetic English is worth: {backward_scores}.",
        "",
    ]
    data = (
        f"Multi30k English→Czech: the real pairs are the training sentences i with i mod 10 = 0 "
        f"({baseline.real} pairs; 'more': i mod 2 = 0); the monolingual Czech is the Czech side of the sentences "
        f"with i mod 10 in {{{', '.join(map(str, MONO_CS))}}} ({len(mono_cs)} sentences), the monolingual English "
        f"the English side of those with i mod 10 in {{{', '.join(map(str, MONO_EN))}}}; synthetic pairs are added "
        f"with data.extra_train, and back-translation decodes with beam {BEAM}. Rows are scored on "
        f"{' and '.join(SPLITS)} "
        "(Czech has no test_2017_flickr); the transfer run starts every weight and its vocabulary from the "
        "johnson2017 page's multilingual run (train.init_from) and trains as the others do"
    )
    lines += page.setup(rep, data=data, splits=SPLITS)
    return page.write_page(rep, lines)


# ------------------------------------------------------------------------------------------------------ the steps
class Synthetic:
    """A back-translated corpus in a folder (landmark/data/synthetic.py) and what it cost."""

    def __init__(self, folder: Path, info: dict):
        self.folder, self.pairs, self.seconds, self.tagged = folder, info["pairs"], info["seconds"], info["tagged"]


class Row:
    """One line of the page's table: an en→cs run, its real and synthetic pairs, and its whole training cost."""

    def __init__(self, run: Run, real: int, synthetic: Synthetic | None, seconds: float, what: str):
        self.run, self.real, self.synthetic, self.seconds, self.what = run, real, synthetic, seconds, what


def monolingual(rep: Replication, run: Run, lang: str, remainders: tuple[int, ...]) -> list[str]:
    """The `lang` side of the training sentences i (within the scale's train_limit) with i mod 10 in remainders."""
    english, czech = load_split("multi30k", "train", "en", "cs", rep.data_dir)
    lines = english if lang == "en" else czech
    limit = run.config.data.train_limit or len(lines)
    return [line for i, line in enumerate(lines[:limit]) if i % 10 in remainders]


def back_translate(
    rep: Replication, run: Run, lines: list[str], output_lang: str, input_lang: str, tagged: bool, name: str
) -> Synthetic:
    """`run`'s beam translations of `lines` as a synthetic corpus in out_dir/<paper>/synthetic/<name>/, as
    `landmark backtranslate` writes it; a folder made by the same checkpoint from the same lines is reused."""
    folder = rep.runs_dir / "synthetic" / name
    checkpoint = run.run.path / "best.pt"
    made = {
        "run": str(run.run.path),
        "checkpoint_mtime_ns": checkpoint.stat().st_mtime_ns,
        "input_sha256": hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest(),
        "beam": BEAM,
    }
    if (folder / INFO).exists():
        kept = json.loads((folder / INFO).read_text(encoding="utf-8"))
        if all(kept.get(key) == value for key, value in made.items()) and kept.get("tagged") == tagged:
            rep.log(f"{name}: reusing the synthetic corpus in {folder}")
            return Synthetic(folder, kept)
    rep.log(f"{name}: {run.variant} translates {len(lines)} {input_lang} sentences into {output_lang}")
    options = replace(run.config.decode, beam_size=BEAM, nbest=1)
    started = time.perf_counter()
    synthetic = [t.text for t in run.translator.translate(lines, options)]
    made["seconds"] = round(time.perf_counter() - started, 1)
    return Synthetic(folder, write_synthetic(folder, output_lang, input_lang, synthetic, lines, tagged, made))


def row(
    rep: Replication,
    variant: str,
    train_slice: str,
    synthetic: Synthetic | None = None,
    init_from: Run | None = None,
    cost: list[Run] = (),
    synthetic_cost: list[Synthetic] = (),
) -> Row:
    """Train and score one en→cs row; its cost is its own training, that of the runs it needed (`cost`) and the
    decoding of its synthetic corpora."""
    overrides = [f"data.train_slice={train_slice}"]
    if synthetic is not None:
        overrides.append(f"data.extra_train={synthetic.folder}")
    if init_from is not None:
        overrides.append(f"train.init_from={init_from.run.path}")
    run = rep.evaluate(rep.train(variant, "vaswani2017", tuple(overrides), pair=PAIR), SPLITS)
    start = json.loads(run.run.metrics_path.read_text(encoding="utf-8").splitlines()[0])
    real = start["pairs"] + start["skipped_long"] - (synthetic.pairs if synthetic is not None else 0)
    decoding = [s.seconds for s in (*synthetic_cost, *([synthetic] if synthetic else []))]
    seconds = sum(r.summary.get("train_seconds", 0.0) for r in (run, *cost)) + sum(decoding)
    what = ROWS[variant]
    return Row(run, real, synthetic, round(seconds, 1), what)


# ------------------------------------------------------------------------------------------------------ the page
def table(rows: list[Row]) -> list[str]:
    lines = [
        "| row | what | real pairs | synthetic pairs | epochs | val perplexity | "
        + " | ".join(f"BLEU {s}" for s in SPLITS)
        + " | training cost (s) |",
        "|---|---|---|---|---|---|" + "---|" * len(SPLITS) + "---|",
    ]
    for r in rows:
        synthetic = f"{r.synthetic.pairs}{' (tagged)' if r.synthetic.tagged else ''}" if r.synthetic else "0"
        bleu = " | ".join(f"{r.run.bleu(s):.2f}" for s in SPLITS)
        epochs = r.run.summary.get("epochs", "-")
        lines.append(f"| {r.run.variant} | {r.what} | {r.real} | {synthetic} | {epochs} | {page.fmt(r.run.val_ppl)} | "
                     f"{bleu} | {r.seconds} |")  # fmt: skip
    return [
        *lines,
        "",
        "Epochs: the row's passes over its own training pairs, real and synthetic, in its fixed number of steps "
        "(more pairs, fewer passes over each). Training cost: the row's own training seconds, plus those of every "
        "run it needed (the backward models; for iterative back-translation also the first round's forward model; "
        "for transfer the multilingual parent) and the decoding of its synthetic corpora, all on one thread.",
        "",
    ]


def gain(a: Run, b: Run) -> float:
    """a's BLEU minus b's, averaged over the page's splits."""
    return sum(a.bleu(s) - b.bleu(s) for s in SPLITS) / len(SPLITS)


def verdicts(baseline: Row, bt: Row, rows: list[Row], more: tuple[Row, Row] | None) -> list[str]:
    evaluations = lambda r: {s: r.run.evaluations[s] for s in SPLITS}  # noqa: E731
    details, helps = compare(evaluations(bt), evaluations(baseline))
    lines = [
        f"Back-translation with {baseline.real} real pairs, +BT against the baseline: {details}: {helps} Its "
        f"validation perplexity is {page.fmt(bt.run.val_ppl)} against the baseline's {page.fmt(baseline.run.val_ppl)}, "
        f"after {bt.run.summary.get('epochs')} passes over real and synthetic pairs against "
        f"{baseline.run.summary.get('epochs')} over the real ones alone."
    ]
    for r in rows:
        if r.run.variant in CLAIMS:
            other, against = (bt, "+BT") if r.run.variant != "transfer" else (baseline, "the baseline")
            details, reading = compare(evaluations(r), evaluations(other))
            lines += ["", f"{r.what} against {against}: {details}. {CLAIMS[r.run.variant]} {reading}"]
    scarce_gain = gain(bt.run, baseline.run)
    if more is None:
        lines += [
            "",
            "The lecture's claim, that back-translation helps **most** when parallel data is scarce, needs the same "
            "synthetic data added to a larger slice too (the rows baseline-more and bt-more), which this scale does "
            f"not train: only its first half is checked above (+BT {page.signed(scarce_gain)} BLEU with "
            f"{baseline.real} real pairs).",
        ]
        return lines
    more_gain = gain(more[1].run, more[0].run)
    significant = helps.startswith("**Reproduced") or helps.startswith("**Partly")
    lines += [
        "",
        f"The lecture's claim: the same monolingual Czech, back-translated by each slice's own backward model "
        f"({bt.synthetic.pairs} and {more[1].synthetic.pairs} synthetic pairs), adds {page.signed(scarce_gain)} BLEU "
        f"(mean of {' and '.join(SPLITS)}) to {baseline.real} real pairs and {page.signed(more_gain)} to "
        f"{more[0].real}. Back-translation helps most when parallel data is scarce: "
        + verdict(significant and scarce_gain > more_gain, partly=scarce_gain > max(more_gain, 0.0))
        + " (reproduced: +BT significantly better than the baseline on the scarce slice, and its gain larger there "
        "than with more real pairs; partly: a gain on the scarce slice larger than with more pairs, not significant)",
    ]
    return lines
