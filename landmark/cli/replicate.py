"""`landmark replicate`: train, score and draw what a paper's claim needs, and write its page."""

from __future__ import annotations

from landmark.cli.common import add_data_dir, add_progress, formatter


def add(commands) -> None:
    from landmark.replicate import PAPERS, SCALES

    parser = commands.add_parser(
        "replicate",
        help="train, score and draw what a paper's claim needs, and write its page docs/replications/<paper>.md",
        description="Train the variants a paper's claim needs (its preset with overrides), score them with "
        "sacreBLEU on Multi30k en-de test_2016_flickr and test_2017_flickr (beam 5), draw its figures and write "
        "<docs>/replications/<paper>.md; every BLEU is also appended to <docs>/results/<paper>.jsonl. Finished runs "
        "in --out with the same config are reused, not trained again. rnn-lstm-gru is a page of its own: the "
        "vanilla RNN, GRU and LSTM cells on toy tasks at growing delays, its accuracies in "
        "<docs>/results/rnn-lstm-gru.jsonl.",
        epilog="examples:\n  landmark replicate bahdanau2015                      # on one GPU: the page in docs/\n"
        "  landmark replicate luong2015 --scale tiny --out /tmp/smoke   # a CPU smoke run of the whole pipeline",
        formatter_class=formatter,
    )
    parser.add_argument("paper", metavar="PAPER", help=", ".join(PAPERS))
    parser.add_argument(
        "--scale",
        choices=list(SCALES),
        default="small",
        help="small (default): the -small presets, for one GPU; cpu: widths of 256, one thread and a fixed number of "
        "steps a run (tens of minutes a page on a laptop's CPU); tiny: the -tiny presets for a few steps, a smoke run "
        "whose page, figures and records stay under --out/docs",
    )
    parser.add_argument("--out", default="runs/replicate", help="folder for the runs (default: runs/replicate)")
    parser.add_argument("--docs", default="docs", help="folder of replications/ and results/ (default: docs)")
    add_progress(parser, "show a progress bar while training")
    add_data_dir(parser)


def run(args) -> None:
    from landmark.replicate import replicate

    print(replicate(args.paper, args.scale, args.out, args.data_dir, args.docs, args.progress))
