"""`landmark playground`: the Transformer Playground over trained runs (the app lives in landmark/playground/)."""

from __future__ import annotations

from landmark.cli.common import add_address, add_served_runs, check_address, formatter


def add(commands) -> None:
    parser = commands.add_parser(
        "playground",
        help="open trained runs in the Transformer Playground: tokens, positions, every attention head, the beam",
        description="Serve the Transformer Playground, a web page over one or more trained runs: type a sentence and\n"
        "see its pieces, embeddings and positional encodings, every layer's and head's attention (encoder, masked\n"
        "decoder, cross), the beam step by step, and 'what if' switches (no causal mask, no scaling, negated or\n"
        "squared scores, no positions, a silenced head or layer). With two --run, compare them on one sentence.\n"
        "Everything is served locally; the page's state lives in its URL, so a link reopens the same view.",
        epilog="examples:\n  landmark playground --run runs/m30k            # then open http://127.0.0.1:8000\n"
        "  landmark playground --run runs/m30k --run rnn=runs/bahdanau --port 8080",
        formatter_class=formatter,
    )
    add_served_runs(parser, "the first opens by default")
    parser.add_argument("--device", default="cpu", help="cpu (default), cuda or auto")
    add_address(parser)


def run(args) -> None:
    import uvicorn

    from landmark.playground.app import create_app, load_runs

    check_address(args)
    app = create_app(load_runs(args.run, args.checkpoint, args.device))
    print(f"landmark playground: http://{args.host}:{args.port}", flush=True)
    uvicorn.run(app, host=args.host, port=args.port)
