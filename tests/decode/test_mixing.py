"""Decoding with a weighted mix of two target-language tokens (Johnson et al. 2017 §6.2)."""

import pytest
import torch

from landmark.config import ConfigError, load_config
from landmark.data.multilingual import target_token
from landmark.data.toy import toy_split
from landmark.data.vocab import WordVocab
from landmark.models import build_model
from landmark.translator import Translator


@pytest.fixture
def translator(tmp_path) -> Translator:
    """An untrained johnson2017-tiny (directions src-tgt and tgt-src): its two tokens <2tgt> and <2src> differ."""
    torch.manual_seed(0)
    config = load_config("johnson2017-tiny", ["decode.beam_size=2"])
    symbols = tuple(target_token(lang) for lang in ("tgt", "src"))
    vocab = WordVocab.train(toy_split("reverse", "train")[0], tmp_path / "joint.txt", 40, symbols=symbols)
    model = build_model(config.model, vocab.size, vocab.size).eval()
    return Translator.from_model(model, vocab, vocab, config)


def texts(translations) -> list[str]:
    return [t.text for t in translations]


def test_a_weight_of_one_decodes_exactly_as_that_language_s_token_and_the_mix_changes_the_output(translator):
    sources = toy_split("reverse", "test")[0][:30]
    into_tgt, into_src = texts(translator.translate(sources, to="tgt")), texts(translator.translate(sources, to="src"))
    assert into_tgt != into_src  # the token matters, so the equalities below say something
    assert texts(translator.translate_mixed(sources, {"tgt": 1.0, "src": 0.0})) == into_tgt
    assert texts(translator.translate_mixed(sources, {"tgt": 0.0, "src": 1.0})) == into_src
    halfway = texts(translator.translate_mixed(sources, {"tgt": 0.5, "src": 0.5}))
    assert halfway != into_tgt or halfway != into_src
    assert texts(translator.translate(sources, to="tgt")) == into_tgt  # the hook is gone afterwards


def test_mixing_refuses_weights_that_do_not_sum_to_one_and_languages_the_run_does_not_know(translator):
    with pytest.raises(ValueError, match="summing to 1"):
        translator.translate_mixed(["a b"], {"tgt": 0.7, "src": 0.7})
    with pytest.raises(ConfigError, match="--to fr: .* translates into tgt, src only"):
        translator.translate_mixed(["a b"], {"tgt": 0.5, "fr": 0.5})
