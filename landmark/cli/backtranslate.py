"""`landmark backtranslate`: a synthetic parallel corpus from monolingual text (Sennrich et al. 2016).

A run that translates target -> source (cs -> en for an en -> cs system) translates monolingual target-language
text; each output becomes the synthetic source of its real line. The folder it writes is what data.extra_train
reads: train.<source language> (synthetic) and train.<target language> (the monolingual lines), plus
backtranslate.json saying how it was made. With --tag, each synthetic source starts with the <BT> tag (Caswell et
al. 2019); a run with data.extra_train keeps <BT> as one whole piece of its vocabulary, so the tag is one token.
"""

from __future__ import annotations

import json
import sys

from landmark.cli.common import add_decode_arguments, command_line, decode_options, formatter, open_translator


def add(commands) -> None:
    parser = commands.add_parser(
        "backtranslate",
        help="translate monolingual text with a reverse run into a synthetic parallel corpus (data.extra_train)",
        description="Translate a file of monolingual sentences (one a line) with a trained run, and write the\n"
        "synthetic parallel corpus <out>/train.<output language> (the translations) and <out>/train.<input\n"
        "language> (the input lines), line by line, for `--set data.extra_train=<out>`. Inputs whose translation\n"
        "comes out empty are left out (backtranslate.json counts them).",
        epilog="example:\n  landmark backtranslate --run runs/cs-en --input mono.cs --out synthetic/ --tag --beam 5\n"
        "  landmark train --preset vaswani2017-small --pair en-cs --set data.extra_train=synthetic/ --out runs/bt",
        formatter_class=formatter,
    )
    add_decode_arguments(parser)
    parser.add_argument("--input", required=True, help="the monolingual text, one sentence a line")
    parser.add_argument("--out", required=True, help="the folder to write train.<lang> files and backtranslate.json to")
    parser.add_argument(
        "--from",
        dest="input_lang",
        metavar="LANG",
        help="the language of --input (default: the run's source language; a multilingual run needs it)",
    )
    parser.add_argument(
        "--tag", action="store_true", help="start each synthetic source with <BT> (tagged back-translation)"
    )


def run(args) -> None:
    from landmark.config import ConfigError
    from landmark.data.reading import read_lines
    from landmark.data.synthetic import write_synthetic

    translator = open_translator(args)
    options = decode_options(args, translator)
    data = translator.config.data
    if data.multilingual and not args.input_lang:
        raise ConfigError(f"{args.run} is multilingual: say which language --input is in with --from")
    input_lang = args.input_lang or data.src_lang
    output_lang = args.to or data.tgt_lang
    if input_lang == output_lang:
        raise ConfigError(f"--input is in {input_lang} and the translations would be too: pick another --to")
    lines = read_lines(args.input)
    empty = [i + 1 for i, line in enumerate(lines) if not line]
    if empty:
        raise ConfigError(f"{args.input}:{empty[0]}: empty line ({len(empty)} in all); a sentence a line, none empty")
    translations = translator.translate(lines, options, progress=None, to=args.to)
    made = {"command": command_line(), "run": str(args.run), "checkpoint": args.checkpoint, "input": str(args.input),
            "beam": options.beam_size}  # fmt: skip
    synthetic = [t.text for t in translations]
    info = write_synthetic(args.out, output_lang, input_lang, synthetic, lines, args.tag, made)
    left_out = f" ({info['left_out_empty']} empty translations left out)" if info["left_out_empty"] else ""
    print(f"wrote {info['pairs']} synthetic pairs to {args.out}{left_out}", file=sys.stderr)
    print(json.dumps(info))
