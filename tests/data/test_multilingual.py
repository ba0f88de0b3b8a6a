"""Johnson et al. 2017's data: the <2xx> token, the disjoint shares of the sentences, the temperature's mixing."""

import numpy as np
import pytest
import torch

from landmark.config import ConfigError, load_config
from landmark.data.batching import TokenBatcher
from landmark.data.corpora import load_split
from landmark.data.multilingual import MixedBatcher, encode_tagged, shares, target_token, temperature_counts
from landmark.data.vocab import SentencePieceVocab, encode_with_eos
from landmark.runs import RunDir
from landmark.tokens import BOS, EOS, PAD, UNK
from landmark.train.data import load_training_data, read_split

CENTRIC = (("en", "de"), ("de", "en"), ("en", "fr"), ("fr", "en"), ("en", "cs"))


def test_disjoint_shares_partition_the_sentences_between_language_pairs():
    share = shares(1001, CENTRIC, multiway=False)
    assert np.array_equal(share[("en", "de")], share[("de", "en")])  # both directions of a pair: its sentences
    pairs = [share[("en", "de")], share[("en", "fr")], share[("en", "cs")]]
    assert sorted(np.concatenate(pairs).tolist()) == list(range(1001))  # every sentence, each in one pair only
    assert max(len(p) for p in pairs) - min(len(p) for p in pairs) <= 1
    again = shares(1001, CENTRIC, multiway=False)
    assert all(np.array_equal(share[d], again[d]) for d in CENTRIC)


def test_multiway_gives_every_pair_every_sentence():
    share = shares(500, CENTRIC, multiway=True)
    assert all(share[d].tolist() == list(range(500)) for d in CENTRIC)


@pytest.mark.parametrize("temperature", [1.0, 2.0, 5.0, 100.0])
def test_each_direction_serves_its_temperature_share_of_an_epoch(temperature):
    sizes = [3000, 1000, 200]
    src = [np.array([4 + d, EOS], dtype=np.int32) for d, n in enumerate(sizes) for _ in range(n)]
    direction_of = np.repeat(np.arange(3), sizes)
    batcher = MixedBatcher(src, src, 64, direction_of, temperature, seed=3)
    for epoch in (0, 1):
        served = np.bincount(direction_of[np.concatenate(batcher.plan(epoch))], minlength=3) / sum(sizes)
        want = np.array(sizes) ** (1 / temperature) / (np.array(sizes) ** (1 / temperature)).sum()
        assert np.abs(served - want).max() < 0.002, (served, want)
    if temperature == 1.0:  # the data's own proportions: every pair exactly once
        assert sorted(np.concatenate(batcher.plan(0)).tolist()) == list(range(sum(sizes)))
    if temperature == 100.0:
        assert served.max() / served.min() < 1.1  # nearly uniform
    assert [len(b) for b in batcher.plan(4)] == [len(b) for b in MixedBatcher(src, src, 64, direction_of, temperature,
                                                                              seed=3).plan(4)]  # fmt: skip


def test_temperature_counts_keep_an_epoch_about_the_corpus_size():
    counts = temperature_counts([900, 100], 2.0)
    assert abs(sum(counts) - 1000) <= 1 and counts[0] / counts[1] == pytest.approx(3.0, rel=0.01)


def test_target_tokens_are_whole_pieces_after_the_special_ids(tmp_path):
    texts = ["a dog runs in the park", "ein Hund läuft im Park", "un chien court dans le parc"] * 30
    symbols = (target_token("de"), target_token("fr"))
    vocab = SentencePieceVocab.train(texts, tmp_path / "joint.model", 60, "unigram", symbols)
    assert vocab.pieces([PAD, UNK, BOS, EOS])[1:] == ["<unk>", "<s>", "</s>"]  # the specials keep ids 0-3
    assert {vocab.id_of(s) for s in symbols} == {4, 5}
    ids = encode_tagged(vocab, ["a dog runs"], "fr")[0]
    assert ids[0] == vocab.id_of("<2fr>") and ids[-1] == EOS
    assert ids[1:].tolist() == encode_with_eos(vocab, ["a dog runs"])[0].tolist()
    assert vocab.id_of("<2cs>") is None


def test_pair_as_a_list_or_a_comma_string_and_bad_directions_named():
    as_list = load_config("johnson2017-tiny", ["data.pair=[src-tgt, tgt-src]"])
    as_string = load_config("johnson2017-tiny", ["data.pair=src-tgt,tgt-src"])
    assert as_list == as_string and as_list.data.directions == (("src", "tgt"), ("tgt", "src"))
    with pytest.raises(ConfigError, match="data.pair is 'en-de,en-de'"):
        load_config("vaswani2017-tiny", ["data.pair=en-de,en-de"])
    with pytest.raises(ConfigError, match="data.temperature is 0.0"):
        load_config("johnson2017-tiny", ["data.temperature=0"])
    with pytest.raises(ConfigError, match="data.joint_vocab"):
        load_config("johnson2017-tiny", ["data.joint_vocab=false"])


def test_a_single_pair_run_batches_exactly_as_before(tmp_path):
    torch.set_num_threads(1)
    config = load_config("vaswani2017-tiny", ["data.train_limit=2000"])
    data = load_training_data(config, RunDir(tmp_path), None, True, torch.device("cpu"))
    src, tgt = read_split(config, "train", None)
    vocab = data.src_vocab
    before = TokenBatcher(encode_with_eos(vocab, src[:2000]), encode_with_eos(vocab, tgt[:2000]), 1024, seed=1)
    assert type(data.batcher) is TokenBatcher and data.val_to is None
    for epoch in (0, 3):
        assert [b.tolist() for b in data.batcher.plan(epoch)] == [b.tolist() for b in before.plan(epoch)]
    assert np.array_equal(data.batcher.src.flat, before.src.flat)  # no token in front of the sources


def test_directions_load_their_sides_with_their_token_first(data_dir, tmp_path):
    torch.set_num_threads(1)
    pair = "en-de,de-en,en-fr,fr-en"
    overrides = [f"data.pair={pair}", "data.corpus=multi30k", "data.vocab=word", "data.vocab_size=0",
                 "data.train_limit=300", "data.max_len=1000"]  # fmt: skip
    config = load_config("johnson2017-tiny", overrides)
    data = load_training_data(config, RunDir(tmp_path), data_dir, True, torch.device("cpu"))
    vocab, batcher, share = data.src_vocab, data.batcher, shares(300, config.data.directions, False)
    for number, (src_lang, tgt_lang) in enumerate(config.data.directions):
        sources, targets = load_split("multi30k", "train", src_lang, tgt_lang, data_dir)
        members = batcher.members[number]
        assert len(members) == len(share[(src_lang, tgt_lang)]) == 150
        for pair_index, line in zip(members[:20], share[(src_lang, tgt_lang)][:20], strict=True):
            ids = batcher.src.padded(np.array([pair_index]))[0]
            assert ids[0] == vocab.id_of(target_token(tgt_lang))
            assert vocab.decode(ids[1:].tolist()) == sources[line]
            assert vocab.decode(batcher.tgt.padded(np.array([pair_index]))[0].tolist()) == targets[line]
    assert data.val_to == "de" and data.val_batcher.src.padded(np.array([0]))[0][0] == vocab.id_of("<2de>")


def three_languages(folder) -> None:
    """A Multi30k-shaped folder of a toy task whose languages can be told apart: 'en' is letter sequences, 'de' the
    same letters in upper case, 'fr' each letter doubled."""
    from landmark.data.toy import toy_pairs

    (folder / "multi30k").mkdir(parents=True)
    for split, count, seed in (("train", 3000, 1), ("val", 60, 2), ("test_2016_flickr", 40, 3)):
        en = toy_pairs("copy", count, seed=seed, max_len=6)[0]
        sides = {"en": en, "de": [s.upper() for s in en], "fr": [" ".join(w + w for w in s.split()) for s in en]}
        for lang, lines in sides.items():
            (folder / "multi30k" / f"{split}.{lang}").write_text("".join(line + "\n" for line in lines))


def test_the_target_token_alone_decides_the_output_language_of_a_trained_multilingual_model(tmp_path):
    """johnson2017-tiny on en-de and en-fr of a toy with distinguishable languages: the same English sources come
    out in German with <2de> and in French with <2fr>."""
    import re

    from landmark.train.trainer import Trainer
    from landmark.translator import Translator

    three_languages(tmp_path / "data")
    overrides = ["data.corpus=multi30k", "data.pair=en-de,en-fr", "train.max_steps=300", "train.eval_every=300",
                 "train.eval_sentences=10", "train.num_threads=1"]  # fmt: skip
    Trainer(load_config("johnson2017-tiny", overrides), tmp_path / "run", data_dir=tmp_path / "data",
            progress=False).fit()  # fmt: skip
    sources = (tmp_path / "data" / "multi30k" / "test_2016_flickr.en").read_text().splitlines()
    translator = Translator(tmp_path / "run", "last", device="cpu")
    german = [t.text for t in translator.translate(sources, to="de")]
    french = [t.text for t in translator.translate(sources, to="fr")]
    in_german = sum(bool(re.fullmatch(r"[A-P]( [A-P])*", text)) for text in german)
    in_french = sum(bool(re.fullmatch(r"([a-p])\1( ([a-p])\3)*", text)) for text in french)
    assert in_german >= 0.9 * len(sources) and in_french >= 0.9 * len(sources), (german[:5], french[:5])
