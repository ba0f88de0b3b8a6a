"""The corpus registry: corpora by name, where their files are, and how to load a split.

    load_split("multi30k", "train", "en", "de")  ->  (src_lines, tgt_lines), validated and aligned

Where a file is looked for, in this order (each folder holds `<corpus folder>/<file>`, the layout of
the project's shared/data):

1. the `data_dir` argument (the CLI's --data-dir),
2. the folder in the environment variable LANDMARK_DATA,
3. the cache: LANDMARK_CACHE, else ~/.cache/landmark;
4. else it is downloaded from its upstream address (pinned to a commit) into the cache, checked
   against its sha256 and written atomically (a temporary file, then os.replace).

Files found in a folder are used as they are; only downloads are checked. A download is checked after
unpacking (gunzip, unzip, or the text of an SGML file), so the pinned sha256 is that of the file as
it lies in shared/data. The two Multi30k test sets that the project keeps aside (test_2017_mscoco,
test_2018_flickr) are registered without a pinned sum: they download with a warning that gives the
sum they had, never silently.

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
import gzip
import hashlib
import http.client
import io
import os
import re
import tempfile
import urllib.error
import urllib.request
import warnings
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from tqdm import tqdm

from landmark.data.reading import DataError, read_parallel, read_tsv
from landmark.data.toy import TOY_TASKS, toy_split

_DOWNLOAD_TIMEOUT_S = 60
_CHUNK_BYTES = 1 << 16

Fetch = Callable[[str], Path]  # file name in a corpus folder -> its path on disk (found or downloaded)


# ---------------------------------------------------------------------------------------------------------
# The registry's records


@dataclass(frozen=True)
class RemoteFile:
    """Where one file of a corpus comes from, and the sha256 it must have once unpacked."""

    urls: tuple[str, ...]  # upstream addresses, tried in order (later ones are mirrors)
    sha256: str | None  # of the unpacked file; None: not pinned, a download warns that it is unverified
    unpack: Callable[[bytes], bytes] = lambda data: data  # downloaded bytes -> the file's bytes


class Layout(Protocol):
    """How a corpus's files make up its splits."""

    def file_name(self, corpus: Corpus, split: str, lang: str, pair: tuple[str, str]) -> str | None:
        """The one file holding this side of this split, or None if the side is built from other data."""

    def read(self, corpus: Corpus, split: str, src: str, tgt: str, fetch: Fetch) -> tuple[list[str], list[str]]:
        """Validated, aligned (src_lines, tgt_lines)."""


@dataclass(frozen=True)
class Corpus:
    """A parallel corpus: its languages and splits, and (in the last fields) where its files are."""

    name: str  # registry key, e.g. 'multi30k'
    description: str  # one line
    languages: tuple[str, ...]  # e.g. ('en', 'de', 'fr', 'cs')
    default_pair: tuple[str, str]  # (src, tgt) used when a config names none
    splits: tuple[str, ...]  # every split it offers
    train_split: str | None  # None for evaluation-only corpora
    valid_split: str | None  # the split to tune on; None where there is none to spare
    test_splits: tuple[str, ...]  # the splits to report on
    license: str  # one line, as its PROVENANCE.md gives it
    # Plumbing: how the files make up the splits, and where they live.
    layout: Layout = field(repr=False, compare=False)
    folder: str = ""  # folder under a data dir or the cache
    pairs: tuple[tuple[str, str], ...] = ()  # the language pairs offered (either direction); () = any two
    files: Mapping[str, RemoteFile] = field(default_factory=dict, repr=False, compare=False)


# ---------------------------------------------------------------------------------------------------------
# Unpacking downloads


def _gunzip(data: bytes) -> bytes:
    return gzip.decompress(data)


def _unzip(member: str) -> Callable[[bytes], bytes]:
    """Take the one member of a zip archive whose base name is `member` (at any depth)."""

    def unpack(data: bytes) -> bytes:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [name for name in archive.namelist() if name.rsplit("/", 1)[-1] == member]
            if len(names) != 1:
                raise ValueError(f"expected one member named {member!r} in the archive, found {names}")
            return archive.read(names[0])

    return unpack


_SEG = re.compile(r'<seg id="?\d+"?>(.*?)</seg>')


def _sgm_text(data: bytes) -> bytes:
    """The text of each `<seg id="N">...</seg>` of an SGML test set, one a line, in file order.

    The text is taken exactly as it stands: no entity unescaping and no whitespace normalisation.
    """
    segments = _SEG.findall(data.decode("utf-8"))
    if not segments:
        raise ValueError("no <seg> elements found")
    return "".join(segment + "\n" for segment in segments).encode("utf-8")


# ---------------------------------------------------------------------------------------------------------
# Layouts: how files make up splits


def _pair_code(pair: tuple[str, str]) -> str:
    return "".join(pair)


@dataclass(frozen=True)
class PlainFiles:
    """One plain-text file per split and language, named by `pattern`.

    The pattern may use {split}, {lang} and {pair} (the registered pair's languages run together, as in
    'deen'), for corpora whose sides differ by pair. A split listed in `parts` is the concatenation, in
    order, of the splits it names.
    """

    pattern: str
    parts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def file_name(self, corpus: Corpus, split: str, lang: str, pair: tuple[str, str]) -> str | None:
        if split in self.parts:
            return None
        return self._existing_name(corpus, split, lang, pair)

    def read(self, corpus: Corpus, split: str, src: str, tgt: str, fetch: Fetch) -> tuple[list[str], list[str]]:
        pair = _registered_pair(corpus, src, tgt)
        # Name every file first, so that a side that does not exist fails before anything is downloaded.
        names = [
            (self._existing_name(corpus, part, src, pair), self._existing_name(corpus, part, tgt, pair))
            for part in self.parts.get(split, (split,))
        ]
        src_lines: list[str] = []
        tgt_lines: list[str] = []
        for src_name, tgt_name in names:
            src_part, tgt_part = read_parallel(fetch(src_name), fetch(tgt_name))
            src_lines += src_part
            tgt_lines += tgt_part
        return src_lines, tgt_lines

    def _existing_name(self, corpus: Corpus, split: str, lang: str, pair: tuple[str, str]) -> str:
        def name(language: str) -> str:
            return self.pattern.format(split=split, lang=language, pair=_pair_code(pair))

        if name(lang) not in corpus.files:
            present = [language for language in corpus.languages if name(language) in corpus.files]
            raise DataError(
                f"{corpus.name} has no {lang!r} side for split {split!r}: upstream never released one. "
                f"Languages with that split: {', '.join(present) or 'none'}."
            )
        return name(lang)


def hash_split(key: str) -> str:
    """The split of a Tatoeba pair, decided by its English side alone.

    sha1 of the UTF-8 English text, read as an integer, mod 100: 0 -> 'test', 1 -> 'val', else 'train'.
    All translations of one English sentence therefore land in the same split, so none leaks from
    train into val or test; and the split is the same on every machine and Python version.
    """
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 100
    return {0: "test", 1: "val"}.get(bucket, "train")


@dataclass(frozen=True)
class HashSplitTsv:
    """One TSV file, a column per language, split into train/val/test by `hash_split` of one column."""

    file: str
    columns: tuple[str, ...]  # the language of each column
    key_column: int = 0  # the column whose text decides the split

    def file_name(self, corpus: Corpus, split: str, lang: str, pair: tuple[str, str]) -> str | None:
        return None

    def read(self, corpus: Corpus, split: str, src: str, tgt: str, fetch: Fetch) -> tuple[list[str], list[str]]:
        rows = [
            row for row in read_tsv(fetch(self.file), len(self.columns)) if hash_split(row[self.key_column]) == split
        ]
        src_column, tgt_column = self.columns.index(src), self.columns.index(tgt)
        return [row[src_column] for row in rows], [row[tgt_column] for row in rows]


@dataclass(frozen=True)
class Toy:
    """A generated toy task (landmark.data.toy); nothing to fetch."""

    task: str

    def file_name(self, corpus: Corpus, split: str, lang: str, pair: tuple[str, str]) -> str | None:
        return None

    def read(self, corpus: Corpus, split: str, src: str, tgt: str, fetch: Fetch) -> tuple[list[str], list[str]]:
        src_lines, tgt_lines = toy_split(self.task, split)
        return (src_lines, tgt_lines) if src == "src" else (tgt_lines, src_lines)


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


def cache_dir() -> Path:
    """Where downloads and built files go: LANDMARK_CACHE, else ~/.cache/landmark."""
    return Path(os.environ.get("LANDMARK_CACHE") or "~/.cache/landmark").expanduser()


def search_dirs(data_dir: str | Path | None = None) -> list[Path]:
    """The folders searched for corpus files, in order: data_dir, LANDMARK_DATA, the cache."""
    return [folder for folder, _ in _labelled_search_dirs(data_dir)]


def _labelled_search_dirs(data_dir: str | Path | None) -> list[tuple[Path, str]]:
    candidates = [
        (data_dir, "--data-dir"),
        (os.environ.get("LANDMARK_DATA") or None, "LANDMARK_DATA"),
        (cache_dir(), "cache"),
    ]
    folders: list[tuple[Path, str]] = []
    for folder, label in candidates:
        if folder is not None and all(Path(folder).expanduser() != seen for seen, _ in folders):
            folders.append((Path(folder).expanduser(), label))
    return folders


def _check_split(corpus: Corpus, split: str) -> None:
    if split in corpus.splits:
        return
    if split == "train" and corpus.train_split is None:
        raise DataError(
            f"{corpus.name} is an evaluation-only corpus: it has no training data. "
            f"Its splits are: {', '.join(corpus.splits)}."
        )
    raise DataError(f"{corpus.name} has no split {split!r}. Its splits are: {', '.join(corpus.splits)}.")


def _all_pairs(corpus: Corpus) -> tuple[tuple[str, str], ...]:
    if corpus.pairs:
        return corpus.pairs
    return tuple((a, b) for i, a in enumerate(corpus.languages) for b in corpus.languages[i + 1 :])


def _registered_pair(corpus: Corpus, src: str, tgt: str) -> tuple[str, str]:
    """The registered pair made of src and tgt (in either order); a DataError if there is none."""
    for lang in (src, tgt):
        if lang not in corpus.languages:
            raise DataError(
                f"{corpus.name} has no language {lang!r}. Its languages are: {', '.join(corpus.languages)}."
            )
    if src == tgt:
        raise DataError(f"source and target language are both {src!r}; pick two of: {', '.join(corpus.languages)}.")
    for pair in _all_pairs(corpus):
        if set(pair) == {src, tgt}:
            return pair
    offered = ", ".join(f"{a}-{b}" for a, b in _all_pairs(corpus))
    raise DataError(f"{corpus.name} has no {src}-{tgt} pair. Its pairs (either direction) are: {offered}.")


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


# ---------------------------------------------------------------------------------------------------------
# Finding and downloading files


def _fetcher(corpus: Corpus, data_dir: str | Path | None, download: bool) -> Fetch:
    return lambda name: _fetch(corpus, name, data_dir, download)


def _fetch(corpus: Corpus, name: str, data_dir: str | Path | None, download: bool) -> Path:
    """The path of one file of a corpus: the first found in the search folders, else a fresh download."""
    looked = []
    for folder, label in _labelled_search_dirs(data_dir):
        path = folder / corpus.folder / name
        if path.is_file():
            return path
        looked.append(f"  {path}  ({label}{'' if folder.is_dir() else '; no such folder'})")
    if not os.environ.get("LANDMARK_DATA"):
        looked.append("  (LANDMARK_DATA is not set)")
    remote = corpus.files[name]

    def missing(reason: str) -> DataError:
        return DataError(
            f"{corpus.name}: {corpus.folder}/{name} not found. Looked in:\n" + "\n".join(looked) + "\n"
            f"{reason}\n"
            f"Upstream: {' or '.join(remote.urls)}\n"
            f"Set LANDMARK_DATA to a folder that holds {corpus.folder}/{name}, or pass --data-dir."
        )

    if not download:
        raise missing("Downloading was turned off (download=False).")
    target = cache_dir() / corpus.folder / name
    failures, mismatches = [], []
    for url in remote.urls:
        try:
            content = remote.unpack(_download(url, desc=f"{corpus.folder}/{name}"))
        except (OSError, http.client.HTTPException, EOFError, ValueError, zipfile.BadZipFile) as error:
            failures.append(f"  {url}: {error}")
            continue
        actual = hashlib.sha256(content).hexdigest()
        if remote.sha256 is None:
            warnings.warn(
                f"{corpus.folder}/{name} was downloaded from {url} but could not be verified: no sha256 is "
                f"pinned for it. Its sha256 is {actual}; compare it with the upstream repository before "
                "reporting results on it.",
                stacklevel=2,
            )
        elif actual != remote.sha256:
            mismatches.append(f"  {url}: expected sha256 {remote.sha256}, got {actual}; the file was not kept")
            continue
        _write_atomically(target, content)
        return target
    if mismatches and not failures:
        raise DataError(
            f"{corpus.name}: the download of {corpus.folder}/{name} does not match its pinned sha256:\n"
            + "\n".join(mismatches)
            + "\nThe upstream file may have changed; place a verified copy under LANDMARK_DATA or --data-dir."
        )
    mismatches = [f"{line} (checksum mismatch)" for line in mismatches]
    raise missing("The download failed:\n" + "\n".join(failures + mismatches))


def _download(url: str, desc: str) -> bytes:
    """The bytes at `url`, with a progress bar."""
    with urllib.request.urlopen(url, timeout=_DOWNLOAD_TIMEOUT_S) as response:
        headers = getattr(response, "headers", None) or {}
        total = int(headers.get("Content-Length") or 0) or None
        chunks = []
        with tqdm(total=total, unit="B", unit_scale=True, desc=desc, leave=False) as progress:
            while chunk := response.read(_CHUNK_BYTES):
                chunks.append(chunk)
                progress.update(len(chunk))
    return b"".join(chunks)


def _write_atomically(path: Path, content: bytes) -> None:
    """Write a file so that readers see the old file or the whole new one, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a cache may be shared
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
