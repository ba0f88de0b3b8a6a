"""Sequence to Sequence Learning with Neural Networks — Sutskever, Vinyals, Le (NIPS 2014).

A deep LSTM reads the source sentence, one word at a time, into a fixed-size vector (its final states); a second
deep LSTM, started from those states, is a language model of the target conditioned on the source (§2):

    p(y_1 .. y_T' | x_1 .. x_T) = prod_t p(y_t | v, y_1 .. y_{t-1})          eq. (1)

where v is the encoder's last hidden state. There is no attention: all the decoder knows of the source is v.
The paper's two further findings are options here: the source is read reversed (§3.3, "a b c" is fed as
"c b a", so that the first source words sit next to the first target words) and several models are ensembled
(§3.6; see landmark.decode.ensemble). Sizes and initialisation are §3.4's.

With no attention, the decoder's input at step t is the embedding of y_{t-1} alone, so for training (and a
prompt) it is one call of the stacked LSTM over the whole target: the fused kernel, no Python loop over time.

Legend: B batch, S source length, T target length, t tokens given to one decode step, E embedding width,
H hidden width (LSTM cells per layer), L layers, V vocabulary size. Masks: True = a real token.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State
from landmark.nn.dropout import Dropout
from landmark.nn.rnn import StackedRNN, reverse_within_lengths
from landmark.tokens import EOS, PAD


@dataclass(frozen=True)
class Seq2SeqLSTMConfig:
    num_layers: int = 4  # LSTM layers in the encoder and in the decoder (§3.4)
    hidden_size: int = 1000  # cells per layer (§3.4)
    embedding_size: int = 1000  # word embedding width (§3.4)
    dropout: float = 0.0  # on embeddings, between layers, under the softmax (Zaremba et al. 2014); the paper: none
    init_range: float = 0.08  # every parameter starts uniform in [-0.08, 0.08] (§3.4)
    reverse_source: bool = True  # read each source sentence backwards, EOS still last (§3.3; the paper's ablation)


def source_reversal(src: torch.Tensor, src_mask: torch.Tensor) -> torch.Tensor:
    """src (B, S), src_mask (B, S) True at real tokens -> index (B, S) that reverses each row's real tokens, but keeps
    a final EOS last and padding at the end: "a b c </s> <pad>" -> "c b a </s> <pad>". Its own inverse.

    Deviation: the paper says only that the source words are reversed (§3.3); keeping EOS last, after the reversed
    words, is our choice, so that the encoder ends every sentence on the same token as without reversal."""
    lengths = src_mask.sum(dim=1)  # (B,)
    last_token = src.gather(1, (lengths - 1).clamp(min=0)[:, None])[:, 0]  # (B,)
    ends_with_eos = (lengths > 0) & (last_token == EOS)
    return reverse_within_lengths(lengths - ends_with_eos.long(), src.size(1))  # (B, S)


def reverse_source(src: torch.Tensor, src_mask: torch.Tensor) -> torch.Tensor:
    """Each row's real tokens in reverse order, EOS kept last, padding kept at the end (§3.3). (B, S) -> (B, S)."""
    return src.gather(1, source_reversal(src, src_mask))


@dataclass
class Seq2SeqLSTMState(State):
    layers: list[tuple[torch.Tensor, torch.Tensor]]  # per decoder layer, bottom first, (h, c) each (B, H)


class Seq2SeqLSTM(Seq2SeqModel):
    def __init__(self, config: Seq2SeqLSTMConfig, src_vocab_size: int, tgt_vocab_size: int):
        super().__init__()
        self.config = config
        E, H, L = config.embedding_size, config.hidden_size, config.num_layers
        self.src_embedding = nn.Embedding(src_vocab_size, E, padding_idx=PAD)
        self.tgt_embedding = nn.Embedding(tgt_vocab_size, E, padding_idx=PAD)
        # Two different LSTMs for the source and the target (§2: "more parameters at negligible cost").
        # Both take StackedRNN's fast path (the fused kernel) over whole sequences.
        self.encoder = StackedRNN("lstm", E, H, L, dropout=config.dropout)
        self.decoder = StackedRNN("lstm", E, H, L, dropout=config.dropout)
        self.output = nn.Linear(H, tgt_vocab_size)  # a plain softmax over the target vocabulary (§3.4)
        self.dropout = Dropout(config.dropout)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        for parameter in self.parameters():  # §3.4: uniform in [-0.08, 0.08], embeddings and biases included
            nn.init.uniform_(parameter, -self.config.init_range, self.config.init_range)
        for embedding in (self.src_embedding, self.tgt_embedding):
            nn.init.zeros_(embedding.weight[PAD])

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory:
        """src (B, S) token ids, src_mask (B, S) True at real tokens -> Memory with the top layer's states (B, S, H)
        at their source positions, zero at padding, and final = the (h, c) of every layer after the last token
        read, bottom first: the fixed-size vector v of eq. (1) from which the decoder starts."""
        if self.config.reverse_source:
            order = source_reversal(src, src_mask)  # (B, S)
            src = src.gather(1, order)  # §3.3: "c b a </s>" for "a b c </s>"
        outputs, finals = self.encoder(self.dropout(self.src_embedding(src)), src_mask)  # (B, S, H)
        if self.config.reverse_source:  # back to source order, so that outputs[:, j] belongs to source token j
            outputs = outputs.gather(1, order[..., None].expand_as(outputs))
        return Memory(outputs=outputs, mask=src_mask, final=finals)

    def init_state(self, memory: Memory, batch_size: int) -> Seq2SeqLSTMState:
        """The decoder's layer i starts from the encoder's layer i final (h, c)."""
        return Seq2SeqLSTMState(layers=list(memory.final))

    def decode(self, tokens: torch.Tensor, state: Seq2SeqLSTMState, memory: Memory, need_attention: bool) -> Decoded:
        """tokens (B, t) = y_{t-1} for t positions -> logits (B, t, V) and the state after them. No attention: all
        the decoder knows of the source is the state it started from."""
        x = self.dropout(self.tgt_embedding(tokens))  # (B, t, E)
        # No mask: a target's padding comes only after its real tokens, so it never changes their states.
        h, layers = self.decoder(x, None, state.layers)  # top layer's h (B, t, H)
        logits = self.output(self.dropout(h))  # p(y_t | v, y_1 .. y_{t-1}) = softmax(W h_t + b), eq. (1)
        return Decoded(logits, Seq2SeqLSTMState(layers=layers))

    def sentence_summary(self, memory: Memory) -> torch.Tensor:
        """The top encoder layer's final h (B, H): the sentence vector of the paper's Fig. 2."""
        return memory.final[-1][0]
