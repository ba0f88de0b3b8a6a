"""How a corpus's files make up its splits: the registry's records (`Corpus`, `RemoteFile`), the layouts
(`PlainFiles`, `HashSplitTsv`, `Toy`), the unpackers of downloads, and the check of a language pair.

Nothing here finds or downloads a file: a layout reads through the `Fetch` it is given
(landmark.data.fetch makes one).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from landmark.data.reading import DataError, read_parallel, read_tsv
from landmark.data.toy import toy_split

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


@dataclass(frozen=True)
class TextBlocks:
    """One file of running text (a single language), split as nanoGPT splits Tiny Shakespeare: the first
    `train_fraction` of its characters train, the rest validate; each split is cut into consecutive blocks of
    `block` characters (newlines kept), one training example a block (the last, shorter block included)."""

    file: str
    block: int
    train_fraction: float = 0.9

    def file_name(self, corpus: Corpus, split: str, lang: str, pair: tuple[str, str]) -> str | None:
        return None

    def read(self, corpus: Corpus, split: str, src: str, tgt: str, fetch: Fetch) -> tuple[list[str], list[str]]:
        path = fetch(self.file)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise DataError(f"{path}: not UTF-8 text at byte {error.start}") from None
        cut = int(len(text) * self.train_fraction)
        part = text[:cut] if split == corpus.train_split else text[cut:]
        blocks = [part[i : i + self.block] for i in range(0, len(part), self.block)]
        return blocks, list(blocks)


# ---------------------------------------------------------------------------------------------------------
# Language pairs


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
    if src == tgt and len(corpus.languages) == 1:
        return (src, tgt)  # a corpus of one language (running text for a language model) pairs it with itself
    if src == tgt:
        raise DataError(f"source and target language are both {src!r}; pick two of: {', '.join(corpus.languages)}.")
    for pair in _all_pairs(corpus):
        if set(pair) == {src, tgt}:
            return pair
    offered = ", ".join(f"{a}-{b}" for a, b in _all_pairs(corpus))
    raise DataError(f"{corpus.name} has no {src}-{tgt} pair. Its pairs (either direction) are: {offered}.")
