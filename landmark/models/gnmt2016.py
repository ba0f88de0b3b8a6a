"""Google's Neural Machine Translation System — Wu, Schuster, Chen, Le, Norouzi et al. (2016), §3-§4.

The encoder is a deep LSTM stack whose bottom layer alone is bidirectional (§3.2, Fig. 3): its forward and
backward outputs are concatenated and read by unidirectional layers above. The decoder is a deep LSTM stack.
From the third layer up, on both sides, a layer's input is added to its output (residual connections, §3.1,
eq. 6), which is what lets 8-layer stacks train. Attention (§3, eq. 4-5) is a feed-forward network with one hidden
layer that scores each top encoder output x_t against the bottom decoder layer's output of the previous step,
y_{i-1}: s_t = A(y_{i-1}, x_t), p_t = softmax(s)_t, a_i = sum_t p_t x_t; the context a_i is fed to every decoder
layer at step i. The softmax reads the top decoder layer. Wordpieces are our SentencePiece vocabulary (§4);
length normalisation and the coverage penalty (§7, eq. 14) are decoding options every attention model has
(`decode.length_penalty`, `decode.coverage_penalty` in landmark.decode.search).

Where the paper leaves a choice open, or we depart from it:
- The decoder starts from zero states (the paper does not pass the encoder's on, or says so).
- The attention network is Bahdanau's additive form v^T tanh(W y + U x) with a hidden layer as wide as the LSTMs.
- Deviation: no model parallelism, quantisation or RL refinement (§3.3, §6, §8): they are about scale and speed.

Legend: B batch, S source length, t tokens given to one decode step, E embedding size, H hidden size, L layers.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State, per_sentence
from landmark.nn.attention import AdditiveAttention
from landmark.nn.dropout import Dropout
from landmark.nn.rnn import LSTMCell, StackedRNN
from landmark.tokens import PAD

RESIDUAL_FROM = 2  # layers count from 0: the third layer is the first with a residual connection (§3.1)


@dataclass(frozen=True)
class GNMTConfig:
    encoder_layers: int = 8  # §3: 8 encoder layers, the bottom one bidirectional
    decoder_layers: int = 8  # §3: 8 decoder layers
    hidden_size: int = 1024  # LSTM nodes per layer (§8.1)
    embedding_size: int = 1024
    dropout: float = 0.2  # on the inputs of every layer above the first and on the softmax's input (§8.1: 0.2)
    residual: bool = True  # §3.1; False gives the plain deep stack the residual connections are compared with
    init_range: float = 0.04  # every parameter uniform in [-0.04, 0.04] (§8.1)


@dataclass
class GNMTState(State):
    layers: list[tuple[torch.Tensor, torch.Tensor]]  # per decoder layer, bottom first, (h, c) each (B, H)
    projected_keys: torch.Tensor = per_sentence()  # U x_t (B, S, H), once per sentence


class GNMT(Seq2SeqModel):
    def __init__(self, config: GNMTConfig, src_vocab_size: int, tgt_vocab_size: int):
        super().__init__()
        if config.encoder_layers < 2 or config.decoder_layers < 1:
            raise ValueError(
                f"model.encoder_layers is {config.encoder_layers} and model.decoder_layers {config.decoder_layers}: "
                "GNMT's encoder needs its bidirectional layer and at least one above it, its decoder one layer"
            )
        self.config = config
        E, H = config.embedding_size, config.hidden_size
        self.src_embedding = nn.Embedding(src_vocab_size, E, padding_idx=PAD)
        self.tgt_embedding = nn.Embedding(tgt_vocab_size, E, padding_idx=PAD)
        self.encoder_bottom = StackedRNN("lstm", E, H, 1, bidirectional=True)  # (B, S, 2H)
        # The layers above: the first reads 2H and gives H, so residual connections start at the next, overall
        # the third layer (index 1 of this stack).
        self.encoder_top = StackedRNN("lstm", 2 * H, H, config.encoder_layers - 1, dropout=config.dropout,
                                      residual=config.residual, residual_from=RESIDUAL_FROM - 1)  # fmt: skip
        self.attention = AdditiveAttention(H, H, H)
        # Every decoder layer reads [its input ; the context a_i] (§3, Fig. 1).
        self.decoder = nn.ModuleList(LSTMCell((E if i == 0 else H) + H, H) for i in range(config.decoder_layers))
        self.output = nn.Linear(H, tgt_vocab_size)
        self.dropout = Dropout(config.dropout)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        for parameter in self.parameters():  # §8.1: uniform in [-0.04, 0.04]
            nn.init.uniform_(parameter, -self.config.init_range, self.config.init_range)
        for embedding in (self.src_embedding, self.tgt_embedding):
            nn.init.zeros_(embedding.weight[PAD])

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory:
        """src (B, S) -> the top encoder layer's outputs x_t (B, S, H)."""
        bottom, _ = self.encoder_bottom(self.src_embedding(src), src_mask)
        outputs, _ = self.encoder_top(bottom, src_mask)
        return Memory(outputs=outputs, mask=src_mask)

    def init_state(self, memory: Memory, batch_size: int) -> GNMTState:
        zeros = memory.outputs.new_zeros(memory.outputs.size(0), self.config.hidden_size)
        return GNMTState([(zeros, zeros)] * self.config.decoder_layers, self.attention.project_keys(memory.outputs))

    def step(self, y_prev: torch.Tensor, state: GNMTState, memory: Memory):
        """One target position: y_{i-1} (B,) -> the top layer's output (B, H), the new state, weights p (B, S)."""
        bottom_previous = state.layers[0][0]  # y_{i-1} of the paper: the bottom layer's last output
        context, weights = self.attention(bottom_previous, state.projected_keys, memory.outputs, memory.mask)
        x = self.tgt_embedding(y_prev)
        layers = []
        for i, (cell, previous) in enumerate(zip(self.decoder, state.layers, strict=True)):
            h, c = cell(torch.cat([x if i == 0 else self.dropout(x), context], dim=-1), previous)
            layers.append((h, c))
            x = h + x if self.config.residual and i >= RESIDUAL_FROM else h  # residual from the third layer (§3.1)
        return x, GNMTState(layers, state.projected_keys), weights

    def decode(self, tokens: torch.Tensor, state: GNMTState, memory: Memory, need_attention: bool) -> Decoded:
        """tokens (B, t) -> logits (B, t, V), the state after them, and the attention p (B, t, S)."""
        outputs, weights = [], []
        for position in range(tokens.size(1)):
            top, state, p = self.step(tokens[:, position], state, memory)
            outputs.append(top)
            weights.append(p)
        logits = self.output(self.dropout(torch.stack(outputs, dim=1)))
        return Decoded(logits, state, torch.stack(weights, dim=1))
