"""Neural Machine Translation by Jointly Learning to Align and Translate — Bahdanau, Cho, Bengio (ICLR 2015).

RNNsearch: a bidirectional GRU encoder reads the source into annotations h_j = [fwd h_j ; bwd h_j] (§3.2);
at every target step an alignment model scores each annotation against the previous decoder state, and the
decoder reads the weighted sum of annotations, its context c_i (§3.1). Section and equation numbers below are
the paper's; the exact architecture is its Appendix A. The control without attention, RNNencdec, is Cho et
al.'s encoder-decoder: the `cho2014` architecture (presets `bahdanau2015-encdec*`).

Legend: B batch, S source length, T target length, t tokens given to one decode step, m embedding size,
n hidden size, A attention size, l maxout units, V vocabulary. Masks: True = a real token.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State, per_sentence
from landmark.nn.attention import AdditiveAttention
from landmark.nn.dropout import Dropout
from landmark.nn.rnn import GRUCell, StackedRNN
from landmark.tokens import PAD


@dataclass(frozen=True)
class RNNsearchConfig:
    embedding_size: int = 620  # m (Appendix A.2)
    hidden_size: int = 1000  # n, each direction of the encoder and the decoder (A.2)
    attention_size: int = 1000  # n', the width of the alignment model (A.2)
    maxout_size: int = 500  # l, units of the maxout output layer (A.2.2)
    dropout: float = 0.0  # on embeddings, annotations and the output layer; the paper used none
    reset_after: bool = False  # False: the paper's GRU, r applied before U; True: the cuDNN form (fast encoder)
    init: str = "paper"  # 'paper': Appendix B.1's initialisation; 'torch': torch's own defaults (reset_parameters)


@dataclass
class RNNsearchState(State):
    s: torch.Tensor  # (B, n) the decoder state s_{i-1}
    projected_keys: torch.Tensor = per_sentence()  # (B, S, A) U_a h_j, fixed for the sentence


class RNNsearch(Seq2SeqModel):
    def __init__(self, config: RNNsearchConfig, src_vocab_size: int, tgt_vocab_size: int):
        super().__init__()
        self.config = config
        m, n, l = config.embedding_size, config.hidden_size, config.maxout_size
        self.src_embedding = nn.Embedding(src_vocab_size, m, padding_idx=PAD)  # E (source side)
        self.tgt_embedding = nn.Embedding(tgt_vocab_size, m, padding_idx=PAD)  # E (target side)
        self.encoder = StackedRNN("gru", m, n, bidirectional=True, reset_after=config.reset_after)  # §3.2
        self.init_projection = nn.Linear(n, n)  # W_s: s_0 = tanh(W_s bwd h_1) (A.2.2)
        self.attention = AdditiveAttention(n, 2 * n, config.attention_size)  # a(s_{i-1}, h_j), eq. (6)
        self.decoder = GRUCell(m + 2 * n, n, reset_after=config.reset_after)  # s_i = f(s_{i-1}, y_{i-1}, c_i), eq. (4)
        # t~_i = U_o s_{i-1} + V_o E y_{i-1} + C_o c_i  (A.2.2), 2l units before the maxout
        self.output_state = nn.Linear(n, 2 * l)  # U_o
        self.output_embedding = nn.Linear(m, 2 * l, bias=False)  # V_o
        self.output_context = nn.Linear(2 * n, 2 * l, bias=False)  # C_o
        self.output = nn.Linear(l, tgt_vocab_size)  # W_o
        self.dropout = Dropout(config.dropout)
        if config.init not in ("paper", "torch"):
            raise ValueError(f"model.init is {config.init!r}; valid: paper, torch")
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Appendix B.1: recurrent matrices orthogonal; W_a and U_a from N(0, 0.001^2); v_a and every bias zero;
        every other matrix (embeddings included) from N(0, 0.01^2).

        Deviation (init='torch'): torch's defaults instead (embeddings N(0, 1), matrices uniform in
        +-1/sqrt(fan_in), the GRUs' in +-1/sqrt(n)): the -small presets use it, as does their RNNencdec control,
        so that the two are compared at the same initialisation."""
        if self.config.init == "paper":
            for name, parameter in self.named_parameters():
                if name.endswith("weight_hh"):
                    for block in parameter.data.chunk(3, dim=0):  # U_r, U_z, U of each direction and the decoder
                        nn.init.orthogonal_(block)
                elif name.startswith(("attention.query", "attention.key")):
                    nn.init.normal_(parameter, std=0.001)  # W_a, U_a
                elif parameter.dim() > 1 and not name.startswith("attention.energy"):
                    nn.init.normal_(parameter, std=0.01)
                else:
                    nn.init.zeros_(parameter)  # v_a and the biases
        for embedding in (self.src_embedding, self.tgt_embedding):
            nn.init.zeros_(embedding.weight[PAD])

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory:
        """src (B, S), src_mask (B, S) -> annotations h_j = [fwd h_j ; bwd h_j] (B, S, 2n)."""
        annotations, _ = self.encoder(self.dropout(self.src_embedding(src)), src_mask)
        return Memory(outputs=self.dropout(annotations), mask=src_mask)

    def init_state(self, memory: Memory, batch_size: int) -> RNNsearchState:
        n = self.config.hidden_size
        # The backward RNN's state at position 1 has read the whole sentence: s_0 = tanh(W_s bwd h_1) (A.2.2).
        backward_first = memory.outputs[:, 0, n:]
        s0 = torch.tanh(self.init_projection(backward_first))
        return RNNsearchState(s=s0, projected_keys=self.attention.project_keys(memory.outputs))

    def step(self, y_prev: torch.Tensor, state: RNNsearchState, memory: Memory):
        """One target position: y_{i-1} (B,) -> logits (B, V), new state, alignment weights alpha_i (B, S)."""
        t, state, alpha = self.readout(y_prev, state, memory)
        logits = self.output(self.dropout(t))  # p(y_i | s_i, y_{i-1}, c_i) = softmax(W_o t_i)  (eq. 2)
        return logits, state, alpha

    def readout(self, y_prev: torch.Tensor, state: RNNsearchState, memory: Memory):
        """The step up to the softmax: y_{i-1} (B,) -> the maxout output t_i (B, l), new state, alpha_i (B, S)."""
        e = self.dropout(self.tgt_embedding(y_prev))  # E y_{i-1} (B, m)
        c, alpha = self.attention(state.s, state.projected_keys, memory.outputs, memory.mask)  # eqs. (5)-(6)
        s = self.decoder(torch.cat([e, c], dim=-1), state.s)  # eq. (4)
        t_tilde = self.output_state(state.s) + self.output_embedding(e) + self.output_context(c)  # (B, 2l)
        t = t_tilde.view(t_tilde.size(0), -1, 2).max(dim=-1).values  # maxout: t_i,j = max(t~_{i,2j-1}, t~_{i,2j})
        return t, RNNsearchState(s=s, projected_keys=state.projected_keys), alpha

    def decode(self, tokens: torch.Tensor, state: RNNsearchState, memory: Memory, need_attention: bool) -> Decoded:
        """tokens (B, t) -> logits (B, t, V), the state after them, and the alignments alpha (B, t, S)."""
        logits, weights = [], []
        for i in range(tokens.size(1)):  # the decoder is recurrent: one position after another
            step_logits, state, alpha = self.step(tokens[:, i], state, memory)
            logits.append(step_logits)
            weights.append(alpha)
        return Decoded(torch.stack(logits, dim=1), state, torch.stack(weights, dim=1))
