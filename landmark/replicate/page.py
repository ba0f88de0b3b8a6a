"""The page writer: the parts every replication page shares, filled in from a Replication's runs.

A page is a list of Markdown lines: `header` (scale notes, title, provenance, what the paper reports), the paper's
own tables, figures and verdicts, then `setup` (how every run was trained and scored); `write_page` checks that
every figure it names was drawn and writes it to <docs>/replications/<paper>.md.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from landmark.config import RunConfig
from landmark.provenance import device_name, git_commit, today
from landmark.replicate.engine import BEAM, TEST_SPLITS, Replication, Run


def link(rep: Replication, path: Path) -> str:
    """`path` relative to the page, for a Markdown link."""
    return Path(os.path.relpath(path, rep.page_path.parent)).as_posix()


def header(rep: Replication, title: str, paper: str) -> list[str]:
    """The page up to its measurements: scale notes, title, provenance, and what the paper reports."""
    lines = []
    if rep.scale.name == "tiny":
        first = rep.runs[0].config
        capped = f", test sets capped at their first {rep.scale.max_sentences} sentences"
        lines += [
            f"**Smoke run, not a replication**: toy widths, {first.data.train_limit} training pairs, "
            f"{first.train.max_steps} steps a run{capped if rep.scale.max_sentences else ''}. "
            "These numbers only show that the pipeline runs end to end; they say nothing about the paper.",
            "",
        ]
    if rep.scale.note:
        lines += [rep.scale.note, ""]
    device = device_name(rep.runs[0].translator.device)
    lines += [
        f"# {title}",
        "",
        f"Written by `{rep.command}` on {today()} (commit {git_commit()}, {device}). Every number and "
        f"figure below comes from that one command; each BLEU is also a record in "
        f"[{rep.records_path.name}]({link(rep, rep.records_path)}).",
        "",
        paper,
        "",
        "## What we measured",
        "",
    ]
    return lines


def setup(rep: Replication, data: str = "", splits: tuple[str, ...] = TEST_SPLITS) -> list[str]:
    """How the runs were trained and scored, from their configs. `data`: what the runs trained on, where it is not
    Multi30k English→German's training pairs; `splits`: what was scored."""
    config = rep.runs[0].config
    sliced = f" (the first {config.data.train_limit} of them)" if config.data.train_limit else ""
    data = data or f"Multi30k English→German: trained on its 29,000 training pairs{sliced}"
    lines = [
        "## Setup",
        "",
        f"{data}, validated on val, and scored "
        f"with sacreBLEU (cased, detokenised) on {' and '.join(splits)} with beam {BEAM}, from the "
        "checkpoint with the best validation BLEU. Each run is its preset plus the overrides listed; every run on "
        f"this page has the same budget: {budget(config)}. Validation perplexity is that of the evaluated "
        "checkpoint, on the whole val split, without label smoothing. Each variant was trained once (seed "
        f"{config.train.seed}): a p-value on this page measures how much a BLEU difference could owe to which "
        "sentences are in the test set, not the spread between training runs, which was not measured.",
    ]
    capped = [e for run in rep.runs for e in run.evaluations.values() if e.capped]
    if capped:
        lines.append(
            f"Test sets were capped: only the first {rep.scale.max_sentences} sentences of each were translated "
            "and scored."
        )
    if rep.scale.overrides or rep.budget.overrides:
        added = [f"to every preset: {' '.join(f'`{o}`' for o in rep.scale.overrides)}"] if rep.scale.overrides else []
        for preset, overrides in rep.budget.overrides.items():
            added.append(f"to {preset}-{rep.budget.size}: {' '.join(f'`{o}`' for o in overrides)}")
        lines.append(f"Scale '{rep.scale.name}' adds " + "; and ".join(added) + ".")
    return [*lines, "", *runs_table(rep)]


def runs_table(rep: Replication) -> list[str]:
    """One row per run: its preset, overrides, steps, training time, and where its config and metrics are kept."""
    lines = [
        "| run | preset | overrides | steps | train s | config and metrics |",
        "|---|---|---|---|---|---|",
    ]
    for run in rep.runs:
        overrides = " ".join(f"`{o}`" for o in run.overrides) or "none"
        lines.append(
            f"| {run.variant} | {run.preset} | {overrides} | {run.summary.get('steps')} | "
            f"{run.summary.get('train_seconds')} | [{run.variant}]({link(rep, rep.evidence_dir / run.variant)}) |"
        )
    lines.append("")
    return lines


def scores_table(runs: list[Run], extra: dict[str, Callable[[Run], str]] | None = None) -> list[str]:
    """One row per run: its extra columns, validation perplexity, BLEU and chrF on each test set."""
    extra = extra or {}
    columns = ["run", *extra, "val perplexity"]
    columns += [f"BLEU {s}" for s in TEST_SPLITS] + [f"chrF {s}" for s in TEST_SPLITS]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for run in runs:
        cells = [run.variant, *(column(run) for column in extra.values()), fmt(run.val_ppl)]
        cells += [f"{run.bleu(s):.2f}" for s in TEST_SPLITS]
        cells += [f"{run.evaluations[s].scores.chrf:.2f}" for s in TEST_SPLITS]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def write_page(rep: Replication, lines: list[str]) -> Path:
    for figure in rep.figures:
        if not figure.exists():
            raise FileNotFoundError(f"the page names {figure}, which was not drawn")
    rep.page_path.parent.mkdir(parents=True, exist_ok=True)
    rep.page_path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    rep.log(f"wrote {rep.page_path}")
    return rep.page_path


def budget(config: RunConfig) -> str:
    train = config.train
    limits = [
        f"`train.{name}={getattr(train, name)}`" for name in ("max_steps", "max_minutes", "max_epochs", "patience")
    ]
    return ", ".join(limit for limit in limits if not limit.endswith("=0`") and not limit.endswith("=0.0`")) or "none"


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def signed(value: float) -> str:
    return f"{value:+.2f}"


def verdict(reproduced: bool, partly: bool = False) -> str:
    return "**Reproduced.**" if reproduced else ("**Partly reproduced.**" if partly else "**Not reproduced.**")
