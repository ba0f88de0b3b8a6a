"""`landmark translate`, `landmark evaluate` and `landmark average`: what is done with a trained run."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from landmark.cli.common import (
    add_data_dir,
    add_decode_arguments,
    command_line,
    decode_options,
    formatter,
    open_translator,
)


def add(commands) -> None:
    translate = commands.add_parser(
        "translate",
        help="translate text with a trained run (stdin to stdout, or files)",
        description="Translate one sentence per line. With --nbest N > 1, each hypothesis is a line\n"
        "'i ||| hypothesis ||| score' (i: the input's number from 0, best first; the format of Moses and fairseq).\n"
        "An input longer than the model reads is cut with a warning (--set decode.long_inputs=refuse refuses).",
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
    evaluate.add_argument(
        "--pivot",
        metavar="LANG",
        help="translate through LANG: source -> LANG -> target, two passes of the same multilingual run",
    )
    evaluate.add_argument("--record", help="append the result as one JSON line to this file")
    evaluate.add_argument("--hyps-dir", help="where to write the hypotheses (default: <run>/hyps)")
    add_data_dir(evaluate)

    average = commands.add_parser(
        "average",
        help="average the last N checkpoints of a run into averaged.pt",
        formatter_class=formatter,
        epilog="example:\n  landmark average --run runs/m30k --last 5",
    )
    average.add_argument("--run", required=True, help="a run directory made by `landmark train`")
    average.add_argument("--last", type=int, default=5, help="how many of the newest numbered checkpoints (default 5)")


def translate(args) -> None:
    from landmark.data.reading import decode_lines, read_lines

    translator = open_translator(args)
    options = decode_options(args, translator)
    # Strict UTF-8, so that a broken input is named with its line rather than translated as mojibake.
    if args.input:
        lines = read_lines(args.input)
    else:
        stdin = getattr(sys.stdin, "buffer", None)  # None where stdin is text already (a test's StringIO)
        data = stdin.read() if stdin is not None else sys.stdin.read().encode("utf-8")
        lines = [line.strip() for line in decode_lines(data, "<stdin>")]
    results = translator.translate_nbest(lines, options, progress=None, to=args.to)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    for i, hypotheses in enumerate(results):
        for hypothesis in hypotheses:
            if options.nbest > 1:
                out.write(f"{i} ||| {hypothesis.text} ||| {hypothesis.score:.4f}\n")
            else:
                out.write((f"{hypothesis.score:.4f}\t" if args.scores else "") + hypothesis.text + "\n")
    out.flush()


def evaluate(args) -> None:
    from landmark.config import limit_error
    from landmark.data.corpora import load_split
    from landmark.evaluate.scoring import corpus_scores
    from landmark.provenance import append_record, result_record
    from landmark.runs import RunDir

    translator = open_translator(args)
    options = replace(decode_options(args, translator), nbest=1)
    data = translator.config.data
    corpus, pair = args.corpus or data.corpus, args.pair or data.pair
    if args.to and not args.pair:  # the run's first direction into --to, if it has one
        pair = next((f"{src}-{tgt}" for src, tgt in data.directions if tgt == args.to), pair)
    if (must := limit_error("data.pair", pair)) is not None:
        raise SystemExit(f"landmark evaluate: --pair {pair}: it must be {must}")
    src_lang, tgt_lang = pair.split(",")[0].split("-")  # a multilingual run's first direction by default
    pair, to = f"{src_lang}-{tgt_lang}", args.to or tgt_lang
    if to != tgt_lang:
        raise SystemExit(f"landmark evaluate: --to {to}, but the references are in {tgt_lang} (--pair {pair})")
    to = to if data.multilingual or args.to else None
    sources, references = load_split(corpus, args.split, src_lang, tgt_lang, args.data_dir)
    if args.pivot:  # Johnson et al. §5: zero-shot against bridging through a language the model knows
        translations = translator.pivot(sources, args.pivot, tgt_lang, options)[1]
    else:
        translations = translator.translate(sources, options, progress=None, to=to)
    hypotheses = [t.text for t in translations]
    scores = corpus_scores(hypotheses, references)
    run = RunDir(args.run)  # --run's own, also when --ensemble adds members to its translator
    info = run.info()
    name = f"{info.get('preset') or 'run'}.{corpus}.{args.split}.{pair}.{Path(args.checkpoint).stem}"
    name += f".beam{options.beam_size}.lp{options.length_penalty:g}.{tgt_lang}"
    name += f".pivot-{args.pivot}" if args.pivot else ""
    hyps_path = Path(args.hyps_dir or run.hyps_dir) / name.replace(":", "-")
    record = result_record(
        command_line(),
        info.get("device") or translator.device,  # where the run was trained (older runs lack run.json: here)
        preset=info.get("preset"),
        corpus=corpus,
        pair=pair,
        split=args.split,
        **({"pivot": args.pivot} if args.pivot else {}),
        **scores.record_fields(),
        beam=options.beam_size,
        length_penalty=options.length_penalty,
        checkpoint=Path(args.checkpoint).name,
        ensemble=args.ensemble,
        train_seconds=run.train_seconds(),
        train_precision=run.train_precision(),
        train_command=info.get("command"),
        commit=info.get("commit"),  # the code that trained the run, which is what the score measures
        hypotheses=str(hyps_path),
    )
    # The scores first, so that a file that cannot be written loses nothing; the files even if stdout is closed.
    try:
        print(scores.bleu_detail)
        print(f"chrF2 = {scores.chrf:.2f}  ({scores.chrf_signature})")
        print(json.dumps(record), flush=True)
    finally:
        writes = [("hypotheses", hyps_path, lambda: write_lines(hyps_path, hypotheses))]
        if args.record:
            writes.append(("record", Path(args.record), lambda: append_record(args.record, record)))
        for what, path, write in writes:
            try:
                write()
            except OSError as error:
                raise SystemExit(
                    f"landmark evaluate: the scores are above, but the {what} could not be written to {path}: "
                    f"{error.strerror or error}"
                ) from None


def write_lines(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def average(args) -> None:
    from landmark.runs import RunDir

    if args.last < 1:
        raise SystemExit(f"landmark average: --last {args.last}: it must be at least 1")
    output, paths = RunDir(args.run).require().average(args.last)
    print(f"averaged {', '.join(p.name for p in paths)} into {output}")
