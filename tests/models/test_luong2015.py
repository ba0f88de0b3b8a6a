import itertools
import json

import pytest
import torch
from interface_checks import assert_decoding_equals_forward, assert_padding_changes_nothing, decode_in_chunks
from interface_checks import padded_batch as shared_batch

from landmark.config import load_config
from landmark.models.luong2015 import Luong, LuongConfig
from landmark.tokens import PAD
from landmark.train.trainer import Trainer
from landmark.translator import Translator

SCORES = ("dot", "general", "concat")
LOCAL = ("none", "monotonic", "predictive")
WINDOW = 2  # small enough that the sentences below (up to 9 tokens) stick out of it


def tiny_model(score="general", local="none", input_feeding=True, reverse_source=True, V=23):
    torch.manual_seed(0)
    config = LuongConfig(
        num_layers=2,
        hidden_size=16,
        embedding_size=12,
        dropout=0.0,
        attention_score=score,
        attention_local=local,
        window=WINDOW,
        input_feeding=input_feeding,
        reverse_source=reverse_source,
    )
    return Luong(config, V, V).eval()


ALL = list(itertools.product(SCORES, LOCAL, [True, False]))
NAMES = [f"{score}-{local}-{'feed' if feed else 'nofeed'}" for score, local, feed in ALL]


def padded_batch():
    return shared_batch(23, lengths=(5, 8, 9), target_length=7)


def step_by_step(model, src, src_mask, tgt, sizes):
    """Decode tgt in chunks of the given sizes; returns log-probs (B, T, V) and attention (B, T, S)."""
    log_probs, attention, state = decode_in_chunks(model, src, src_mask, tgt, sizes)
    assert state.step == tgt.size(1)
    return log_probs, torch.cat(attention, dim=1)


@pytest.mark.parametrize(("score", "local", "input_feeding"), ALL, ids=NAMES)
def test_step_by_step_decoding_and_prefill_equal_teacher_forced_forward(score, local, input_feeding):
    assert_decoding_equals_forward(tiny_model(score, local, input_feeding), *padded_batch())


@pytest.mark.parametrize(("local", "reverse_source"), [("none", True), ("predictive", True), ("monotonic", False)])
def test_a_sentence_alone_scores_as_it_does_in_a_padded_batch(local, reverse_source):
    assert_padding_changes_nothing(tiny_model("concat", local, reverse_source=reverse_source), *padded_batch())


@pytest.mark.parametrize("score", SCORES)
def test_global_attention_weights_sum_to_one_and_ignore_source_padding(score):
    model = tiny_model(score, "none")
    src, src_mask, tgt = padded_batch()
    with torch.no_grad():
        _, weights = step_by_step(model, src, src_mask, tgt, [tgt.size(1)])
    assert weights.shape == (3, 7, 9)
    torch.testing.assert_close(weights.sum(-1), torch.ones(3, 7))
    assert weights[0, :, 5:].abs().max() == 0 and weights[1, :, 8:].abs().max() == 0


def local_and_global_weights(score, local):
    """Decode with local attention and, on the same weights, with global attention. Returns the local weights
    (B, T, S), the global ones (B, T, S), the source mask and the aligned positions p_t (B, T) local attention used."""
    local_model = tiny_model(score, local)
    global_model = tiny_model(score, "none")
    global_model.load_state_dict(local_model.state_dict(), strict=False)  # local-p's v_p and W_p stay out
    src, src_mask, tgt = padded_batch()
    lengths = src_mask.sum(1, keepdim=True).float()  # (B, 1)
    predicted = []
    if local == "predictive":  # record v_p^T tanh(W_p h_t) to recover p_t = S sigmoid(...) (eq. 9)
        local_model.attention.position.register_forward_hook(lambda module, args, out: predicted.append(out))
    with torch.no_grad():
        _, local_weights = step_by_step(local_model, src, src_mask, tgt, [1] * tgt.size(1))
        _, global_weights = step_by_step(global_model, src, src_mask, tgt, [1] * tgt.size(1))
    if local == "predictive":
        centres = lengths * torch.sigmoid(torch.cat(predicted, dim=1))
    else:  # p_t = t, held at the last source word once t passes it
        centres = torch.arange(tgt.size(1)).float()[None, :].minimum(lengths - 1)
    return local_weights, global_weights, src_mask, centres


@pytest.mark.parametrize(("score", "local"), list(itertools.product(SCORES, ["monotonic", "predictive"])))
def test_local_weights_are_the_window_softmax_times_a_gaussian_and_zero_elsewhere(score, local):
    local_weights, global_weights, src_mask, centres = local_and_global_weights(score, local)
    distance = torch.arange(local_weights.size(2)).float()[None, None, :] - centres[:, :, None]  # s - p_t (B, T, S)
    window = (distance.abs() <= WINDOW) & src_mask[:, None, :]  # [p_t - D, p_t + D] on real tokens
    assert local_weights[~window].abs().max() == 0  # nothing outside the window or on padding
    restricted = global_weights * window
    restricted = restricted / restricted.sum(-1, keepdim=True)  # the global softmax restricted to the window
    assert bool((local_weights <= restricted + 1e-6).all())
    sigma = WINDOW / 2
    torch.testing.assert_close(local_weights, restricted * torch.exp(-(distance**2) / (2 * sigma**2)))  # eq. (10)
    totals = local_weights.sum(-1)  # not renormalised after the Gaussian, as in the paper
    assert bool((totals <= 1 + 1e-6).all()) and bool((totals < 0.99).any())


def test_state_reorder_selects_rows_and_keeps_the_step():
    model = tiny_model("general", "predictive")
    src, src_mask, tgt = padded_batch()
    with torch.no_grad():
        memory = model.encode(src, src_mask)
        state = model.decode_step(tgt[:, :3], model.init_state(memory, 3), memory).state
        index = torch.tensor([2, 2, 0])
        moved = state.reorder(index)
        continued = model.decode_step(tgt[index, 3:4], moved, memory.reorder(index))
        direct = model(src[index], src_mask[index], tgt[index, :4])
    torch.testing.assert_close(continued.log_probs[:, 0], torch.log_softmax(direct[:, 3], -1), atol=1e-5, rtol=1e-5)
    assert moved.step == state.step == 3


def test_parameters_start_uniform_in_the_init_range_and_bad_options_are_named():
    model = tiny_model()
    for name, parameter in model.named_parameters():
        assert parameter.abs().max() <= 0.1, name
    assert model.tgt_embedding.weight[PAD].abs().max() == 0
    with pytest.raises(ValueError, match="model.attention_score"):
        Luong(LuongConfig(hidden_size=8, embedding_size=8, attention_score="location"), 10, 10)
    with pytest.raises(ValueError, match="model.attention_local"):
        Luong(LuongConfig(hidden_size=8, embedding_size=8, attention_local="gaussian"), 10, 10)


def test_tiny_luong_model_learns_to_reverse_sequences(tmp_path):
    """The small preset's model (local-p, general score, input feeding, reversed source) at toy size.
    Measured on 1 CPU thread, seeds 1-3 (~20-30 s): the loss falls from ~2.6 to 0.07-0.17 in 300 steps, val BLEU 95-100,
    and every one of the six inputs below comes out exactly reversed."""
    config = load_config(
        "luong2015-tiny",
        [
            "model.hidden_size=64",
            "model.embedding_size=32",
            "model.dropout=0.0",
            # At width 64, U(-0.1, 0.1) gives pre-activations ~4x smaller than at the paper's 1000 cells, and the
            # loss then sits on a plateau for ~600 steps; 0.3 keeps the paper's scale at this width.
            "model.init_range=0.3",
            "data.corpus=toy:reverse",
            "data.pair=src-tgt",
            "data.vocab=word",
            "data.vocab_size=100",
            "train.batch_tokens=1024",
            "train.lr=0.005",
            "train.warmup_steps=10",
            "train.max_minutes=0",
            "train.patience=0",
            "train.max_steps=300",
            "train.eval_every=300",
            "train.eval_sentences=60",
            # The toy model is small and its decoder a Python loop over steps: one thread is as fast as two, and
            # does not slow tenfold when other work shares the cores (measured: 28 s vs 227 s under load 4.5).
            "train.num_threads=1",
            "decode.beam_size=4",  # the translations below go through beam search and State.reorder
        ],
    )
    summary = Trainer(config, tmp_path, progress=False).fit()
    lines = (tmp_path / "metrics.jsonl").read_text().splitlines()
    losses = {r["step"]: r["loss"] for r in map(json.loads, lines) if r["type"] == "train"}
    assert losses[max(losses)] < losses[min(losses)] / 8, losses
    sources = ["a b c d e", "h g f e d", "p p a c c", "j k l m n", "b a", "m n o p a b c d"]
    outputs = [t.text for t in Translator(tmp_path, "last").translate(sources)]
    expected = [" ".join(reversed(s.split())) for s in sources]
    exact = sum(o == e for o, e in zip(outputs, expected, strict=True))
    assert exact >= 5, list(zip(outputs, expected, strict=True))
    assert summary["best_val_bleu"] > 90
