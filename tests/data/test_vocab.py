from pathlib import Path

import pytest

from landmark.config import ConfigError, DataConfig
from landmark.data.vocab import build_vocabularies, load_vocabularies
from landmark.tokens import BOS, EOS, PAD, UNK

TEXTS = ["A man rides a horse.", "Two dogs play in the snow.", "Ein Mann reitet ein Pferd."] * 30


def test_sentencepiece_round_trips_text_and_keeps_the_special_ids(tmp_path: Path):
    config = DataConfig(vocab="sentencepiece", vocab_size=60, joint_vocab=True)
    src, tgt = build_vocabularies(config, TEXTS[:60], TEXTS[60:], tmp_path / "vocab")
    assert src is tgt
    assert src.pieces([PAD, UNK, BOS, EOS]) == ["<pad>", "<unk>", "<s>", "</s>"]
    for text in TEXTS[:3]:
        assert src.decode(src.encode([text])[0]) == text
    again, _ = load_vocabularies(config, tmp_path / "vocab")
    assert again.encode(TEXTS[:3]) == src.encode(TEXTS[:3])


def test_separate_word_vocabularies_map_unknown_words_to_unk(tmp_path: Path):
    config = DataConfig(vocab="word", joint_vocab=False, pair="en-de")
    src, tgt = build_vocabularies(config, ["a b c", "a b"], ["x y", "x"], tmp_path)
    assert (tmp_path / "en.txt").exists() and (tmp_path / "de.txt").exists()
    assert src.encode(["a c z"]) == [[4, 6, UNK]]  # most frequent first: a, b, c
    assert tgt.decode(tgt.encode(["y x"])[0]) == "y x"


def test_a_character_vocabulary_keeps_newlines_and_spaces_and_round_trips_text(tmp_path: Path):
    texts = ["First Citizen:\nBefore we proceed", "any further, hear me speak.\n\n"]
    config = DataConfig(vocab="char", vocab_size=200, side="en")
    vocab, same = build_vocabularies(config, [], texts, tmp_path)
    assert vocab is same and vocab.size == 4 + len(set("".join(texts)))
    ids = vocab.encode(texts)
    assert [vocab.decode(row) for row in ids] == texts and len(ids[0]) == len(texts[0])
    assert vocab.encode(["Z"])[0] == [UNK]  # a character never seen
    reloaded, _ = load_vocabularies(config, tmp_path)
    assert reloaded.encode(texts) == ids and reloaded.pieces([PAD, BOS, EOS]) == ["<pad>", "<s>", "</s>"]


def test_a_word_vocabulary_of_size_0_keeps_every_word_most_frequent_first(tmp_path: Path):
    texts = ["b a a c", "a d b", "e"]
    src, _ = build_vocabularies(DataConfig(vocab="word", vocab_size=0, joint_vocab=True), texts, [], tmp_path / "v")
    assert src.pieces(list(range(src.size)))[4:] == ["a", "b", "c", "d", "e"]
    capped, _ = build_vocabularies(DataConfig(vocab="word", vocab_size=8, joint_vocab=True), texts, [], tmp_path / "c")
    assert capped.size == 8 and UNK in capped.encode(["e"])[0]


def test_keeping_every_word_is_refused_for_sentencepiece_naming_the_field():
    with pytest.raises(ConfigError, match="data.vocab_size is 0"):
        DataConfig(vocab="sentencepiece", vocab_size=0)
