"""Jean et al. 2015's claims: a softmax over each partition's sub-vocabulary V' trains as well as the full softmax at a
fraction of its cost (§3.1-3.2); candidate lists decode faster at the same BLEU (§3.2); replacing <unk> through the
attention raises BLEU (§4.2).

`landmark replicate jean2015` runs `replicate` below with one of BUDGETS' scales."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from landmark.evaluate.curves import plot_training_curves
from landmark.evaluate.scoring import corpus_scores
from landmark.replicate import page
from landmark.replicate.engine import BEAM, TEST_SPLITS, Budget, Replication, Run
from landmark.replicate.page import verdict
from landmark.tokens import SPECIALS, UNK

FULL = ("train.sampled_vocab=0",)  # the full-softmax run's own override (also the gnmt2016 page's RNNsearch)
AIMED_SPEEDUP = 3.0  # the aim for the sampled training against the full softmax's, at <= 1 BLEU lost
UNK_WORD = SPECIALS[UNK]  # how an unknown word reads in a word-level output
KEEP_EVERY_WORD = ("data.vocab_size=0",)  # the scales' shared vocabulary size would bring the shortlist back

BUDGETS = {
    "small": Budget(overrides={"jean2015": KEEP_EVERY_WORD}),
    # Equal wall time: each run trains for the same minutes on one thread, so the cheaper step trains more of them.
    "cpu": Budget(
        overrides={
            "jean2015": (
                *KEEP_EVERY_WORD,
                "train.max_minutes=30",
                "train.max_steps=0",
                "model.embedding_size=256",
                "model.hidden_size=256",
                "model.attention_size=256",
                "model.maxout_size=256",
            )
        },  # fmt: skip
    ),
    "tiny": Budget(size="tiny", overrides={"jean2015": KEEP_EVERY_WORD}),
}

TAU = {"small": 3000, "cpu": 3000, "tiny": 800}  # train.sampled_vocab of the sampled run at each scale
CANDIDATES = {"small": (1000, 10), "cpu": (1000, 10), "tiny": (200, 5)}  # (K, K') of the candidate lists

JEAN_PAPER = """## What the paper reports

Jean et al. 2015, WMT'14 English→French and English→German, RNNsearch with 500k target words (RNNsearch-LV) against
RNNsearch with a 30k shortlist. Training with a softmax over partitions of tau = 15k-50k words made a step about as
cheap as the shortlist model's, whatever the size of the full vocabulary (§3, §4). Decoding over candidate lists of
the K most frequent words and the K' likeliest dictionary translations of each source word cut decoding time
several-fold and lost little or no BLEU against the full softmax (§4.2, Table 2: with K = 30k, K' = 10). Replacing
each <unk> with its most attended source word or that word's dictionary translation added 1-3 BLEU (§4.2, Table 1).
(As we know the paper; the numbers on this page are ours.)"""


MEMORY_STEPS = 20  # training steps whose memory the page reports

# In a process of its own, so that nothing else this page holds counts: the run's config, MEMORY_STEPS steps.
MEMORY_CHILD = """
import json, sys, tempfile
from pathlib import Path
from landmark.config import load_config
from landmark.train.trainer import Trainer, step_memory_mib
config = load_config(sys.argv[1])
with tempfile.TemporaryDirectory() as scratch:
    trainer = Trainer(config, Path(scratch) / "run", data_dir=sys.argv[3] or None, progress=False)
    print(json.dumps(step_memory_mib(trainer, int(sys.argv[2]))))
"""


def training_memory(rep: Replication, run: Run) -> tuple[float, float]:
    """(held before, peak during) MEMORY_STEPS training steps of `run`'s own config, in MiB, measured in a process
    of its own (train/trainer.py's step_memory_mib)."""
    command = [sys.executable, "-c", MEMORY_CHILD, str(run.run.config_path), str(MEMORY_STEPS), str(rep.data_dir or "")]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return tuple(json.loads(done.stdout.strip().splitlines()[-1]))


def unk_verdict(bleu: list[float], unknowns: list[int]) -> str:
    """The UNK-replacement verdict from the four decodings' mean BLEU (whole vocabulary, candidates, candidates +
    replacement, whole vocabulary + replacement) and their <unk> counts; none to replace is no evidence either way."""
    if unknowns[0] == 0 and unknowns[1] == 0:
        return (
            "**Not measurable here:** without replacement the model wrote no <unk> at all (every training word is in "
            "its vocabulary, so <unk> never was a target), and there was nothing to replace."
        )
    return verdict(bleu[2] > bleu[1] and bleu[3] > bleu[0], partly=bleu[2] > bleu[1] or bleu[3] > bleu[0])


def timed_translations(rep: Replication, run: Run, split: str, options) -> tuple[list[str], float]:
    """The run's translations of the split (no cache: the time is what is measured) and the seconds they took."""
    sources = rep.test_set(split)[0]
    started = time.perf_counter()
    hypotheses = [t.text for t in run.translator.translate(sources, options)]
    return hypotheses, time.perf_counter() - started


def replicate(rep: Replication) -> Path:
    tau, (k, k_prime) = TAU[rep.scale.name], CANDIDATES[rep.scale.name]
    full = rep.evaluate(rep.train("full", "jean2015", FULL))
    sampled = rep.evaluate(rep.train("sampled", "jean2015", (f"train.sampled_vocab={tau}",)))
    curves = plot_training_curves(
        {"full softmax": full.run.metrics(), f"sampled softmax (tau = {tau})": sampled.run.metrics()},
        rep.figure("full_vs_sampled.png"),
        x="time",  # the claim is at equal wall time, not at equal steps
        title="jean2015: RNNsearch trained with the full softmax and over partitions' sub-vocabularies",
    )
    vocab = sampled.translator.tgt_vocab.size

    # Decoding the sampled run: the whole vocabulary, candidate lists, candidate lists with UNK replacement.
    plain = replace(sampled.config.decode, beam_size=BEAM, nbest=1, candidates_frequent=0, candidates_per_word=0,
                    replace_unk=False)  # fmt: skip
    ways = {
        "whole vocabulary": plain,
        f"candidates (K = {k}, K' = {k_prime})": replace(plain, candidates_frequent=k, candidates_per_word=k_prime),
        "candidates + UNK replacement": replace(
            plain, candidates_frequent=k, candidates_per_word=k_prime, replace_unk=True
        ),
        "whole vocabulary + UNK replacement": replace(plain, replace_unk=True),
    }
    sampled.translator.lexicon()  # learned once, before any decoding is timed
    decoding, unknowns = {}, {}
    for name, options in ways.items():
        for split in TEST_SPLITS:
            sources, references, _ = rep.test_set(split)
            hypotheses, seconds = timed_translations(rep, sampled, split, options)
            scores = corpus_scores(hypotheses, references)
            decoding[name, split] = (scores.bleu, len(sources) / seconds)
            unknowns[name, split] = sum(h.split().count(UNK_WORD) for h in hypotheses)
            rep.write_records(
                [
                    rep.record(
                        sampled,
                        split,
                        len(sources),
                        scores,
                        options,
                        decoding=name,
                        sentences_per_second=round(len(sources) / seconds, 2),
                        unk_tokens=unknowns[name, split],
                    )
                ],  # fmt: skip
                same=("preset", "variant", "scale", "split", "decoding"),
            )

    def per_step(run: Run) -> float:
        return run.summary["train_seconds"] / max(run.summary["steps"], 1)

    def per_epoch(run: Run) -> float:  # the fairer measure: a partition's batches hold fewer tokens than the full's
        return run.summary["train_seconds"] / max(run.summary["epochs"], 1e-9)

    lines = page.header(rep, "Jean et al. 2015: a very large target vocabulary, sampled softmax and candidate lists",
                        JEAN_PAPER)  # fmt: skip
    lines += page.scores_table(
        [full, sampled],
        {
            "softmax over": lambda run: (
                f"V' (tau = {run.config.train.sampled_vocab})"
                if run.config.train.sampled_vocab
                else f"V ({vocab} words)"
            ),
            "s / step": lambda run: f"{per_step(run):.3f}",
            "s / epoch": lambda run: f"{per_epoch(run):.0f}",
            "steps": lambda run: str(run.summary["steps"]),
        },
    )
    memory = {run.variant: training_memory(rep, run) for run in (full, sampled)}
    rep.write_records(
        [
            rep.result(run, "train", measure=measure, value=value, memory_steps=MEMORY_STEPS)
            for run in (full, sampled)
            for measure, value in (
                ("resident_before_steps_mib", memory[run.variant][0]),
                ("peak_during_steps_mib", memory[run.variant][1]),
            )
        ],
        same=("preset", "variant", "scale", "measure"),
    )
    grown = {variant: peak - before for variant, (before, peak) in memory.items()}
    lines += [
        f"![training curves, full against sampled softmax]({page.link(rep, curves)})",
        "",
        f"Memory, measured over {MEMORY_STEPS} training steps of each run's own config in a process of its own: "
        f"with the data and model loaded it held {memory['full'][0]:.0f} MiB (full) and {memory['sampled'][0]:.0f} "
        f"MiB (sampled); during the steps its resident set peaked at **{memory['full'][1]:.0f} MiB** with the full "
        f"softmax and **{memory['sampled'][1]:.0f} MiB** with the sampled one, {grown['full']:.0f} against "
        f"{grown['sampled']:.0f} MiB for the steps themselves (activations, the optimiser's state, and the output "
        f"layer's logits, which take {vocab} floats per target token with the full softmax and at most {tau} with "
        f"the sampled one: {vocab * 4} against at most {tau * 4} bytes a token, and as much again for their "
        "gradient).",
        "",
        f"Decoding the sampled run's test sets (beam {BEAM}):",
        "",
        "| decoding | " + " | ".join(f"BLEU {s}" for s in TEST_SPLITS) + " | "
        + " | ".join(f"sentences/s {s}" for s in TEST_SPLITS) + " | <unk> in the outputs |",
        "|---|" + "---|" * (2 * len(TEST_SPLITS) + 1),
        *[
            f"| {name} | " + " | ".join(f"{decoding[name, s][0]:.2f}" for s in TEST_SPLITS) + " | "
            + " | ".join(f"{decoding[name, s][1]:.1f}" for s in TEST_SPLITS) + " | "
            + f"{sum(unknowns[name, s] for s in TEST_SPLITS)} |"
            for name in ways
        ],
        "",
        "## What reproduced",
        "",
    ]  # fmt: skip
    cheaper = per_step(sampled) < per_step(full)
    as_good = sampled.mean_bleu() >= full.mean_bleu() - 1.0
    speedup = per_epoch(full) / per_epoch(sampled)
    lines.append(
        f"Sampled softmax: {per_step(sampled):.3f} s a step against {per_step(full):.3f}, and {per_epoch(sampled):.0f} "
        f"s an epoch against {per_epoch(full):.0f} ({speedup:.2f}x faster through the same data: the batches of a "
        "partition, which may not cross its end, hold fewer tokens than the full softmax's); mean test BLEU "
        f"{sampled.mean_bleu():.2f} against {full.mean_bleu():.2f} after the same training time. The "
        "paper: a step about as cheap as a small vocabulary's, at the same or better BLEU. "
        + verdict(cheaper and as_good, partly=cheaper or as_good)
        + f" Our aim, an epoch at least {AIMED_SPEEDUP:g}x cheaper at no more than 1 BLEU lost: "
        + ("met." if speedup >= AIMED_SPEEDUP and as_good else "not met.")
        + (
            ""
            if speedup >= AIMED_SPEEDUP
            else " The softmax is only part of an RNNsearch step: the recurrent encoder and decoder, attention and "
            "maxout, run step by step, cost the same in both runs, so cutting the output layer to tau rows bounds "
            "the saving."
        )
    )
    names = list(ways)
    speed = [sum(decoding[n, s][1] for s in TEST_SPLITS) / len(TEST_SPLITS) for n in names]
    bleu = [sum(decoding[n, s][0] for s in TEST_SPLITS) / len(TEST_SPLITS) for n in names]
    faster, kept = speed[1] > speed[0], bleu[1] >= bleu[0] - 0.5
    lines += [
        "",
        f"Candidate lists: {speed[1]:.1f} sentences a second against {speed[0]:.1f} over the whole vocabulary, mean "
        f"BLEU {bleu[1]:.2f} against {bleu[0]:.2f}. The paper: faster at about the same BLEU. "
        + verdict(faster and kept, partly=faster or kept),
        "",
        f"UNK replacement: mean BLEU {bleu[2]:.2f} with it against {bleu[1]:.2f} without (over candidate lists), "
        f"{bleu[3]:.2f} against {bleu[0]:.2f} over the whole vocabulary. The paper: it adds BLEU. "
        + unk_verdict(bleu, [sum(unknowns[n, s] for s in TEST_SPLITS) for n in names]),
        "",
    ]
    lines += page.setup(rep)
    return page.write_page(rep, lines)
