"""Decoding with a weighted mix of target-language tokens: Johnson et al. 2017 §6.2, weighted target selection.

A multilingual source starts with one <2xx> token (landmark/data/multilingual.py). Here that token's embedding is
replaced by sum_l w_l * emb(<2l>) with the weights summing to 1: w = 1 for German and 0 for French is the <2de>
run as trained, w = 0 the <2fr> one, and the weights between show where the output switches language.

The source ids carry one of the mixed tokens, the placeholder, at position 0; while the wrapped model encodes, a
forward hook on its source embedding (every model's `src_embedding`) puts the mixed vector where the placeholder is.
The hook is on only during `encode`, so a shared target embedding decodes as it always does.
"""

from __future__ import annotations

import torch

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State, StepOutput


class MixedTokenModel(Seq2SeqModel):
    """`model`, encoding the source token `placeholder` as sum_k weights[k] * emb(tokens[k])."""

    def __init__(self, model: Seq2SeqModel, placeholder: int, tokens: list[int], weights: list[float]):
        super().__init__()
        if len(tokens) != len(weights) or min(weights) < 0 or abs(sum(weights) - 1) > 1e-6:
            raise ValueError(f"mixing weights {weights} of tokens {tokens}: a weight a token, each >= 0, summing to 1")
        self.model, self.placeholder = model, placeholder
        table = model.src_embedding.weight  # (V, D)
        mix = torch.tensor(weights, dtype=table.dtype, device=table.device)
        self.mixed = (mix[:, None] * table[tokens].detach()).sum(0)  # (D,)

    def _mix(self, module, inputs, output: torch.Tensor) -> torch.Tensor:
        """The embedding's output (B, S, D) with the mixed vector wherever its input (B, S) is the placeholder."""
        at = (inputs[0] == self.placeholder)[..., None]  # (B, S, 1)
        return torch.where(at, self.mixed.to(output.dtype), output)

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory | None:
        handle = self.model.src_embedding.register_forward_hook(self._mix)
        try:
            return self.model.encode(src, src_mask)
        finally:
            handle.remove()

    def init_state(self, memory: Memory | None, batch_size: int) -> State:
        return self.model.init_state(memory, batch_size)

    def decode(self, tokens: torch.Tensor, state: State, memory: Memory | None, need_attention: bool) -> Decoded:
        return self.model.decode(tokens, state, memory, need_attention)

    def decode_step(self, tokens: torch.Tensor, state: State, memory: Memory | None) -> StepOutput:
        return self.model.decode_step(tokens, state, memory)

    def decode_over(self, tokens, state, memory, need_attention: bool, vocab: torch.Tensor) -> Decoded:
        return self.model.decode_over(tokens, state, memory, need_attention, vocab)

    def max_source_length(self) -> int | None:
        return self.model.max_source_length()

    def max_target_length(self) -> int | None:
        return self.model.max_target_length()
