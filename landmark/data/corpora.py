"""The corpus registry: corpora by name, where their files are, and how to load a split.

    load_split("multi30k", "train", "en", "de")  ->  (src_lines, tgt_lines), validated and aligned

How a corpus's files make up its splits is in landmark.data.layouts; where a file is looked for, and
how a download is checked, in landmark.data.fetch. Their public names are re-exported here.

The two Multi30k test sets that the project keeps aside (test_2017_mscoco, test_2018_flickr) are
registered without a pinned sum: they download with a warning that gives the sum they had, never
silently.

Tatoeba has no official split; `hash_split` makes one from a hash of the English side (about 98% train,
1% val, 1% test; 133,176 / 1,290 / 1,376 of the 135,842 pairs), so that every translation of a sentence
lands in the same split. Its file is fetched from the PyTorch tutorial's address, or failing that from
the pinned GitHub copy that shared/data was taken from.

Corpora whose data is not one file per split and language (Tatoeba's single TSV, the fairseq IWSLT test
set made of five files, the toy tasks) are read straight into memory by `load_split`; `locate` writes
the requested side out to `<cache>/<folder>/derived/<split>.<lang>`, rebuilt on every call so that it
never goes stale.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from landmark.data.fetch import _fetcher, _write_atomically, cache_dir, search_dirs
from landmark.data.layouts import (
    Corpus,
    Fetch,
    HashSplitTsv,
    Layout,
    PlainFiles,
    RemoteFile,
    TextBlocks,
    Toy,
    _all_pairs,
    _gunzip,
    _registered_pair,
    _sgm_text,
    _unzip,
    hash_split,
)
from landmark.data.reading import DataError
from landmark.data.toy import TOY_TASKS

__all__ = [
    "CORPORA",
    "Corpus",
    "DataError",
    "Fetch",
    "HashSplitTsv",
    "Layout",
    "PlainFiles",
    "RemoteFile",
    "TOY_TASKS",
    "Toy",
    "cache_dir",
    "get_corpus",
    "hash_split",
    "load_split",
    "load_text",
    "locate",
    "search_dirs",
]


# ---------------------------------------------------------------------------------------------------------
# The corpora (addresses and commits from each folder's PROVENANCE.md in shared/data)

_MULTI30K_URL = (
    "https://raw.githubusercontent.com/multi30k/dataset/a3d2e0d26b56f3846f66a952536ffed4e401d05a/data/task1/raw/{}.gz"
)
_MULTI30K_SHA256 = {
    "train.en": "460a15fbd157e34a7a9957ee388c1ca247fe47af3ef25fb50442af6c274e0fc6",
    "train.de": "2c2b73fd2b548fbcde3a875e0a78d6ee94d498bfdee6bd3eae3945779e9ddf72",
    "train.fr": "5925a3c18f1587b6b54b87743106e6e8ab93618edb6f65d19eac0621f853a10d",
    "train.cs": "2be68b38c8d586ff4f54eb13cc6e1baaaa053695b3f070d3038303a47f2268da",
    "val.en": "1f2a23d992769b5b3d209b0a10dd0b77c08cceb1f20dfb97ed0aafa49d107227",
    "val.de": "660e09eb7e1da2f856ea13ee5ad3cf6d36b3d5b0b733c857e94c5747a3dfc660",
    "val.fr": "5304e444d842e962b2dda4d816b70b22a1765b15401642b7ca37a67477e708dc",
    "val.cs": "d53827e469b0a1ca8d57e9e26b2b64c4bc4b33f5479c7b03ae87ae5c882c3e33",
    "test_2016_flickr.en": "399a4382932c1aadd3ceb9bef1008d388a64c76d4ae4e9d4728c6f4301cac182",
    "test_2016_flickr.de": "4be6b5b3236b79c25475c6bb829800a7ce559e9ba7a1f6c2394fe4d40be46d16",
    "test_2016_flickr.fr": "cb3160d69b002bb638e66cc7612fcd56cb0af82eadc9c142dedc438afb885ef6",
    "test_2016_flickr.cs": "45adb85f688de8407fddcbe1b36dca15d12aab868149b337e2576f2d6d2ff8d8",
    "test_2017_flickr.en": "ce1450ddc5ab0834502579d77a170849952e15a2938b34cc503bdc25ebb4fb98",
    "test_2017_flickr.de": "c3078bc3b36808bf9d20eb2347ed6137016179ef59ec0d2b9b8ecc3fb2880081",
    "test_2017_flickr.fr": "6f3764e31dac41e9455e612958bcfd4e877c5e15cd66df2c2b2be6d9bd83e5b6",
    # Kept aside by the project and not staged, so no sum was ever taken: downloads warn.
    "test_2017_mscoco.en": None,
    "test_2017_mscoco.de": None,
    "test_2017_mscoco.fr": None,
    "test_2018_flickr.en": None,
    "test_2018_flickr.de": None,
    "test_2018_flickr.fr": None,
    "test_2018_flickr.cs": None,
}

_IWSLT_URL = (
    "https://raw.githubusercontent.com/maroxtn/IWSLT-BACKUP/73a09324ed3cb15d60f489b322ea9df4b431ea43/iwslt/de-en/{}"
)
_IWSLT_SETS = (
    "TED.dev2010",
    "TED.tst2010",
    "TED.tst2011",
    "TED.tst2012",
    "TED.tst2013",
    "TED.tst2014",
    "TEDX.dev2012",
    "TEDX.tst2013",
    "TEDX.tst2014",
)
_IWSLT_SHA256 = {
    "IWSLT16.TED.dev2010.de-en.de": "9f2c2a4487cd329d22cb440f303920e1d368cf04c4c6e974b56149548991f6ea",
    "IWSLT16.TED.dev2010.de-en.en": "56989441a1a503e0718a592b31a152b944bfd707d1ee1f9305de8caf88ce9e60",
    "IWSLT16.TED.tst2010.de-en.de": "3ed4c594f00ec3052b58325218142db800e671cc5d14331254e41ebfe42d56d8",
    "IWSLT16.TED.tst2010.de-en.en": "f60a0923afe861dff8be62986c4a239bfd09eee3183ad9d17af1b6d363d0ddae",
    "IWSLT16.TED.tst2011.de-en.de": "605877ad3a8c612344f6544c77a2cbcae0ab8f73dc9dca9c041a04e2703e2bab",
    "IWSLT16.TED.tst2011.de-en.en": "84e1e460256adfd142e9c7faf9c036d98ead475218b59784069ec3790ea16444",
    "IWSLT16.TED.tst2012.de-en.de": "9f81bb3ca9e15c40c3af665d582b0aaf8a447d01d54cb02db2eda06a5b4d1ad6",
    "IWSLT16.TED.tst2012.de-en.en": "1e5b82072b5947a188c669a18ee7d15cac38a75e5c2d2d9ac75efe3e911cc4b3",
    "IWSLT16.TED.tst2013.de-en.de": "60fa902b0bf558ff58cf38de1dc6941de706e9f58e33e92119eb64696df4bbcc",
    "IWSLT16.TED.tst2013.de-en.en": "9fc2d5df75a05754427a5dcea1b3cc2456e8613c878527e56713978a13bf672e",
    "IWSLT16.TED.tst2014.de-en.de": "66aa2e5c16a1c0e04b6c58e263e448edb6992f639736b57daf5c26733140c928",
    "IWSLT16.TED.tst2014.de-en.en": "e82bfa58d4a170573826999a4852c496162a229f405eb488b3d6d385dbabcbaa",
    "IWSLT16.TEDX.dev2012.de-en.de": "5aac685d776bf1bfbd6a7694923e66b9fb3ccbb9575d5cba2468ca661510144b",
    "IWSLT16.TEDX.dev2012.de-en.en": "2cec1ad8e057ddeaf4028d0d8dd146bedb865e535ed3b1584ac5b1bcada6a9b8",
    "IWSLT16.TEDX.tst2013.de-en.de": "3ad948be62b7d3e76234f078e9a113b72a556c3613b385a79c5bd24fa530fab6",
    "IWSLT16.TEDX.tst2013.de-en.en": "d00a11ec660025647227a612a4e4e738418437bcb5d2e2edcb131273f06b3d7f",
    "IWSLT16.TEDX.tst2014.de-en.de": "24388aeba244b8e5643d15156234a708deb58b0d4d5de738f1f5543627cf00c6",
    "IWSLT16.TEDX.tst2014.de-en.en": "051be709c7ba1ccd521f7949af334022c12616fdd90eee29d49405ecf928862a",
}
# fairseq's IWSLT'14 test set, in fairseq's order (prepare-iwslt14.sh); 887+1165+1565+1433+1700 = 6750 lines.
_FAIRSEQ_TEST = ("TED.dev2010", "TEDX.dev2012", "TED.tst2010", "TED.tst2011", "TED.tst2012")

# Each plain file is the <seg> text of a "-ref" SGML file: newstest2014-deen.de <- ...-deen-ref.de.sgm
_NEWSTEST_URL = (
    "https://raw.githubusercontent.com/nyu-mll/jiant/ad60d996ed865e59969ca71fe156d4a728e0a0ab/test-full/{}-ref.{}.sgm"
)
_NEWSTEST_SHA256 = {
    "newstest2014-deen.de": "ae5d110486bc33d7175e9e28c7d0051eb3e5fcd2166dd93371089852c091a20e",
    "newstest2014-deen.en": "1e10b7cb106e08ab9b3a4ed85f5c866bd9391d2659626e68a6e0904d5b1aebcf",
    "newstest2014-fren.fr": "82526d36ae1cd4d5f20919fbf8130e519cc68a0e57fe47bb205d199626457de9",
    "newstest2014-fren.en": "967dca935c7cde4ffc2fc8c9424c682335e1690440dbda104948eb1ffa537fc2",
}

# The tutorial's address first; the pinned GitHub copy that shared/data was taken from second.
_TATOEBA_URLS = (
    "https://download.pytorch.org/tutorial/data.zip",
    "https://raw.githubusercontent.com/aryaVishal1706/French-to-English-Machine-Translation/"
    "cb5fb0612b1bac807d502582ca9a7059c6d3ec23/eng-fra.txt.zip",
)
_SHAKESPEARE_URL = "https://raw.githubusercontent.com/karpathy/char-rnn/master/data/tinyshakespeare/input.txt"
_SHAKESPEARE_SHA256 = "86c4e6aa9db7c042ec79f339dcb96d42b0075e16b8fc2e86bf0ca57e2dc565ed"
_TATOEBA_SHA256 = "6b0f3decdb78600485b58efb541f5a2ab69ba888742ac04180e013084e40de7c"


def _toy_corpus(task: str) -> Corpus:
    return Corpus(
        name=f"toy:{task}",
        description=f"Generated toy task '{task}' (landmark.data.toy): letters a-p, 10,000/300/300 pairs",
        languages=("src", "tgt"),
        default_pair=("src", "tgt"),
        splits=("train", "val", "test"),
        train_split="train",
        valid_split="val",
        test_splits=("test",),
        license="Generated by landmark (MIT).",
        folder=f"toy-{task}",
        layout=Toy(task),
    )


CORPORA: dict[str, Corpus] = {
    "multi30k": Corpus(
        name="multi30k",
        description="Multi30k task 1: English Flickr30K image captions, German/French/Czech translations",
        languages=("en", "de", "fr", "cs"),
        default_pair=("en", "de"),
        splits=(
            "train",
            "val",
            "test_2016_flickr",
            "test_2017_flickr",
            "test_2017_mscoco",
            "test_2018_flickr",
        ),
        train_split="train",
        valid_split="val",
        test_splits=("test_2016_flickr", "test_2017_flickr"),
        license="No license file; its README allows non-commercial research and educational use only.",
        folder="multi30k",
        files={name: RemoteFile((_MULTI30K_URL.format(name),), sha, _gunzip) for name, sha in _MULTI30K_SHA256.items()},
        layout=PlainFiles("{split}.{lang}"),
    ),
    "tatoeba-eng-fra": Corpus(
        name="tatoeba-eng-fra",
        description=(
            "Tatoeba English-French pairs (the PyTorch tutorial's eng-fra.txt); "
            "split by sha1(English) mod 100: 0 test, 1 val, else train"
        ),
        languages=("en", "fr"),
        default_pair=("en", "fr"),
        splits=("train", "val", "test"),
        train_split="train",
        valid_split="val",
        test_splits=("test",),
        license="CC-BY 2.0 (Tatoeba); attribute tatoeba.org and www.manythings.org/anki.",
        folder="tatoeba-eng-fra",
        files={"eng-fra.txt": RemoteFile(_TATOEBA_URLS, _TATOEBA_SHA256, _unzip("eng-fra.txt"))},
        layout=HashSplitTsv("eng-fra.txt", columns=("en", "fr")),
    ),
    "iwslt16-de-en": Corpus(
        name="iwslt16-de-en",
        description=(
            "IWSLT 2016 TED/TEDx German-English dev and test sets (no training data); "
            "fairseq-test = fairseq's IWSLT'14 test set, 6,750 lines"
        ),
        languages=("de", "en"),
        default_pair=("de", "en"),
        splits=(*_IWSLT_SETS, "fairseq-test"),
        train_split=None,
        valid_split=None,  # the dev sets are part of fairseq-test
        test_splits=("fairseq-test",),
        license="CC BY-NC-ND 3.0, TED Conference LLC (IWSLT 2016 release README).",
        folder="iwslt16-de-en-devtest",
        files={name: RemoteFile((_IWSLT_URL.format(name),), sha) for name, sha in _IWSLT_SHA256.items()},
        layout=PlainFiles("IWSLT16.{split}.de-en.{lang}", parts={"fairseq-test": _FAIRSEQ_TEST}),
    ),
    "newstest2014": Corpus(
        name="newstest2014",
        description="WMT14 newstest2014 (full, 3,003 lines), de-en and fr-en; the English sides differ",
        languages=("de", "en", "fr"),
        default_pair=("en", "de"),
        splits=("test",),
        train_split=None,
        valid_split=None,
        test_splits=("test",),
        license="None stated by the source; WMT14 shared-task test data (cite Bojar et al. 2014).",
        folder="wmt14-newstest2014",
        pairs=(("de", "en"), ("fr", "en")),
        files={
            name: RemoteFile((_NEWSTEST_URL.format(*name.split(".")),), sha, _sgm_text)
            for name, sha in _NEWSTEST_SHA256.items()
        },
        layout=PlainFiles("newstest2014-{pair}.{lang}"),
    ),
    "tinyshakespeare": Corpus(
        name="tinyshakespeare",
        description=(
            "Tiny Shakespeare (karpathy/char-rnn), running text for a language model: nanoGPT's 90/10 split by "
            "characters, in blocks of 64 characters (nanoGPT's block_size on a CPU)"
        ),
        languages=("en",),
        default_pair=("en", "en"),
        splits=("train", "val"),
        train_split="train",
        valid_split="val",
        test_splits=("val",),
        license="Public domain (Shakespeare's plays); the file from karpathy/char-rnn (MIT).",
        folder="tinyshakespeare",
        files={"input.txt": RemoteFile((_SHAKESPEARE_URL,), _SHAKESPEARE_SHA256)},
        layout=TextBlocks("input.txt", block=64),
    ),
    **{f"toy:{task}": _toy_corpus(task) for task in TOY_TASKS},
}


# ---------------------------------------------------------------------------------------------------------
# Looking things up


def get_corpus(name: str) -> Corpus:
    """The registered corpus called `name`; a DataError listing the known names otherwise."""
    if name in CORPORA:
        return CORPORA[name]
    close = difflib.get_close_matches(name, CORPORA, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise DataError(f"unknown corpus {name!r}.{hint} Known corpora: {', '.join(CORPORA)}.")


def load_split(
    corpus: str,
    split: str,
    src_lang: str,
    tgt_lang: str,
    data_dir: str | Path | None = None,
    download: bool = True,
) -> tuple[list[str], list[str]]:
    """Validated, line-aligned (src_lines, tgt_lines) of one split of a corpus, in one direction."""
    entry = get_corpus(corpus)
    _check_split(entry, split)
    _registered_pair(entry, src_lang, tgt_lang)
    return entry.layout.read(entry, split, src_lang, tgt_lang, _fetcher(entry, data_dir, download))


def load_text(corpus: str, split: str, lang: str, data_dir: str | Path | None = None) -> list[str]:
    """One side of one split: the text a language model trains on (`data.side`)."""
    entry = get_corpus(corpus)
    _check_split(entry, split)
    src, tgt = (lang, lang) if len(entry.languages) == 1 else _pair_for_side(entry, split, lang)
    src_lines, tgt_lines = load_split(corpus, split, src, tgt, data_dir)
    return src_lines if lang == src else tgt_lines


def locate(
    corpus: str,
    split: str,
    lang: str,
    data_dir: str | Path | None = None,
    download: bool = True,
    *,
    pair: tuple[str, str] | None = None,
) -> Path:
    """The file holding one side of one split: found, downloaded, or (for built splits) written to the cache.

    `pair` is needed only where the side depends on it and the language alone does not say which
    (newstest2014's 'en': pass ('de', 'en') or ('fr', 'en')).
    """
    entry = get_corpus(corpus)
    _check_split(entry, split)
    src, tgt = pair if pair is not None else _pair_for_side(entry, split, lang)
    if lang not in (src, tgt):
        raise DataError(f"language {lang!r} is not in the pair {src}-{tgt}.")
    registered = _registered_pair(entry, src, tgt)
    fetch = _fetcher(entry, data_dir, download)
    name = entry.layout.file_name(entry, split, lang, registered)
    if name is not None:
        return fetch(name)
    other = tgt if lang == src else src
    lines, _ = entry.layout.read(entry, split, lang, other, fetch)
    target = cache_dir() / entry.folder / "derived" / f"{split}.{lang}"
    _write_atomically(target, "".join(line + "\n" for line in lines).encode("utf-8"))
    return target


def _check_split(corpus: Corpus, split: str) -> None:
    if split in corpus.splits:
        return
    if split == "train" and corpus.train_split is None:
        raise DataError(
            f"{corpus.name} is an evaluation-only corpus: it has no training data. "
            f"Its splits are: {', '.join(corpus.splits)}."
        )
    raise DataError(f"{corpus.name} has no split {split!r}. Its splits are: {', '.join(corpus.splits)}.")


def _pair_for_side(corpus: Corpus, split: str, lang: str) -> tuple[str, str]:
    """A pair to read the `lang` side of `split` from, when the caller named none.

    Any pair with `lang` will do unless the side's file differs between pairs (newstest2014's 'en').
    """
    candidates = [pair for pair in _all_pairs(corpus) if lang in pair]
    if not candidates:
        raise DataError(f"{corpus.name} has no language {lang!r}. Its languages are: {', '.join(corpus.languages)}.")
    if len({corpus.layout.file_name(corpus, split, lang, pair) for pair in candidates}) > 1:
        offered = " or ".join(repr(pair) for pair in candidates)
        raise DataError(f"{corpus.name}'s {lang!r} side differs between its pairs; pass pair={offered} to say which.")
    return candidates[0]
