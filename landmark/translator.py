"""The facade: text in, translations out. The CLI, the HTTP server and the playground all come through here.

    translator = Translator("runs/multi30k-en-de")
    translator.translate(["A dog runs."], DecodeOptions(beam_size=5))[0].text

Tokenisation lives here, not in the models: texts become ids with the run's vocabularies, sentences of
similar length are batched by a token budget, the shared search decodes them, and ids become text again.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch
from tqdm.auto import tqdm

from landmark.config import ConfigError, DecodeOptions, RunConfig, config_from_dict
from landmark.data.batching import pad_sequences
from landmark.data.lexicon import training_lexicon
from landmark.data.multilingual import encode_tagged, target_languages, target_token
from landmark.data.vocab import encode_with_eos
from landmark.decode.candidates import CandidateModel, candidate_lists
from landmark.decode.ensemble import Ensemble
from landmark.decode.mixing import MixedTokenModel
from landmark.decode.sampling import SamplingOptions, sample
from landmark.decode.search import search
from landmark.decode.unk import replace_unknowns
from landmark.models import build_model
from landmark.models.base import Seq2SeqModel
from landmark.models.bert import fill_mask_log_probs
from landmark.runs import RunDir, atomic_save
from landmark.tokens import EOS, MASK, MASK_TEXT, PAD


class LongInputWarning(UserWarning):
    """An input was cut to the longest source the model reads."""


@dataclass
class Translation:
    text: str  # detokenised output
    tokens: list[str]  # output pieces, without BOS and EOS
    score: float  # the search's ranking score (length-normalised log-probability)
    attention: torch.Tensor | None = None  # (len(tokens) + 1, len(source_tokens)): the last one is EOS's
    source_tokens: list[str] | None = None  # source pieces, EOS included


def pick_device(name: str = "auto") -> torch.device:
    """auto: the GPU if there is one, else the CPU. A device asked for by name must exist."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(name)
    if device.type == "cuda":
        count = torch.cuda.device_count()
        if count == 0 or (device.index or 0) >= count:
            raise ConfigError(f"device {name!r} does not exist here ({count} CUDA devices); use cpu or auto")
    return device


def quantize_int8(model: Seq2SeqModel) -> Seq2SeqModel:
    """A copy of `model` whose nn.Linear layers compute in int8 on the CPU: weights quantised per tensor once,
    activations per batch as they come (PyTorch's dynamic quantisation, torch.ao). Embeddings, attention
    products, recurrent cells and LayerNorms stay float32. PyTorch marks torch.ao's quantisation deprecated in
    favour of the torchao package; it still runs, and its deprecation warnings are kept from the user."""
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


class Translator:
    """A trained run, ready to translate. `checkpoint` is best, last, averaged or a path. int8: decode with the
    linear layers in int8 (CPU only; see quantize_int8)."""

    def __init__(self, run_dir: str | Path, checkpoint: str = "best", device: str = "auto", int8: bool = False):
        self.run = RunDir(run_dir).require()
        self.run_dir = self.run.path
        self.device = pick_device(device)
        # A damaged best.pt or last.pt gives way to the newest intact checkpoint, with a warning naming both.
        self.checkpoint_path, saved = self.run.load(checkpoint, self.device)
        self.config: RunConfig = config_from_dict(saved["config"])
        self.src_vocab, self.tgt_vocab = self.run.vocabularies(self.config)
        self.model = build_model(self.config.model, self.src_vocab.size, self.tgt_vocab.size).to(self.device)
        self.model.load_state_dict(saved["model"])
        self.model.eval()
        self.backend, self.int8, self._lexicon = "torch", int8, None
        if int8:
            if self.device.type != "cpu":
                raise ConfigError(f"int8 decoding runs on the CPU; this translator is on {self.device} (--device cpu)")
            with torch.no_grad():
                self.model = quantize_int8(self.model)

    @classmethod
    def from_model(cls, model: Seq2SeqModel, src_vocab, tgt_vocab, config: RunConfig) -> Translator:
        """A translator over a model in memory (the trainer validates with it)."""
        translator = cls.__new__(cls)
        translator.run, translator.run_dir, translator.checkpoint_path, translator.config = None, None, None, config
        translator.src_vocab, translator.tgt_vocab, translator.model = src_vocab, tgt_vocab, model
        translator.device = next(model.parameters()).device
        translator.backend, translator.int8, translator._lexicon = "torch", False, None
        return translator

    @classmethod
    def open(cls, path: str | Path, device: str = "auto") -> Translator:
        """A run directory (its best checkpoint) or a checkpoint file (in the run that holds it)."""
        path = Path(path)
        if path.is_dir():
            return cls(path, "best", device)
        return cls(RunDir.of_checkpoint(path).path, str(path), device)

    @classmethod
    def ensemble(cls, paths: list[str | Path], device: str = "auto") -> Translator:
        """Run directories or checkpoint files (as `open` takes them), decoding as one: see `combine`."""
        if not paths:
            raise ValueError("an ensemble needs at least one run directory or checkpoint")
        return cls.combine([cls.open(path, device) for path in paths])

    @classmethod
    def combine(cls, members: list[Translator]) -> Translator:
        """Translators decoding as one Ensemble that averages their probabilities (Sutskever et al. §3.6). The
        vocabularies and config are the first member's; every member must have the same vocabularies, since they
        read the same source ids."""
        first = members[0]
        for other in members[1:]:
            for side in ("src_vocab", "tgt_vocab"):
                mine, theirs = getattr(first, side), getattr(other, side)
                if mine.pieces(list(range(mine.size))) != theirs.pieces(list(range(theirs.size))):
                    raise ValueError(
                        f"{other.checkpoint_path}: its {side} differs from that of {first.checkpoint_path}; ensemble "
                        "members must share vocabularies"
                    )
        ensemble = Ensemble([member.model for member in members]).eval()
        return cls.from_model(ensemble, first.src_vocab, first.tgt_vocab, first.config)

    def translate(
        self,
        texts: list[str],
        options: DecodeOptions | None = None,
        progress: bool | None = False,
        to: str | None = None,
    ) -> list[Translation]:
        """The best translation of each text."""
        return [hypotheses[0] for hypotheses in self.translate_nbest(texts, options, progress, to)]

    def pivot(
        self, texts: list[str], via: str, to: str, options: DecodeOptions | None = None
    ) -> tuple[list[Translation], list[Translation]]:
        """Two passes of the same model, texts -> `via` -> `to` (the pivot Johnson et al. §5 compare zero-shot
        translation with): (the translations into `via`, those into `to`)."""
        middle = self.translate(texts, options, to=via)
        return middle, self.translate([t.text for t in middle], options, to=to)

    def translate_mixed(
        self, texts: list[str], mix: dict[str, float], options: DecodeOptions | None = None
    ) -> list[Translation]:
        """The best translation of each text with its target-language token's embedding replaced by the weighted
        sum of the tokens of `mix` (language -> weight, the weights summing to 1): Johnson et al. 2017 §6.2's
        weighted target language selection (landmark/decode/mixing.py). {"de": 1.0} translates as to="de"."""
        if not self.config.data.multilingual:
            raise ConfigError(f"{self.run_dir or 'the model'} translates one direction: no target tokens to mix")
        for lang in mix:
            self.encode_sources([], lang)  # a language the run knows, or the error naming the ones it does
        languages = list(mix)
        tokens = [self.src_vocab.id_of(target_token(lang)) for lang in languages]
        inner = self.model
        self.model = MixedTokenModel(inner, tokens[0], tokens, [mix[lang] for lang in languages])
        try:
            return self.translate(texts, options, to=languages[0])
        finally:
            self.model = inner

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the run translates into: a multilingual run's <2xx> tokens, or its one target."""
        return target_languages(self.config.data.directions)

    def encode_sources(self, texts: list[str], to: str | None) -> list[np.ndarray]:
        """Source ids, EOS last; a multilingual run's after the <2xx> token of `to`, which it must name."""
        data, name = self.config.data, self.run_dir or "the model"
        known = ", ".join(self.languages)
        if data.multilingual and to is None:
            raise ConfigError(f"{name} translates into several languages ({known}): say which with --to (to=)")
        if to is not None and to not in self.languages and not data.side:
            raise ConfigError(f"--to {to}: {name} translates into {known} only")
        return encode_tagged(self.src_vocab, texts, to if data.multilingual else None)

    def translate_nbest(
        self,
        texts: list[str],
        options: DecodeOptions | None = None,
        progress: bool | None = False,
        to: str | None = None,
    ) -> list[list[Translation]]:
        """The `options.nbest` best translations of each text, best first. `progress`: a bar over the
        sentences (None: only on a terminal). `to`: the target language of a multilingual run (Johnson et al.)."""
        options = options or self.config.decode
        self._require_generator()
        if not texts:
            return []
        if options.replace_unk:  # Jean et al. §4.2: the attention says which source word an <unk> stands for
            if self.tgt_vocab.kind != "word" or self.src_vocab.kind != "word":
                kind = self.tgt_vocab.kind
                raise ConfigError(f"decode.replace_unk needs word vocabularies (data.vocab=word), not {kind}")
            options = replace(options, return_attention=True)
        sources = self._fit_to_model(self.encode_sources(texts, to), options)
        results: list[list[Translation] | None] = [None] * len(texts)
        was_training = self.model.training
        self.model.eval()
        disable = None if progress is None else not progress
        bar = tqdm(total=len(texts), unit="sent", desc="translating", disable=disable, leave=False)
        for index in self._batches(sources, options):
            src, src_mask = pad_sequences([sources[i] for i in index])
            src, src_mask = src.to(self.device), src_mask.to(self.device)
            with self._autocast():
                hypotheses = search(self._restricted(src, src_mask, options), src, src_mask, options)
            for i, sentence in zip(index, hypotheses, strict=True):
                results[i] = [self._translation(h, sources[i], texts[i], options) for h in sentence]
            bar.update(len(index))
        bar.close()
        self.model.train(was_training)
        return results

    # ------------------------------------------------------------------------------ language models
    def generate(self, prompt: str, options: SamplingOptions, source: str = "", samples: int = 1) -> list[str]:
        """`samples` texts, each `prompt` and a sampled continuation. A language model's (data.side) source is
        empty; a translation model continues `prompt` as a translation of `source`."""
        self._require_generator()
        src = torch.tensor(encode_with_eos(self.src_vocab, [source])[0], device=self.device).long()
        prefix = self.tgt_vocab.encode([prompt])[0] if prompt else []
        generator = torch.Generator(device=self.device).manual_seed(options.seed)
        src = src[None].expand(samples, -1)
        was_training = self.model.training
        self.model.eval()
        with self._autocast():
            rows = sample(self.model, src, torch.ones_like(src, dtype=torch.bool), prefix, options, generator)
        self.model.train(was_training)
        return [self.tgt_vocab.decode(prefix + row) for row in rows]

    def fill_mask(self, text: str, top_k: int = 5) -> tuple[str, list[list[tuple[str, float]]]]:
        """A masked language model's guesses for each [MASK] in `text`: the text with each mask filled by its
        likeliest piece, and each mask's top_k (piece, probability), likeliest first."""
        if self.model.generates:
            raise ConfigError(f"{self.run_dir} is a {self.config.arch} run: fill-mask needs a masked language model")
        parts = text.split(MASK_TEXT)
        if len(parts) == 1:
            raise ValueError(f"no {MASK_TEXT} in {text!r}: write {MASK_TEXT} where a piece is missing")
        ids: list[int] = []
        for i, part in enumerate(parts):
            ids += self.src_vocab.encode([part.strip()])[0] if part.strip() else []
            ids += [MASK] if i < len(parts) - 1 else [EOS]
        src = torch.tensor([ids], device=self.device)
        with torch.no_grad():
            log_probs = fill_mask_log_probs(self.model.eval(), src, torch.ones_like(src, dtype=torch.bool))[0]
        masks = [i for i, token in enumerate(ids) if token == MASK]
        top = log_probs[masks].exp().topk(min(top_k, log_probs.size(-1)), dim=-1)
        guesses = [
            [(self.tgt_vocab.pieces([t])[0], round(float(p), 4)) for t, p in zip(ts.tolist(), ps, strict=True)]
            for ts, ps in zip(top.indices, top.values, strict=True)
        ]
        filled = list(ids)
        for position, best in zip(masks, top.indices[:, 0].tolist(), strict=True):
            filled[position] = best
        return self.tgt_vocab.decode(filled), guesses

    def _require_generator(self) -> None:
        if not self.model.generates:
            raise ConfigError(
                f"{self.run_dir} is a masked language model ({self.config.arch}): it fills masks (`landmark "
                "fill-mask`) and does not translate or generate"
            )

    def _restricted(self, src: torch.Tensor, src_mask: torch.Tensor, options: DecodeOptions) -> Seq2SeqModel:
        """The model, decoding over each sentence's candidate list when the options ask for one (Jean et al. §3.2)."""
        if not (options.candidates_frequent or options.candidates_per_word):
            return self.model
        table = self.lexicon() if options.candidates_per_word else torch.zeros(self.src_vocab.size, 0, dtype=torch.long)
        size = self.tgt_vocab.size
        candidates, valid = candidate_lists(
            src, src_mask, table.to(src.device), options.candidates_frequent, options.candidates_per_word, size
        )
        return CandidateModel(self.model, candidates, valid, size)

    def lexicon(self) -> torch.Tensor:
        """The lexical table (source V, 50) of the run's training data (landmark/data/lexicon.py): learned once
        and kept in the run directory."""
        if self._lexicon is None:
            path = self.run.lexicon_path if self.run is not None else None
            if path is not None and path.exists():
                self._lexicon = torch.load(path)
            else:
                table = training_lexicon(self.config.data, self.src_vocab, self.tgt_vocab)
                self._lexicon = torch.from_numpy(table)
                if path is not None:
                    atomic_save(self._lexicon, path)
        return self._lexicon

    def _fit_to_model(self, sources: list[np.ndarray], options: DecodeOptions) -> list[np.ndarray]:
        """Sources longer than the model reads are refused, or cut to its limit (EOS kept last) with a warning
        naming each input by its number from 1 (its line, for a file), as options.long_inputs says."""
        limit = self.model.max_source_length()
        too_long = [i for i, s in enumerate(sources) if limit and len(s) > limit]
        if not too_long:
            return sources
        lines = ", ".join(f"{i + 1} ({len(sources[i])} tokens)" for i in too_long[:5])
        lines += f" and {len(too_long) - 5} more" if len(too_long) > 5 else ""
        if options.long_inputs == "refuse":
            raise ValueError(
                f"input {lines} is longer than the {limit} tokens the model reads (EOS included); shorten or split "
                "it, or pass --set decode.long_inputs=cut to cut it"
            )
        warnings.warn(
            f"input {lines} is longer than the {limit} tokens the model reads: cut to its first {limit - 1} tokens "
            "(--set decode.long_inputs=refuse refuses instead)",
            LongInputWarning,
            stacklevel=3,
        )
        for i in too_long:
            sources[i] = np.append(sources[i][: limit - 1], sources[i][-1])
        return sources

    def _autocast(self):
        enabled = self.device.type == "cuda" and self.config.train.precision in ("auto", "bf16")
        return torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=enabled)

    def _batches(self, sources: list[np.ndarray], options: DecodeOptions) -> list[list[int]]:
        """Sentences sorted by length and cut so that batch rows x longest source x beam stays in budget."""
        order = sorted(range(len(sources)), key=lambda i: len(sources[i]))
        batches, current, longest = [], [], 0
        for i in order:
            longest_if_added = max(longest, len(sources[i]))
            if current and (len(current) + 1) * longest_if_added * options.beam_size > options.batch_tokens:
                batches.append(current)
                current, longest_if_added = [], len(sources[i])
            current.append(i)
            longest = longest_if_added
        return batches + ([current] if current else [])

    def _translation(self, hypothesis, source: np.ndarray, text: str, options: DecodeOptions) -> Translation:
        pieces, output = self.tgt_vocab.pieces(hypothesis.tokens), self.tgt_vocab.decode(hypothesis.tokens)
        if options.replace_unk:
            words = text.split()[: len(source) - 1]  # the words that source's ids (EOS last) stand for
            best = self.lexicon()[torch.from_numpy(source[:-1]).long(), 0].tolist()  # PAD: no translation
            dictionary = {w: self.tgt_vocab.pieces([t])[0] for w, t in zip(words, best, strict=True) if t != PAD}
            pieces = replace_unknowns(hypothesis.tokens, pieces, hypothesis.attention, words, dictionary)
            output = " ".join(pieces)
        return Translation(
            text=output,
            tokens=pieces,
            score=hypothesis.score,
            attention=hypothesis.attention,
            source_tokens=self.src_vocab.pieces(source.tolist()),
        )
