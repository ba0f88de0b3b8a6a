"""`landmark generate` and `landmark fill-mask`: what is done with a language model (a run trained with data.side)."""

from __future__ import annotations

import json

from landmark.cli.common import add_run, formatter


def add(commands) -> None:
    generate = commands.add_parser(
        "generate",
        help="sample text from a language model (or sampled translations from a translation run)",
        description="Sample continuations of --prompt, a token at a time: softmax(logits / temperature), among the\n"
        "top-k likeliest tokens and the fewest whose probabilities reach top-p. --temperature 0 is greedy search.\n"
        "A translation run continues --prompt as a translation of --source.",
        epilog="examples:\n"
        "  landmark generate --run runs/shakespeare --prompt 'ROMEO:' --temperature 0.8 --max-tokens 200\n"
        "  landmark generate --run runs/m30k --source 'A dog runs.' --samples 5 --top-p 0.9",
        formatter_class=formatter,
    )
    add_run(generate)
    generate.add_argument("--prompt", default="", help="the text to continue (default: none, from the start)")
    generate.add_argument("--source", default="", help="a translation run's source sentence (default: none)")
    generate.add_argument("--temperature", type=float, default=1.0, help="0 = always the likeliest (default 1.0)")
    generate.add_argument("--top-k", type=int, default=0, help="sample among the k likeliest only (default 0 = all)")
    generate.add_argument("--top-p", type=float, default=1.0, help="nucleus: the fewest reaching p (default 1.0)")
    generate.add_argument("--max-tokens", type=int, default=200, help="tokens to add at most (default 200)")
    generate.add_argument("--samples", type=int, default=1, help="how many samples (default 1)")
    generate.add_argument("--seed", type=int, default=0, help="the same seed gives the same samples (default 0)")
    generate.add_argument("--device", default="auto", help="auto (default), cpu or cuda")

    fill = commands.add_parser(
        "fill-mask",
        help="a masked language model's guesses for each [MASK] of a sentence",
        description="Show a masked language model's (bert) top-k pieces for each [MASK] in TEXT, and TEXT with each\n"
        "mask filled by its likeliest piece. A [MASK] stands for one piece of the run's vocabulary.",
        epilog="example:\n  landmark fill-mask --run runs/bert-de 'Ein [MASK] läuft am Strand.'",
        formatter_class=formatter,
    )
    fill.add_argument("text", help="a sentence with one or more [MASK]")
    add_run(fill, "a run directory trained with data.objective=mlm")
    fill.add_argument("--top-k", type=int, default=5, help="guesses shown for each mask (default 5)")
    fill.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    fill.add_argument("--device", default="auto", help="auto (default), cpu or cuda")


def generate(args) -> None:
    from landmark.decode.sampling import SamplingOptions
    from landmark.translator import Translator

    if args.samples < 1:
        raise ValueError(f"--samples is {args.samples}; it must be at least 1")
    try:
        options = SamplingOptions(args.temperature, args.top_k, args.top_p, args.max_tokens, args.seed)
    except ValueError as error:  # name the flag, not the field
        raise ValueError(f"--{str(error).replace('_', '-')}") from None
    translator = Translator(args.run, args.checkpoint, args.device)
    texts = translator.generate(args.prompt, options, source=args.source, samples=args.samples)
    for i, text in enumerate(texts):
        if args.samples > 1:
            print(f"--- sample {i + 1}")
        print(text)


def fill_mask(args) -> None:
    from landmark.translator import Translator

    if args.top_k < 1:
        raise ValueError(f"--top-k is {args.top_k}; it must be at least 1")
    filled, guesses = Translator(args.run, args.checkpoint, args.device).fill_mask(args.text, args.top_k)
    if args.json:
        print(json.dumps({"filled": filled, "masks": [[{"piece": p, "prob": q} for p, q in g] for g in guesses]}))
        return
    print(filled)
    for i, mask in enumerate(guesses, 1):
        print(f"[MASK] {i}: " + "  ".join(f"{piece} {prob:.3f}" for piece, prob in mask))
