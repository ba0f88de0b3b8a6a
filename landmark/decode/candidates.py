"""Decoding over a candidate list per sentence (Jean et al. 2015 §3.2): instead of the whole target vocabulary, the
K most frequent target words, the K' likeliest translations of each word of the source sentence (a lexical table,
landmark/data/lexicon.py) and the special ids. The softmax is normalised over the list; a word outside it has
probability 0. With every word as a candidate, search finds what it finds over the whole vocabulary.

`CandidateModel` wraps any model behind the one interface, so the unchanged search drives it: each step asks the
model for the logits of the candidates only (`decode_over`; jean2015 computes no others), and hands search
log-probabilities over V that are -inf outside the list.
Legend: B sentences, N rows (B times the beam), U the batch's candidates (the union of its lists), V the target
vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State, StepOutput, per_sentence
from landmark.tokens import SPECIALS


def candidate_lists(
    src: torch.Tensor, src_mask: torch.Tensor, table: torch.Tensor, frequent: int, per_word: int, vocab_size: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """src (B, S), src_mask (B, S), the lexical table (source V, >= per_word) of target ids by rank -> the batch's
    candidates (U,), the sorted union of its sentences' lists, and which of them are in each sentence's list (B, U).
    Ids below len(SPECIALS) + frequent are the specials and the K most frequent words (a word vocabulary ranks by
    count); every list holds them, so PAD (a special) is in every list."""
    if per_word > table.size(1):
        raise ValueError(f"decode.candidates_per_word is {per_word}; the lexical table keeps {table.size(1)} a word")
    member = torch.zeros(src.size(0), vocab_size, dtype=torch.bool, device=src.device)  # (B, V)
    member[:, : min(len(SPECIALS) + frequent, vocab_size)] = True
    rows, positions = src_mask.nonzero(as_tuple=True)  # every real source token
    translations = table[src[rows, positions], :per_word]  # (tokens, K')
    member[rows[:, None].expand_as(translations), translations] = True
    candidates = member.any(dim=0).nonzero().squeeze(1)  # (U,) sorted
    return candidates, member[:, candidates]


@dataclass
class CandidateState(State):
    inner: State  # the wrapped model's state
    valid: torch.Tensor = per_sentence()  # (N, U) which of the batch's candidates are in the row's sentence's list


class CandidateModel(Seq2SeqModel):
    """`model` decoding the sentences of one batch over their candidate lists: `candidates` (U,) the union of the
    batch's lists, sorted, and `valid` (B, U) which of them each sentence may use, as candidate_lists makes them.
    Each step scores the U words once for every row (one matrix product, as a training partition's V') and masks
    per row what is not in its sentence's list: the same numbers as a list per row, without gathering a copy of
    the output layer for each. Search lays out its rows sentence by sentence, each sentence's hypotheses together
    (greedy: one row, beam: K rows), so init_state repeats each sentence's mask over its rows; reorder then
    carries them wherever search moves the rows."""

    def __init__(self, model: Seq2SeqModel, candidates: torch.Tensor, valid: torch.Tensor, vocab_size: int):
        super().__init__()
        self.model, self.candidates, self.valid, self.vocab_size = model, candidates, valid, vocab_size

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory | None:
        return self.model.encode(src, src_mask)

    def init_state(self, memory: Memory | None, batch_size: int) -> CandidateState:
        rows = batch_size // self.valid.size(0)  # hypotheses per sentence
        return CandidateState(self.model.init_state(memory, batch_size), self.valid.repeat_interleave(rows, dim=0))

    def decode_step(self, tokens: torch.Tensor, state: CandidateState, memory: Memory | None) -> StepOutput:
        """tokens (N, t) -> log-probabilities (N, t, V) normalised over each row's candidates, -inf elsewhere."""
        decoded = self.model.decode_over(tokens, state.inner, memory, True, self.candidates)  # logits (N, t, U)
        logits = decoded.logits.float().masked_fill(~state.valid[:, None, :], float("-inf"))
        log_probs = torch.log_softmax(logits, dim=-1)
        full = torch.full((*logits.shape[:2], self.vocab_size), float("-inf"), device=logits.device)
        full[..., self.candidates] = log_probs
        return StepOutput(full, CandidateState(decoded.state, state.valid), decoded.attention)

    def decode(self, tokens, state: CandidateState, memory, need_attention: bool) -> Decoded:
        out = self.decode_step(tokens, state, memory)
        return Decoded(out.log_probs, out.state, out.attention if need_attention else None)

    def max_source_length(self) -> int | None:
        return self.model.max_source_length()

    def max_target_length(self) -> int | None:
        return self.model.max_target_length()
