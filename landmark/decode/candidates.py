"""Decoding over a candidate list per sentence (Jean et al. 2015 §3.2): instead of the whole target vocabulary, the
K most frequent target words, the K' likeliest translations of each word of the source sentence (a lexical table,
landmark/data/lexicon.py) and the special ids. The softmax is normalised over the list; a word outside it has
probability 0. With every word as a candidate, search finds what it finds over the whole vocabulary.

`CandidateModel` wraps any model behind the one interface, so the unchanged search drives it: each step asks the
model for the logits of the candidates only (`decode_over`; jean2015 computes no others), and hands search
log-probabilities over V that are -inf outside the list.
Legend: B sentences, N rows (B times the beam), C the longest candidate list, V the target vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State, StepOutput, per_sentence
from landmark.tokens import PAD, SPECIALS


def candidate_lists(
    src: torch.Tensor, src_mask: torch.Tensor, table: torch.Tensor, frequent: int, per_word: int, vocab_size: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """src (B, S), src_mask (B, S), the lexical table (source V, >= per_word) of target ids by rank -> candidates
    (B, C) sorted ids, PAD-filled after each list, and their mask (B, C), True at real entries. Ids below
    len(SPECIALS) + frequent are the specials and the K most frequent words (a word vocabulary ranks by count)."""
    if per_word > table.size(1):
        raise ValueError(f"decode.candidates_per_word is {per_word}; the lexical table keeps {table.size(1)} a word")
    shared = torch.arange(min(len(SPECIALS) + frequent, vocab_size), device=src.device)
    lists = []
    for row, mask in zip(src, src_mask, strict=True):
        translations = table[row[mask], :per_word].flatten()  # (S' K',)
        lists.append(torch.cat([shared, translations]).unique())  # sorted; PAD (a special) is in every list
    width = max(len(ids) for ids in lists)
    candidates = torch.full((len(lists), width), PAD, dtype=torch.long, device=src.device)
    valid = torch.zeros(len(lists), width, dtype=torch.bool, device=src.device)
    for b, ids in enumerate(lists):
        candidates[b, : len(ids)], valid[b, : len(ids)] = ids, True
    return candidates, valid


@dataclass
class CandidateState(State):
    inner: State  # the wrapped model's state
    candidates: torch.Tensor = per_sentence()  # (N, C) the row's sentence's candidate ids
    valid: torch.Tensor = per_sentence()  # (N, C) True at real entries


class CandidateModel(Seq2SeqModel):
    """`model` decoding the sentences of one batch over their candidate lists (B, C), each sorted with the special ids
    (PAD first), as candidate_lists makes them. Search lays out its rows
    sentence by sentence, each sentence's hypotheses together (greedy: one row, beam: K rows), so init_state repeats
    each sentence's list over its rows; reorder then carries them wherever search moves the rows."""

    def __init__(self, model: Seq2SeqModel, candidates: torch.Tensor, valid: torch.Tensor, vocab_size: int):
        super().__init__()
        self.model, self.candidates, self.valid, self.vocab_size = model, candidates, valid, vocab_size

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory | None:
        return self.model.encode(src, src_mask)

    def init_state(self, memory: Memory | None, batch_size: int) -> CandidateState:
        rows = batch_size // self.candidates.size(0)  # hypotheses per sentence
        repeat = lambda t: t.repeat_interleave(rows, dim=0)  # noqa: E731
        return CandidateState(self.model.init_state(memory, batch_size), repeat(self.candidates), repeat(self.valid))

    def decode_step(self, tokens: torch.Tensor, state: CandidateState, memory: Memory | None) -> StepOutput:
        """tokens (N, t) -> log-probabilities (N, t, V) normalised over each row's candidates, -inf elsewhere."""
        decoded = self.model.decode_over(tokens, state.inner, memory, True, state.candidates)  # logits (N, t, C)
        logits = decoded.logits.float().masked_fill(~state.valid[:, None, :], float("-inf"))
        log_probs = torch.log_softmax(logits, dim=-1)
        full = torch.full((*logits.shape[:2], self.vocab_size), float("-inf"), device=logits.device)
        # Padding entries repeat PAD's id: give them the value of the real PAD entry, first in every sorted list, so
        # that every write to PAD's column writes the same number.
        log_probs = torch.where(state.valid[:, None, :], log_probs, log_probs[..., :1])
        full.scatter_(-1, state.candidates[:, None, :].expand_as(log_probs), log_probs)
        new_state = CandidateState(decoded.state, state.candidates, state.valid)
        return StepOutput(full, new_state, decoded.attention)

    def decode(self, tokens, state: CandidateState, memory, need_attention: bool) -> Decoded:
        out = self.decode_step(tokens, state, memory)
        return Decoded(out.log_probs, out.state, out.attention if need_attention else None)

    def max_source_length(self) -> int | None:
        return self.model.max_source_length()

    def max_target_length(self) -> int | None:
        return self.model.max_target_length()
