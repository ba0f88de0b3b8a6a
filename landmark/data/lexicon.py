"""A lexical table learned from a run's training data: for each source word, its likeliest target words.

Jean et al. 2015 build their candidate lists (§3.2) and their UNK replacement (§4.2) on a bilingual dictionary from
word alignments of the training corpus. Deviation: we learn the table from sentence co-occurrence with the Dice
coefficient, dice(s, t) = 2 c(s, t) / (c(s) + c(t)), c counting the training pairs in which the word (or both words)
occurs: one pass of counting, no EM iterations, deterministic (ties go to the smaller target id). It favours words
that appear together and rarely apart, which is what a translation does, and leaves out the frequent words (they
are in the candidate lists anyway, as the K most frequent). Special ids are left out of the counts.
"""

from __future__ import annotations

import numpy as np

from landmark.config import DataConfig
from landmark.data.corpora import get_corpus, load_split
from landmark.tokens import PAD, SPECIALS

TRANSLATIONS = 50  # translations kept per source word: the most decode.candidates_per_word can ask for


def learn_lexicon(src: list[list[int]], tgt: list[list[int]], src_size: int, tgt_size: int) -> np.ndarray:
    """Parallel id sequences -> (src_size, TRANSLATIONS) int64: row s holds the target ids by descending Dice with
    source word s, PAD where s has fewer co-occurring words (and in the rows of the special ids)."""
    first = len(SPECIALS)
    src_sets = [np.unique(np.asarray(s, dtype=np.int64)) for s in src]
    tgt_sets = [np.unique(np.asarray(t, dtype=np.int64)) for t in tgt]
    src_sets = [s[s >= first] for s in src_sets]
    tgt_sets = [t[t >= first] for t in tgt_sets]
    src_count = np.bincount(np.concatenate([np.zeros(0, np.int64), *src_sets]), minlength=src_size)
    tgt_count = np.bincount(np.concatenate([np.zeros(0, np.int64), *tgt_sets]), minlength=tgt_size)
    # Every (s, t) pair of a sentence pair, as one number s * tgt_size + t; unique with counts = c(s, t).
    pairs = [(s[:, None] * tgt_size + t[None, :]).ravel() for s, t in zip(src_sets, tgt_sets, strict=True)]
    codes, together = np.unique(np.concatenate([np.zeros(0, np.int64), *pairs]), return_counts=True)
    s, t = codes // tgt_size, codes % tgt_size
    dice = 2.0 * together / (src_count[s] + tgt_count[t])
    order = np.lexsort((t, -dice, s))  # by source word, then best first, ties to the smaller target id
    s, t = s[order], t[order]
    rank = np.arange(len(s)) - np.searchsorted(s, s)  # 0 for each source word's best translation
    keep = rank < TRANSLATIONS
    table = np.full((src_size, TRANSLATIONS), PAD, dtype=np.int64)
    table[s[keep], rank[keep]] = t[keep]
    return table


def training_lexicon(data: DataConfig, src_vocab, tgt_vocab, data_dir=None) -> np.ndarray:
    """learn_lexicon over the training pairs a run with the data section `data` trained on (its train_limit too)."""
    corpus = get_corpus(data.corpus)
    src, tgt = load_split(data.corpus, corpus.train_split, data.src_lang, data.tgt_lang, data_dir)
    if data.train_limit:
        src, tgt = src[: data.train_limit], tgt[: data.train_limit]
    return learn_lexicon(src_vocab.encode(src), tgt_vocab.encode(tgt), src_vocab.size, tgt_vocab.size)
