"""What shared code may ask of every model in the registry, and that search drives a model without an encoder."""

from dataclasses import dataclass

import pytest
import torch
from interface_checks import padded_batch
from torch import nn

from landmark.config import DecodeOptions, load_config
from landmark.decode.search import beam_search, greedy_search
from landmark.models import GENERATORS, MODELS, build_model
from landmark.models.base import Decoded, Seq2SeqModel, State
from landmark.tokens import BOS

V = 20


def tiny(arch: str) -> Seq2SeqModel:
    torch.manual_seed(0)
    return build_model(load_config(f"{arch}-tiny").model, V, V).eval()


@pytest.mark.parametrize("arch", list(MODELS))
def test_every_model_summarises_a_sentence_as_one_vector_whatever_its_padding(arch):
    model = tiny(arch)
    src, src_mask, _ = padded_batch(V)
    with torch.no_grad():
        batched = model.sentence_summary(model.encode(src, src_mask))  # (B, D)
        assert batched.dim() == 2 and batched.size(0) == src.size(0) and torch.isfinite(batched).all()
        for row, length in enumerate(src_mask.sum(1).tolist()):
            alone = model.sentence_summary(model.encode(src[row : row + 1, :length], src_mask[row : row + 1, :length]))
            torch.testing.assert_close(alone[0], batched[row], atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("arch", GENERATORS)
def test_every_model_s_attention_maps_are_the_alignment_its_decoder_reports(arch):
    model = tiny(arch)
    src, src_mask, tgt = padded_batch(V)
    maps = model.attention_maps(src, src_mask, tgt)
    with torch.no_grad():
        memory = model.encode(src, src_mask)
        reported = model.decode(tgt, model.init_state(memory, src.size(0)), memory, need_attention=True).attention
    if reported is None:  # no attention (Cho, Sutskever): nothing to draw
        assert maps == {}
        return
    cross = maps["cross"]  # (L, B, H, T, S)
    assert cross.dim() == 5 and cross.shape[1] == src.size(0) and cross.shape[3:] == (tgt.size(1), src.size(1))
    reported = reported if reported.dim() == 4 else reported[:, None]
    torch.testing.assert_close(cross[-1], reported.float())  # the last layer is the alignment search reports
    assert (cross[..., ~src_mask[0]][:, 0] == 0).all()  # no weight on the first sentence's padding


def test_the_transformer_shows_every_layer_and_head_and_its_decoder_never_looks_ahead():
    model = tiny("vaswani2017")
    src, src_mask, tgt = padded_batch(V)
    maps = model.attention_maps(src, src_mask, tgt)
    L, H = model.config.encoder_layers, model.config.num_heads
    B, S, T = src.size(0), src.size(1), tgt.size(1)
    assert maps["encoder"].shape == (L, B, H, S, S)
    assert maps["decoder"].shape == (model.config.decoder_layers, B, H, T, T)
    assert maps["cross"].shape == (model.config.decoder_layers, B, H, T, S)
    for kind in maps:
        torch.testing.assert_close(maps[kind].sum(-1), torch.ones(maps[kind].shape[:-1]))
    future = torch.ones(T, T, dtype=torch.bool).triu(diagonal=1)
    assert (maps["decoder"][..., future] == 0).all()
    assert model.max_source_length() == model.config.max_positions


@dataclass
class CountingState(State):
    last: torch.Tensor  # (B,) the newest token


class BigramModel(Seq2SeqModel):
    """A decoder-only toy: no encoder (encode returns None), the next token depends on the last one only."""

    def __init__(self):
        super().__init__()
        self.table = nn.Embedding(V, V)

    def encode(self, src, src_mask):
        return None

    def init_state(self, memory, batch_size):
        return CountingState(last=torch.full((batch_size,), BOS))

    def decode(self, tokens, state, memory, need_attention):
        return Decoded(self.table(tokens), CountingState(last=tokens[:, -1]))


@pytest.mark.parametrize("search", [greedy_search, beam_search])
def test_search_drives_a_model_without_an_encoder(search):
    torch.manual_seed(0)
    model = BigramModel().eval()
    src, src_mask, _ = padded_batch(V)
    hypotheses = search(
        model, src, src_mask, DecodeOptions(beam_size=3, max_len_a=0.0, max_len_b=5, return_attention=True)
    )
    assert len(hypotheses) == src.size(0)
    for sentence in hypotheses:  # no source to condition on: every sentence gets the same best output
        assert sentence[0].tokens == hypotheses[0][0].tokens and sentence[0].attention is None


@pytest.mark.parametrize("arch", GENERATORS)
def test_a_state_stepped_twice_gives_each_continuation_its_own_past(arch):
    """Search consumes each State once, but a caller may branch by hand (two tokens tried from one state). The
    Transformer's cache writes in place where it can: the second branch must not see the first one's keys."""
    model = tiny(arch)
    src, src_mask, _ = padded_batch(V)
    memory = model.encode(src, src_mask)
    state = model.init_state(memory, src.size(0))
    with torch.no_grad():
        for token in (BOS, 6, 7):  # a prefix long enough for the cache to hold several positions
            state = model.decode_step(torch.full((src.size(0), 1), token), state, memory).state
        # Both branches step from the same state before either goes on.
        stepped = {first: model.decode_step(torch.full((src.size(0), 1), first), state, memory) for first in (8, 9)}
        branches = {
            first: model.decode_step(torch.full((src.size(0), 1), 10), out.state, memory).log_probs
            for first, out in stepped.items()
        }
        for first, log_probs in branches.items():
            tgt_in = torch.tensor([[BOS, 6, 7, first, 10]]).expand(src.size(0), -1)
            expected = model(src, src_mask, tgt_in).log_softmax(-1)[:, -1:]
            assert torch.allclose(log_probs, expected, atol=1e-5), first
