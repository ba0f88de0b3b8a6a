"""Many directions in one model: Johnson et al. 2017, "Google's Multilingual Neural Machine Translation System:
Enabling Zero-Shot Translation", TACL 5.

One Transformer, one joint vocabulary over every language, and one change to the data (§3): a token `<2xx>` naming
the target language is put in front of each source sentence. `data.pair` lists the directions
(`en-de,de-en,en-fr,fr-en`); a run with more than one is multilingual.

What this module decides, where the paper is silent or our data differs from its:

- **The token.** `<2xx>` is prepended to the source as an id, after SentencePiece (where it is a user-defined
  symbol, so it is always one piece) and before EOS is appended: ids `[<2fr>, x_1 .. x_n, EOS]`.
- **No hidden bridge (shares).** Multi30k's four languages are translations of the same English captions, so a
  model trained on en-de and en-fr over the same sentences has seen de-fr pairs through English. By default each
  unordered language pair ({en, de}, {en, fr}, ...: `language_pairs`, in the order they first appear in
  `data.pair`) trains on its own share of the training sentences: sentence i (its line number, from 0) goes to
  pair i mod k, where k is the number of pairs. Both directions of one pair read the same sentences. The shares
  are disjoint, cover every sentence, and depend on nothing but the line numbers. `data.multiway=true` gives
  every pair every sentence instead.
- **Mixing (temperature).** Each epoch direction d serves m_d = round(N * p_d) pairs, where
  p_d = n_d^(1/T) / sum_e n_e^(1/T), n_d are its training pairs (after the length filter), N = sum n_d and
  T = data.temperature: T = 1 keeps the data's own proportions (every pair exactly once an epoch), a large T
  tends to the same share for every direction. A direction below its n_d serves a random subset of its pairs, one
  above it every pair floor(m_d / n_d) times and a random subset of the rest; the draws depend only on
  (seed, epoch), so a resumed run sees the same plan. Deviation: Johnson et al. oversample the smaller language
  pairs to balance them; the temperature is the later form of the same idea (Arivazhagan et al. 2019).
"""

from __future__ import annotations

import numpy as np

from landmark.data.batching import TokenBatcher
from landmark.data.vocab import encode_with_eos

Direction = tuple[str, str]


def target_token(lang: str) -> str:
    """The token that asks for a translation into `lang` (§3): `<2fr>`."""
    return f"<2{lang}>"


def target_languages(directions: tuple[Direction, ...]) -> tuple[str, ...]:
    """The languages the directions translate into, in the order they first appear."""
    return tuple(dict.fromkeys(tgt for _, tgt in directions))


def language_pairs(directions: tuple[Direction, ...]) -> list[frozenset[str]]:
    """The unordered language pairs of the directions, in the order they first appear."""
    pairs: list[frozenset[str]] = []
    for direction in directions:
        if frozenset(direction) not in pairs:
            pairs.append(frozenset(direction))
    return pairs


def shares(num_sentences: int, directions: tuple[Direction, ...], multiway: bool) -> dict[Direction, np.ndarray]:
    """The training sentence numbers each direction reads: sentence i goes to language pair i mod k (module
    docstring), or with `multiway` every sentence to every pair."""
    pairs = language_pairs(directions)
    every = np.arange(num_sentences)
    owner = {pair: (every if multiway else every[every % len(pairs) == number]) for number, pair in enumerate(pairs)}
    return {direction: owner[frozenset(direction)] for direction in directions}


def temperature_counts(sizes: list[int], temperature: float) -> list[int]:
    """Pairs each direction serves in an epoch: round(N * n_d^(1/T) / sum_e n_e^(1/T)), N = sum n_d."""
    sizes_ = np.asarray(sizes, dtype=np.float64)
    weights = sizes_ ** (1.0 / temperature)
    return [int(round(count)) for count in sizes_.sum() * weights / weights.sum()]


def encode_tagged(vocab, texts: list[str], lang: str | None) -> list[np.ndarray]:
    """Source ids with `<2lang>` in front and EOS at the end, as int32 arrays; lang None: EOS only (one direction)."""
    if lang is None:
        return encode_with_eos(vocab, texts)
    token = vocab.id_of(target_token(lang))
    if token is None:
        raise ValueError(
            f"the vocabulary has no {target_token(lang)}: the run was not trained to translate into {lang}"
        )
    return [np.append(np.int32(token), ids) for ids in encode_with_eos(vocab, texts)]


class MixedBatcher(TokenBatcher):
    """Token-budget batches over the pairs of several directions, each epoch's pairs drawn by the temperature
    (module docstring). `direction_of` (N,) numbers each pair's direction."""

    def __init__(self, src, tgt, batch_tokens: int, direction_of: np.ndarray, temperature: float, **kwargs):
        super().__init__(src, tgt, batch_tokens, **kwargs)
        self.members = [np.flatnonzero(direction_of == d) for d in range(int(direction_of.max()) + 1)]
        self.counts = temperature_counts([len(m) for m in self.members], temperature)

    def epoch_pairs(self, rng: np.random.Generator) -> np.ndarray:
        """The pair indices one epoch serves (with repeats where a direction is up-sampled), in no order."""
        drawn = []
        for members, count in zip(self.members, self.counts, strict=True):
            whole, rest = divmod(count, len(members)) if len(members) else (0, 0)
            drawn += [members] * whole + [rng.choice(members, rest, replace=False)]
        return np.concatenate(drawn)

    def plan(self, epoch: int) -> list[np.ndarray]:
        rng = np.random.default_rng([self.seed, epoch])
        pairs = self.epoch_pairs(rng)
        batches = self.cut(rng.permutation(pairs) if self.shuffle else np.sort(pairs))
        if self.shuffle:
            batches = [batches[i] for i in rng.permutation(len(batches))]
        return batches
