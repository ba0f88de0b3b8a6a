"""Before and after, one change at a time: how fast the RNN models learn (issue 10), as records and figures.

    python docs/results/learning_speed.py

Each comparison trained one model twice at the CPU scale of the replication pages, changing one setting; the
evidence of both runs lies in docs/results/runs/learning-speed/<comparison>/{before,after}/ (config.yaml,
metrics.jsonl, run.json with the command, commit, device and date). This script writes one record per
validation of each run to docs/results/rnn-learning-speed.jsonl, draws both runs' curves on one figure per
comparison (docs/results/figures/learning-speed/<comparison>.png, with landmark.evaluate.curves) and rewrites the
table of docs/results/rnn-learning-speed.md between its markers. Nothing in the table is typed by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch

from landmark.config import load_config
from landmark.evaluate.curves import plot_training_curves
from landmark.models import build_model
from landmark.provenance import device_name, git_commit, today
from landmark.runs import RunDir

HERE = Path(__file__).parent
EVIDENCE = HERE / "runs" / "learning-speed"
BEGIN, END = "<!-- table:begin -->", "<!-- table:end -->"

# comparison -> (the model, what changed: before, after)
COMPARISONS = {
    "cho2014-init": ("cho2014 (RNN Encoder-Decoder)", "model.init: paper, N(0, 0.01^2) (§4.1)", "model.init: torch"),
    "bahdanau2015-schedule": (
        "bahdanau2015 (RNNsearch)",
        "train.schedule: inverse_sqrt",
        "train.schedule: constant",
    ),
}


WIDTHS = ["model.embedding_size=256", "model.hidden_size=256", "model.maxout_size=256"]


def initial_logit_std(init: str) -> float:
    """The standard deviation of cho2014-small's logits at step 0 (the CPU scale's widths, a 6,000-piece vocabulary),
    on one random batch of 8 sources of 12 tokens and targets of 10, seed 0."""
    torch.manual_seed(0)
    model = build_model(load_config("cho2014-small", [*WIDTHS, f"model.init={init}"]).model, 6000, 6000).eval()
    src, tgt = torch.randint(4, 6000, (8, 12)), torch.randint(4, 6000, (8, 10))
    with torch.no_grad():
        return float(model(src, src != 0, tgt).std())


def main() -> None:
    records, rows = [], []
    for init in ("paper", "torch"):
        records.append(
            {
                "comparison": "cho2014-init",
                "model": "cho2014-small",
                "setting": f"model.init: {init}",
                "initial_logit_std": round(initial_logit_std(init), 7),
                "command": "python docs/results/learning_speed.py",
                "commit": git_commit(),
                "device": device_name(torch.device("cpu")),
                "date": today(),
            }  # fmt: skip
        )
        rows.append(
            f"| cho2014-small | model.init: {init} | 0 | logits' std: {records[-1]['initial_logit_std']:.2g} | | |"
        )
    for name, (model, before_setting, after_setting) in COMPARISONS.items():
        runs = {side: RunDir(EVIDENCE / name / side) for side in ("before", "after")}
        metrics = {side: run.metrics() for side, run in runs.items()}
        last = min(max(r.get("step", 0) for r in m) for m in metrics.values())  # compare over the shorter run
        metrics = {side: [r for r in m if r.get("step", 0) <= last] for side, m in metrics.items()}
        labels = {"before": before_setting, "after": after_setting}
        figure = HERE / "figures" / "learning-speed" / f"{name}.png"
        plot_training_curves({labels[s]: metrics[s] for s in runs}, figure, title=f"{model}: {name}")
        vals = {side: {r["step"]: r for r in m if r.get("type") == "val"} for side, m in metrics.items()}
        for side, run in runs.items():
            info = run.info()
            for step, val in vals[side].items():
                records.append(
                    {
                        "comparison": name,
                        "model": model,
                        "side": side,
                        "setting": labels[side],
                        "step": step,
                        "val_ppl": val["val_ppl"],
                        "val_bleu": val["val_bleu"],
                        "command": info.get("command"),
                        "commit": info.get("commit"),
                        "device": info.get("device"),
                        "date": info.get("date"),
                        "evidence": (run.path / "metrics.jsonl").relative_to(HERE).as_posix(),
                    }  # fmt: skip
                )
        for step in sorted(set(vals["before"]) & set(vals["after"])):
            b, a = vals["before"][step], vals["after"][step]
            rows.append(
                f"| {model} | {before_setting} → {after_setting} | {step} | {b['val_ppl']:.2f} → {a['val_ppl']:.2f} "
                f"| {b['val_bleu']:.2f} → {a['val_bleu']:.2f} | [figure](figures/learning-speed/{name}.png) |"
            )
    (HERE / "rnn-learning-speed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    page = HERE / "rnn-learning-speed.md"
    text = page.read_text(encoding="utf-8")
    table = "\n".join(
        [
            "| model | change | step | val perplexity | val BLEU (300 sentences, greedy) | curves |",
            "|---|---|---|---|---|---|",
        ]
        + rows
    )
    page.write_text(text.split(BEGIN)[0] + BEGIN + "\n" + table + "\n" + END + text.split(END)[1], encoding="utf-8")
    print(f"{len(records)} records, {len(rows)} rows: {page}")


if __name__ == "__main__":
    main()
