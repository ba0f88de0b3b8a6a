import math

import pytest
import torch

from landmark.config import DecodeOptions, load_config
from landmark.decode.ensemble import Ensemble, average_probabilities
from landmark.decode.search import beam_search
from landmark.models.cho2014 import RNNEncoderDecoder, RNNEncoderDecoderConfig
from landmark.models.sutskever2014 import Seq2SeqLSTM, Seq2SeqLSTMConfig
from landmark.models.vaswani2017 import Transformer, TransformerConfig
from landmark.tokens import BOS, EOS, PAD
from landmark.train.trainer import Trainer
from landmark.translator import Translator

V = 29


def lstm(seed=0):
    torch.manual_seed(seed)
    config = Seq2SeqLSTMConfig(num_layers=2, hidden_size=16, embedding_size=12, init_range=0.3)
    return Seq2SeqLSTM(config, V, V).eval()


def encoder_decoder(seed=1):
    torch.manual_seed(seed)
    config = RNNEncoderDecoderConfig(embedding_size=12, hidden_size=16, maxout_size=8, init_std=0.3)
    return RNNEncoderDecoder(config, V, V).eval()


def transformer(seed=2):
    torch.manual_seed(seed)
    config = TransformerConfig(encoder_layers=1, decoder_layers=1, d_model=16, num_heads=2, d_ff=32, dropout=0.0)
    return Transformer(config, V, V).eval()


def padded_batch():
    g = torch.Generator().manual_seed(3)
    src = torch.randint(4, V, (4, 7), generator=g)
    src[0, 3], src[0, 4:] = EOS, PAD
    src[1, 6] = EOS
    src[2, 5], src[2, 6:] = EOS, PAD
    src[3, 1], src[3, 2:] = EOS, PAD
    return src, src != PAD


def beam(model):
    src, src_mask = padded_batch()
    options = DecodeOptions(beam_size=4, nbest=3, length_penalty=1.0, max_len_a=1.0, max_len_b=3)
    return beam_search(model, src, src_mask, options)


def assert_same_hypotheses(results, expected, atol=0.0):
    assert len(results) == len(expected)
    for sentence, expected_sentence in zip(results, expected, strict=True):
        assert [h.tokens for h in sentence] == [h.tokens for h in expected_sentence]
        for h, e in zip(sentence, expected_sentence, strict=True):
            assert math.isclose(h.score, e.score, abs_tol=atol) and math.isclose(h.log_prob, e.log_prob, abs_tol=atol)


def test_ensemble_of_one_model_searches_exactly_as_the_model():
    model = lstm()
    assert_same_hypotheses(beam(Ensemble([model])), beam(model))


def test_ensemble_of_two_copies_of_a_model_searches_as_the_model():
    model = lstm()
    assert_same_hypotheses(beam(Ensemble([model, model])), beam(model), atol=1e-5)


def test_ensemble_log_probs_are_the_log_of_the_members_mean_probability():
    first, second = encoder_decoder(), lstm()
    ensemble = Ensemble([first, second])
    src, src_mask = padded_batch()
    tgt = torch.randint(4, V, (4, 5), generator=torch.Generator().manual_seed(4))
    tgt[:, 0] = BOS
    with torch.no_grad():
        memory = ensemble.encode(src, src_mask)
        state = ensemble.init_state(memory, 4)
        members = [(m, m.encode(src, src_mask)) for m in (first, second)]
        member_states = [m.init_state(mem, 4) for m, mem in members]
        for t in range(tgt.size(1)):
            out = ensemble.decode_step(tgt[:, t : t + 1], state, memory)
            probabilities = []
            for i, (model, member_memory) in enumerate(members):
                member_out = model.decode_step(tgt[:, t : t + 1], member_states[i], member_memory)
                member_states[i] = member_out.state
                probabilities.append(member_out.log_probs.exp())
            expected = torch.log((probabilities[0] + probabilities[1]) / 2)
            torch.testing.assert_close(out.log_probs, expected, atol=1e-5, rtol=1e-5)
            torch.testing.assert_close(out.log_probs.exp().sum(-1), torch.ones(4, 1))
            state = out.state
        # teacher forcing gives the same distributions as stepping
        full = ensemble(src, src_mask, tgt)
        by_forward = torch.log((first(src, src_mask, tgt).softmax(-1) + second(src, src_mask, tgt).softmax(-1)) / 2)
    torch.testing.assert_close(full, by_forward, atol=1e-5, rtol=1e-5)


def test_ensemble_reports_the_attention_of_the_first_member_that_has_one():
    without, with_attention = encoder_decoder(), transformer()
    src, src_mask = padded_batch()
    tokens = torch.full((4, 1), BOS)
    with torch.no_grad():
        ensemble = Ensemble([without, with_attention])
        memory = ensemble.encode(src, src_mask)
        out = ensemble.decode_step(tokens, ensemble.init_state(memory, 4), memory)
        alone_memory = with_attention.encode(src, src_mask)
        alone = with_attention.decode_step(tokens, with_attention.init_state(alone_memory, 4), alone_memory)
        none = Ensemble([without, lstm()])
        none_memory = none.encode(src, src_mask)
        assert none.decode_step(tokens, none.init_state(none_memory, 4), none_memory).attention is None
    torch.testing.assert_close(out.attention, alone.attention)


def test_ensemble_of_different_architectures_runs_beam_search():
    results = beam(Ensemble([encoder_decoder(), lstm(), transformer()]))
    assert len(results) == 4 and all(1 <= len(sentence) <= 3 for sentence in results)


def test_average_probabilities_refuses_members_with_different_vocabularies():
    with pytest.raises(ValueError, match="vocabulary"):
        average_probabilities([torch.zeros(2, 5), torch.zeros(2, 6)])


def test_translator_ensemble_loads_runs_and_checkpoints_that_translate_together(tmp_path):
    overrides = ["train.max_steps=2", "train.eval_every=2", "train.eval_sentences=3", "train.num_threads=1"]
    for name, seed in (("a", 1), ("b", 2)):
        Trainer(
            load_config("vaswani2017-tiny", [*overrides, f"train.seed={seed}"]), tmp_path / name, progress=False
        ).fit()
    translator = Translator.ensemble([tmp_path / "a", tmp_path / "b" / "last.pt"], "cpu")
    ensemble = translator.model
    assert len(ensemble.members) == 2 and translator.config.arch == "vaswani2017"
    assert not torch.equal(ensemble.members[0].output.weight, ensemble.members[1].output.weight)
    translations = translator.translate(["a b c", "d e"])
    assert len(translations) == 2
