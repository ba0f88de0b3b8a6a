"""RNNsearch-LV (Jean et al. 2015): the interface checks, an output layer that scores a subset of the vocabulary as the
full layer would, and a tiny model that trains through the Trainer with the sampled softmax."""

import json

import pytest
import torch
from interface_checks import assert_decoding_equals_forward, assert_padding_changes_nothing
from interface_checks import padded_batch as shared_batch

from landmark.config import load_config
from landmark.models.bahdanau2015 import RNNsearch
from landmark.models.jean2015 import RNNsearchLV, RNNsearchLVConfig
from landmark.train.trainer import Trainer

V = 31


def tiny_model(seed=0):
    torch.manual_seed(seed)
    config = RNNsearchLVConfig(embedding_size=16, hidden_size=24, attention_size=20, maxout_size=10)
    return RNNsearchLV(config, V, V).eval()


def padded_batch():
    return shared_batch(V, lengths=(5, 7, 3))


def test_step_by_step_and_prefilled_decoding_equal_teacher_forced_forward():
    assert_decoding_equals_forward(tiny_model(), *padded_batch())


def test_a_sentence_alone_scores_as_it_does_in_a_padded_batch():
    assert_padding_changes_nothing(tiny_model(), *padded_batch())


def test_it_is_rnnsearch_with_the_same_parameters():
    model = tiny_model()
    torch.manual_seed(0)
    plain = RNNsearch(model.config, V, V)
    assert isinstance(model, RNNsearch)
    assert [(n, p.shape) for n, p in model.named_parameters()] == [(n, p.shape) for n, p in plain.named_parameters()]


@torch.no_grad()
def test_scoring_a_subset_gives_the_full_logits_columns_shared_or_per_row():
    model = tiny_model()
    src, src_mask, tgt = padded_batch()
    full = model(src, src_mask, tgt)  # (B, T, V)
    shared = torch.tensor([0, 1, 2, 3, 5, 8, 13, 21, 30])
    torch.testing.assert_close(model(src, src_mask, tgt, shared), full[..., shared], atol=1e-5, rtol=1e-5)
    per_row = torch.stack([torch.randperm(V, generator=torch.Generator().manual_seed(b))[:7] for b in range(3)])
    memory = model.encode(src, src_mask)
    decoded = model.decode_over(tgt, model.init_state(memory, 3), memory, True, per_row)
    expected = full.gather(-1, per_row[:, None, :].expand(-1, tgt.size(1), -1))
    torch.testing.assert_close(decoded.logits, expected, atol=1e-5, rtol=1e-5)
    assert decoded.attention.shape == (3, tgt.size(1), src.size(1))


def test_the_subset_path_reads_only_the_output_rows_of_its_words():
    model = tiny_model().train()
    src, src_mask, tgt = padded_batch()
    shared = torch.tensor([0, 1, 2, 3, 5, 8])
    model(src, src_mask, tgt, shared).logsumexp(-1).sum().backward()
    grad = model.output.weight.grad
    outside = torch.ones(V, dtype=torch.bool)
    outside[shared] = False
    assert grad[outside].abs().max() == 0 and grad[shared].abs().sum() > 0


@pytest.mark.parametrize("tau", [16, 20])
def test_tiny_jean2015_trains_with_the_sampled_softmax_through_the_trainer(tmp_path, tau):
    torch.set_num_threads(1)
    config = load_config(
        "jean2015-tiny",
        [f"train.sampled_vocab={tau}", "train.max_steps=6", "train.eval_every=6", "train.checkpoint_every=6",
         "train.eval_sentences=5", "train.log_every=3", "train.num_threads=1", "data.train_limit=600"],
    )  # fmt: skip
    trainer = Trainer(config, tmp_path / "run", progress=False)
    batches = [trainer.batcher.make_batch(index) for index in trainer.batcher.plan(0)]
    sizes = {int(batch.target_vocab.numel()) for batch in batches}
    assert max(sizes) <= tau and (tau == 20 or max(sizes) < trainer.tgt_vocab.size)
    before = trainer.model.output.weight.detach().clone()
    summary = trainer.fit()
    assert summary["steps"] == 6
    losses = [r["loss"] for r in map(json.loads, (tmp_path / "run" / "metrics.jsonl").read_text().splitlines())
              if r["type"] == "train"]  # fmt: skip
    assert len(losses) == 2 and all(loss == loss and loss > 0 for loss in losses)
    assert not torch.equal(before, trainer.model.output.weight.detach())
