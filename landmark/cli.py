"""The `landmark` command: one entry point, a sub-command per job."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from landmark.provenance import device_name, git_commit, today

EPILOG = """examples:
  landmark train --preset vaswani2017-small --corpus multi30k --pair en-de --out runs/m30k
  echo "A dog runs on the beach." | landmark translate --run runs/m30k
  landmark evaluate --run runs/m30k --split test_2016_flickr
  landmark data                      # which corpora exist, and where each is found
  landmark presets                   # the papers' presets
"""


def formatter(prog):
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        help="folder holding corpora as <corpus>/<file> (default: $LANDMARK_DATA, then the cache, then download)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="landmark",
        description="Train, evaluate and run the landmark papers of neural machine translation.",
        epilog=EPILOG,
        formatter_class=formatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    train = commands.add_parser(
        "train",
        help="train a preset on a corpus into a run directory",
        description="Train a model into a run directory (config, vocabularies, checkpoints, metrics.jsonl).",
        epilog="example:\n  landmark train --preset vaswani2017-small --corpus multi30k --pair en-de --out runs/m30k\n"
        "  landmark train --out runs/m30k --resume --set train.max_minutes=20   # continue that run",
        formatter_class=formatter,
    )
    train.add_argument("--preset", help="a preset name (see `landmark presets`) or a YAML config file")
    train.add_argument("--corpus", help="corpus to train on (overrides data.corpus), e.g. multi30k, toy:reverse")
    train.add_argument("--pair", help="source-target languages (overrides data.pair), e.g. en-de")
    train.add_argument("--out", required=True, help="the run directory to create (or to resume)")
    train.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a config field, e.g. --set train.lr=5e-4 (repeatable)",
    )
    train.add_argument("--resume", action="store_true", help="continue the run in --out from its last checkpoint")
    train.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: only on a terminal)",
    )
    add_data_dir(train)

    translate = commands.add_parser(
        "translate",
        help="translate text with a trained run (stdin to stdout, or files)",
        description="Translate one sentence per line.",
        epilog="examples:\n  echo 'Two dogs play.' | landmark translate --run runs/m30k\n"
        "  landmark translate --run runs/m30k --input news.en --output news.de --beam 5 --nbest 3",
        formatter_class=formatter,
    )
    add_decode_arguments(translate)
    translate.add_argument("--input", help="file to translate (default: standard input)")
    translate.add_argument("--output", help="file to write (default: standard output)")
    translate.add_argument("--scores", action="store_true", help="print each score and a tab before the text")

    evaluate = commands.add_parser(
        "evaluate",
        help="translate a test split and score it with sacreBLEU (BLEU and chrF)",
        description="Translate a split of the run's corpus (or another) and report sacreBLEU BLEU and chrF "
        "with their signatures. Hypotheses are kept in <run>/hyps/.",
        epilog="example:\n  landmark evaluate --run runs/m30k --split test_2016_flickr --beam 5 "
        "--record docs/results/vaswani2017.jsonl",
        formatter_class=formatter,
    )
    add_decode_arguments(evaluate)
    evaluate.add_argument("--split", required=True, help="split to score, e.g. test_2016_flickr")
    evaluate.add_argument("--corpus", help="corpus of the split (default: the run's)")
    evaluate.add_argument("--pair", help="language pair (default: the run's)")
    evaluate.add_argument("--record", help="append the result as one JSON line to this file")
    evaluate.add_argument("--hyps-dir", help="where to write the hypotheses (default: <run>/hyps)")
    add_data_dir(evaluate)

    average = commands.add_parser(
        "average",
        help="average the last N checkpoints of a run into averaged.pt",
        formatter_class=formatter,
        epilog="example:\n  landmark average --run runs/m30k --last 5",
    )
    average.add_argument("--run", required=True)
    average.add_argument("--last", type=int, default=5)

    data = commands.add_parser(
        "data",
        help="list the corpora, or check one",
        description="List the corpora landmark knows and where each is found; --check reads and validates one.",
        epilog="examples:\n  landmark data\n  landmark data --check multi30k --pair en-de",
        formatter_class=formatter,
    )
    data.add_argument("--check", metavar="CORPUS", help="read and validate every split of this corpus")
    data.add_argument("--pair", help="language pair to check (default: the corpus's default pair)")
    data.add_argument("--no-download", action="store_true", help="fail rather than download a missing file")
    add_data_dir(data)

    commands.add_parser("presets", help="list the presets (one per paper, plus sizes)", formatter_class=formatter)

    replicate = commands.add_parser(
        "replicate",
        help="train, score and draw what a paper's claim needs, and write its page docs/replications/<paper>.md",
        description="Train the variants a paper's claim needs (its -small preset with overrides), score them with "
        "sacreBLEU on Multi30k en-de test_2016_flickr and test_2017_flickr (beam 5), draw its figures and write "
        "<docs>/replications/<paper>.md; every BLEU is also appended to <docs>/results/<paper>.jsonl. Finished runs "
        "in --out with the same config are reused, not trained again.",
        epilog="examples:\n  landmark replicate bahdanau2015                      # on one GPU: the page in docs/\n"
        "  landmark replicate luong2015 --scale tiny --out /tmp/smoke   # a CPU smoke run of the whole pipeline",
        formatter_class=formatter,
    )
    replicate.add_argument("paper", metavar="PRESET", help="cho2014, sutskever2014, bahdanau2015 or luong2015")
    replicate.add_argument(
        "--scale",
        choices=["tiny", "cpu", "small"],
        default="small",
        help="small (default): the -small presets, for one GPU; cpu: widths of 256, one thread and a fixed number of "
        "steps a run (tens of minutes a page on a laptop's CPU); tiny: toy widths and a few steps, a smoke run "
        "whose page, figures and records stay under --out/docs",
    )
    replicate.add_argument("--out", default="runs/replicate", help="folder for the runs (default: runs/replicate)")
    replicate.add_argument("--docs", default="docs", help="folder of replications/ and results/ (default: docs)")
    replicate.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar while training (default: only on a terminal)",
    )
    add_data_dir(replicate)
    return parser


def add_decode_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--run", required=True, help="a run directory made by `landmark train`")
    parser.add_argument("--checkpoint", default="best", help="best (default), last, averaged, or a .pt path")
    parser.add_argument("--beam", type=int, help="beam size (1 = greedy; default: the run's decode.beam_size)")
    parser.add_argument("--nbest", type=int, help="hypotheses per input (translate only)")
    parser.add_argument("--length-penalty", type=float, help="alpha of the GNMT length penalty")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="decode.KEY=VALUE",
        help="override a decode option, e.g. --set decode.max_len_b=20",
    )
    parser.add_argument("--device", default="auto", help="auto (default), cuda or cpu")
    parser.add_argument(
        "--ensemble",
        nargs="+",
        metavar="RUN_OR_CHECKPOINT",
        help="more runs or .pt files whose probabilities are averaged with --run's (same vocabulary)",
    )


def open_translator(args):
    """The translator of --run (and --checkpoint), or of the ensemble of it and --ensemble's members."""
    from landmark.translator import Translator

    translator = Translator(args.run, args.checkpoint, args.device)
    if not args.ensemble:
        return translator
    from landmark.decode.ensemble import load_ensemble

    ensemble, src_vocab, tgt_vocab, _ = load_ensemble([translator.checkpoint_path, *args.ensemble], args.device)
    return Translator.from_model(ensemble, src_vocab, tgt_vocab, translator.config)


def decode_options(args, translator):
    from landmark.config import SECTIONS, ConfigError, apply_overrides, build_section, config_to_dict

    raw = {"decode": config_to_dict(translator.config)["decode"]}
    for item in args.set:
        if not item.startswith("decode."):
            raise ConfigError(f"--set {item}: only decode.* options can change at decoding time")
    options = build_section(SECTIONS["decode"], apply_overrides(raw, args.set)["decode"], "decode")
    changes = {"beam_size": args.beam, "nbest": args.nbest, "length_penalty": args.length_penalty}
    return replace(options, **{k: v for k, v in changes.items() if v is not None})


def command_train(args) -> None:
    from landmark.config import apply_overrides, config_from_dict, load_raw
    from landmark.train.trainer import Trainer

    out = Path(args.out)
    overrides = list(args.set)
    if args.corpus:
        overrides.append(f"data.corpus={args.corpus}")
    if args.pair:
        overrides.append(f"data.pair={args.pair}")
    if args.resume:
        raw = load_raw(str(out / "config.yaml")) if not args.preset else load_raw(args.preset)
    else:
        if not args.preset:
            raise SystemExit("landmark train: --preset is required (see `landmark presets`), unless --resume")
        if (out / "last.pt").exists():
            raise SystemExit(f"landmark train: {out} already holds a run; use --resume to continue it, or a new --out")
        raw = load_raw(args.preset)
    config = config_from_dict(apply_overrides(raw, overrides))
    trainer = Trainer(config, out, data_dir=args.data_dir, resume=args.resume, progress=args.progress)
    if not args.resume:
        (out / "run.json").write_text(
            json.dumps(
                {
                    "preset": args.preset,
                    "command": command_line(),
                    "commit": git_commit(),
                    "date": today(),
                    "device": device_name(trainer.device),
                },
                indent=1,
            )
            + "\n"
        )
    print(
        f"training {config.arch} on {config.data.corpus} {config.data.pair} into {out} ({trainer.device}, "
        f"{trainer.parameter_count() / 1e6:.1f}M parameters, {len(trainer.batcher.src)} pairs)",
        file=sys.stderr,
    )
    summary = trainer.fit()
    print(json.dumps(summary))


def command_translate(args) -> None:
    translator = open_translator(args)
    options = decode_options(args, translator)
    source = open(args.input, encoding="utf-8") if args.input else sys.stdin
    lines = [line.rstrip("\n") for line in source]
    results = translator.translate_nbest(lines, options, progress=None)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    for hypotheses in results:
        for hypothesis in hypotheses:
            out.write((f"{hypothesis.score:.4f}\t" if args.scores else "") + hypothesis.text + "\n")
    out.flush()


def command_evaluate(args) -> None:
    from landmark.data.corpora import load_split
    from landmark.evaluate.scoring import corpus_scores

    translator = open_translator(args)
    options = replace(decode_options(args, translator), nbest=1)
    data = translator.config.data
    corpus, pair = args.corpus or data.corpus, args.pair or data.pair
    src_lang, tgt_lang = pair.split("-")
    sources, references = load_split(corpus, args.split, src_lang, tgt_lang, args.data_dir)
    hypotheses = [t.text for t in translator.translate(sources, options, progress=None)]
    scores = corpus_scores(hypotheses, references)
    run = Path(args.run)
    info = json.loads((run / "run.json").read_text()) if (run / "run.json").exists() else {}
    preset = info.get("preset") or "run"
    name = f"{preset}.{corpus}.{args.split}.{pair}.{Path(args.checkpoint).stem}.beam{options.beam_size}"
    name += f".lp{options.length_penalty:g}.{tgt_lang}"
    hyps_path = Path(args.hyps_dir or run / "hyps") / name.replace(":", "-")
    hyps_path.parent.mkdir(parents=True, exist_ok=True)
    hyps_path.write_text("".join(h + "\n" for h in hypotheses), encoding="utf-8")
    record = {
        "preset": info.get("preset"),
        "corpus": corpus,
        "pair": pair,
        "split": args.split,
        "bleu": scores.bleu,
        "chrf": scores.chrf,
        "signature": scores.signature,
        "chrf_signature": scores.chrf_signature,
        "beam": options.beam_size,
        "length_penalty": options.length_penalty,
        "checkpoint": Path(args.checkpoint).name,
        "ensemble": args.ensemble,
        "device": info.get("device"),
        "train_seconds": train_seconds(run),
        "train_command": info.get("command"),
        "command": command_line(),
        "commit": info.get("commit") or git_commit(),
        "date": today(),
        "hypotheses": str(hyps_path),
    }
    if args.record:  # first, so that a closed pipe on stdout cannot lose it
        Path(args.record).parent.mkdir(parents=True, exist_ok=True)
        with open(args.record, "a", encoding="utf-8") as file:
            file.write(json.dumps(record) + "\n")
    print(scores.bleu_detail)
    print(f"chrF2 = {scores.chrf:.2f}  ({scores.chrf_signature})")
    print(json.dumps(record))


def command_average(args) -> None:
    from landmark.train.checkpoint import average_checkpoints, step_checkpoints

    run = Path(args.run)
    paths = step_checkpoints(run)[-args.last :]
    if not paths:
        raise SystemExit(f"landmark average: no checkpoints in {run / 'checkpoints'}")
    average_checkpoints(paths, run / "averaged.pt")
    print(f"averaged {', '.join(p.name for p in paths)} into {run / 'averaged.pt'}")


def command_data(args) -> None:
    from landmark.data.corpora import CORPORA, get_corpus, load_split, search_dirs

    print("looking in: " + ", ".join(str(p) for p in search_dirs(args.data_dir)) + ", then the upstream address")
    if not args.check:
        for corpus in CORPORA.values():
            use = "train + eval" if corpus.train_split else "eval only"
            print(f"  {corpus.name:18} {'/'.join(corpus.languages):12} {use:12} {corpus.description}")
        return
    corpus = get_corpus(args.check)
    src_lang, tgt_lang = args.pair.split("-") if args.pair else corpus.default_pair
    for split in corpus.splits:
        try:
            sources, _ = load_split(args.check, split, src_lang, tgt_lang, args.data_dir, download=not args.no_download)
            print(f"  {split:20} {len(sources):7d} pairs  ok")
        except Exception as error:  # report every split, then fail
            print(f"  {split:20} FAILED: {error}")


def command_presets(args) -> None:
    from landmark.config import PRESETS_DIR, preset_names

    names = preset_names()
    width = max(map(len, names))
    for name in names:
        first = (PRESETS_DIR / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        print(f"  {name:{width}}  {first}")


def command_replicate(args) -> None:
    from landmark.evaluate.replicate import replicate

    print(replicate(args.paper, args.scale, args.out, args.data_dir, args.docs, args.progress))


def train_seconds(run: Path) -> float | None:
    metrics = run / "metrics.jsonl"
    if not metrics.exists():
        return None
    seconds = None
    for line in metrics.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        seconds = record.get("train_seconds", seconds)
    return seconds


def command_line() -> str:
    return "landmark " + " ".join(sys.argv[1:])


COMMANDS = {
    "train": command_train,
    "translate": command_translate,
    "evaluate": command_evaluate,
    "average": command_average,
    "data": command_data,
    "presets": command_presets,
    "replicate": command_replicate,
}


def main(argv: list[str] | None = None) -> None:
    from landmark.config import ConfigError
    from landmark.data.reading import DataError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        raise SystemExit(2)
    try:
        COMMANDS[args.command](args)
    except (ConfigError, DataError, FileNotFoundError, ValueError, FloatingPointError) as error:
        raise SystemExit(f"landmark {args.command}: {error}") from None
    except BrokenPipeError:  # `landmark ... | head`: the reader left; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0) from None
    except KeyboardInterrupt as error:
        raise SystemExit(f"landmark {args.command}: {error or 'interrupted'}") from None


if __name__ == "__main__":
    main()
