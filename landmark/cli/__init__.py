"""The `landmark` command: one entry point, one thin function a sub-command, grouped by what they work on:
train.py (train), decode.py (translate, evaluate, average), backtranslate.py, generate.py (generate, fill-mask),
 info.py (data, presets), replicate.py, plot.py."""

from __future__ import annotations

import argparse
import os
import sys
import warnings

from landmark.cli import backtranslate, decode, export, generate, info, playground, plot, replicate, serve, train
from landmark.cli.common import formatter

EPILOG = """examples:
  landmark train --preset vaswani2017-small --corpus multi30k --pair en-de --out runs/m30k
  echo "A dog runs on the beach." | landmark translate --run runs/m30k
  landmark evaluate --run runs/m30k --split test_2016_flickr
  landmark backtranslate --run runs/cs-en --input mono.cs --out synthetic --tag   # for data.extra_train
  landmark generate --run runs/shakespeare --prompt "ROMEO:"   # a language model's samples
  landmark plot runs/m30k            # its training curves, as runs/m30k/curves.png
  landmark data                      # which corpora exist, and where each is found
  landmark presets                   # the papers' presets
  landmark playground --run runs/m30k   # look inside it in the browser
"""

# sub-command -> the function that runs it; each module's add() declares its sub-commands' arguments
COMMANDS = {
    "train": train.run,
    "translate": decode.translate,
    "evaluate": decode.evaluate,
    "average": decode.average,
    "backtranslate": backtranslate.run,
    "generate": generate.generate,
    "fill-mask": generate.fill_mask,
    "export": export.run,
    "data": info.data,
    "presets": info.presets,
    "replicate": replicate.run,
    "plot": plot.run,
    "serve": serve.run,
    "playground": playground.run,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="landmark",
        description="Train, evaluate and run the landmark papers of neural machine translation.",
        epilog=EPILOG,
        formatter_class=formatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (train, decode, backtranslate, generate, export, info, replicate, plot, serve, playground):
        module.add(commands)
    return parser


def main(argv: list[str] | None = None) -> None:
    from landmark.config import ConfigError
    from landmark.data.reading import DataError
    from landmark.runs import RunError

    parser = build_parser()
    args = parser.parse_args(argv)
    # Warnings (an input cut to the model's length, an unverified download) as one line each, not a source dump.
    warnings.showwarning = lambda message, category, *_: print(
        f"landmark {args.command}: warning: {message}", file=sys.stderr, flush=True
    )
    if not args.command:
        parser.print_help()
        raise SystemExit(2)
    try:
        COMMANDS[args.command](args)
    except (ConfigError, DataError, RunError, FileNotFoundError, ValueError, FloatingPointError) as error:
        raise SystemExit(f"landmark {args.command}: {error}") from None
    except OSError as error:  # a file we could not read or write: name it
        where = f": {error.filename}" if error.filename else ""
        raise SystemExit(f"landmark {args.command}: {error.strerror or error}{where}") from None
    except BrokenPipeError:  # `landmark ... | head`: the reader left; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0) from None
    except KeyboardInterrupt as error:
        raise SystemExit(f"landmark {args.command}: {error or 'interrupted'}") from None


if __name__ == "__main__":
    main()
