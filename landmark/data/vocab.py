"""Vocabularies: SentencePiece subwords (trained on the training split), whitespace-separated words, or characters.

Both keep the same special ids (PAD 0, UNK 1, BOS 2, EOS 3) and live in the run directory's `vocab/`
folder, so a run can be rebuilt from its folder alone. Models never see text: the facade turns text
into ids and back with these classes.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

import numpy as np
import sentencepiece as spm

from landmark.config import DataConfig
from landmark.tokens import BOS, EOS, PAD, SPECIALS, UNK


class SentencePieceVocab:
    """A SentencePiece model (Kudo & Richardson 2018): unigram or BPE subwords, detokenised losslessly."""

    kind = "sentencepiece"

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.processor = spm.SentencePieceProcessor(model_file=str(self.path))

    @classmethod
    def train(
        cls, texts: list[str], path: Path, size: int, model_type: str, symbols: tuple[str, ...] = ()
    ) -> SentencePieceVocab:
        """symbols: pieces kept whole, with the ids after the specials' (Johnson et al.'s <2xx> tokens)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as model_file:
            spm.SentencePieceTrainer.train(
                sentence_iterator=iter(texts),
                model_writer=model_file,
                vocab_size=size,
                model_type=model_type,
                character_coverage=1.0,
                pad_id=PAD,
                unk_id=UNK,
                bos_id=BOS,
                eos_id=EOS,
                **({"user_defined_symbols": list(symbols)} if symbols else {}),
                hard_vocab_limit=False,  # a small corpus gets fewer pieces instead of an error
                minloglevel=2,
                num_threads=2,
            )
        return cls(path)

    @property
    def size(self) -> int:
        return self.processor.get_piece_size()

    def encode(self, texts: list[str]) -> list[list[int]]:
        return self.processor.encode(texts)

    def decode(self, ids: list[int]) -> str:
        return self.processor.decode(ids)

    def pieces(self, ids: list[int]) -> list[str]:
        return [self.processor.id_to_piece(i) for i in ids]

    def id_of(self, piece: str) -> int | None:
        """The id of one whole piece; None if the vocabulary lacks it."""
        token = self.processor.piece_to_id(piece)
        return None if token == UNK and piece != self.processor.id_to_piece(UNK) else token


class WordVocab:
    """Whitespace-separated tokens, the most frequent first (so ids 4 .. K + 3 are the K most frequent words); for toy
    tasks, pre-tokenised text and the word-level models of Jean et al. 2015 (size 0 keeps every word)."""

    kind = "word"

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.tokens = self.path.read_text(encoding="utf-8").split("\n")
        self.index = {token: i for i, token in enumerate(self.tokens)}

    @classmethod
    def train(
        cls, texts: list[str], path: Path, size: int, model_type: str = "", symbols: tuple[str, ...] = ()
    ) -> WordVocab:
        counts = collections.Counter(token for text in texts for token in text.split() if token not in symbols)
        # Sorting by (-count, token) makes the vocabulary independent of the order of the corpus.
        ranked = sorted(counts, key=lambda token: (-counts[token], token))
        path.parent.mkdir(parents=True, exist_ok=True)
        room = max(size - len(SPECIALS) - len(symbols), 0)
        kept = ranked if size == 0 else ranked[:room]  # size 0: every word (Jean et al.)
        path.write_text("\n".join([*SPECIALS, *symbols, *kept]), encoding="utf-8")
        return cls(path)

    @property
    def size(self) -> int:
        return len(self.tokens)

    def encode(self, texts: list[str]) -> list[list[int]]:
        return [[self.index.get(token, UNK) for token in text.split()] for text in texts]

    def decode(self, ids: list[int]) -> str:
        return " ".join(self.tokens[i] for i in ids if i not in (PAD, BOS, EOS))

    def pieces(self, ids: list[int]) -> list[str]:
        return [self.tokens[i] for i in ids]

    def id_of(self, piece: str) -> int | None:
        return self.index.get(piece)


class CharVocab(WordVocab):
    """One token a character (newlines and spaces too), the most frequent first: nanoGPT's character-level
    Shakespeare; the file holds one JSON string a line, so that a newline can be a token. Sizes, pieces and ids as
    WordVocab's."""

    kind = "char"

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.tokens = [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines()]
        self.index = {token: i for i, token in enumerate(self.tokens)}

    @classmethod
    def train(
        cls, texts: list[str], path: Path, size: int, model_type: str = "", symbols: tuple[str, ...] = ()
    ) -> CharVocab:
        if symbols:
            raise ValueError(f"a character vocabulary keeps no whole-word symbols ({', '.join(symbols)})")
        counts = collections.Counter(character for text in texts for character in text)
        ranked = sorted(counts, key=lambda character: (-counts[character], character))
        path.parent.mkdir(parents=True, exist_ok=True)
        tokens = [*SPECIALS, *(ranked if size == 0 else ranked[: max(size - len(SPECIALS), 0)])]  # 0: every one
        path.write_text("".join(json.dumps(token) + "\n" for token in tokens), encoding="utf-8")
        return cls(path)

    def encode(self, texts: list[str]) -> list[list[int]]:
        return [[self.index.get(character, UNK) for character in text] for text in texts]

    def decode(self, ids: list[int]) -> str:
        return "".join(self.tokens[i] for i in ids if i not in (PAD, BOS, EOS))


VOCABULARIES = {
    "sentencepiece": (SentencePieceVocab, "model"),
    "word": (WordVocab, "txt"),
    "char": (CharVocab, "chars.json"),
}


def vocab_paths(config: DataConfig, vocab_dir: Path) -> tuple[Path, Path]:
    """Where the source and target vocabularies of a run live (one file when the vocabulary is joint)."""
    if config.vocab not in VOCABULARIES:
        raise ValueError(f"data.vocab is {config.vocab!r}; valid: {', '.join(VOCABULARIES)}")
    suffix = VOCABULARIES[config.vocab][1]
    if config.joint_vocab:
        joint = vocab_dir / f"joint.{suffix}"
        return joint, joint
    return vocab_dir / f"{config.src_lang}.{suffix}", vocab_dir / f"{config.tgt_lang}.{suffix}"


def build_vocabularies(
    config: DataConfig, src_texts: list[str], tgt_texts: list[str], vocab_dir: Path, symbols: tuple[str, ...] = ()
):
    """Train the source and target vocabularies on the training texts and save them under `vocab_dir`; `symbols`
    (a joint vocabulary's) are kept whole with the ids after the specials'."""
    vocab_class = VOCABULARIES[config.vocab][0]
    src_path, tgt_path = vocab_paths(config, vocab_dir)
    if config.joint_vocab:
        texts, size, model = src_texts + tgt_texts, config.vocab_size, config.sentencepiece_model
        vocab = vocab_class.train(texts, src_path, size, model, symbols)
        return vocab, vocab
    src = vocab_class.train(src_texts, src_path, config.vocab_size, config.sentencepiece_model)
    tgt = vocab_class.train(tgt_texts, tgt_path, config.vocab_size, config.sentencepiece_model)
    return src, tgt


def load_vocabularies(config: DataConfig, vocab_dir: Path):
    vocab_class = VOCABULARIES[config.vocab][0]
    src_path, tgt_path = vocab_paths(config, vocab_dir)
    for path in (src_path, tgt_path):
        if not path.exists():
            raise FileNotFoundError(f"vocabulary {path} is missing: is {vocab_dir.parent} a landmark run directory?")
    src = vocab_class(src_path)
    return (src, src) if config.joint_vocab else (src, vocab_class(tgt_path))


def encode_with_eos(vocab, texts: list[str]) -> list[np.ndarray]:
    """Token ids of each text followed by EOS, as int32 arrays."""
    return [np.array(ids + [EOS], dtype=np.int32) for ids in vocab.encode(texts)]
