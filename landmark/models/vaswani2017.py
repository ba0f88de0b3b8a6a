"""Attention Is All You Need — Vaswani, Shazeer, Parmar, Uszkoreit, Jones, Gomez, Kaiser, Polosukhin (2017).

An encoder of N layers (self-attention, feed-forward) and a decoder of N layers (masked self-attention,
attention over the encoder, feed-forward), each sub-layer wrapped in a residual connection and layer
normalisation (§3.1); sinusoidal positions (§3.5); embeddings shared and scaled by sqrt(D) (§3.4).

Legend: B batch, S source length, T target length, t tokens given to one decode step, D model width,
H heads, Dh = D / H, V vocabulary size. Masks: True = attend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from torch import nn

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State, per_sentence
from landmark.nn.attention import MultiHeadAttention
from landmark.nn.dropout import Dropout
from landmark.nn.norm import LayerNorm
from landmark.nn.positional import SinusoidalPositions
from landmark.tokens import PAD


@dataclass(frozen=True)
class TransformerConfig:
    encoder_layers: int = 6  # N (§3.1)
    decoder_layers: int = 6  # N (§3.1)
    d_model: int = 512  # d_model (§3.1)
    num_heads: int = 8  # h (§3.2.2)
    d_ff: int = 2048  # inner width of the feed-forward network (§3.3)
    dropout: float = 0.1  # P_drop on sub-layer outputs and on embeddings + positions (§5.4)
    attention_dropout: float = 0.0  # dropout on attention weights (not in the paper; tensor2tensor has it)
    pre_norm: bool = False  # False: the paper's post-norm, LayerNorm(x + Sublayer(x)); True: x + Sublayer(LayerNorm(x))
    share_embeddings: bool = True  # one embedding matrix for source and target (needs a joint vocabulary, §3.4)
    tie_output: bool = True  # the pre-softmax projection is the target embedding matrix (§3.4)
    max_positions: int = 1024  # longest sequence the position table covers


class FeedForward(nn.Module):
    """FFN(x) = max(0, x W_1 + b_1) W_2 + b_2  (eq. 2)."""

    def __init__(self, d_model: int, d_ff: int, dropout: float):
        super().__init__()
        self.inner = nn.Linear(d_model, d_ff)
        self.outer = nn.Linear(d_ff, d_model)
        self.dropout = Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.outer(self.dropout(F.relu(self.inner(x))))


class Residual(nn.Module):
    """LayerNorm(x + Dropout(Sublayer(x))) (§3.1, §5.4), or with pre_norm x + Dropout(Sublayer(LayerNorm(x))).

    Deviation (optional): pre-norm trains deep stacks without warm-up tuning (Xiong et al. 2020); the
    paper's post-norm is the default."""

    def __init__(self, d_model: int, dropout: float, pre_norm: bool):
        super().__init__()
        self.norm = LayerNorm(d_model)
        self.dropout = Dropout(dropout)
        self.pre_norm = pre_norm

    def forward(self, x: torch.Tensor, sublayer) -> tuple[torch.Tensor, torch.Tensor | None]:
        out, extra = sublayer(self.norm(x) if self.pre_norm else x)
        x = x + self.dropout(out)
        return (x if self.pre_norm else self.norm(x)), extra


class EncoderLayer(nn.Module):
    def __init__(self, config: TransformerConfig):
        super().__init__()
        D = config.d_model
        self.self_attention = MultiHeadAttention(D, config.num_heads, config.attention_dropout)
        self.feed_forward = FeedForward(D, config.d_ff, config.dropout)
        self.attention_residual = Residual(D, config.dropout, config.pre_norm)
        self.feed_forward_residual = Residual(D, config.dropout, config.pre_norm)
        self.silenced = False  # the playground's "what if": the layer computes as usual, its input passes on

    def forward(
        self, x: torch.Tensor, mask: torch.Tensor, need_weights: bool = False
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """x (B, S, D), mask (B, 1, 1, S) -> the new x, and the self-attention weights (B, H, S, S) if asked."""

        def attend(h):
            return self.self_attention(h, *self.self_attention.project_keys_values(h), mask, need_weights=need_weights)

        out, weights = self.attention_residual(x, attend)
        out, _ = self.feed_forward_residual(out, lambda h: (self.feed_forward(h), None))
        return (x if self.silenced else out), weights


class DecoderLayer(nn.Module):
    def __init__(self, config: TransformerConfig):
        super().__init__()
        D = config.d_model
        self.self_attention = MultiHeadAttention(D, config.num_heads, config.attention_dropout)
        self.cross_attention = MultiHeadAttention(D, config.num_heads, config.attention_dropout)
        self.feed_forward = FeedForward(D, config.d_ff, config.dropout)
        self.self_residual = Residual(D, config.dropout, config.pre_norm)
        self.cross_residual = Residual(D, config.dropout, config.pre_norm)
        self.feed_forward_residual = Residual(D, config.dropout, config.pre_norm)
        self.silenced = False  # as EncoderLayer.silenced

    def forward(
        self,
        x: torch.Tensor,
        extend,
        cross_keys: torch.Tensor,
        cross_values: torch.Tensor,
        src_mask: torch.Tensor,
        need_weights: bool = False,
    ) -> tuple[torch.Tensor, tuple[torch.Tensor | None, torch.Tensor | None]]:
        """x (B, t, D): the t newest target positions; extend(keys, values) puts their keys and values (B, H, t,
        Dh) after those of the P positions before them in the cache and returns all P + t of each (the identity
        when training on whole sequences). Returns the new x and, if asked, the weights of the masked
        self-attention (B, H, t, P + t) and of the cross-attention (B, H, t, S)."""

        def attend_to_past(h):
            keys, values = extend(*self.self_attention.project_keys_values(h))  # (B, H, P + t, Dh)
            # Masked self-attention (§3.2.3): position i sees positions <= i only.
            return self.self_attention(h, keys, values, causal=True, need_weights=need_weights)

        def attend_to_source(h):
            return self.cross_attention(h, cross_keys, cross_values, src_mask, need_weights=need_weights)

        out, self_weights = self.self_residual(x, attend_to_past)
        out, cross_weights = self.cross_residual(out, attend_to_source)
        out, _ = self.feed_forward_residual(out, lambda h: (self.feed_forward(h), None))
        return (x if self.silenced else out), (self_weights, cross_weights)


@dataclass
class TransformerState(State):
    cross_keys: list[torch.Tensor] = per_sentence(default_factory=list)  # per layer (B, H, S, Dh), fixed
    cross_values: list[torch.Tensor] = per_sentence(default_factory=list)
    # The self-attention cache: per layer a buffer (B, H, capacity, Dh) whose first P positions hold the keys (and
    # values) of the positions decoded so far; see Transformer.run_decoder_layers for how it grows.
    self_keys: list[torch.Tensor] = field(default_factory=list)
    self_values: list[torch.Tensor] = field(default_factory=list)
    position: int = 0  # P: target positions decoded so far
    written: list[int] = field(default_factory=lambda: [0])  # how far any state has written into these buffers


@dataclass
class DecoderLayers:
    """What the decoder stack hands back: the top layer's x (B, t, D), the new state, and per layer the masked
    self-attention (B, H, t, P + t) and cross-attention (B, H, t, S) weights, None where they were not asked for."""

    x: torch.Tensor
    state: TransformerState
    self_weights: list[torch.Tensor | None] = field(default_factory=list)
    cross_weights: list[torch.Tensor | None] = field(default_factory=list)


class Transformer(Seq2SeqModel):
    cpu_bf16 = True  # see Seq2SeqModel.cpu_bf16

    def __init__(self, config: TransformerConfig, src_vocab_size: int, tgt_vocab_size: int):
        super().__init__()
        if config.share_embeddings and src_vocab_size != tgt_vocab_size:
            raise ValueError(
                "model.share_embeddings needs one vocabulary for both sides: set data.joint_vocab=true "
                "or model.share_embeddings=false"
            )
        self.config = config
        D = config.d_model
        self.src_embedding = nn.Embedding(src_vocab_size, D, padding_idx=PAD)
        self.tgt_embedding = (
            self.src_embedding if config.share_embeddings else nn.Embedding(tgt_vocab_size, D, padding_idx=PAD)
        )
        self.positions = SinusoidalPositions(D, config.max_positions)
        self.use_positions = True  # False only in the playground ("what if there were no positions?")
        self.embedding_dropout = Dropout(config.dropout)
        self.encoder_layers = nn.ModuleList(EncoderLayer(config) for _ in range(config.encoder_layers))
        self.decoder_layers = nn.ModuleList(DecoderLayer(config) for _ in range(config.decoder_layers))
        # With pre-norm the last residual stream is never normalised inside a layer; normalise it once here.
        self.encoder_norm = LayerNorm(D) if config.pre_norm else nn.Identity()
        self.decoder_norm = LayerNorm(D) if config.pre_norm else nn.Identity()
        self.output = nn.Linear(D, tgt_vocab_size, bias=False)
        self.reset_parameters()
        if config.tie_output:
            self.output.weight = self.tgt_embedding.weight

    def reset_parameters(self) -> None:
        """Deviation: the paper does not say how its weights start. Matrices are Xavier-uniform (Glorot & Bengio
        2010, tensor2tensor's default for this model), biases and LayerNorm as torch starts them (0; 1 and 0)."""
        for name, parameter in self.named_parameters():
            if parameter.dim() > 1 and "embedding" not in name:
                nn.init.xavier_uniform_(parameter)
        for embedding in {self.src_embedding, self.tgt_embedding}:
            # Embeddings are multiplied by sqrt(D) (§3.4), so N(0, 1/D) gives inputs of unit scale.
            nn.init.normal_(embedding.weight, std=self.config.d_model**-0.5)
            nn.init.zeros_(embedding.weight[PAD])

    def embed(self, embedding: nn.Embedding, tokens: torch.Tensor, offset: int = 0) -> torch.Tensor:
        """tokens (B, L) -> (B, L, D): embedding * sqrt(D) + positional encoding, then dropout (§3.4, §3.5)."""
        x = embedding(tokens) * math.sqrt(self.config.d_model)
        if not self.use_positions:  # the playground's "what if": no positional encodings
            return self.embedding_dropout(x)
        return self.embedding_dropout(x + self.positions(tokens.size(1), offset).to(x.dtype))

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory:
        """src (B, S) token ids, src_mask (B, S) True at real tokens -> Memory with outputs (B, S, D)."""
        x = self.embed(self.src_embedding, src)
        attention_mask = src_mask[:, None, None, :]  # (B, 1, 1, S)
        for layer in self.encoder_layers:
            x, _ = layer(x, attention_mask)
        return Memory(outputs=self.encoder_norm(x), mask=src_mask)

    def init_state(self, memory: Memory, batch_size: int) -> TransformerState:
        """Project the encoder outputs to each layer's cross-attention keys and values, once per sentence."""
        state = TransformerState()
        B = memory.outputs.size(0)
        for layer in self.decoder_layers:
            keys, values = layer.cross_attention.project_keys_values(memory.outputs)  # (B, H, S, Dh)
            state.cross_keys.append(keys)
            state.cross_values.append(values)
            empty = keys.new_zeros(B, keys.size(1), 0, keys.size(3))
            state.self_keys.append(empty)
            state.self_values.append(empty)
        return state

    def decode(self, tokens: torch.Tensor, state: TransformerState, memory: Memory, need_attention: bool) -> Decoded:
        """tokens (B, t) -> logits (B, t, V), the grown cache, and the last layer's attention over the source
        (B, H, t, S): the alignment we report, as fairseq does."""
        layers = self.run_decoder_layers(tokens, state, memory, need_attention)
        attention = layers.cross_weights[-1] if need_attention else None
        return Decoded(self.output(self.decoder_norm(layers.x)), layers.state, attention)

    def run_decoder_layers(
        self, tokens: torch.Tensor, state: TransformerState, memory: Memory, need_weights: bool, every_layer=False
    ) -> DecoderLayers:
        """The decoder stack over tokens (B, t); weights of the last layer only, or of `every_layer`.

        The cache: a step writes its t new keys and values into each layer's buffer in place, after the P there,
        when the buffer has room and no other step has written past P into it (a State stepped twice, as a
        search branching by hand would); otherwise the first P positions are copied into a buffer at least twice
        as large. Either way a sentence of T tokens costs O(T) copying, where concatenating at every step cost
        O(T^2), and every State still reads exactly its own P + t positions."""
        x = self.embed(self.tgt_embedding, tokens, offset=state.position)  # (B, t, D)
        P, t = state.position, x.size(1)
        capacity = state.self_keys[0].size(2) if state.self_keys else 0
        in_place = P > 0 and state.written[0] == P and capacity >= P + t
        written = state.written if in_place else [0]
        written[0] = P + t
        new_state = TransformerState(state.cross_keys, state.cross_values, [], [], P + t, written)

        def extend(i: int, keys: torch.Tensor, values: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            buffers = []
            for old, new in ((state.self_keys[i], keys), (state.self_values[i], values)):
                if P == 0:  # nothing cached yet (training, or the first step): the new keys are the buffer
                    buffers.append(new)
                    continue
                if not in_place:
                    grown = new.new_empty(new.size(0), new.size(1), max(P + t, 2 * capacity, 16), new.size(3))
                    grown[:, :, :P] = old[:, :, :P]
                    old = grown
                old[:, :, P : P + t] = new
                buffers.append(old)
            new_state.self_keys.append(buffers[0])
            new_state.self_values.append(buffers[1])
            return buffers[0][:, :, : P + t], buffers[1][:, :, : P + t]

        src_mask = memory.mask[:, None, None, :]
        out = DecoderLayers(x, new_state)
        last = len(self.decoder_layers) - 1
        for i, layer in enumerate(self.decoder_layers):
            wanted = need_weights and (every_layer or i == last)
            out.x, (self_weights, cross_weights) = layer(
                out.x, lambda k, v, i=i: extend(i, k, v), state.cross_keys[i], state.cross_values[i], src_mask, wanted
            )
            out.self_weights.append(self_weights)
            out.cross_weights.append(cross_weights)
        return out

    # --------------------------------------------------------------------------- what shared code may ask
    def max_source_length(self) -> int:
        return self.config.max_positions  # the sinusoid table covers positions 0 .. max_positions - 1

    def max_target_length(self) -> int:
        return self.config.max_positions - 1  # BOS and the tokens after it, the last fed once EOS is forced

    @torch.no_grad()
    def attention_maps(self, src: torch.Tensor, src_mask: torch.Tensor, tgt_in: torch.Tensor) -> dict:
        """Every layer's and head's weights, (L, B, H, queries, keys): "encoder" self-attention (S x S), "decoder"
        masked self-attention (T x T) and "cross" attention over the source (T x S)."""
        x = self.embed(self.src_embedding, src)
        encoder = []
        for layer in self.encoder_layers:
            x, weights = layer(x, src_mask[:, None, None, :], need_weights=True)
            encoder.append(weights)
        memory = Memory(outputs=self.encoder_norm(x), mask=src_mask)
        layers = self.run_decoder_layers(tgt_in, self.init_state(memory, src.size(0)), memory, True, every_layer=True)
        maps = {"encoder": encoder, "decoder": layers.self_weights, "cross": layers.cross_weights}
        return {kind: torch.stack(weights).float() for kind, weights in maps.items()}
