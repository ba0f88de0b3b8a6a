"""`landmark train`: train a preset on a corpus into a run directory, or continue one."""

from __future__ import annotations

import json
import sys

from landmark.cli.common import add_data_dir, add_progress, add_set, command_line, formatter


def add(commands) -> None:
    parser = commands.add_parser(
        "train",
        help="train a preset on a corpus into a run directory",
        description="Train a model into a run directory (config, run.json, vocabularies, checkpoints, metrics.jsonl).",
        epilog="example:\n  landmark train --preset vaswani2017-small --corpus multi30k --pair en-de --out runs/m30k\n"
        "  landmark train --out runs/m30k --resume --set train.max_minutes=20   # continue that run",
        formatter_class=formatter,
    )
    parser.add_argument("--preset", help="a preset name (see `landmark presets`) or a YAML config file")
    parser.add_argument("--corpus", help="corpus to train on (overrides data.corpus), e.g. multi30k, toy:reverse")
    parser.add_argument("--pair", help="source-target languages (overrides data.pair), e.g. en-de")
    parser.add_argument("--out", required=True, help="the run directory to create (or to resume)")
    add_set(parser, "KEY=VALUE", "train.lr=5e-4 (repeatable)")
    parser.add_argument("--resume", action="store_true", help="continue the run in --out from its last checkpoint")
    add_progress(parser)
    add_data_dir(parser)


def run(args) -> None:
    from landmark.config import ConfigError, apply_overrides, config_from_dict, load_raw
    from landmark.runs import RunDir
    from landmark.train.trainer import Trainer

    out = RunDir(args.out)
    overrides = list(args.set)
    if args.corpus:
        overrides.append(f"data.corpus={args.corpus}")
    if args.pair:
        overrides.append(f"data.pair={args.pair}")
    if args.resume:
        raw = load_raw(str(out.require().config_path)) if not args.preset else load_raw(args.preset)
    elif not args.preset:
        raise SystemExit("landmark train: --preset is required (see `landmark presets`), unless --resume")
    else:
        out.check_new()  # before the preset is read: a wrong --out is the cheapest mistake to report
        raw = load_raw(args.preset)
    try:
        config = config_from_dict(apply_overrides(raw, overrides))
    except ConfigError as error:  # name the preset or file the bad key came from
        raise ConfigError(f"{args.preset or out.config_path}: {error}") from None
    origin = {"preset": args.preset, "command": command_line()}
    trainer = Trainer(
        config, out.path, data_dir=args.data_dir, resume=args.resume, progress=args.progress, origin=origin
    )
    what, unit = (f"{config.data.side} text", "lines") if config.data.side else (config.data.pair, "pairs")
    print(
        f"training {config.arch} on {config.data.corpus} {what} into {out.path} ({trainer.device}, "
        f"{trainer.parameter_count() / 1e6:.1f}M parameters, {trainer.batcher.pairs} {unit})",
        file=sys.stderr,
    )
    summary = trainer.fit()
    print(json.dumps(summary))
