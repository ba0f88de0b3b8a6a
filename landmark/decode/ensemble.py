"""Ensembles: several trained models decoding as one, behind the same model interface.

Sutskever et al. (2014) report their best results with ensembles of deep LSTMs that differ only in their random
initialisation and the order of their minibatches (§3.6, Table 1). Here the ensemble's next-token distribution is
the mean of its K members' distributions (the paper does not write out the rule; this is the usual reading of
"averaging the predictions"):

    p(y_t | y_<t, x) = 1/K sum_k p_k(y_t | y_<t, x),    so    log p = logsumexp_k(log p_k) - log K,

computed from the members' log-probabilities (stable: no exp of large negative numbers). The other common rule,
the renormalised geometric mean (the mean of log-probabilities), is not used.

An Ensemble is itself a Seq2SeqModel: encode, init_state and decode_step call every member and keep their
Memories and States side by side in Reorderable dataclasses, so the unchanged beam search reorders all of them
with the one `reorder` it calls on any model. Members must share the source and target vocabularies; the
translator (`Translator.ensemble`) loads them from run directories and checks that they do. Unlike a paper's model,
an Ensemble writes decode_step itself, since it averages probabilities, not logits.

Legend: K members, B rows, t tokens given to one decode step, V target vocabulary, S source length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from landmark.models.base import Decoded, Memory, Reorderable, Seq2SeqModel, State, StepOutput


@dataclass
class EnsembleMemory(Reorderable):
    members: list[Memory | None]  # each member's own Memory


@dataclass
class EnsembleState(State):
    members: list[State]  # each member's own decoding state


class Ensemble(Seq2SeqModel):
    """K models that decode as one by averaging their next-token probabilities."""

    def __init__(self, models: list[Seq2SeqModel]):
        super().__init__()
        if not models:
            raise ValueError("an Ensemble needs at least one model")
        self.members = nn.ModuleList(models)

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> EnsembleMemory:
        """src (B, S), src_mask (B, S) True at real tokens -> every member's Memory."""
        return EnsembleMemory([model.encode(src, src_mask) for model in self.members])

    def init_state(self, memory: EnsembleMemory, batch_size: int) -> EnsembleState:
        return EnsembleState(
            [model.init_state(m, batch_size) for model, m in zip(self.members, memory.members, strict=True)]
        )

    def decode_step(self, tokens: torch.Tensor, state: EnsembleState, memory: EnsembleMemory) -> StepOutput:
        """tokens (B, t) -> log of the mean of the members' probabilities (B, t, V), every member's new state, and
        the attention of the first member that has one (None if none does)."""
        outputs = [
            model.decode_step(tokens, s, m)
            for model, s, m in zip(self.members, state.members, memory.members, strict=True)
        ]
        log_probs = average_probabilities([out.log_probs.float() for out in outputs])
        attention = next((out.attention for out in outputs if out.attention is not None), None)
        return StepOutput(log_probs, EnsembleState([out.state for out in outputs]), attention)

    def decode(self, tokens: torch.Tensor, state: EnsembleState, memory: EnsembleMemory, need_attention: bool):
        """The ensemble's log-probabilities are valid logits (their log_softmax is themselves)."""
        out = self.decode_step(tokens, state, memory)
        return Decoded(out.log_probs, out.state, out.attention if need_attention else None)

    def forward(self, src: torch.Tensor, src_mask: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        """Teacher forcing: (B, S), (B, S), (B, T) -> the ensemble's log-probabilities (B, T, V). They are valid
        logits: their log_softmax is themselves."""
        log_probs = [F.log_softmax(model(src, src_mask, tgt_in).float(), dim=-1) for model in self.members]
        return average_probabilities(log_probs)

    def max_source_length(self) -> int | None:
        """The shortest of the members' limits: every member must read the whole source."""
        return tightest(model.max_source_length() for model in self.members)

    def max_target_length(self) -> int | None:
        """The shortest of the members' limits: every member must write the whole output."""
        return tightest(model.max_target_length() for model in self.members)

    def sentence_summary(self, memory: EnsembleMemory) -> torch.Tensor:
        """The first member's summary: the members' vectors live in different spaces and cannot be averaged."""
        return self.members[0].sentence_summary(memory.members[0])


def tightest(limits) -> int | None:
    """The smallest of some limits, None standing for none at all."""
    return min((limit for limit in limits if limit is not None), default=None)


def average_probabilities(log_probs: list[torch.Tensor]) -> torch.Tensor:
    """K tensors of log-probabilities (..., V) -> log((p_1 + .. + p_K) / K) (..., V)."""
    shapes = {tuple(lp.shape) for lp in log_probs}
    if len(shapes) != 1:
        raise ValueError(f"ensemble members disagree on the output shape {sorted(shapes)}: do they share a vocabulary?")
    return torch.logsumexp(torch.stack(log_probs), dim=0) - math.log(len(log_probs))  # (..., V)
