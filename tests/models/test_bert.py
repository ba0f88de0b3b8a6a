"""The masked language model: BERT's 80/10/10 masking, a mask that reads both ways, its refusal to generate, that a
tiny BERT learns a toy language, and `landmark fill-mask`."""

import json
import subprocess
import sys

import pytest
import torch
from interface_checks import padded_batch as shared_batch

from landmark.config import load_config
from landmark.data.masking import mask_tokens
from landmark.models.bert import BERT, BERTConfig
from landmark.tokens import EOS, MASK, PAD

V = 50


def tiny_model(seed=0):
    torch.manual_seed(seed)
    return BERT(BERTConfig(num_layers=2, d_model=32, num_heads=4, d_ff=64, dropout=0.0, max_positions=32), V, V).eval()


def test_fifteen_percent_of_real_tokens_are_chosen_and_split_80_10_10():
    g = torch.Generator().manual_seed(0)
    tokens = torch.randint(4, V, (400, 50), generator=g)
    tokens[:, -1] = EOS
    tokens[::2, 40:] = PAD
    inputs, labels = mask_tokens(tokens, V, torch.Generator().manual_seed(1))
    real = (tokens != PAD) & (tokens != EOS)
    chosen = labels != PAD
    n = int(real.sum())  # 17,800 real tokens
    assert not (chosen & ~real).any()  # never EOS or padding
    assert torch.equal(labels[chosen], tokens[chosen])  # the labels are the original tokens
    assert torch.equal(inputs[~chosen], tokens[~chosen])  # nothing else changes
    rate = float(chosen.sum()) / n
    assert abs(rate - 0.15) < 4 * (0.15 * 0.85 / n) ** 0.5, rate  # within 4 standard errors
    k = int(chosen.sum())
    masked = float((inputs[chosen] == MASK).sum()) / k
    kept = float((inputs[chosen] == tokens[chosen]).sum()) / k  # kept, or a random token that happens to be it
    random_ = 1 - masked - kept
    assert abs(masked - 0.8) < 4 * (0.8 * 0.2 / k) ** 0.5, masked
    expected_kept = 0.1 + 0.1 / (V - 4)  # a random token equals the original 1 time in V - 4
    assert abs(kept - expected_kept) < 4 * (0.1 * 0.9 / k) ** 0.5, kept
    assert abs(random_ - (0.1 - 0.1 / (V - 4))) < 4 * (0.1 * 0.9 / k) ** 0.5, random_
    assert inputs[chosen].min() >= 2  # a random token is a real one (or the mask token), never PAD or UNK


@torch.no_grad()
def test_every_position_reads_the_whole_sentence_both_ways_but_never_its_padding():
    src, src_mask, _ = shared_batch(V, lengths=(5, 8, 9))
    model = tiny_model()
    changed = src.clone()
    changed[:, 3] = (changed[:, 3] + 1 - 4) % (V - 4) + 4
    before, after = model(src, src_mask), model(changed, src_mask)
    assert not torch.allclose(before[:, :3], after[:, :3])  # earlier positions see a later token
    maps = model.attention_maps(src, src_mask, None)["encoder"]  # (L, B, H, S, S)
    assert maps.shape[:2] == (2, 3)
    assert (maps[..., ~src_mask[0]][:, 0] == 0).all()  # no weight on the first sentence's padding
    assert (maps[:, 0, :, :4, 1:4] > 0).all()  # ... and some on the tokens after each query
    padded = src.clone()
    padded[0, 5:] = 7  # what lies in a sentence's padding changes nothing of its real positions
    torch.testing.assert_close(model(padded, src_mask)[0, :5], before[0, :5])


def test_bert_refuses_to_generate_and_a_generator_refuses_masked_training():
    model = tiny_model()
    with pytest.raises(TypeError, match="fill-mask"):
        model.decode(torch.zeros(1, 1, dtype=torch.long), None, None, False)
    assert model.output.weight is model.embedding.weight and not model.generates


def test_tiny_bert_learns_a_toy_language_and_fills_its_masks(tmp_path):
    """toy:sort's targets (sorted letters): a masked letter lies between its neighbours. After 300 steps on one
    thread (about 20 s) a tiny BERT's validation perplexity on masked letters was 6.44 (chance: 16 letters)."""
    from landmark.cli import main
    from landmark.runs import RunDir

    torch.set_num_threads(1)
    run = tmp_path / "bert"
    main(["train", "--preset", "bert-tiny", "--corpus", "toy:sort", "--out", str(run), "--no-progress",
          "--set", "train.max_steps=300", "--set", "train.num_threads=1"])  # fmt: skip
    best = min(r["val_ppl"] for r in RunDir(run).metrics() if r["type"] == "val")
    assert best < 8.0, best
    out = subprocess.run(
        [sys.executable, "-m", "landmark", "fill-mask", "--run", str(run), "a b [MASK] d e", "--json", "--top-k", "3"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result = json.loads(out.stdout)
    assert len(result["masks"]) == 1 and len(result["masks"][0]) == 3
    assert result["masks"][0][0]["piece"] in "bcd"  # between b and d, sorted
    assert result["filled"].startswith("a b ") and result["filled"].endswith(" d e")


def test_masked_training_needs_a_side_and_bert_cannot_translate(tmp_path):
    from landmark.config import ConfigError
    from landmark.train.trainer import Trainer

    with pytest.raises(ConfigError, match="data.side"):
        load_config("bert-tiny", ["data.side="])
    with pytest.raises(ValueError, match="encoder-only"):
        Trainer(load_config("gpt-tiny", ["data.side=tgt", "data.objective=mlm"]), tmp_path / "gpt")
    with pytest.raises(ValueError, match="masked tokens only"):
        Trainer(load_config("bert-tiny", ["data.objective=lm"]), tmp_path / "bert")


def test_a_transplanted_encoder_computes_what_the_bert_encoder_computes():
    from landmark.models.bert import transplant_encoder
    from landmark.models.vaswani2017 import Transformer, TransformerConfig

    torch.manual_seed(0)
    sizes = dict(d_model=32, num_heads=4, d_ff=64, dropout=0.0)
    bert = BERT(BERTConfig(num_layers=2, positions="sinusoidal", max_positions=32, **sizes), V, V).eval()
    for parameter in bert.parameters():  # LayerNorms off their (1, 0) start, so that a missed copy shows
        parameter.data.add_(0.1 * torch.randn_like(parameter))
    transformer = Transformer(TransformerConfig(encoder_layers=2, decoder_layers=1, pre_norm=True, **sizes), V, V)
    src, src_mask = shared_batch(V)[:2]
    assert not torch.allclose(transformer.eval().encode(src, src_mask).outputs, bert.encode(src, src_mask).outputs)
    transplant_encoder(bert, transformer)
    ours, theirs = transformer.encode(src, src_mask).outputs, bert.encode(src, src_mask).outputs
    torch.testing.assert_close(ours[src_mask], theirs[src_mask], atol=1e-5, rtol=1e-5)
    assert transformer.tgt_embedding is transformer.src_embedding  # shared: the decoder reads bert's embeddings too

    with pytest.raises(ValueError, match="pre_norm is False"):
        transplant_encoder(bert, Transformer(TransformerConfig(encoder_layers=2, decoder_layers=1, **sizes), V, V))
    learned = BERT(BERTConfig(num_layers=2, max_positions=32, **sizes), V, V)
    with pytest.raises(ValueError, match="positions is 'learned'"):
        transplant_encoder(learned, transformer)


def test_train_init_encoder_starts_a_translator_from_a_bert_run_with_its_vocabulary(tmp_path):
    """A bert of both toy sides ('src,tgt' as monolingual text), then a pre-norm vaswani2017 whose encoder it
    starts: the translator's vocabulary is the bert's, byte for byte, and its encoder computes bert's."""
    from landmark.cli import main
    from landmark.runs import RunDir
    from landmark.train.trainer import Trainer
    from landmark.translator import Translator

    torch.set_num_threads(1)
    bert_run = tmp_path / "bert"
    main(["train", "--preset", "bert-tiny", "--out", str(bert_run), "--no-progress", "--set", "data.side=src,tgt",
          "--set", "model.positions=sinusoidal", "--set", "train.max_steps=10",
          "--set", "train.eval_every=10"])  # fmt: skip
    overrides = ["model.pre_norm=true", f"train.init_encoder={bert_run}", "train.max_steps=10"]
    trainer = Trainer(load_config("vaswani2017-tiny", overrides), tmp_path / "translator")
    ours, theirs = trainer.run.vocab_dir / "joint.txt", RunDir(bert_run).vocab_dir / "joint.txt"
    assert ours.read_bytes() == theirs.read_bytes()
    bert = Translator(bert_run, device="cpu").model
    src = torch.tensor([[5, 6, 7, EOS], [8, 9, EOS, PAD]])
    src_mask = src != PAD
    trainer.model.eval()
    torch.testing.assert_close(
        trainer.model.encode(src, src_mask).outputs[src_mask], bert.encode(src, src_mask).outputs[src_mask],
        atol=1e-5, rtol=1e-5,
    )  # fmt: skip
    trainer.run.unlock()

    with pytest.raises(ValueError, match="pre_norm is False"):
        Trainer(load_config("vaswani2017-tiny", [f"train.init_encoder={bert_run}"]), tmp_path / "post-norm")
    with pytest.raises(ValueError, match="train.init_encoder"):
        Trainer(load_config("vaswani2017-tiny", [f"train.init_encoder={tmp_path / 'none'}"]), tmp_path / "no-bert")
