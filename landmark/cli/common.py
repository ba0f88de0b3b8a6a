"""What several sub-commands share: argument groups, the translator they open, the command line they record."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace


def formatter(prog):
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        help="the only folder to read corpora from, as <corpus>/<file> (default: $LANDMARK_DATA, then the cache, "
        "then a download)",
    )


def add_progress(parser: argparse.ArgumentParser, what: str = "show a progress bar") -> None:
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"{what} (default: only on a terminal)",
    )


def add_set(parser: argparse.ArgumentParser, metavar: str, example: str) -> None:
    parser.add_argument(
        "--set", action="append", default=[], metavar=metavar, help=f"override a config field, e.g. --set {example}"
    )


def add_run(parser: argparse.ArgumentParser, what: str = "a run directory made by `landmark train`") -> None:
    """--run and --checkpoint: the one run (and which of its checkpoints) a command reads."""
    parser.add_argument("--run", required=True, help=what)
    parser.add_argument("--checkpoint", default="best", help="best (default), last, averaged, or a .pt path")


def add_decode_arguments(parser: argparse.ArgumentParser) -> None:
    add_run(parser)
    parser.add_argument("--beam", type=int, help="beam size (1 = greedy; default: the run's decode.beam_size)")
    parser.add_argument(
        "--nbest", type=int, help="hypotheses per input, at most the beam (translate only; see its output format)"
    )
    parser.add_argument("--length-penalty", type=float, help="alpha of the GNMT length penalty")
    parser.add_argument(
        "--coverage-penalty",
        type=float,
        help="beta of GNMT's coverage penalty, beta * sum over source words of log(min(attention received, 1)): "
        "favours translations that attend to every source word (models with attention; beam search)",
    )
    parser.add_argument(
        "--to",
        metavar="LANG",
        help="the language to translate into: a multilingual run (data.pair with several directions) needs it; "
        "a language it never learned from this source is zero-shot translation (Johnson et al. 2017)",
    )
    add_set(parser, "decode.KEY=VALUE", "decode.max_len_b=20 (decode options only)")
    add_backend_arguments(parser)
    parser.add_argument(
        "--ensemble",
        nargs="+",
        metavar="RUN_OR_CHECKPOINT",
        help="more runs or .pt files whose probabilities are averaged with --run's (same vocabulary)",
    )


def add_served_runs(parser: argparse.ArgumentParser, first: str) -> None:
    """--run (repeatable, RUN or NAME=RUN) and --checkpoint, as the server and the playground take them."""
    parser.add_argument(
        "--run",
        action="append",
        required=True,
        metavar="[NAME=]RUN",
        help=f"a run directory, named by its folder or NAME; repeat for more ({first})",
    )
    parser.add_argument("--checkpoint", default="best", help="best (default), last or averaged, for every run")


def add_address(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="the port to listen on (default 8000)")


def check_address(args) -> None:
    """Refuse a port outside 0-65535 before any model is loaded."""
    from landmark.config import ConfigError

    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port {args.port}: it must be from 0 to 65535 (0: any free port)")


def add_backend_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--device", default="auto", help="auto (default), cuda or cpu")
    parser.add_argument(
        "--backend",
        choices=("torch", "ctranslate2"),
        default="torch",
        help="torch (default): our own search; ctranslate2: the CTranslate2 engine on the CPU (vaswani2017 runs; "
        "the run is exported to <run>/ctranslate2/ on first use)",
    )
    parser.add_argument(
        "--int8",
        action="store_true",
        help="decode with int8 weights on the CPU: torch's linear layers by dynamic quantisation, or CTranslate2's "
        "int8 model",
    )


def open_translator(args):
    """The translator of --run (and --checkpoint) on --backend, or of the ensemble of it and --ensemble's members."""
    from landmark.backends import open_translator
    from landmark.config import ConfigError
    from landmark.translator import Translator

    check_decode_flags(args)
    if args.ensemble and (args.backend != "torch" or args.int8):
        raise ConfigError("--ensemble decodes with our own float search only: drop --backend or --int8")
    translator = open_translator(args.run, args.checkpoint, args.device, args.backend, args.int8)
    if not args.ensemble:
        return translator
    return Translator.combine([translator, *(Translator.open(path, args.device) for path in args.ensemble)])


DECODE_FLAGS = {
    "beam_size": "--beam",
    "nbest": "--nbest",
    "length_penalty": "--length-penalty",
    "coverage_penalty": "--coverage-penalty",
}


def check_decode_flags(args) -> None:
    """Refuse a decoding flag outside its limits (config.LIMITS) before any model is loaded."""
    from landmark.config import ConfigError, limit_error

    for field, flag in DECODE_FLAGS.items():
        value = getattr(args, flag[2:].replace("-", "_"))
        if value is not None and (must := limit_error(f"decode.{field}", value)) is not None:
            raise ConfigError(f"{flag} {value}: it must be {must}")


def decode_options(args, translator):
    """The run's decode options with --set decode.* and the decoding flags applied, checked as a whole."""
    from landmark.config import SECTIONS, ConfigError, apply_overrides, build_section, config_to_dict

    raw = {"decode": config_to_dict(translator.config)["decode"]}
    for item in args.set:
        if not item.startswith("decode."):
            raise ConfigError(f"--set {item}: only decode.* options can change at decoding time")
    options = build_section(SECTIONS["decode"], apply_overrides(raw, args.set)["decode"], "decode")
    changes = {field: getattr(args, flag[2:].replace("-", "_")) for field, flag in DECODE_FLAGS.items()}
    try:
        return replace(options, **{k: v for k, v in changes.items() if v is not None})
    except ConfigError as error:  # a relation between flags and the run's options (nbest <= beam)
        given = " ".join(f"{DECODE_FLAGS[k]} {v}" for k, v in changes.items() if v is not None)
        raise ConfigError(f"{given}: {error}") from None


def command_line() -> str:
    return "landmark " + " ".join(sys.argv[1:])
