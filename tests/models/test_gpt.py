"""The decoder-only model: the interface checks, its masks (causal, or a prefix LM's), weight tying, and that it
learns a toy task as conditional generation."""

import pytest
import torch
from interface_checks import assert_decoding_equals_forward, assert_padding_changes_nothing, reverse_accuracy
from interface_checks import padded_batch as shared_batch

from landmark.models.gpt import GPT, GPTConfig

V = 23


def tiny_model(prefix_lm=False, positions="learned", seed=0):
    torch.manual_seed(seed)
    config = GPTConfig(num_layers=2, d_model=32, num_heads=4, d_ff=64, dropout=0.0, positions=positions,
                       max_positions=64, prefix_lm=prefix_lm)  # fmt: skip
    return GPT(config, V, V).eval()


def padded_batch():
    return shared_batch(V, lengths=(5, 8, 9), target_length=7)


@pytest.mark.parametrize("prefix_lm", [False, True])
@pytest.mark.parametrize("positions", ["learned", "sinusoidal"])
def test_step_by_step_decoding_and_prefill_equal_teacher_forced_forward(prefix_lm, positions):
    assert_decoding_equals_forward(tiny_model(prefix_lm, positions), *padded_batch())


@pytest.mark.parametrize("prefix_lm", [False, True])
def test_a_sentence_alone_scores_as_it_does_in_a_padded_batch(prefix_lm):
    assert_padding_changes_nothing(tiny_model(prefix_lm), *padded_batch())


@torch.no_grad()
def test_a_causal_prompt_never_reads_ahead_and_a_prefix_lm_s_does():
    src, src_mask, _ = padded_batch()
    changed = src.clone()
    changed[:, 3] = (changed[:, 3] + 1 - 4) % (V - 4) + 4  # another real token at position 3
    for prefix_lm in (False, True):
        model = tiny_model(prefix_lm)
        before = model.encode(src, src_mask).outputs[:, :3]
        after = model.encode(changed, src_mask).outputs[:, :3]
        assert torch.allclose(before, after) != prefix_lm  # only a prefix LM's first positions see position 3


@torch.no_grad()
def test_with_sinusoidal_positions_the_tokens_are_not_drowned_by_the_table():
    """The table's entries are of unit scale: tokens at GPT-2's N(0, 0.02) beside it would barely be seen (BERT's
    cpu run stalled so); with sinusoidal positions the token part is scaled as vaswani2017's, of the same order."""
    model = tiny_model(positions="sinusoidal")
    tokens = torch.arange(4, V)[None]
    positions = torch.zeros_like(tokens)  # one position for all: what differs between rows is the token
    rows = model.embed(tokens, positions)
    token_part = rows - model.positions.table[0]
    ratio = token_part.norm(dim=-1).mean() / model.positions.table[0].norm()
    assert 0.5 < ratio < 2, ratio


def test_the_output_projection_is_the_token_embedding_and_vocabularies_must_be_one():
    model = tiny_model()
    assert model.output.weight is model.embedding.weight
    with pytest.raises(ValueError, match="joint_vocab"):
        GPT(GPTConfig(num_layers=1, d_model=8, num_heads=2, d_ff=8), 10, 12)


def test_tiny_gpt_learns_to_reverse_sequences_by_conditional_generation(tmp_path):
    """Measured on one thread (two cores shared with training runs): about 50 s; the same number of steps took
    the encoder-decoder vaswani2017-tiny further (a decoder-only model must learn to read its prompt too). At 600
    steps seeds 1-3 reached 0.48 to 0.83, and a change of float rounding alone moved seed 1 from 0.66 to 0.48; at
    800 steps they reach 0.74, 0.79 and 0.86."""
    accuracy = reverse_accuracy("gpt-tiny", tmp_path, 800)
    assert accuracy >= 0.5, accuracy


def what_if_model(**changes):
    torch.manual_seed(0)
    config = GPTConfig(num_layers=2, d_model=32, num_heads=4, d_ff=64, dropout=0.0, max_positions=64, **changes)
    return GPT(config, V, V).eval()


@torch.no_grad()
def test_the_what_if_masks_are_the_patterns_they_name_in_the_model_s_own_attention_maps():
    src, src_mask, tgt = padded_batch()
    S, T = src.size(1), tgt.size(1)
    for mask, hidden in (
        ("causal", torch.ones(T, T, dtype=torch.bool).triu(diagonal=1)),  # the future
        ("flipped", torch.ones(T, T, dtype=torch.bool).tril(diagonal=-1)),  # the past: lower-left
        ("none", torch.zeros(T, T, dtype=torch.bool)),  # nothing
    ):
        maps = what_if_model(attention_mask=mask).attention_maps(src, src_mask, tgt)["decoder"]  # (L, B, H, S+T, S+T)
        among_targets = maps[..., S:, S:]
        assert (among_targets[..., hidden] == 0).all() and (among_targets[..., ~hidden] > 0).all(), mask
    prefix = what_if_model(prefix_lm=True).attention_maps(src, src_mask, tgt)["decoder"][:, 2, :, :9, :9]
    assert (prefix > 0).all()  # a prefix LM's source (the third sentence: 9 real tokens) sees itself both ways
    causal = what_if_model().attention_maps(src, src_mask, tgt)["decoder"][:, 2, :, :9, :9]
    assert (causal[..., torch.ones(9, 9, dtype=torch.bool).triu(diagonal=1)] == 0).all()


@torch.no_grad()
def test_without_a_mask_a_target_position_reads_the_token_it_must_predict():
    src, src_mask, tgt = padded_batch()
    changed = tgt.clone()
    changed[:, 4] = (changed[:, 4] + 1 - 4) % (V - 4) + 4
    for mask, sees_ahead in (("causal", False), ("none", True), ("flipped", True)):
        model = what_if_model(attention_mask=mask)
        before, after = model(src, src_mask, tgt)[:, 3], model(src, src_mask, changed)[:, 3]
        assert (not torch.allclose(before, after)) == sees_ahead, mask


@torch.no_grad()
def test_unscaled_and_squared_scores_change_the_weights_and_nothing_else():
    src, src_mask, tgt = padded_batch()
    paper = what_if_model().attention_maps(src, src_mask, tgt)["decoder"]
    for score in ("unscaled", "squared"):
        other = what_if_model(attention_score=score).attention_maps(src, src_mask, tgt)["decoder"]
        assert other.shape == paper.shape and not torch.allclose(other, paper)
        assert ((other > 0) == (paper > 0)).all()  # the same keys are seen
    with pytest.raises(ValueError, match="attention_score"):
        what_if_model(attention_score="cubed")


@torch.no_grad()
def test_conditional_generation_is_one_causal_pass_over_source_and_target_scored_on_the_target_only():
    """What the trainer's loss sees (model(src, src_mask, tgt_in)) equals a plain language model's logits over the
    single sequence `source target`, read at the target positions: the source positions are never scored."""
    model = tiny_model()
    src = torch.tensor([[5, 9, 7, 3]])  # a source and its EOS (the separator)
    tgt_in = torch.tensor([[2, 11, 6, 8]])  # BOS y1 y2 y3
    sequence = torch.cat([src, tgt_in], dim=1)
    L = sequence.size(1)
    x = model.embed(sequence, torch.arange(L)[None])
    causal = torch.ones(L, L, dtype=torch.bool).tril()[None, None]
    for block in model.blocks:
        x, _, _, _ = block(x, None, None, causal)
    whole = model.output(model.final_norm(x))  # (1, L, V): one LM pass over everything
    torch.testing.assert_close(model(src, src != 0, tgt_in), whole[:, src.size(1) :], atol=1e-5, rtol=1e-5)
