"""An encoder-only Transformer trained by masked language modelling (Devlin et al. 2019, BERT: Pre-training of Deep
Bidirectional Transformers for Language Understanding, NAACL), from the same blocks as `gpt`: token and learned
position embeddings, N pre-norm blocks whose self-attention sees the whole sentence both ways, a final LayerNorm,
and the masked-LM head of §3.1 / Appendix A.1 (a dense layer, GELU, LayerNorm, then the output projection tied to
the token embeddings).

Training (`data.objective=mlm`, landmark.data.masking): 15% of each sentence's tokens are chosen; of those 80%
become the mask token, 10% a random token and 10% stay; the loss falls on the chosen positions only (§3.1, "Task
#1: Masked LM"). Deviations: no next-sentence prediction and no segment embeddings (RoBERTa, Liu et al. 2019,
found NSP unnecessary); pre-norm blocks as GPT-2's, not the paper's post-norm, so that BERT and GPT here differ
in their attention mask and their objective only.

BERT does not generate: it keeps the one interface's `encode` (so sentence maps and attention maps read it as
they read every encoder) and `forward`, which returns a prediction for every input position; `decode` refuses.
`landmark fill-mask` is how a run is used.

Legend: B batch, S sentence length, D width, V vocabulary.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from landmark.models.base import Decoded, Memory, Seq2SeqModel, State
from landmark.models.gpt import Block
from landmark.models.vaswani2017 import Transformer
from landmark.nn.dropout import Dropout
from landmark.nn.norm import LayerNorm
from landmark.nn.positional import SinusoidalPositions
from landmark.tokens import PAD


@dataclass(frozen=True)
class BERTConfig:
    num_layers: int = 12  # BERT-base: L = 12 (§3)
    d_model: int = 768  # H = 768
    num_heads: int = 12  # A = 12
    d_ff: int = 3072  # 4H
    dropout: float = 0.1  # on every layer (Appendix A.2)
    # 'learned' (BERT, §3.1) or 'sinusoidal' (so that its encoder can start a vaswani2017): then the token embeddings
    # are scaled as vaswani2017's (N(0, 1/D), times sqrt(D)), so that they are not drowned by the unit-scale table
    positions: str = "learned"
    max_positions: int = 512


class BERT(Seq2SeqModel):
    cpu_bf16 = True  # see Seq2SeqModel.cpu_bf16
    generates = False  # search, translate and serve refuse it: `landmark fill-mask` reads it

    def __init__(self, config: BERTConfig, src_vocab_size: int, tgt_vocab_size: int):
        super().__init__()
        if src_vocab_size != tgt_vocab_size:
            raise ValueError("a masked language model reads and predicts one vocabulary: set data.joint_vocab=true")
        if config.positions not in ("learned", "sinusoidal"):
            raise ValueError(f"model.positions is {config.positions!r}; valid: learned, sinusoidal")
        self.config = config
        D = config.d_model
        self.embedding = nn.Embedding(tgt_vocab_size, D, padding_idx=PAD)
        if config.positions == "learned":
            self.positions = nn.Embedding(config.max_positions, D)
        else:
            self.positions = SinusoidalPositions(D, config.max_positions)
        self.embedding_dropout = Dropout(config.dropout)
        # GPT's block: what makes it BERT's is the mask handed to it (every real token, both ways).
        self.blocks = nn.ModuleList(Block(config) for _ in range(config.num_layers))
        self.final_norm = LayerNorm(D)
        self.head = nn.Sequential(nn.Linear(D, D), nn.GELU(), LayerNorm(D))  # the masked-LM transform
        self.output = nn.Linear(D, tgt_vocab_size)
        self.reset_parameters()
        self.output.weight = self.embedding.weight  # tied to the input embeddings, with its own bias

    def reset_parameters(self) -> None:
        """BERT's initialisation (its released code): weights N(0, 0.02^2) (Appendix A.2 does not say), biases 0."""
        for parameter in self.parameters():
            if parameter.dim() > 1:
                nn.init.normal_(parameter, std=0.02)
        if self.config.positions == "sinusoidal":
            nn.init.normal_(self.embedding.weight, std=self.config.d_model**-0.5)
        nn.init.zeros_(self.output.bias)
        nn.init.zeros_(self.embedding.weight[PAD])

    def embed(self, src: torch.Tensor) -> torch.Tensor:
        """src (B, S) -> token + position embeddings (B, S, D), before dropout."""
        if isinstance(self.positions, SinusoidalPositions):  # vaswani2017's input: embedding * sqrt(D) + table
            x = self.embedding(src) * math.sqrt(self.config.d_model)
            return x + self.positions(src.size(1)).to(x.dtype)
        return self.embedding(src) + self.positions(torch.arange(src.size(1), device=src.device).expand_as(src))

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> Memory:
        """src (B, S) with some tokens masked, src_mask (B, S) True at real tokens -> outputs (B, S, D)."""
        x = self.embedding_dropout(self.embed(src))
        mask = src_mask[:, None, None, :]  # (B, 1, 1, S): every query sees every real token, before and after it
        for block in self.blocks:
            x, _, _, _ = block(x, None, None, mask)
        return Memory(outputs=self.final_norm(x), mask=src_mask)

    def forward(self, src: torch.Tensor, src_mask: torch.Tensor, tgt_in=None, target_vocab=None) -> torch.Tensor:
        """Logits (B, S, V) of the token at every input position (the trainer scores the masked ones only)."""
        if target_vocab is not None:
            raise ValueError("bert trains with the full softmax: drop train.sampled_vocab")
        return self.output(self.head(self.encode(src, src_mask).outputs))

    def init_state(self, memory: Memory | None, batch_size: int) -> State:
        return State()

    def decode(self, tokens, state, memory, need_attention) -> Decoded:
        raise TypeError("BERT fills masks; it does not generate (use `landmark fill-mask`)")

    def max_source_length(self) -> int:
        return self.config.max_positions

    @torch.no_grad()
    def attention_maps(self, src: torch.Tensor, src_mask: torch.Tensor, tgt_in: torch.Tensor) -> dict:
        """Every block's and head's self-attention, (layers, B, H, S, S), as {"encoder": ...}."""
        x = self.embed(src)
        maps = []
        for block in self.blocks:
            x, _, _, weights = block(x, None, None, src_mask[:, None, None, :], need_weights=True)
            maps.append(weights.float())
        return {"encoder": torch.stack(maps)}


def fill_mask_log_probs(model: BERT, src: torch.Tensor, src_mask: torch.Tensor) -> torch.Tensor:
    """log P(token at each position | the whole masked sentence), (B, S, V) float32."""
    return F.log_softmax(model(src, src_mask).float(), dim=-1)


@torch.no_grad()
def transplant_encoder(bert: BERT, transformer: Transformer) -> None:
    """Start `transformer`'s encoder from `bert`'s (a pretrained encoder for translation, Devlin et al. §5 as
    fine-tuning; Rothe et al. 2020 for NMT): token embeddings, every block, the final LayerNorm. Afterwards the
    transformer's `encode` computes what bert's does. With shared embeddings the decoder's input embeddings and
    its tied output projection start from bert's embeddings too; the decoder's layers keep their own start.

    Needs a pre-norm vaswani2017 (BERT's blocks are pre-norm) of the same width, heads, feed-forward width and
    encoder depth, and a bert with sinusoidal positions (vaswani2017 has no learned ones)."""
    b, t = bert.config, transformer.config
    wanted = {
        "positions": (b.positions, "sinusoidal"),
        "pre_norm": (t.pre_norm, True),
        "d_model": (t.d_model, b.d_model),
        "num_heads": (t.num_heads, b.num_heads),
        "d_ff": (t.d_ff, b.d_ff),
        "encoder_layers": (t.encoder_layers, b.num_layers),
        "vocabulary": (transformer.src_embedding.num_embeddings, bert.embedding.num_embeddings),
    }
    wrong = [f"{name} is {have!r}, needs {need!r}" for name, (have, need) in wanted.items() if have != need]
    if wrong:
        raise ValueError("cannot start this encoder from the bert run: " + "; ".join(wrong))
    # Both multiply the embeddings by sqrt(D) (§3.4) before adding the sinusoidal table.
    transformer.src_embedding.weight.copy_(bert.embedding.weight)
    for block, layer in zip(bert.blocks, transformer.encoder_layers, strict=True):
        layer.self_attention.load_state_dict(block.attention.state_dict())
        layer.feed_forward.load_state_dict(block.feed_forward.state_dict())
        layer.attention_residual.norm.load_state_dict(block.attention_norm.state_dict())
        layer.feed_forward_residual.norm.load_state_dict(block.feed_forward_norm.state_dict())
    transformer.encoder_norm.load_state_dict(bert.final_norm.state_dict())
