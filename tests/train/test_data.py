"""What a run trains on: a slice of a pair (data.train_slice), synthetic pairs beside it (data.extra_train), more
languages' text in its vocabulary (data.vocab_extra)."""

import numpy as np
import pytest
import torch

from landmark.config import ConfigError, load_config
from landmark.data.multilingual import shares
from landmark.data.reading import DataError
from landmark.data.synthetic import write_synthetic
from landmark.data.toy import toy_split
from landmark.runs import RunDir
from landmark.tokens import BT_TAG, EOS
from landmark.train.data import load_training_data


def training_pairs(config, run_dir, data_dir=None) -> tuple[object, list[str], list[str]]:
    """The vocabulary and the (source, target) texts of every training pair, in the batcher's order."""
    torch.set_num_threads(1)
    data = load_training_data(config, RunDir(run_dir), data_dir, True, torch.device("cpu"))
    rows = np.arange(len(data.batcher.src))
    decode = lambda side: [data.src_vocab.pieces([t for t in r if t > EOS]) for r in side.padded(rows).tolist()]  # noqa: E731
    return (
        data.src_vocab,
        [" ".join(p) for p in decode(data.batcher.src)],
        [" ".join(p) for p in decode(data.batcher.tgt)],
    )


def test_train_slice_keeps_the_sentences_i_with_i_mod_k_equal_to_r(tmp_path):
    config = load_config("vaswani2017-tiny", ["data.train_limit=400", "data.train_slice=3/4"])
    _, sources, targets = training_pairs(config, tmp_path)
    src, tgt = toy_split("reverse", "train")
    assert sources == src[3:400:4] and targets == tgt[3:400:4] and len(sources) == 100


def test_slice_r_of_k_is_the_share_a_multilingual_run_gives_its_r_th_language_pair():
    """So that a one-direction control trains on the very sentences the multilingual run gives that direction."""
    share = shares(1000, (("en", "de"), ("de", "en"), ("en", "fr"), ("fr", "en")), multiway=False)
    lines = list(range(1000))
    assert share[("en", "de")].tolist() == share[("de", "en")].tolist() == lines[0::2]
    assert share[("fr", "en")].tolist() == lines[1::2]


def test_extra_train_adds_the_synthetic_pairs_and_keeps_the_bt_tag_one_token(tmp_path):
    synthetic = ["a b c", "d e", "f"]
    real = ["c b a", "e d", "f"]
    info = write_synthetic(tmp_path / "bt", "src", "tgt", [*synthetic, " "], [*real, "g"], tagged=True, info={})
    assert info["pairs"] == 3 and info["left_out_empty"] == 1 and info["tagged"]
    config = load_config(
        "vaswani2017-tiny", ["data.train_limit=40", "data.train_slice=0/2", f"data.extra_train={tmp_path / 'bt'}"]
    )
    vocab, sources, targets = training_pairs(config, tmp_path / "run")
    src, tgt = toy_split("reverse", "train")
    assert sources[:20] == src[0:40:2] and sources[20:] == [f"{BT_TAG} {s}" for s in synthetic]
    assert targets == [*tgt[0:40:2], *real]
    assert vocab.id_of(BT_TAG) == 4  # one whole token, right after the specials


def test_extra_train_and_train_slice_errors_name_the_field(tmp_path):
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "train.src").write_text("a b\n")
    config = load_config("vaswani2017-tiny", [f"data.extra_train={tmp_path / 'half'}"])
    with pytest.raises(DataError, match="data.extra_train is .*train.tgt not found"):
        load_training_data(config, RunDir(tmp_path / "run"), None, True, torch.device("cpu"))
    for bad in ("4/4", "1/0", "a/b", "10%"):
        with pytest.raises(ConfigError, match=f"data.train_slice is '{bad}'; it must be '' or r/k"):
            load_config("vaswani2017-tiny", [f"data.train_slice={bad}"])
    with pytest.raises(ConfigError, match="multilingual run.*data.train_slice and data.extra_train"):
        load_config("johnson2017-tiny", ["data.train_slice=0/2"])
    with pytest.raises(ConfigError, match="data.vocab_extra is 'cs'.*data.joint_vocab=true"):
        load_config(
            "vaswani2017-tiny", ["data.vocab_extra=cs", "data.joint_vocab=false", "model.share_embeddings=false"]
        )


def test_vocab_extra_puts_another_language_s_words_in_the_vocabulary(data_dir, tmp_path):
    overrides = ["data.corpus=multi30k", "data.pair=en-de", "data.vocab_size=0", "data.train_limit=50"]
    plain, _, _ = training_pairs(load_config("vaswani2017-tiny", overrides), tmp_path / "plain", data_dir)
    with_cs, _, _ = training_pairs(load_config("vaswani2017-tiny", [*overrides, "data.vocab_extra=cs"]),
                                   tmp_path / "cs", data_dir)  # fmt: skip
    czech = {"Dva", "muži", "se"} & set(with_cs.tokens)  # words of Multi30k's first Czech training lines
    assert czech and not czech & set(plain.tokens)
