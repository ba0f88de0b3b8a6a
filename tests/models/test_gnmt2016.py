"""GNMT (Wu et al. 2016): the interface checks, the shape of its stacks, its residual connections, and that the toy
preset learns; the length and coverage penalties against values computed by hand are in tests/decode."""

import pytest
import torch
from interface_checks import assert_decoding_equals_forward, assert_padding_changes_nothing, reverse_accuracy
from interface_checks import padded_batch as shared_batch

from landmark.models.gnmt2016 import GNMT, GNMTConfig

V = 23


def tiny_model(residual=True, layers=4, seed=0):
    torch.manual_seed(seed)
    config = GNMTConfig(encoder_layers=layers, decoder_layers=layers, hidden_size=16, embedding_size=12,
                        dropout=0.0, residual=residual, init_range=0.2)  # fmt: skip
    return GNMT(config, V, V).eval()


def padded_batch():
    return shared_batch(V, lengths=(5, 8, 9), target_length=7)


@pytest.mark.parametrize("residual", [True, False])
def test_step_by_step_decoding_and_prefill_equal_teacher_forced_forward(residual):
    assert_decoding_equals_forward(tiny_model(residual), *padded_batch())


def test_a_sentence_alone_scores_as_it_does_in_a_padded_batch():
    assert_padding_changes_nothing(tiny_model(), *padded_batch())


def test_the_bottom_encoder_layer_alone_reads_both_ways_and_residuals_start_at_the_third_layer():
    model = tiny_model(layers=4)
    assert model.encoder_bottom.bidirectional and not model.encoder_top.bidirectional
    assert len(model.encoder_top.forward_layers) == 3  # 1 bidirectional + 3 above = 4 encoder layers
    assert model.encoder_top.forward_layers[0].cell.weight_ih.shape[1] == 2 * 16  # it reads [fwd ; bwd]
    assert model.encoder_top.residual_from == 1  # index 1 of the stack above = the third layer overall
    # The residual and the plain model have the same parameters: residual connections add none.
    assert sum(p.numel() for p in model.parameters()) == sum(p.numel() for p in tiny_model(False).parameters())
    # With residuals the third decoder layer's output differs from its LSTM's own h by exactly its input.
    src, src_mask, tgt = padded_batch()
    memory = model.encode(src, src_mask)
    top, state, _ = model.step(tgt[:, 0], model.init_state(memory, src.size(0)), memory)
    assert torch.allclose(top, state.layers[3][0] + state.layers[2][0] + state.layers[1][0], atol=1e-6)


def test_every_decoder_layer_reads_the_context_from_the_bottom_layer_s_last_output():
    model = tiny_model()
    src, src_mask, tgt = padded_batch()
    memory = model.encode(src, src_mask)
    state = model.init_state(memory, src.size(0))
    _, state, _ = model.step(tgt[:, 0], state, memory)
    # Change the state of every layer but the bottom one: the next step's attention must not move.
    changed = type(state)([state.layers[0], *[(h + 1.0, c) for h, c in state.layers[1:]]], state.projected_keys)
    _, _, weights = model.step(tgt[:, 1], state, memory)
    _, _, same = model.step(tgt[:, 1], changed, memory)
    assert torch.allclose(weights, same)
    assert all(cell.weight_ih.shape[1] == (12 if i == 0 else 16) + 16 for i, cell in enumerate(model.decoder))


def test_tiny_gnmt_learns_to_reverse_sequences(tmp_path):
    """Measured on one thread (two cores shared with training runs): about 15 s, val BLEU 96."""
    accuracy = reverse_accuracy("gnmt2016-tiny", tmp_path, 300)
    assert accuracy >= 0.5, accuracy
