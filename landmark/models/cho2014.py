"""Learning Phrase Representations using RNN Encoder–Decoder for Statistical Machine Translation — Cho, van
Merriënboer, Gulcehre, Bahdanau, Bougares, Schwenk, Bengio (EMNLP 2014).

The RNN Encoder–Decoder (§2.2): an encoder RNN reads the source phrase x_1 .. x_N into its hidden state, and a
summary of its last state is the fixed-length phrase representation c; a decoder RNN, started from c, writes the
target y_1 .. y_T, seeing c at every step and in its output layer. Both RNNs use the paper's new hidden unit
with a reset and an update gate (§2.3, eqs. 5-8), which later work named the GRU. The exact model is the
paper's Appendix A; its sizes are §4.1's.

c has a fixed size whatever the phrase's length: it is what this paper shows to be a phrase representation
(its Figs. 4-5 project it in 2-D), and it is `Memory.final` here, for the analysis tools.

Because the decoder's input at step t is [e(y_{t-1}); c], which does not depend on the decoder's own state, the
decoder is one recurrent layer run over the whole target at once, for training and for a prompt alike.

Legend: B batch, S source length, T target length, t tokens given to one decode step, m embedding size,
n hidden size, l maxout units, V target vocabulary size. Masks: True = a real token.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State
from landmark.nn.dropout import Dropout
from landmark.nn.rnn import RNNLayer
from landmark.tokens import PAD


@dataclass(frozen=True)
class RNNEncoderDecoderConfig:
    embedding_size: int = 100  # m: input and output matrices factorised at rank 100, i.e. embeddings (§4.1)
    hidden_size: int = 1000  # n: hidden units of the encoder and of the decoder (§4.1)
    maxout_size: int = 500  # l: maxout units in the output layer, each pooling 2 inputs (§4.1)
    dropout: float = 0.0  # on embeddings and on the maxout layer's output; the paper used none
    reset_after: bool = False  # False: the paper's unit, r * h before U (eq. 8); True: the cuDNN form, fast on GPU
    init_std: float = 0.01  # weights start N(0, init_std^2), recurrent matrices orthogonal (§4.1)
    init: str = "paper"  # 'paper': as §4.1 says (init_std above); 'torch': torch's own defaults (see reset_parameters)


@dataclass
class RNNEncoderDecoderState(State):
    h: torch.Tensor  # (B, n) the decoder's hidden state h'_t after the tokens so far; c stays in the Memory


class RNNEncoderDecoder(Seq2SeqModel):
    def __init__(self, config: RNNEncoderDecoderConfig, src_vocab_size: int, tgt_vocab_size: int):
        super().__init__()
        if config.maxout_size < 1:
            raise ValueError(f"model.maxout_size is {config.maxout_size}; it must be at least 1")
        if config.init not in ("paper", "torch"):
            raise ValueError(f"model.init is {config.init!r}; valid: paper, torch")
        self.config = config
        m, n, l = config.embedding_size, config.hidden_size, config.maxout_size
        self.src_embedding = nn.Embedding(src_vocab_size, m, padding_idx=PAD)  # e(x), the encoder's input factor
        self.tgt_embedding = nn.Embedding(tgt_vocab_size, m, padding_idx=PAD)  # e(y), the decoder's input factor
        # Deviation (optional): reset_after=True is the cuDNN form of the unit. The paper's form (the default) has no
        # fused kernel, so with it the encoder and the decoder run as Python loops over time.
        self.encoder = RNNLayer("gru", m, n, reset_after=config.reset_after)  # eqs. (5)-(8)
        self.summary = nn.Linear(n, n, bias=False)  # V: c = tanh(V h_N) (Appendix A, encoder)
        self.init_projection = nn.Linear(n, n, bias=False)  # V': h'_0 = tanh(V' c) (Appendix A, decoder)
        # Deviation: the paper's decoder unit adds c inside each gate and scales it with the reset gate,
        # h~' = tanh(W' e(y_{t-1}) + r' * (U' h'_{t-1} + C c)); here c is part of the unit's input,
        # x_t = [e(y_{t-1}); c], so that C c sits outside the reset gate (and C_z c, C_r c inside z', r' as in the
        # paper). The decoder is then a standard unit over a sequence, the same kind of layer as the encoder.
        self.decoder = RNNLayer("gru", m + n, n, reset_after=config.reset_after)
        # s' = O_h h'_t + O_y e(y_{t-1}) + O_c c: 2l units before the maxout (Appendix A, output)
        self.output_state = nn.Linear(n, 2 * l)  # O_h, and the bias of s'
        # Deviation: O_y reads the embedding e(y_{t-1}) instead of the one-hot y_{t-1}, the same low-rank
        # factorisation §4.1 applies to the input matrices.
        self.output_embedding = nn.Linear(m, 2 * l, bias=False)  # O_y
        self.output_context = nn.Linear(n, 2 * l, bias=False)  # O_c
        # G: p(y_t | ...) = softmax(G s), G factorised at rank m as §4.1 factorises the output matrix
        self.output_factor = nn.Linear(l, m, bias=False)  # (m, l) factor of G
        self.output = nn.Linear(m, tgt_vocab_size)  # (V, m) factor of G, and the softmax's bias
        self.dropout = Dropout(config.dropout)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """§4.1: weights from N(0, 0.01^2); each recurrent matrix the left singular vectors of a Gaussian matrix
        (an orthogonal matrix, Saxe et al. 2014). Biases start at zero (the paper's equations have none).

        Deviation (init='torch'): torch's defaults instead (embeddings N(0, 1), matrices uniform in
        +-1/sqrt(fan_in)). The paper trained with Adadelta; under Adam, §4.1's three small matrices in a row start
        the logits near zero (std 4.2e-5 at the CPU page's widths, docs/results/rnn-learning-speed.md) and the
        model learns several times more slowly."""
        if self.config.init == "torch":
            for embedding in (self.src_embedding, self.tgt_embedding):
                nn.init.zeros_(embedding.weight[PAD])
            return
        for name, parameter in self.named_parameters():
            if name.endswith("weight_hh"):
                for block in parameter.data.chunk(3, dim=0):  # U_r, U_z, U: one (n, n) matrix each
                    nn.init.orthogonal_(block)
            elif parameter.dim() > 1:
                nn.init.normal_(parameter, std=self.config.init_std)
            else:
                nn.init.zeros_(parameter)
        for embedding in (self.src_embedding, self.tgt_embedding):
            nn.init.zeros_(embedding.weight[PAD])

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory:
        """src (B, S) token ids, src_mask (B, S) True at real tokens -> Memory with the encoder's states h_j
        (B, S, n), zero at padding, and final = c (B, n), the phrase representation."""
        outputs, h_N = self.encoder(self.dropout(self.src_embedding(src)), src_mask)  # h_N after the last real token
        c = torch.tanh(self.summary(h_N))  # (B, n)
        return Memory(outputs=outputs, mask=src_mask, final=c)

    def init_state(self, memory: Memory, batch_size: int) -> RNNEncoderDecoderState:
        """h'_0 = tanh(V' c) (Appendix A, decoder)."""
        return RNNEncoderDecoderState(h=torch.tanh(self.init_projection(memory.final)))

    def decode(
        self, tokens: torch.Tensor, state: RNNEncoderDecoderState, memory: Memory, need_attention: bool
    ) -> Decoded:
        """tokens (B, t) = y_{t-1} for t positions -> logits (B, t, V) and the state after them. No attention: the
        decoder sees the source only through c."""
        c = memory.final  # (B, n)
        e = self.dropout(self.tgt_embedding(tokens))  # e(y_{t-1}) (B, t, m)
        c_every_step = c[:, None, :].expand(-1, tokens.size(1), -1)  # (B, t, n): c is read at every step
        # h'_t = f(h'_{t-1}, y_{t-1}, c) (§2.2), eqs. (5)-(8); no mask: a target's padding comes only after its
        # real tokens, so it never changes their states, and its logits are ignored by the loss.
        h, h_last = self.decoder(torch.cat([e, c_every_step], dim=-1), None, state.h)  # (B, t, n)
        s_prime = self.output_state(h) + self.output_embedding(e) + self.output_context(c)[:, None, :]  # (B, t, 2l)
        s = s_prime.unflatten(-1, (-1, 2)).max(dim=-1).values  # maxout: s_i = max(s'_{2i-1}, s'_{2i}) (B, t, l)
        # p(y_t | y_{t-1}, .., y_1, c) = softmax(G s)
        logits = self.output(self.output_factor(self.dropout(s)))  # G s (B, t, V)
        return Decoded(logits, RNNEncoderDecoderState(h=h_last))

    def sentence_summary(self, memory: Memory) -> torch.Tensor:
        """c (B, n), the fixed-length phrase representation that the paper's Figs. 4-5 project."""
        return memory.final
