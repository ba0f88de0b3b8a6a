"""Effective Approaches to Attention-based Neural Machine Translation — Luong, Pham, Manning (EMNLP 2015).

A stacked LSTM encoder reads the source; a stacked LSTM decoder, started from the encoder's final states, writes
the target one word at a time (§3). At every target step t the top decoder state h_t attends over the top encoder
states h_s — globally, over every source word (§3.1), or locally, over the window [p_t - D, p_t + D] around an
aligned position p_t that is t itself (local-m) or predicted from h_t (local-p, §3.2) — and the context c_t
and h_t make the attentional hidden state h~_t = tanh(W_c [c_t; h_t]) (eq. 5), from which the next word is
predicted, p(y_t | y_<t, x) = softmax(W_s h~_t) (eq. 6). With input feeding (§3.3) h~_t is also part of the
next step's input, so that the decoder knows which source words it has already attended to.

Local attention, as the paper writes it: the Gaussian of eq. (10) multiplies the softmax weights of the window
and the product is not renormalised, so a_t sums to less than one and c_t shrinks with it. We keep that.

Where the paper leaves a choice open, or we depart from it:
- Deviation: the 'location' score of §3.1 (a_t = softmax(W_a h_t), Table 1's "global (location)") is not offered;
  dot, general and concat are.
- The window's softmax runs over the window's real tokens only; local-m holds p_t = t at the last source word
  once t runs past it (the paper does not say what happens there).
- With reverse_source the encoder reads backwards but its outputs stay at their source positions, so a_t and
  local-m's p_t = t count from the start of the sentence, as the paper's alignment plots do.
- §4.1 says only "dropout 0.2 for our LSTMs, after Zaremba et al.": we drop out the non-recurrent connections —
  the embeddings, the inputs of every layer above the first, and h~_t (as predicted from and as fed back).

Attention and input feeding make the decoder sequential: `forward` (teacher forcing) and `decode_step` (search)
both run `decode`, which calls `step` once per target token — one code path for training and decoding.

Legend: B batch, S source length, T target length, t tokens given to one decode step, E embedding width,
H hidden width (LSTM cells per layer), V vocabulary size. Masks: True = a real token.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State, per_sentence
from landmark.nn.attention import LuongAttention
from landmark.nn.dropout import Dropout
from landmark.nn.rnn import LSTMCell, StackedRNN
from landmark.tokens import PAD


@dataclass(frozen=True)
class LuongConfig:
    num_layers: int = 4  # stacked LSTM layers, in the encoder and in the decoder alike (§4.1)
    hidden_size: int = 1000  # cells per LSTM layer (§4.1)
    embedding_size: int = 1000  # word embedding width (§4.1)
    dropout: float = 0.2  # on embeddings, between LSTM layers and on h~_t (§4.1, after Zaremba et al.)
    init_range: float = 0.1  # every parameter starts uniform in [-init_range, init_range] (§4.1)
    attention_score: str = "general"  # score(h_t, h_s): 'dot', 'general' or 'concat' (eq. 8)
    attention_local: str = "predictive"  # 'none' = global (§3.1), 'monotonic' = local-m, 'predictive' = local-p (§3.2)
    window: int = 10  # D: local attention sees source positions [p_t - D, p_t + D] (§3.2; D = 10 in §4.1)
    input_feeding: bool = True  # the decoder's input is [embedding of y_{t-1}; h~_{t-1}] (§3.3)
    reverse_source: bool = True  # the encoder reads each source sentence backwards (Table 1, "reverse")


@dataclass
class LuongState(State):
    layers: list[tuple[torch.Tensor, torch.Tensor]]  # per decoder layer, bottom first, (h, c) each (B, H)
    attentional: torch.Tensor  # h~_{t-1} (B, H), fed to the next step with input feeding; zeros before step 0
    projected_keys: torch.Tensor = per_sentence()  # (B, S, H) computed once per sentence (W_a h_s for general)
    step: int = 0  # t: target tokens decoded so far, the same for every row (local-m's p_t)


class Luong(Seq2SeqModel):
    def __init__(self, config: LuongConfig, src_vocab_size: int, tgt_vocab_size: int):
        super().__init__()
        if config.attention_score not in LuongAttention.SCORES:
            raise ValueError(
                f"model.attention_score is {config.attention_score!r}; valid: {', '.join(LuongAttention.SCORES)}"
            )
        if config.attention_local not in LuongAttention.LOCAL:
            raise ValueError(
                f"model.attention_local is {config.attention_local!r}; valid: {', '.join(LuongAttention.LOCAL)}"
            )
        if config.attention_local != "none" and config.window < 1:
            raise ValueError(f"model.window is {config.window}; local attention needs a window D >= 1")
        self.config = config
        E, H, L = config.embedding_size, config.hidden_size, config.num_layers
        self.src_embedding = nn.Embedding(src_vocab_size, E, padding_idx=PAD)
        self.tgt_embedding = nn.Embedding(tgt_vocab_size, E, padding_idx=PAD)
        # The encoder runs over the whole source at once (the fused kernel when it can); with reverse_source each
        # row is read from its last real token back to the first, and outputs stay at their source positions.
        self.encoder = StackedRNN("lstm", E, H, L, dropout=config.dropout, reverse=config.reverse_source)
        # The decoder is stepped one token at a time, so it is its cells alone.
        decoder_input = E + H if config.input_feeding else E
        self.decoder = nn.ModuleList(LSTMCell(decoder_input if i == 0 else H, H) for i in range(L))
        self.attention = LuongAttention(H, config.attention_score, config.attention_local, config.window)
        self.combine = nn.Linear(2 * H, H, bias=False)  # W_c (eq. 5)
        self.output = nn.Linear(H, tgt_vocab_size, bias=False)  # W_s (eq. 6)
        self.dropout = Dropout(config.dropout)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        for parameter in self.parameters():  # §4.1: uniform in [-0.1, 0.1], embeddings and biases included
            nn.init.uniform_(parameter, -self.config.init_range, self.config.init_range)
        for embedding in (self.src_embedding, self.tgt_embedding):
            nn.init.zeros_(embedding.weight[PAD])

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory:
        """src (B, S) token ids, src_mask (B, S) True at real tokens -> Memory with the top layer's h_s (B, S, H)
        and the final (h, c) of every layer, bottom first, from which the decoder starts."""
        outputs, finals = self.encoder(self.dropout(self.src_embedding(src)), src_mask)  # (B, S, H)
        return Memory(outputs=outputs, mask=src_mask, final=finals)

    def init_state(self, memory: Memory, batch_size: int) -> LuongState:
        """The decoder starts from the encoder's final states; keys are projected once per sentence."""
        h = memory.outputs
        return LuongState(
            layers=list(memory.final),
            attentional=h.new_zeros(h.size(0), self.config.hidden_size),  # h~_0 = 0
            projected_keys=self.attention.project_keys(h),
        )

    def step(self, y_prev: torch.Tensor, state: LuongState, memory: Memory):
        """One target step: y_{t-1} (B,) -> h~_t (B, H), the new state, and the attention weights a_t (B, S)."""
        x = self.dropout(self.tgt_embedding(y_prev))  # (B, E)
        if self.config.input_feeding:
            x = torch.cat([x, state.attentional], dim=-1)  # (B, E + H), §3.3
        layers = []
        for i, (cell, previous) in enumerate(zip(self.decoder, state.layers, strict=True)):
            h, c = cell(x if i == 0 else self.dropout(x), previous)  # (B, H) each
            layers.append((h, c))
            x = h
        h_t = x  # the top layer's state
        # eqs. (7)-(10): a_t over the source (global or local), c_t = sum_s a_t(s) h_s
        c_t, a_t = self.attention(h_t, state.projected_keys, memory.outputs, memory.mask, state.step)
        attentional = self.dropout(torch.tanh(self.combine(torch.cat([c_t, h_t], dim=-1))))  # h~_t (B, H), eq. (5)
        new_state = LuongState(layers, attentional, state.projected_keys, state.step + 1)
        return attentional, new_state, a_t

    def decode(self, tokens: torch.Tensor, state: LuongState, memory: Memory, need_attention: bool) -> Decoded:
        """tokens (B, t) -> logits (B, t, V), the state after them, and attention weights a_t (B, t, S)."""
        attentional, weights = [], []
        for position in range(tokens.size(1)):
            h_tilde, state, a_t = self.step(tokens[:, position], state, memory)
            attentional.append(h_tilde)
            weights.append(a_t)
        logits = self.output(torch.stack(attentional, dim=1))  # W_s h~_t (B, t, V), eq. (6) before the softmax
        return Decoded(logits, state, torch.stack(weights, dim=1))

    def sentence_summary(self, memory: Memory) -> torch.Tensor:
        """The top encoder layer's final h (B, H), from which the decoder starts."""
        return memory.final[-1][0]
