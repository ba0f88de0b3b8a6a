"""Replacing unknown words through the attention (Jean et al. 2015 §4.2, after Luong et al.'s copy model): each
<unk> of an output becomes the source word it attended to most, or that word's translation in the lexical table
when it has one (landmark/data/lexicon.py). Names, numbers and rare words then come through instead of <unk>."""

from __future__ import annotations

import torch

from landmark.tokens import UNK


def replace_unknowns(
    tokens: list[int], pieces: list[str], attention: torch.Tensor, source_words: list[str], dictionary: dict[str, str]
) -> list[str]:
    """tokens (T,) an output's ids and pieces (T,) their words, attention (T + 1, S) its weights over the source
    (the last row EOS's, the last column the source's EOS), source_words (S - 1,) -> the output's words with each
    <unk> replaced by dictionary.get(w, w), w its most attended source word (the source's EOS never chosen)."""
    words = list(pieces)
    for i, token in enumerate(tokens):
        if token == UNK and source_words:
            j = int(attention[i, : len(source_words)].argmax())
            words[i] = dictionary.get(source_words[j], source_words[j])
    return words
