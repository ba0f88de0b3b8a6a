import pytest
import torch
from interface_checks import assert_decoding_equals_forward, assert_padding_changes_nothing
from interface_checks import padded_batch as shared_batch

from landmark.models.vaswani2017 import Transformer, TransformerConfig
from landmark.tokens import EOS, PAD


def tiny_model(pre_norm=False, share=True, V=37):
    torch.manual_seed(0)
    config = TransformerConfig(
        encoder_layers=2,
        decoder_layers=2,
        d_model=32,
        num_heads=4,
        d_ff=64,
        dropout=0.0,
        pre_norm=pre_norm,
        share_embeddings=share,
    )
    return Transformer(config, V, V).eval()


def padded_batch():
    return shared_batch(37)


@pytest.mark.parametrize("pre_norm", [False, True])
def test_cached_step_by_step_and_prefilled_decoding_equal_teacher_forced_forward(pre_norm):
    assert_decoding_equals_forward(tiny_model(pre_norm), *padded_batch())


@pytest.mark.parametrize("pre_norm", [False, True])
def test_padding_does_not_change_a_sentence_s_translation_scores(pre_norm):
    assert_padding_changes_nothing(tiny_model(pre_norm), *padded_batch())


def test_attention_weights_sum_to_one_and_ignore_source_padding():
    model = tiny_model()
    src, src_mask, tgt = padded_batch()
    with torch.no_grad():
        memory = model.encode(src, src_mask)
        out = model.decode_step(tgt[:, :3], model.init_state(memory, 3), memory)
    weights = out.attention  # (B, H, t, S)
    assert weights.shape == (3, 4, 3, 8)
    torch.testing.assert_close(weights.sum(-1), torch.ones(3, 4, 3))
    assert weights[0, :, :, 5:].abs().max() == 0


def test_state_reorder_selects_rows_of_every_cached_tensor():
    model = tiny_model()
    src, src_mask, tgt = padded_batch()
    with torch.no_grad():
        memory = model.encode(src, src_mask)
        state = model.decode_step(tgt[:, :2], model.init_state(memory, 3), memory).state
        index = torch.tensor([2, 2, 0])
        moved = state.reorder(index)
        continued = model.decode_step(tgt[index, 2:3], moved, memory.reorder(index))
        direct = model(src[index], src_mask[index], tgt[index, :3])
    torch.testing.assert_close(continued.log_probs[:, 0], torch.log_softmax(direct[:, 2], -1), atol=1e-5, rtol=1e-5)
    assert moved.position == state.position == 2


def test_tied_output_is_the_embedding_and_shared_embeddings_need_one_vocabulary():
    model = tiny_model()
    assert model.output.weight is model.tgt_embedding.weight is model.src_embedding.weight
    with pytest.raises(ValueError, match="joint_vocab"):
        Transformer(TransformerConfig(d_model=32, num_heads=4), 30, 40)
    assert EOS != PAD
