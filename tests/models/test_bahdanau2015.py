import pytest
import torch
from interface_checks import assert_decoding_equals_forward, assert_padding_changes_nothing
from interface_checks import padded_batch as shared_batch

from landmark.config import load_config
from landmark.models.bahdanau2015 import RNNsearch, RNNsearchConfig
from landmark.train.trainer import Trainer
from landmark.translator import Translator

V = 29


def tiny_model(reset_after=False):
    torch.manual_seed(0)
    config = RNNsearchConfig(
        embedding_size=16, hidden_size=24, attention_size=20, maxout_size=10, reset_after=reset_after
    )
    return RNNsearch(config, V, V).eval()


def padded_batch():
    return shared_batch(V, lengths=(5, 7, 3))


@pytest.mark.parametrize("reset_after", [False, True])
def test_step_by_step_and_prefilled_decoding_equal_teacher_forced_forward(reset_after):
    assert_decoding_equals_forward(tiny_model(reset_after), *padded_batch())


def test_alignments_sum_to_one_ignore_padding_and_padding_changes_nothing():
    model = tiny_model()
    src, src_mask, tgt = padded_batch()
    with torch.no_grad():
        memory = model.encode(src, src_mask)
        weights = model.decode_step(tgt, model.init_state(memory, 3), memory).attention  # (B, T, S)
    torch.testing.assert_close(weights.sum(-1), torch.ones(3, 6))
    assert (weights[0, :, 5:] == 0).all() and (weights[2, :, 3:] == 0).all()
    assert_padding_changes_nothing(model, src, src_mask, tgt)


def test_rnnsearch_learns_to_reverse_sequences(tmp_path):
    """Attention lets a small RNNsearch reverse toy sequences almost perfectly in a few hundred steps."""
    config = load_config("bahdanau2015-tiny", [
        "model.embedding_size=32", "model.hidden_size=64", "model.attention_size=64", "model.maxout_size=32",
        "model.dropout=0.0", "data.corpus=toy:reverse", "data.pair=src-tgt", "data.vocab=word", "data.vocab_size=100",
        "train.max_steps=500", "train.max_minutes=0", "train.eval_every=500", "train.eval_sentences=100",
        "train.batch_tokens=1024", "train.lr=0.003", "train.warmup_steps=50", "train.label_smoothing=0.0",
        "train.num_threads=2"])  # fmt: skip
    summary = Trainer(config, tmp_path, progress=False).fit()
    assert summary["best_val_bleu"] > 90
    outputs = Translator(tmp_path, "last").translate(["a b c d e f", "p o n m"])
    assert [t.text for t in outputs] == ["f e d c b a", "m n o p"]
