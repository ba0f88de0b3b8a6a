"""`landmark data` and `landmark presets`: what there is to train on, and with."""

from __future__ import annotations

from pathlib import Path

from landmark.cli.common import add_data_dir, add_set, formatter


def add(commands) -> None:
    data = commands.add_parser(
        "data",
        help="list the corpora, or check one",
        description="List the corpora landmark knows and where each is found; --check reads and validates one. "
        "`landmark data prepare` encodes a training corpus once into shards of token ids on disk, for corpora larger "
        "than memory: train on it with --set data.prepared=FOLDER (and the same data settings).",
        epilog="examples:\n  landmark data\n  landmark data --check multi30k --pair en-de\n"
        "  landmark data prepare --preset vaswani2017-small --corpus multi30k --pair en-de --out data/m30k-shards\n"
        "  landmark data prepare --preset vaswani2017 --src wmt14.en --tgt wmt14.de --out data/wmt14-shards\n"
        "  landmark train --preset vaswani2017 --set data.prepared=data/wmt14-shards --corpus newstest2014 ...",
        formatter_class=formatter,
    )
    data.add_argument("action", nargs="?", choices=["prepare"], help="prepare: encode a training corpus into shards")
    data.add_argument("--check", metavar="CORPUS", help="read and validate every split of this corpus")
    data.add_argument("--pair", help="language pair (default: the corpus's or the preset's)")
    data.add_argument("--preset", help="prepare: the preset whose data settings (vocabulary, max_len) to encode with")
    data.add_argument("--corpus", help="prepare: the corpus whose training split to encode (default: the preset's)")
    data.add_argument("--src", help="prepare: a source-side text file to encode instead of a corpus's training split")
    data.add_argument("--tgt", help="prepare: its target side, line-aligned")
    data.add_argument("--out", help="prepare: the new folder for the shards, manifest.json and vocab/")
    data.add_argument("--shard-pairs", type=int, default=100_000, help="prepare: pairs a shard (default 100,000)")
    sample = "prepare: pairs the vocabulary is trained on, sampled uniformly (default 1,000,000)"
    data.add_argument("--vocab-sample", type=int, default=1_000_000, help=sample)
    add_set(data, "KEY=VALUE", "data.vocab_size=32000 (repeatable)")
    data.add_argument("--no-download", action="store_true", help="fail rather than download a missing file")
    add_data_dir(data)

    commands.add_parser("presets", help="list the presets (one per paper, plus sizes)", formatter_class=formatter)


def data(args) -> None:
    from landmark.data.corpora import CORPORA, get_corpus, load_split, search_dirs

    if args.action == "prepare":
        return prepare(args)
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


def prepare(args) -> None:
    import json

    from tqdm.auto import tqdm

    from landmark.config import apply_overrides, config_from_dict, load_raw
    from landmark.data.corpora import get_corpus, locate
    from landmark.data.shards import prepare as write_prepared

    if not args.preset or not args.out:
        raise SystemExit("landmark data prepare: --preset and --out are required (see --help)")
    if bool(args.src) != bool(args.tgt):
        raise SystemExit("landmark data prepare: give both --src and --tgt, or neither (a corpus's training split)")
    overrides = list(args.set)
    overrides += [f"data.corpus={args.corpus}"] if args.corpus else []
    overrides += [f"data.pair={args.pair}"] if args.pair else []
    data = config_from_dict(apply_overrides(load_raw(args.preset), overrides)).data
    if args.src:
        src_path, tgt_path = Path(args.src), Path(args.tgt)
    else:
        split = get_corpus(data.corpus).train_split
        pair = (data.src_lang, data.tgt_lang)
        src_path, tgt_path = (locate(data.corpus, split, lang, args.data_dir, pair=pair) for lang in pair)
    with tqdm(unit=" pairs", desc="encoding", disable=None) as bar:
        manifest = write_prepared(data, args.out, src_path, tgt_path, shard_pairs=args.shard_pairs,
                                  vocab_sample=args.vocab_sample, progress=bar.update)  # fmt: skip
    kept = sum(shard["pairs"] for shard in manifest["shards"])
    print(json.dumps({"out": str(args.out), "pairs": kept, "skipped_long": manifest["skipped_long"],
                      "shards": len(manifest["shards"])}))  # fmt: skip
