"""Typed configuration: one frozen dataclass per concern, YAML as their serialisation.

A run is described by a `RunConfig` with four sections, `model`, `data`, `train` and `decode`. The model
section names its architecture (`arch: vaswani2017`), which picks the model's own config class from the
registry in `landmark.models`: that is why this module sits above the models in the layers, while each model's
own config dataclass lives in its model file. Loading rejects unknown keys and wrong types with the key's full
name and the valid choices; `--set train.lr=3e-4` overrides go through the same checks.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from landmark.models import MODELS, arch_of

PRESETS_DIR = Path(__file__).parent / "presets"


class ConfigError(ValueError):
    """A configuration key or value that cannot be used; the message names the key and the valid choices."""


@dataclass(frozen=True)
class DataConfig:
    corpus: str = "multi30k"  # a name from `landmark data` (multi30k, tatoeba-eng-fra, toy:reverse, ...)
    pair: str = "en-de"  # source-target codes; several joined by ',' (or a YAML list): data/multilingual.py
    vocab: str = "sentencepiece"  # 'sentencepiece' (subwords, trained on the training split) or 'word'
    vocab_size: int = 8000  # SentencePiece pieces (an upper bound: small corpora get fewer); words: 0 keeps every one
    joint_vocab: bool = True  # one vocabulary for both sides (needed to share embeddings)
    sentencepiece_model: str = "unigram"  # 'unigram' or 'bpe'
    max_len: int = 128  # training pairs with more tokens than this on either side are skipped
    train_limit: int = 0  # use only the first N training pairs; 0 uses them all
    # A folder written by `landmark data prepare` (landmark.data.shards): the training pairs are read from its shards
    # of token ids, one shard in memory at a time, with its vocabulary; validation still reads `corpus`.
    prepared: str = ""
    # A language model instead of a translator: train on this language's side of the corpus alone (each line a
    # target with an empty source; `pair` is then unused), or on several sides one after another ('en,de': each
    # line of each, as monolingual text). '' = translate `pair`.
    side: str = ""
    # What a decoder-only or encoder-only model learns from the side's text: 'lm' (predict the next token) or
    # 'mlm' (BERT's masked-token prediction, 15% of the tokens, 80/10/10). Translation runs ignore it.
    objective: str = "lm"
    multiway: bool = False  # multilingual: every language pair on every sentence; false: pair i mod k has sentence i
    temperature: float = 1.0  # direction d's share of an epoch is proportional to n_d^(1/T): 1 = as the data has it
    # 'r/k': train only on the training sentences whose line number i (from 0, after train_limit) has i mod k = r,
    # one of k disjoint slices (0/10: a tenth; 0/2: the sentences a two-pair multilingual run gives its first
    # pair). '' = every sentence.
    train_slice: str = ""
    # A folder of more training pairs, train.<src> and train.<tgt> line by line (what `landmark backtranslate`
    # writes), added to the corpus's: synthetic pairs beside real ones. Its sources may begin with the <BT> tag
    # (Caswell et al. 2019), which the run's vocabulary then keeps as one piece. '' = none.
    extra_train: str = ""
    # More languages, e.g. 'cs', whose training side (all of it, as monolingual text) also trains the vocabulary,
    # so that a run later started from this one (train.init_from) can read and write them. '' = none.
    vocab_extra: str = ""

    def __post_init__(self):
        check_limits("data", self)

    @property
    def directions(self) -> tuple[tuple[str, str], ...]:  # (source, target) of each direction in `pair`, in order
        return tuple(tuple(direction.split("-")) for direction in self.pair.split(","))

    @property
    def multilingual(self) -> bool:
        return len(self.directions) > 1

    @property
    def src_lang(self) -> str:  # a multilingual run's are its first direction's
        return self.directions[0][0]

    @property
    def tgt_lang(self) -> str:
        return self.directions[0][1]


@dataclass(frozen=True)
class TrainConfig:
    batch_tokens: int = 4096  # padded target tokens per batch (the batch is sized by tokens, not sentences)
    accumulate: int = 1  # batches per optimizer step
    lr: float = 7e-4  # peak learning rate, reached at the end of warm-up
    warmup_steps: int = 4000  # linear warm-up, then decay with 1/sqrt(step) (Vaswani et al. §5.3)
    schedule: str = "inverse_sqrt"  # 'inverse_sqrt', 'constant' or 'cosine' (to lr / 10 at max_steps; nanoGPT's)
    adam_betas: tuple[float, float] = (0.9, 0.98)
    adam_eps: float = 1e-9
    weight_decay: float = 0.0
    label_smoothing: float = 0.1  # epsilon_ls (Vaswani et al. §5.4)
    clip_norm: float = 1.0  # clip the global gradient norm to this; 0 turns clipping off
    max_steps: int = 0  # stop after this many optimizer steps; 0 = no limit
    max_epochs: int = 0  # stop after this many passes over the data; 0 = no limit
    max_minutes: float = 0.0  # stop after this much training time (validation excluded); 0 = no limit
    eval_every: int = 1000  # validate (loss and BLEU) every N steps, and at the end
    eval_sentences: int = 0  # validate BLEU on the first N val sentences only; 0 = all
    eval_beam_size: int = 1  # beam used for validation BLEU (1 = greedy, the cheapest)
    patience: int = 0  # stop when the validation has not improved for N validations; 0 = never
    best_by: str = "bleu"  # what makes best.pt, and what patience waits for: val 'bleu' (higher) or 'loss' (lower)
    checkpoint_every: int = 1000  # write a checkpoint every N steps (and at every validation)
    keep_checkpoints: int = 5  # numbered checkpoints to keep on disk (last.pt and best.pt are extra)
    average_last: int = 0  # at the end, average the last N checkpoints into averaged.pt; 0 = off
    log_every: int = 50  # steps between metric lines in metrics.jsonl
    seed: int = 1
    device: str = "auto"  # 'auto' (cuda when present), 'cuda', 'cpu'
    precision: str = "auto"  # 'auto' (bf16 on cuda, and on bf16 CPUs where the model gains), 'bf16', 'fp32'
    compile: bool = False  # torch.compile the model (helps on GPU; shapes vary, so it compiles dynamically)
    num_threads: int = 0  # CPU threads for torch; 0 leaves torch's default
    # tau of Jean et al. 2015 §3.2: the corpus is cut into partitions of at most tau distinct target words each, and
    # a batch's softmax is normalised over its partition's words only; 0 = the full softmax over the vocabulary
    sampled_vocab: int = 0
    # A bert run directory whose encoder (its best checkpoint) starts this run's encoder, and whose vocabulary this
    # run takes (a pretrained encoder comes with its tokenizer): vaswani2017 with model.pre_norm=true of the bert's
    # sizes (landmark.models.bert.transplant_encoder). '' = every weight starts random.
    init_encoder: str = ""
    # A run directory whose best checkpoint starts every weight of this run, and whose vocabulary this run takes:
    # fine-tuning (transfer from a parent model, Zoph et al. 2016; Kocmi & Bojar 2018). The model sections must
    # be the same; the optimiser and schedule start afresh. '' = every weight starts random.
    init_from: str = ""

    def __post_init__(self):
        check_limits("train", self)


@dataclass(frozen=True)
class DecodeOptions:
    beam_size: int = 5  # 1 = greedy
    length_penalty: float = 1.0  # alpha of GNMT's lp(Y) = ((5 + |Y|) / 6)^alpha; 0 = raw log-probability
    coverage_penalty: float = 0.0  # beta of GNMT's cp(X; Y) = beta sum_i log(min(sum_j p_ij, 1)); models with attention
    max_len_a: float = 1.5  # hypotheses end by max_len_a * source_length + max_len_b tokens
    max_len_b: int = 10
    nbest: int = 1  # hypotheses returned per input
    batch_tokens: int = 12000  # source tokens per decoding batch (times the beam size in the decoder)
    return_attention: bool = False  # keep each hypothesis' attention weights (T, S)
    allow_unk: bool = True  # let search emit the unknown-word token
    long_inputs: str = "cut"  # a source longer than the model reads: 'cut' to its end (with a warning) or 'refuse'
    # Jean et al. 2015 §3.2: search only a candidate list per sentence, the K most frequent target words and the K'
    # likeliest translations of each of its source words (a lexical table learned from the run's training data);
    # 0 and 0 = the whole vocabulary
    candidates_frequent: int = 0  # K
    candidates_per_word: int = 0  # K'
    replace_unk: bool = False  # each output <unk> becomes its most attended source word or that word's translation

    def __post_init__(self):
        check_limits("decode", self)


@dataclass(frozen=True)
class RunConfig:
    model: Any  # the model's own config dataclass, chosen by `arch`
    data: DataConfig = field(default_factory=DataConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    decode: DecodeOptions = field(default_factory=DecodeOptions)

    @property
    def arch(self) -> str:
        return arch_of(self.model)


SECTIONS = {"data": DataConfig, "train": TrainConfig, "decode": DecodeOptions}

# ---------------------------------------------------------------------------------------------------------
# Limits: every value a section may hold, checked when the section is built (from YAML, --set, a CLI flag or
# dataclasses.replace), so that a bad setting is refused before any data is read or any step is trained.


def _at_least(low):
    return (lambda value: value >= low), f"at least {low}"


def _one_of(*choices):
    return (lambda value: value in choices), f"one of {', '.join(map(repr, choices))}"


def _fraction():  # [0, 1)
    return (lambda value: 0 <= value < 1), "at least 0 and below 1"


def _directions(value: str) -> bool:  # data.pair: directions such as en-de, each once, joined by ','
    ds = value.split(",")
    valid = (re.fullmatch(r"[\w:]+-[\w:]+", d) and len(set(d.split("-"))) == 2 for d in ds)
    return len(set(ds)) == len(ds) and all(valid)


def _slice(value: str) -> bool:  # data.train_slice: '' or r/k, 0 <= r < k
    if value == "":
        return True
    match = re.fullmatch(r"(\d+)/(\d+)", value)
    return bool(match) and int(match[1]) < int(match[2])


LIMITS = {
    "data.pair": (
        _directions,
        "two different language codes joined by '-', e.g. en-de, or several such directions, each once, joined by "
        "',' (a multilingual run), e.g. en-de,de-en,en-fr,fr-en",
    ),  # fmt: skip
    "data.vocab": _one_of("sentencepiece", "word", "char"),
    "data.side": (
        (lambda v: v == "" or bool(re.fullmatch(r"[\w:]+(,[\w:]+)*", v))),
        "'' or a language code, e.g. de, or several joined by ',', e.g. en,de",
    ),
    "data.objective": _one_of("lm", "mlm"),
    "data.vocab_size": ((lambda v: v == 0 or v >= 8), "0 (words or characters: keep every one) or at least 8"),
    "data.sentencepiece_model": _one_of("unigram", "bpe"),
    "data.max_len": _at_least(2),
    "data.train_limit": _at_least(0),
    "data.multiway": _one_of(True, False),
    "data.temperature": ((lambda v: v > 0), "above 0 (1: the data's own proportions; larger: closer to uniform)"),
    "data.train_slice": (_slice, "'' or r/k with 0 <= r < k, e.g. 0/10 (the sentences i with i mod 10 = 0)"),
    "data.vocab_extra": (
        (lambda v: v == "" or bool(re.fullmatch(r"[\w:]+(,[\w:]+)*", v))),
        "'' or a language code, e.g. cs, or several joined by ',', e.g. cs,fr",
    ),
    "train.batch_tokens": _at_least(1),
    "train.accumulate": _at_least(1),
    "train.lr": ((lambda v: v > 0), "above 0"),
    "train.warmup_steps": _at_least(0),
    "train.schedule": _one_of("inverse_sqrt", "constant", "cosine"),
    "train.adam_betas": ((lambda v: all(0 <= b < 1 for b in v)), "two numbers, each at least 0 and below 1"),
    "train.adam_eps": ((lambda v: v > 0), "above 0"),
    "train.weight_decay": _at_least(0),
    "train.label_smoothing": _fraction(),
    "train.clip_norm": _at_least(0),
    "train.max_steps": _at_least(0),
    "train.max_epochs": _at_least(0),
    "train.max_minutes": _at_least(0),
    "train.eval_every": _at_least(1),
    "train.eval_sentences": _at_least(0),
    "train.eval_beam_size": _at_least(1),
    "train.patience": _at_least(0),
    "train.best_by": _one_of("bleu", "loss"),
    "train.checkpoint_every": _at_least(1),
    "train.keep_checkpoints": _at_least(1),
    "train.average_last": _at_least(0),
    "train.log_every": _at_least(1),
    "train.seed": _at_least(0),
    "train.device": ((lambda v: bool(re.fullmatch(r"auto|cpu|cuda(:\d+)?", v))), "auto, cpu, cuda or cuda:N"),
    "train.precision": _one_of("auto", "bf16", "fp32"),
    "train.num_threads": _at_least(0),
    "train.sampled_vocab": ((lambda v: v == 0 or v >= 8), "0 (the full softmax) or at least 8 words"),
    "decode.beam_size": _at_least(1),
    # Past about 100, ((5 + L) / 6)^alpha overflows a float for long outputs; 10 is far beyond any alpha in use.
    "decode.length_penalty": ((lambda v: 0 <= v <= 10), "at least 0 and at most 10 (GNMT's alpha: 0.6-1 is usual)"),
    "decode.coverage_penalty": ((lambda v: 0 <= v <= 10), "at least 0 and at most 10 (GNMT's beta: 0.2 is usual)"),
    "decode.max_len_a": _at_least(0),
    "decode.max_len_b": _at_least(0),
    "decode.nbest": _at_least(1),
    "decode.batch_tokens": _at_least(1),
    "decode.long_inputs": _one_of("cut", "refuse"),
    "decode.candidates_frequent": _at_least(0),
    "decode.candidates_per_word": _at_least(0),
}


def limit_error(key: str, value: Any) -> str | None:
    """What `value` must be, if it breaks the limits of the field `key` ('decode.beam_size'); None if it holds.
    The one test behind config files, --set, the CLI's flags and the server's requests."""
    if isinstance(value, float) and not math.isfinite(value):
        return "a finite number"
    if key in LIMITS and not LIMITS[key][0](value):
        return LIMITS[key][1]
    return None


def check_limits(section: str, values: Any) -> None:
    """Raise ConfigError naming the first field of `values` (a section dataclass) outside its limits."""
    for field_ in dataclasses.fields(values):
        key, value = f"{section}.{field_.name}", getattr(values, field_.name)
        if (must := limit_error(key, value)) is not None:
            raise ConfigError(f"{key} is {value!r}; it must be {must}")
    if section == "data" and values.side and not values.joint_vocab:
        raise ConfigError(
            f"data.side is {values.side!r}: a language model reads one vocabulary; set data.joint_vocab=true"
        )
    if section == "data" and values.multilingual and (values.side or not values.joint_vocab or values.vocab == "char"):
        raise ConfigError(
            f"data.pair is {values.pair!r}, a multilingual run: it needs one joint vocabulary (data.joint_vocab=true) "
            "of subwords or words (data.vocab=sentencepiece or word), and no data.side"
        )
    if (
        section == "data"
        and values.prepared
        and (values.side or values.multilingual or values.train_limit or values.train_slice or values.extra_train)
    ):
        raise ConfigError(
            "data.prepared reads one direction's encoded training pairs: it cannot be combined with data.side, "
            "several directions in data.pair, data.train_limit, data.train_slice or data.extra_train (prepare the "
            "corpus you want to train on instead)"
        )
    if section == "data" and values.multilingual and (values.train_slice or values.extra_train):
        raise ConfigError(
            f"data.pair is {values.pair!r}, a multilingual run, whose directions share the sentences by their own "
            "rule (data.multiway): data.train_slice and data.extra_train are for one direction"
        )
    if section == "data" and values.side and (values.train_slice or values.extra_train or values.vocab_extra):
        raise ConfigError(
            f"data.side is {values.side!r}, a language model: data.train_slice, data.extra_train and "
            "data.vocab_extra are for translation runs"
        )
    if section == "data" and values.vocab_extra and not values.joint_vocab:
        raise ConfigError(
            f"data.vocab_extra is {values.vocab_extra!r}: more languages' text trains one joint vocabulary; set "
            "data.joint_vocab=true"
        )
    if section == "train" and values.init_from and values.init_encoder:
        raise ConfigError("train.init_from starts every weight, train.init_encoder the encoder: set one of them")
    if section == "data" and values.objective == "mlm" and not values.side:
        raise ConfigError("data.objective is 'mlm': masked-token training reads one language; set data.side")
    if section == "train" and values.schedule == "cosine" and not values.max_steps:
        raise ConfigError("train.schedule is 'cosine': it decays until train.max_steps; set train.max_steps")
    if section == "train" and values.average_last > values.keep_checkpoints:
        raise ConfigError(
            f"train.average_last is {values.average_last} but only train.keep_checkpoints={values.keep_checkpoints} "
            "checkpoints are kept to average"
        )
    if section == "data" and values.vocab_size == 0 and values.vocab == "sentencepiece":
        raise ConfigError("data.vocab_size is 0 (keep every word or character), which needs data.vocab=word or char")
    if section == "decode" and values.nbest > values.beam_size:
        raise ConfigError(
            f"decode.nbest is {values.nbest}; a beam of {values.beam_size} finds at most {values.beam_size}"
        )


def check_model_limits(values: Any) -> None:
    """What every model config shares: whole-number fields are sizes or counts (at least 1), dropouts are fractions."""
    for field_ in dataclasses.fields(values):
        value = getattr(values, field_.name)
        if isinstance(value, bool):
            continue
        if isinstance(value, int) and value < 1:
            raise ConfigError(f"model.{field_.name} is {value}; it must be at least 1")
        if "dropout" in field_.name and not 0 <= value < 1:
            raise ConfigError(f"model.{field_.name} is {value}; it must be at least 0 and below 1")


def _check_value(key: str, value: Any, annotation: Any) -> Any:
    """Return `value` converted to the field's type, or raise ConfigError naming `key`."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(annotation)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _check_value(key, value, option)
            except ConfigError as error:
                errors.append(str(error))
        raise ConfigError(errors[0])
    if origin is tuple:
        element_types = typing.get_args(annotation)
        if not isinstance(value, (list, tuple)) or len(value) != len(element_types):
            raise ConfigError(f"{key}: expected a list of {len(element_types)} values, got {value!r}")
        return tuple(_check_value(key, v, t) for v, t in zip(value, element_types, strict=True))
    if annotation is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true or false, got {value!r}")
        return value
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key}: expected a whole number, got {value!r}")
        return value
    if annotation is float:
        if isinstance(value, str):  # YAML 1.1 reads 5e-4 (no dot) as a string
            try:
                value = float(value)
            except ValueError:
                pass
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{key}: expected a number, got {value!r}")
        return float(value)
    if annotation is str:
        if key == "data.pair" and isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ",".join(value)  # a YAML list of directions
        if not isinstance(value, str):
            raise ConfigError(f"{key}: expected a string, got {value!r}")
        return value
    return value


def build_section(cls: type, values: dict[str, Any], prefix: str) -> Any:
    """Build dataclass `cls` from a mapping, rejecting unknown keys and values of the wrong type."""
    if not isinstance(values, dict):
        raise ConfigError(f"{prefix}: expected a mapping of keys to values, got {values!r}")
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    unknown = sorted(set(values) - set(names))
    if unknown:
        raise ConfigError(f"unknown key {prefix}.{unknown[0]}; valid keys of '{prefix}' are: {', '.join(names)}")
    checked = {name: _check_value(f"{prefix}.{name}", value, hints[name]) for name, value in values.items()}
    return cls(**checked)


def config_from_dict(raw: dict[str, Any]) -> RunConfig:
    """Build a RunConfig from its YAML mapping (sections model, data, train, decode)."""
    if not isinstance(raw, dict):
        raise ConfigError(f"a config is a mapping with sections model, data, train, decode; got {raw!r}")
    unknown = sorted(set(raw) - {"model", *SECTIONS})
    if unknown:
        raise ConfigError(f"unknown section '{unknown[0]}'; valid sections: model, {', '.join(SECTIONS)}")
    model_values = dict(raw.get("model") or {})
    arch = model_values.pop("arch", None)
    if arch not in MODELS:
        raise ConfigError(f"model.arch is {arch!r}; valid architectures: {', '.join(MODELS)}")
    model_cls = MODELS[arch][0]
    sections = {name: build_section(cls, raw.get(name) or {}, name) for name, cls in SECTIONS.items()}
    model = build_section(model_cls, model_values, "model")
    check_model_limits(model)
    return RunConfig(model=model, **sections)


def config_to_dict(config: RunConfig) -> dict[str, Any]:
    """The YAML mapping of a config, the inverse of `config_from_dict`."""

    def plain(section: Any) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(section).items()}

    return {
        "model": {"arch": config.arch, **plain(config.model)},
        **{name: plain(getattr(config, name)) for name in SECTIONS},
    }


def apply_overrides(raw: dict[str, Any], overrides: list[str]) -> dict[str, Any]:
    """Apply `section.key=value` strings to a config mapping; values are parsed as YAML (2, 3e-4, true, [1,2])."""
    raw = {section: dict(values or {}) for section, values in raw.items()}
    for override in overrides:
        key, sep, text = override.partition("=")
        section, dot, name = key.strip().partition(".")
        if not sep or not dot or not name:
            raise ConfigError(f"--set expects section.key=value (e.g. train.lr=3e-4), got {override!r}")
        if section not in ("model", *SECTIONS):
            raise ConfigError(f"--set {override}: unknown section '{section}'; valid: model, {', '.join(SECTIONS)}")
        raw.setdefault(section, {})[name] = yaml.safe_load(text) if text.strip() else ""
    return raw


def preset_names() -> list[str]:
    return sorted(path.stem for path in PRESETS_DIR.glob("*.yaml"))


def load_raw(name_or_path: str) -> dict[str, Any]:
    """The YAML mapping of a preset name (`vaswani2017-small`) or of a YAML file path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = PRESETS_DIR / f"{name_or_path}.yaml"
        if not path.exists():
            raise ConfigError(f"unknown preset '{name_or_path}'; presets: {', '.join(preset_names())}")
    if not path.exists():
        raise ConfigError(f"config file {path} does not exist")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: not valid YAML: {error}") from error
    return raw or {}


def load_config(name_or_path: str, overrides: list[str] | tuple[str, ...] = ()) -> RunConfig:
    """Load a preset or YAML file, apply `--set` overrides, and check every key and type."""
    raw = load_raw(name_or_path)
    try:
        return config_from_dict(apply_overrides(raw, list(overrides)))
    except ConfigError as error:
        raise ConfigError(f"{name_or_path}: {error}") from None


def config_to_yaml(config: RunConfig) -> str:
    return yaml.safe_dump(config_to_dict(config), sort_keys=False)


def replace(config: RunConfig, **sections: Any) -> RunConfig:
    """A copy of `config` with whole sections replaced (`replace(cfg, train=new_train)`)."""
    return dataclasses.replace(config, **sections)
