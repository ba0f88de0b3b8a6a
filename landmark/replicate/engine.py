"""The replication engine: train a page's variants, score them on the test sets, keep the records and evidence.

Every page follows one recipe: train variants of its paper's preset (`--set` overrides only, through the one
Trainer) into out_dir/<paper>/<variant>/; translate Multi30k en-de's test_2016_flickr and test_2017_flickr with
beam 5 and score them with sacreBLEU; append one record per score to <docs>/results/<paper>.jsonl; keep each
run's hypotheses, config and metrics beside the records. The paper's module (landmark/replicate/<paper>.py) says
which variants, draws its figures and writes the page (landmark/replicate/page.py).

Scales: a scale is what every page shares at one budget — data and training overrides, how much of each test set
is scored, a note for the page. What each paper trains at each scale (which preset size, its model's widths, its
step budget, a subset of its variants) is that paper's `BUDGETS`, since only the paper's module knows its model:
    small  the -small presets as they are (one GPU, minutes a run);
    cpu    the comparison at a budget two CPU cores afford in a working session: widths of 256, a 6,000-piece
           vocabulary, one thread and a fixed number of steps a run (the same for every run of a page, so that
           two runs sharing the cores stay comparable), all of Multi30k and the whole test sets;
    tiny   the -tiny presets on a slice of the training data for a few dozen steps, scoring the first sentences
           of each test set: a smoke run of the whole pipeline, for tests. Its page says so in its first line, and
           its page, figures and records are written under out_dir/docs/, never into docs/.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from landmark.config import (
    ConfigError,
    DecodeOptions,
    RunConfig,
    apply_overrides,
    config_from_dict,
    load_config,
    load_raw,
)
from landmark.data.corpora import load_split
from landmark.evaluate.language import language_rate
from landmark.evaluate.scoring import Scores, corpus_scores
from landmark.provenance import result_record
from landmark.runs import RunDir, write_text_atomically
from landmark.train.trainer import Trainer
from landmark.translator import Translator

TEST_SPLITS = ("test_2016_flickr", "test_2017_flickr")
BEAM = 5
# Every page is about Multi30k, whatever a preset says, and en-de unless the page's experiment is about other
# directions (a multilingual run's list of them, a low-resource pair): so that the papers' pages compare.
CORPUS = "multi30k"
PAIR = "en-de"


@dataclass(frozen=True)
class Scale:
    name: str
    overrides: tuple[str, ...]  # --set overrides of the data and train sections, on top of every preset
    max_sentences: int  # sentences scored from the start of each test set; 0 = all of them
    note: str = ""  # the page's first line, when the scale is not the presets' own


@dataclass(frozen=True)
class Budget:
    """What one paper trains at one scale."""

    size: str = "small"  # each variant trains the preset <paper preset>-<size>
    overrides: dict[str, tuple[str, ...]] = field(default_factory=dict)  # paper preset -> --set overrides of its runs
    max_steps: int = 0  # train.max_steps of every run of the page; 0 leaves the preset's budget
    variants: tuple[str, ...] = ()  # the only variants to train; () = every variant of the page


SCALES = {
    "small": Scale("small", (), 0),
    "cpu": Scale(
        "cpu",
        (
            "data.vocab_size=6000",
            "train.batch_tokens=3072",
            "train.max_minutes=0",  # the budget is steps (each paper's max_steps), not minutes: runs may share cores
            "train.patience=0",
            "train.warmup_steps=100",
            # A constant rate after warm-up: the inverse-sqrt decay had the rate at 0.38 of its peak by step 700,
            # with every curve still falling steeply (measured in docs/results/rnn-learning-speed.md).
            "train.schedule=constant",
            "train.eval_every=100",
            "train.checkpoint_every=100",
            "train.eval_sentences=300",
            "train.num_threads=1",
        ),
        max_sentences=0,
        note="**CPU scale**: each run trained on one CPU thread for a fixed number of steps at widths of 256, far less "
        "than the -small presets' ten GPU minutes; the comparisons hold between runs of this page, and the BLEU "
        "is far below what these models reach with a GPU budget.",
    ),
    "tiny": Scale(
        "tiny",
        (
            "data.vocab=word",  # no SentencePiece model to train for each of a dozen toy runs
            "data.vocab_size=600",
            "data.train_limit=1500",
            "train.max_steps=40",
            "train.max_minutes=0",
            "train.patience=0",
            "train.batch_tokens=1200",
            "train.lr=0.01",
            "train.warmup_steps=5",
            "train.eval_every=1000",  # one validation, at the end
            "train.checkpoint_every=1000",
            "train.eval_sentences=30",
            "train.log_every=10",
            "train.num_threads=1",
        ),
        max_sentences=40,
    ),
}


@dataclass
class Evaluation:
    split: str
    scores: Scores
    sources: list[str]
    references: list[str]
    hypotheses: list[str]
    capped: bool  # only the first Scale.max_sentences of the split were scored
    target_language_rate: float | None = None  # a multilingual run's: the share of outputs in the asked language


@dataclass
class Run:
    variant: str  # its name on the page, e.g. 'reversed'
    preset: str
    overrides: tuple[str, ...]  # the variant's own --set overrides of the preset (the scale's are not listed)
    run: RunDir
    config: RunConfig
    summary: dict  # Trainer.fit's summary
    val_ppl: float | None  # validation perplexity of best.pt, the checkpoint that is evaluated
    evaluations: dict[str, Evaluation] = field(default_factory=dict)
    _translator: Translator | None = field(default=None, repr=False)

    @property
    def translator(self) -> Translator:
        if self._translator is None:
            self._translator = Translator(self.run.path, "best", self.config.train.device)
        return self._translator

    def bleu(self, split: str) -> float:
        return self.evaluations[split].scores.bleu

    def mean_bleu(self) -> float:
        return sum(self.bleu(split) for split in TEST_SPLITS) / len(TEST_SPLITS)


class Replication:
    """One paper's replication at one scale: where its runs, page, figures and records go, and the shared steps."""

    def __init__(
        self,
        paper: str,
        budgets: dict[str, Budget],
        scale: str,
        out_dir: str | Path,
        data_dir: str | Path | None,
        docs_dir: str | Path,
        progress: bool | None,
    ):
        if scale not in SCALES:
            raise ValueError(f"scale is {scale!r}; valid: {', '.join(SCALES)}")
        if scale not in budgets:
            raise ValueError(f"{paper} has no budget at scale {scale!r}; its scales: {', '.join(budgets)}")
        self.paper, self.scale, self.budget = paper, SCALES[scale], budgets[scale]
        self.runs_dir = Path(out_dir) / paper
        self.data_dir, self.progress = data_dir, progress
        # A smoke run's page, figures and records stay beside its runs: smoke figures never land in docs/.
        self.docs_dir = Path(out_dir) / "docs" if self.scale.name == "tiny" else Path(docs_dir)
        self.page_path = self.docs_dir / "replications" / f"{paper}.md"
        self.figures_dir = self.docs_dir / "replications" / "figures" / paper
        self.records_path = self.docs_dir / "results" / f"{paper}.jsonl"
        # What a reader needs to check a page without its runs: hypotheses, and each run's config and metrics.
        self.hyps_dir = self.docs_dir / "results" / "hyps" / paper
        self.evidence_dir = self.docs_dir / "results" / "runs" / paper
        self.command = f"landmark replicate {paper} --scale {scale} --out {out_dir}"
        if self.scale.name != "tiny":
            self.command += f" --docs {docs_dir}"
        self.runs: list[Run] = []
        self.figures: list[Path] = []
        self._test_sets: dict[str, tuple[list[str], list[str], bool]] = {}

    def log(self, message: str) -> None:
        print(f"replicate {self.paper}: {message}", file=sys.stderr, flush=True)

    def wants(self, variant: str) -> bool:
        """Whether this scale trains `variant` (a budget may train a subset of a page's variants)."""
        return not self.budget.variants or variant in self.budget.variants

    # ------------------------------------------------------------------------------------------ runs
    def config(self, preset: str, overrides: tuple[str, ...], pair: str = PAIR) -> RunConfig:
        steps = (f"train.max_steps={self.budget.max_steps}",) if self.budget.max_steps else ()
        everything = [f"data.corpus={CORPUS}", f"data.pair={pair}", *self.scale.overrides, *steps, *overrides]
        return config_from_dict(apply_overrides(load_raw(preset), everything))

    def train(self, variant: str, paper_preset: str, overrides: tuple[str, ...] = (), pair: str = PAIR) -> Run:
        """Train `<paper_preset>-<size>` with the page's settings (Multi30k `pair`, the scale's, the budget's) and the
        variant's overrides into out_dir/<paper>/<variant>/, or take the finished run already there if it was
        trained with the same config. `pair`: en-de, another direction, or a multilingual run's directions joined
        by ',' (data.pair)."""
        preset = f"{paper_preset}-{self.budget.size}"
        config = self.config(preset, (*self.budget.overrides.get(paper_preset, ()), *overrides), pair)
        shown = overrides if pair == PAIR else (f"data.pair={pair}", *overrides)
        return self.train_config(variant, preset, config, shown)

    def train_preset(self, variant: str, preset: str, overrides: tuple[str, ...] = ()) -> Run:
        """As `train`, but `preset` exactly as it is, with `overrides` only: a run on another corpus than the page's
        translation runs (a language model of Tiny Shakespeare), at its own settings."""
        return self.train_config(variant, preset, load_config(preset, overrides), overrides)

    def train_config(self, variant: str, preset: str, config: RunConfig, overrides: tuple[str, ...]) -> Run:
        run = RunDir(self.runs_dir / variant)
        summary = run.finished_with(config)
        if summary is None:  # another page may have trained the very same run (one page's control is another's model)
            for other in map(RunDir, sorted(self.runs_dir.parent.glob("*/*/"))):
                if other.path != run.path and (summary := finished_with(other, config)) is not None:
                    self.log(f"{variant}: reusing {other.path}, a finished run with the same config")
                    run = other
                    break
        if summary is None:
            # An unfinished run of this very config (a page's runs may span sessions) goes on from its last
            # checkpoint, as `landmark train --resume` would; a different or checkpoint-less one starts again.
            resume = run.exists() and run.config() == config and (run.path / "last.pt").exists()
            if run.path.is_dir() and not any(run.path.iterdir()):
                run.path.rmdir()  # what a run stopped before it began leaves (the trainer empties it): nothing lost
            if run.path.exists() and not resume:
                if not run.exists():
                    raise FileNotFoundError(f"{run.path} exists and is not a landmark run; move it or choose --out")
                shutil.rmtree(run.path)
            self.log(
                f"{'resuming' if resume else 'training'} {variant} ({' '.join([preset, *overrides])}) in {run.path}"
            )
            origin = {"preset": preset, "command": self.command}
            trainer = Trainer(
                config, run.path, data_dir=self.data_dir, resume=resume, progress=self.progress, origin=origin
            )
            summary = trainer.fit()
        elif run.path == self.runs_dir / variant:
            self.log(f"{variant}: reusing the finished run in {run.path}")
        trained = Run(variant, preset, tuple(overrides), run, config, summary, run.best_val_ppl())
        self.runs.append(trained)
        self.keep_evidence(trained)
        return trained

    def keep_evidence(self, run: Run) -> None:
        """The run's config, run.json and metrics, copied under <docs>/results/runs/<paper>/<variant>/: what a
        reader needs to check the page without the run itself."""
        evidence = self.evidence_dir / run.variant
        evidence.mkdir(parents=True, exist_ok=True)
        for path in (run.run.config_path, run.run.info_path, run.run.metrics_path):
            if path.exists():
                shutil.copyfile(path, evidence / path.name)

    def test_set(self, split: str, pair: str = PAIR) -> tuple[list[str], list[str], bool]:
        """A split's (sources, references) in one direction, cut to the scale's max_sentences, and whether it was
        cut."""
        if (split, pair) not in self._test_sets:
            sources, references = load_split(CORPUS, split, *pair.split("-"), self.data_dir)
            keep = self.scale.max_sentences or len(sources)
            self._test_sets[split, pair] = (sources[:keep], references[:keep], keep < len(sources))
        return self._test_sets[split, pair]

    def evaluate(self, run: Run, splits: tuple[str, ...] = TEST_SPLITS) -> Run:
        """Beam-5 translations of each split in the run's direction, scored and recorded into run.evaluations
        (see `score`)."""
        for split in splits:
            run.evaluations[split] = self.score(run, split)
        return run

    def score(self, run: Run, split: str, pair: str | None = None, pivot: str | None = None) -> Evaluation:
        """Beam-5 translations of one split in one direction, scored and recorded; the hypotheses are kept under
        <docs>/results/ beside the records (and, as for every run the page trains, its config, run.json and
        metrics). `pair`: the direction, by default the run's (a multilingual run's first); a multilingual run
        translates it through its <2xx> token, and its records say whether the direction was trained (`zero_shot`)
        and which share of the outputs is in the asked language (`target_language_rate`, evaluate/language.py).
        `pivot`: through that language instead, source -> pivot -> target, two passes of the same model (Johnson
        et al. 2017 §5)."""
        data = run.config.data
        pair = pair or "-".join(data.directions[0])
        src_lang, tgt_lang = pair.split("-")
        options = replace(run.config.decode, beam_size=BEAM, nbest=1)
        sources, references, capped = self.test_set(split, pair)
        to = tgt_lang if data.multilingual else None
        hypotheses = self.translations(run, split, sources, options, to=to, via=pivot)
        scores = corpus_scores(hypotheses, references)
        direction = f".{pair}" if data.multilingual or pivot else ""
        direction += f".pivot-{pivot}" if pivot else ""
        hyps_path = self.hyps_dir / f"{run.variant}.{split}{direction}.best.beam{BEAM}.{tgt_lang}"
        hyps_path.parent.mkdir(parents=True, exist_ok=True)
        hyps_path.write_text("".join(h + "\n" for h in hypotheses), encoding="utf-8")
        extra = {"pair": pair} if data.multilingual or pair != data.pair else {}
        if data.multilingual:
            extra["zero_shot"] = pivot is None and (src_lang, tgt_lang) not in data.directions
            # Off-target output (English asked for French) scores low for another reason than a poor translation.
            known = sorted({language for direction in data.directions for language in direction} | {tgt_lang})
            extra["target_language_rate"] = round(language_rate(hypotheses, tgt_lang, known), 4)
        if pivot:
            extra["pivot"] = pivot
        hypotheses_path = hyps_path.relative_to(self.docs_dir).as_posix()
        record = self.record(run, split, len(sources), scores, options, hypotheses=hypotheses_path, **extra)
        self.write_records([record], same=("preset", "variant", "scale", "split", "pair", "pivot"))
        through = f" through {pivot}" if pivot else ""
        self.log(f"{run.variant} {pair}{through} {split}: BLEU {scores.bleu:.2f}, chrF {scores.chrf:.2f}")
        return Evaluation(split, scores, sources, references, hypotheses, capped, extra.get("target_language_rate"))

    def record(self, run: Run, split: str, sentences: int, scores: Scores, options: DecodeOptions, **extra) -> dict:
        """The record of one run's BLEU on one split, decoded with `options` (beam BEAM), and `extra` fields."""
        return self.result(
            run,
            split,
            sentences=sentences,
            **scores.record_fields(),
            beam=BEAM,
            length_penalty=options.length_penalty,
            checkpoint="best",
            **extra,
        )

    def result(self, run: Run, split: str, pair: str | None = None, **measured) -> dict:
        """The record of something measured on one run and split: the run's preset, variant, corpus and budget, then
        `measured`. `pair`: the direction measured, by default the run's pair; a language model's record names its
        side as its pair."""
        data = run.config.data
        return result_record(
            self.command,
            run.run.info().get("device") or run.translator.device,  # where it trained: train_seconds is there
            preset=run.preset,
            variant=run.variant,
            overrides=list(run.overrides),
            scale=self.scale.name,
            corpus=data.corpus,
            pair=pair or data.side or data.pair,
            split=split,
            **measured,
            train_seconds=run.summary.get("train_seconds"),
            steps=run.summary.get("steps"),
            train_precision=run.run.train_precision(),
        )

    def translations(
        self,
        run: Run,
        split: str,
        sources: list[str],
        options: DecodeOptions,
        to: str | None = None,
        via: str | None = None,
    ) -> list[str]:
        """The run's best.pt translations of `sources` (a multilingual run's into `to`; through `via` in two passes
        when given), kept in <run>/hyps/ with what they depend on (the checkpoint's bytes and time, the decoding
        options, the sources, the languages) and reused while all of it is the same: re-running a page after its
        text changed does not decode again."""
        checkpoint = run.run.path / "best.pt"
        key = {
            "checkpoint": checkpoint.stat().st_mtime_ns,
            "bytes": checkpoint.stat().st_size,
            "options": repr(options),
            "sources": hashlib.sha256("\n".join(sources).encode("utf-8")).hexdigest(),
        }
        languages = {"to": to, "via": via} if to or via else {}  # a one-direction run's key is as it always was
        key.update(languages)
        named = "".join(f".{name}-{lang}" for name, lang in languages.items() if lang)
        # one file per decoding options, so that a grid over them (gnmt2016's alpha x beta) keeps every cell
        named += "." + hashlib.sha256(key["options"].encode("utf-8")).hexdigest()[:10]
        cache = run.run.hyps_dir / f"replicate.{split}{named}.beam{options.beam_size}.json"
        if cache.exists():
            try:
                kept = json.loads(cache.read_text(encoding="utf-8"))
                if kept["key"] == key and len(kept["hypotheses"]) == len(sources):
                    self.log(f"{run.variant} {split}: translations of this checkpoint reused from {cache}")
                    return kept["hypotheses"]
            except (ValueError, KeyError, TypeError):
                pass  # a damaged cache is decoded again
        if via:
            hypotheses = [t.text for t in run.translator.pivot(sources, via, to, options)[1]]
        else:
            hypotheses = [t.text for t in run.translator.translate(sources, options, to=to)]
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(cache, json.dumps({"key": key, "hypotheses": hypotheses}, ensure_ascii=False))
        return hypotheses

    def write_records(self, records: list[dict], same: tuple[str, ...] = ("preset", "variant", "scale", "split")):
        """Append records, dropping the earlier ones that match one of them on the keys `same` (by default the same
        run and split): a re-run of a page measures again and its records say what the page now shows (git keeps
        the old ones)."""
        replaced = {tuple(record.get(key) for key in same) for record in records}
        kept = []
        if self.records_path.exists():
            for line in self.records_path.read_text(encoding="utf-8").splitlines():
                if line.strip() and tuple(json.loads(line).get(key) for key in same) not in replaced:
                    kept.append(line)
        lines = [*kept, *map(json.dumps, records)]
        self.records_path.parent.mkdir(parents=True, exist_ok=True)
        self.records_path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")

    def figure(self, name: str) -> Path:
        path = self.figures_dir / name
        self.figures.append(path)
        return path


def finished_with(run: RunDir, config: RunConfig) -> dict | None:
    """run.finished_with(config), or None for a run whose config this version cannot read (another version's, or
    a page's run with fields this one does not know): a run to reuse, never a reason to stop."""
    try:
        return run.finished_with(config)
    except (ConfigError, OSError, ValueError):
        return None


def example_sentences(sources: list[str], count: int = 3) -> list[int]:
    """Indices of `count` test sentences to draw: the first of 10-16 words (readable heatmaps), then any."""
    chosen = [i for i, s in enumerate(sources) if 10 <= len(s.split()) <= 16][:count]
    return chosen + [i for i in range(len(sources)) if i not in chosen][: count - len(chosen)]
