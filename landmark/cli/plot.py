"""`landmark plot`: the training curves of one or several runs, as one PNG."""

from __future__ import annotations

from pathlib import Path

from landmark.cli.common import formatter


def add(commands) -> None:
    parser = commands.add_parser(
        "plot",
        help="draw training loss, validation BLEU and learning rate of runs against steps or time (PNG)",
        description="Draw the training curves of one or several runs from their metrics.jsonl: training loss, "
        "validation BLEU and learning rate, one line per run, against optimizer steps or training time.",
        epilog="examples:\n  landmark plot runs/m30k                       # writes runs/m30k/curves.png\n"
        "  landmark plot runs/a runs/b --x time --out a-vs-b.png",
        formatter_class=formatter,
    )
    parser.add_argument("runs", nargs="+", metavar="RUN", help="run directories made by `landmark train`")
    parser.add_argument("--x", choices=["step", "time"], default="step", help="x axis: steps (default) or minutes")
    parser.add_argument("--out", help="the PNG to write (default: <run>/curves.png for one run, curves.png for more)")
    parser.add_argument("--title", default="", help="the figure's title")


def run(args) -> None:
    from landmark.evaluate.curves import plot_training_curves
    from landmark.runs import RunDir

    runs = [RunDir(path).require() for path in args.runs]
    labels = [run.path.name or str(run.path) for run in runs]
    if len(set(labels)) < len(labels):  # runs/a/x and runs/b/x: label them by their whole path
        labels = [str(run.path) for run in runs]
    if len(set(labels)) < len(labels):
        raise ValueError(f"a run is named twice: {' '.join(args.runs)}")
    records = {label: run.metrics() for label, run in zip(labels, runs, strict=True)}
    out = Path(args.out) if args.out else (runs[0].path / "curves.png" if len(runs) == 1 else Path("curves.png"))
    print(plot_training_curves(records, out, x=args.x, title=args.title))
