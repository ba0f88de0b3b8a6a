"""`landmark serve`: trained runs behind an HTTP translation service (the app lives in landmark/serve/)."""

from __future__ import annotations

import argparse

from landmark.cli.common import add_address, add_backend_arguments, add_served_runs, check_address, formatter

# flag -> help; each flag sets the ServeSettings field of its name, whose default the help shows
LIMIT_FLAGS = {
    "--max-batch-tokens": "source tokens gathered into one decoding batch, over all its requests",
    "--max-wait-ms": "milliseconds the oldest waiting request waits for others to batch with",
    "--queue-size": "requests waiting per model; past it, 503 with Retry-After",
    "--timeout-s": "a request's deadline in seconds; past it, 504",
    "--max-sentences": "sentences in one request; more is 413",
    "--max-tokens": "tokens in one sentence, as the run's source vocabulary cuts it (EOS not counted); 413",
    "--max-body-bytes": "bytes in one request body; more is 413",
    "--max-beam": "the widest beam a request may ask for; wider is 422",
}


def add(commands) -> None:
    from landmark.serve.settings import ServeSettings  # imports nothing heavy

    parser = commands.add_parser(
        "serve",
        help="serve trained runs over HTTP: POST /translate, GET /health, /models, /metrics",
        description="Serve one or more trained runs over HTTP. Requests that arrive together are decoded together\n"
        "(up to --max-batch-tokens, or after --max-wait-ms). The API: http://HOST:PORT/docs. Ctrl-C or SIGTERM\n"
        "lets requests in flight finish before the server stops.",
        epilog="examples:\n  landmark serve --run runs/m30k\n"
        "  landmark serve --run runs/m30k --run toy=runs/toy --port 8080 --max-wait-ms 10\n"
        "  landmark serve --run runs/m30k --backend ctranslate2 --int8      # CTranslate2's int8 engine\n"
        "  curl -s localhost:8000/translate -H 'Content-Type: application/json' -d '{\"text\": \"Two dogs play.\"}'",
        formatter_class=formatter,
    )
    add_served_runs(parser, "the first is the default")
    add_backend_arguments(parser)
    add_address(parser)
    parser.add_argument(
        "--access-log",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="print a line for every request (default: yes; bench/serve_load.py turns it off)",
    )
    for flag, text in LIMIT_FLAGS.items():
        default = getattr(ServeSettings, flag[2:].replace("-", "_"))
        kind = float if isinstance(default, float) else int
        parser.add_argument(flag, type=kind, metavar="N", help=f"{text} (default {default})")


def run(args) -> None:
    import math

    import uvicorn

    from landmark.serve.app import create_app, load_translators
    from landmark.serve.settings import ServeSettings

    check_address(args)
    given = {flag[2:].replace("-", "_"): getattr(args, flag[2:].replace("-", "_")) for flag in LIMIT_FLAGS}
    settings = ServeSettings(**{name: value for name, value in given.items() if value is not None})  # checked now
    app = create_app(load_translators(args.run, args.checkpoint, args.device, args.backend, args.int8), settings)
    # Every request in flight is answered within its deadline (504 at worst), so waiting longer to stop is useless.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        timeout_graceful_shutdown=math.ceil(settings.timeout_s) + 1,
        access_log=args.access_log,
    )
