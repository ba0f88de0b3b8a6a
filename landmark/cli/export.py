"""`landmark export`: a trained run in another engine's format (CTranslate2 for now)."""

from __future__ import annotations

from landmark.cli.common import add_run, formatter


def add(commands) -> None:
    parser = commands.add_parser(
        "export",
        help="write a trained run in another inference engine's format (CTranslate2)",
        description="Convert a vaswani2017 run's checkpoint to a CTranslate2 model directory (model.bin, the two\n"
        "vocabularies as our pieces, config.json) with the ctranslate2 package's converter API. The directory\n"
        "decodes with ctranslate2.Translator(dir).translate_batch([pieces]) (CTranslate2 appends </s> to each\n"
        "source); `landmark translate --backend ctranslate2` and `landmark serve --backend ctranslate2` export\n"
        "and load it for you. CTranslate2's length penalty is log P / L^alpha, ours GNMT's; see landmark/backends.py.",
        epilog="examples:\n  landmark export --run runs/m30k --to ctranslate2 --out m30k-ct2\n"
        "  landmark export --run runs/m30k --to ctranslate2 --out m30k-ct2-int8 --quantization int8",
        formatter_class=formatter,
    )
    add_run(parser, "a run directory made by `landmark train` (vaswani2017)")
    parser.add_argument("--to", choices=("ctranslate2",), required=True, help="the format: ctranslate2")
    parser.add_argument("--out", required=True, help="the folder to write (replaced if it exists)")
    parser.add_argument(
        "--quantization",
        choices=("float32", "int8", "int8_float32", "int16", "float16", "bfloat16"),
        default=None,
        help="store the weights in this type (default: float32; CTranslate2 can also quantise when it loads)",
    )


def run(args) -> None:
    from landmark.backends import export_ctranslate2

    print(export_ctranslate2(args.run, args.out, args.checkpoint, args.quantization))
