"""Wu et al. 2016 (GNMT)'s claims: residual connections let deep LSTM stacks train (§3.1), and length normalisation
with a coverage penalty improves beam search (§7, Table 2).

`landmark replicate gnmt2016` runs `replicate` below with one of BUDGETS' scales."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from landmark.evaluate.curves import plot_training_curves
from landmark.evaluate.scoring import corpus_scores, paired_bootstrap_p
from landmark.replicate import jean2015, page, transformer_gpt_bert
from landmark.replicate.engine import BEAM, Budget, Replication, Run
from landmark.replicate.page import verdict
from landmark.replicate.stats import SIGNIFICANT, beats

BUDGETS = {
    "small": Budget(),
    # 8 + 8 layers of 128: as much LSTM work a step as Luong's 2 + 2 layers of 256 (layers x width^2), so a run of
    # 1,200 steps takes about as long on one thread; deep enough for residual connections to matter.
    "cpu": Budget(
        max_steps=1200,
        overrides={
            "gnmt2016": (
                "model.encoder_layers=8",
                "model.decoder_layers=8",
                "model.hidden_size=128",
                "model.embedding_size=128",
            )
        },
    ),
    "tiny": Budget(size="tiny"),
}

ALPHAS = (0.0, 0.2, 0.6, 1.0)  # Table 2's rows
BETAS = (0.0, 0.2, 0.4)  # Table 2's columns
GRID_SPLIT = "val"  # the paper tuned alpha and beta on a development set, as we do
# The same penalties on the other pages' models (does the coverage penalty help RNNsearch? the Transformer?): the very
# runs of other pages, with their presets and overrides, so that pages sharing an --out train each once. RNNsearch is
# the jean2015 page's full-softmax run (Bahdanau et al.'s model over a word vocabulary, trained for the same minutes
# as its sampled twin), which also spares the cpu scale an RNNsearch of its own; the Transformer is the
# transformer-gpt-bert page's encoder-decoder. (variant, page module, paper preset, the run's own overrides)
OTHER_MODELS = (
    ("rnnsearch", jean2015, "jean2015", jean2015.FULL),
    ("transformer", transformer_gpt_bert, "vaswani2017", ()),
)
OTHER_ALPHAS, OTHER_BETAS = (0.0, 0.2, 1.0), (0.0, 0.2)

GNMT_PAPER = """## What the paper reports

Wu et al. 2016, WMT'14 English→French and English→German. §3.1: without residual connections, stacks deeper than
4 layers trained badly ("simple stacked LSTM layers work well up to 4 layers, barely with 6 layers, and very
poorly beyond 8 layers"); with residual connections from the third layer up, 8-layer encoders and decoders
train. §7, Table 2 (En→Fr, a model trained with maximum likelihood, BLEU on the development set): with α = β = 0
(plain log-probability) the beam scored 30.3; BLEU rose with both the length normalisation α and the coverage
penalty β up to about α = β = 0.2 (31.4), and changed little beyond (the table spans α, β ∈ {0, 0.2, 0.4, 0.6,
0.8, 1.0}); the paper settles on α = 0.2, β = 0.2 for the non-RL model."""


def replicate(rep: Replication) -> Path:
    residual = rep.evaluate(rep.train("residual", "gnmt2016", ("model.residual=true",)))
    plain = rep.evaluate(rep.train("plain", "gnmt2016", ("model.residual=false",)))
    curves = plot_training_curves(
        {"residual": residual.run.metrics(), "plain": plain.run.metrics()},
        rep.figure("residual_vs_plain.png"),
        title=f"gnmt2016: {residual.config.model.encoder_layers} + {residual.config.model.decoder_layers} LSTM layers "
        "with and without residual connections",
    )

    # Table 2: the residual model's beam over alpha x beta on the development set.
    sources, references = rep.test_set(GRID_SPLIT)[:2]
    grid, hypotheses = penalty_grid(rep, residual, ALPHAS, BETAS)
    others = [(run, *penalty_grid(rep, run, OTHER_ALPHAS, OTHER_BETAS)) for run in other_models(rep)]
    base, chosen = grid[0.0, 0.0], grid[0.2, 0.2]
    best = max(grid, key=grid.get)
    p_chosen = paired_bootstrap_p(hypotheses[0.0, 0.0], hypotheses[0.2, 0.2], references)

    lines = page.header(rep, "Wu et al. 2016, GNMT: residual stacks, length normalisation, coverage", GNMT_PAPER)
    lines += page.scores_table(
        [residual, plain], {"residual connections": lambda run: run.config.model.residual and "yes" or "no"}
    )
    lines += [
        f"![training curves, residual against plain]({page.link(rep, curves)})",
        "",
        f"Decoding the residual model's {GRID_SPLIT} split ({len(sources)} sentences, beam {BEAM}) with GNMT's "
        "score log P(Y|X) / lp(Y) + cp(X; Y): BLEU for each length normalisation α (rows) and coverage penalty β "
        "(columns), as the paper's Table 2.",
        "",
        "| α \\ β | " + " | ".join(f"{beta}" for beta in BETAS) + " |",
        "|---|" + "---|" * len(BETAS),
        *[f"| {alpha} | " + " | ".join(f"{grid[alpha, beta]:.2f}" for beta in BETAS) + " |" for alpha in ALPHAS],
        "",
        "## What reproduced",
        "",
    ]
    details, residual_verdict = beats(residual, plain)
    r_ppl, p_ppl = residual.val_ppl, plain.val_ppl
    depth = f"{residual.config.model.encoder_layers} + {residual.config.model.decoder_layers} layers"
    lines.append(
        f"Residual connections, {depth} of {residual.config.model.hidden_size}, residual against plain: {details} "
        f"(paired bootstrap resampling, 1,000 "
        f"samples); validation perplexity {page.fmt(r_ppl)} against {page.fmt(p_ppl)}. The paper: deep plain stacks "
        f"train very poorly, residual ones train (§3.1). {residual_verdict}"
    )
    lines += [
        "",
        f"Length normalisation and coverage: α = β = 0 scores {base:.2f}; the paper's choice α = β = 0.2 scores "
        f"{chosen:.2f} ({page.signed(chosen - base)}, p = {p_chosen:.3f}); the best cell is α = {best[0]}, "
        f"β = {best[1]} at {grid[best]:.2f}. The paper: BLEU rises from α = β = 0 and flattens near 0.2 (Table 2). "
        + penalty_verdict(chosen, base, p_chosen),
        "",
    ]
    lines += other_models_section(others, references)
    lines += page.setup(rep)
    return page.write_page(rep, lines)


def effect(with_penalty: float, without: float, p: float) -> str:
    """'helps', 'hurts' or 'within noise': a difference counts only at p < SIGNIFICANT."""
    if p >= SIGNIFICANT:
        return "within noise"
    return "helps" if with_penalty > without else "hurts"


def penalty_verdict(chosen: float, base: float, p: float) -> str:
    """Whether alpha = beta = 0.2 beats plain log-probability."""
    if effect(chosen, base, p) == "within noise":
        return f"**Within noise** (p = {p:.3f}: neither helps nor hurts at this budget)."
    return verdict(chosen > base)


def penalty_grid(rep: Replication, run: Run, alphas, betas) -> tuple[dict, dict]:
    """BLEU and hypotheses of `run` on GRID_SPLIT for each (alpha, beta), beam BEAM; a record for each cell."""
    sources, references = rep.test_set(GRID_SPLIT)[:2]
    grid, hypotheses = {}, {}
    for alpha in alphas:
        for beta in betas:
            options = replace(run.config.decode, beam_size=BEAM, nbest=1, length_penalty=alpha,
                              coverage_penalty=beta)  # fmt: skip
            hypotheses[alpha, beta] = rep.translations(run, GRID_SPLIT, sources, options)
            scores = corpus_scores(hypotheses[alpha, beta], references)
            grid[alpha, beta] = scores.bleu
            rep.write_records(
                [rep.record(run, GRID_SPLIT, len(sources), scores, options, coverage_penalty=beta)],
                same=("preset", "variant", "scale", "split", "length_penalty", "coverage_penalty"),
            )
    return grid, hypotheses


def other_models(rep: Replication) -> list[Run]:
    """RNNsearch and the Transformer as their pages train them at this scale (reused when already trained)."""
    runs = []
    for variant, module, preset, overrides in OTHER_MODELS:
        budget = module.BUDGETS[rep.scale.name]
        steps = (f"train.max_steps={budget.max_steps}",) if budget.max_steps else ()
        runs.append(rep.train(variant, preset, (*steps, *budget.overrides.get(preset, ()), *overrides)))
    return runs


def other_models_section(others: list[tuple[Run, dict, dict]], references: list[str]) -> list[str]:
    """The smaller grid on each other model, and whether the coverage penalty helps it at alpha = 0.2."""
    lines = [
        "### The same penalties on RNNsearch and the Transformer",
        "",
        f"The very runs of the jean2015 (its full-softmax RNNsearch) and transformer-gpt-bert (its encoder-decoder) "
        f"pages at this scale, decoded on {GRID_SPLIT} with "
        f"each α (rows) and β (columns), beam {BEAM}:",
        "",
    ]
    for run, grid, _ in others:
        lines += [
            f"`{run.preset}` ({run.variant}, val ppl {page.fmt(run.val_ppl)}):",
            "",
            "| α \\ β | " + " | ".join(f"{beta}" for beta in OTHER_BETAS) + " |",
            "|---|" + "---|" * len(OTHER_BETAS),
            *[f"| {a} | " + " | ".join(f"{grid[a, b]:.2f}" for b in OTHER_BETAS) + " |" for a in OTHER_ALPHAS],
            "",
        ]
    lines += ["Does the coverage penalty help each model (β = 0.2 against 0, at α = 0.2)?", ""]
    for run, grid, hypotheses in others:
        with_cp, without = grid[0.2, 0.2], grid[0.2, 0.0]
        p = paired_bootstrap_p(hypotheses[0.2, 0.0], hypotheses[0.2, 0.2], references)
        answer = {"helps": "yes", "hurts": "worse"}.get(effect(with_cp, without, p), "within noise")
        lines.append(f"- {run.variant}: {with_cp:.2f} against {without:.2f} ({page.signed(with_cp - without)}, "
                     f"p = {p:.3f}): **{answer}**.")  # fmt: skip
    return [*lines, ""]
