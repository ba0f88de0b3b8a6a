"""On Using Very Large Target Vocabulary for Neural Machine Translation — Jean, Cho, Memisevic, Bengio (ACL 2015).

RNNsearch-LV: Bahdanau et al.'s RNNsearch (landmark/models/bahdanau2015.py, used here as it is) with a target
vocabulary of every word (500k in the paper) instead of a 30k shortlist. What makes that affordable is outside the
network: training normalises the softmax over a partition's sub-vocabulary V' only (§3, `train.sampled_vocab`;
the math in landmark/nn/sampled_softmax.py, the partitions in landmark/data/batching.py), and decoding over a
candidate list per sentence (§3.2, `decode.candidates_frequent` and `decode.candidates_per_word`,
landmark/decode/candidates.py), with unknown words replaced through the attention (`decode.replace_unk`,
landmark/decode/unk.py). The one thing the network adds is an output layer that can score a subset of the
vocabulary without computing the rest: `decode_over`.

Legend: B batch, S source length, T target length, t tokens given to one decode step, l maxout units, V the
target vocabulary, V' the words scored. Masks: True = a real token.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from landmark.models.bahdanau2015 import RNNsearch, RNNsearchConfig, RNNsearchState
from landmark.models.base import Decoded, Memory
from landmark.nn.sampled_softmax import subset_logits


@dataclass(frozen=True)
class RNNsearchLVConfig(RNNsearchConfig):
    """RNNsearch's fields, at the paper's sizes by default (§4.2, as we know it: the RNNsearch of Bahdanau et al.,
    1000 hidden units, 620-dimensional embeddings, a maxout layer of 500); each is commented in bahdanau2015.py.
    The vocabulary's size is the data's (data.vocab_size), the sub-vocabulary's the trainer's (train.sampled_vocab)."""


class RNNsearchLV(RNNsearch):
    """RNNsearch whose output layer W_o scores any subset of the vocabulary: only the rows W_o[V'] are read."""

    def decode_over(
        self, tokens: torch.Tensor, state: RNNsearchState, memory: Memory, need_attention: bool, vocab: torch.Tensor
    ) -> Decoded:
        """tokens (B, t), vocab (V',) or (B, V') -> logits (B, t, V') of those words, the state, alpha (B, t, S).
        The recurrence runs as in RNNsearch.decode; the softmax layer then reads the t maxout outputs at once."""
        readouts, weights = [], []
        for i in range(tokens.size(1)):
            t, state, alpha = self.readout(tokens[:, i], state, memory)  # t_i (B, l), the layer below the softmax
            readouts.append(t)
            weights.append(alpha)
        hidden = self.dropout(torch.stack(readouts, dim=1))  # (B, t, l)
        # Jean et al. §3: the energies of V' only, W_o[V'] t_i + b_o[V']; with Q uniform over V' the importance
        # weights' log Q(y_k) = -log |V'| is the same for every word and cancels in the softmax.
        logits = subset_logits(hidden, self.output.weight, self.output.bias, vocab)  # (B, t, V')
        return Decoded(logits, state, torch.stack(weights, dim=1))
