"""`landmark data` and `landmark presets`: what there is to train on, and with."""

from __future__ import annotations

from landmark.cli.common import add_data_dir, formatter


def add(commands) -> None:
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


def data(args) -> None:
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


def presets(args) -> None:
    from landmark.config import PRESETS_DIR, preset_names

    names = preset_names()
    width = max(map(len, names))
    for name in names:
        first = (PRESETS_DIR / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        print(f"  {name:{width}}  {first}")
