"""Replication pages: `landmark replicate <paper>` trains what a paper's claim needs, scores it, draws the paper's
figures and writes docs/replications/<paper>.md.

    PAPERS["bahdanau2015"]("small", Path("runs/replicate"), None, Path("docs"), None)
        -> Path("docs/replications/bahdanau2015.md")

Every paper follows one recipe: train variants of its `-small` preset (`--set` overrides only, through the one
Trainer) into out_dir/<paper>/<variant>/; translate Multi30k en-de's test_2016_flickr and test_2017_flickr with
beam 5 and score them with sacreBLEU (corpus_scores); append one record per score to docs/results/<paper>.jsonl;
draw with landmark.evaluate.analysis; and write a page on which every sentence about our results is filled in
from the measured numbers. What the papers report is quoted with its table or section.

Scales: 'small' trains the -small presets as they are (one GPU, minutes a run). 'cpu' is the same comparison at
a budget two CPU cores can afford in a working session: widths of 256, a 6,000-piece vocabulary, one thread and a
fixed number of steps a run (the same for every run of a page, so that two runs sharing the cores stay comparable),
all of Multi30k and the whole test sets. 'tiny' shrinks the presets to toy widths, a slice of the training data and
a few dozen steps, and scores only the first sentences of each test set: a smoke run of the whole pipeline, for
tests. Its page says so in its first line, and its page, figures and records are written under out_dir/docs/, never
into docs/.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from landmark.config import RunConfig, apply_overrides, config_from_dict, load_raw
from landmark.data.corpora import load_split
from landmark.evaluate.analysis import (
    bleu_by_length,
    nearest_neighbours,
    plot_attention,
    plot_bleu_by_length,
    plot_projection,
    project_2d,
    sentence_vectors,
)
from landmark.evaluate.scoring import Scores, corpus_scores, paired_bootstrap_p
from landmark.provenance import device_name, git_commit, today
from landmark.train.trainer import Trainer
from landmark.translator import Translator

TEST_SPLITS = ("test_2016_flickr", "test_2017_flickr")
BEAM = 5
# Every page is about Multi30k en-de, whatever a preset says, so that the papers' pages compare.
CORPUS_OVERRIDES = ("data.corpus=multi30k", "data.pair=en-de")


@dataclass(frozen=True)
class Scale:
    name: str
    overrides: tuple[str, ...]  # --set overrides of the data and train sections, on top of each -small preset
    model_fields: dict[str, int | float]  # model fields set wherever a preset's model has them (toy widths)
    max_sentences: int  # sentences scored from the start of each test set; 0 = all of them
    max_steps: dict[str, int] = field(default_factory=dict)  # paper -> train.max_steps of each of its runs
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)  # paper -> the only variants to train
    note: str = ""  # the page's first line, when the scale is not the presets' own


SCALES = {
    "small": Scale("small", (), {}, 0),
    "cpu": Scale(
        "cpu",
        (
            "data.vocab_size=6000",
            "train.batch_tokens=3072",
            "train.max_minutes=0",  # the budget is steps (max_steps below), not minutes: runs may share the cores
            "train.patience=0",
            "train.warmup_steps=100",
            "train.eval_every=100",
            "train.checkpoint_every=100",
            "train.eval_sentences=300",
            "train.num_threads=1",
        ),
        model_fields={"embedding_size": 256, "hidden_size": 256, "attention_size": 256, "maxout_size": 256},
        max_sentences=0,
        # About 4 epochs (2.9 for Luong); 1.3-1.7 s a step on one thread of the 2-core development machine.
        max_steps={"cho2014": 700, "sutskever2014": 700, "bahdanau2015": 700, "luong2015": 500},
        # Luong's grid without the no-feeding runs of three attention types: 7 runs instead of 10.
        variants={
            "luong2015": (
                "global-dot",
                "global-general",
                "global-concat",
                "local-m",
                "local-p",
                "global-general-no-feed",
                "local-p-no-feed",
            )
        },
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
        {"embedding_size": 32, "hidden_size": 32, "attention_size": 32, "maxout_size": 16, "num_layers": 1},
        40,
    ),
}


# ---------------------------------------------------------------------------------------------------------
# Training and scoring variants


@dataclass
class Evaluation:
    split: str
    scores: Scores
    sources: list[str]
    references: list[str]
    hypotheses: list[str]
    capped: bool  # only the first Scale.max_sentences of the split were scored


@dataclass
class Run:
    variant: str  # its name on the page, e.g. 'reversed'
    preset: str
    overrides: tuple[str, ...]  # the variant's own --set overrides of the preset (the scale's are not listed)
    run_dir: Path
    config: RunConfig
    summary: dict  # Trainer.fit's summary
    val_ppl: float | None  # validation perplexity of best.pt, the checkpoint that is evaluated
    evaluations: dict[str, Evaluation] = field(default_factory=dict)
    _translator: Translator | None = field(default=None, repr=False)

    @property
    def translator(self) -> Translator:
        if self._translator is None:
            self._translator = Translator(self.run_dir, "best", self.config.train.device)
        return self._translator

    def bleu(self, split: str) -> float:
        return self.evaluations[split].scores.bleu

    def mean_bleu(self) -> float:
        return sum(self.bleu(split) for split in TEST_SPLITS) / len(TEST_SPLITS)


class Replication:
    """One paper's replication: where its runs, page, figures and records go, and the shared steps."""

    def __init__(
        self,
        paper: str,
        scale: str,
        out_dir: str | Path,
        data_dir: str | Path | None,
        docs_dir: str | Path,
        progress: bool | None,
    ):
        if scale not in SCALES:
            raise ValueError(f"scale is {scale!r}; valid: {', '.join(SCALES)}")
        self.paper, self.scale = paper, SCALES[scale]
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

    # ------------------------------------------------------------------------------------------ runs
    def config(self, preset: str, overrides: tuple[str, ...]) -> RunConfig:
        raw = load_raw(preset)
        model_fields = [f"model.{k}={v}" for k, v in self.scale.model_fields.items() if k in raw.get("model", {})]
        steps = [f"train.max_steps={self.scale.max_steps[self.paper]}"] if self.paper in self.scale.max_steps else []
        everything = [*CORPUS_OVERRIDES, *self.scale.overrides, *steps, *model_fields, *overrides]
        return config_from_dict(apply_overrides(raw, everything))

    def train(self, variant: str, paper_preset: str, overrides: tuple[str, ...] = ()) -> Run:
        """Train `<paper_preset>-small` with the variant's overrides into out_dir/<paper>/<variant>/, or take the
        finished run already there if it was trained with the same config."""
        preset = f"{paper_preset}-small"
        config = self.config(preset, overrides)
        run_dir = self.runs_dir / variant
        summary = finished_summary(run_dir, config)
        if summary is None:  # another page may have trained the very same run (cho2014's is bahdanau2015's control)
            for other in sorted(self.runs_dir.parent.glob("*/*/")):
                if other != run_dir and (summary := finished_summary(other, config)) is not None:
                    self.log(f"{variant}: reusing {other}, a finished run with the same config")
                    run_dir = other
                    break
        if summary is None:
            if run_dir.exists():
                if not (run_dir / "config.yaml").exists():
                    raise FileNotFoundError(f"{run_dir} exists and is not a landmark run; move it or choose --out")
                shutil.rmtree(run_dir)  # an unfinished or different run of ours: start it again
            self.log(f"training {variant} ({' '.join([preset, *overrides])}) into {run_dir}")
            summary = Trainer(config, run_dir, data_dir=self.data_dir, progress=self.progress).fit()
        elif run_dir == self.runs_dir / variant:
            self.log(f"{variant}: reusing the finished run in {run_dir}")
        run = Run(variant, preset, tuple(overrides), run_dir, config, summary, best_val_ppl(run_dir))
        self.runs.append(run)
        return run

    def test_set(self, split: str) -> tuple[list[str], list[str], bool]:
        """A test split's (sources, references), cut to the scale's max_sentences, and whether it was cut."""
        if split not in self._test_sets:
            sources, references = load_split("multi30k", split, "en", "de", self.data_dir)
            keep = self.scale.max_sentences or len(sources)
            self._test_sets[split] = (sources[:keep], references[:keep], keep < len(sources))
        return self._test_sets[split]

    def evaluate(self, run: Run) -> Run:
        """Beam-5 translations of each test split, scored and recorded; the hypotheses and the run's config and
        metrics are kept under <docs>/results/ beside the records."""
        options = replace(run.config.decode, beam_size=BEAM, nbest=1)
        evidence = self.evidence_dir / run.variant
        evidence.mkdir(parents=True, exist_ok=True)
        for name in ("config.yaml", "run.json", "metrics.jsonl"):
            if (run.run_dir / name).exists():
                shutil.copyfile(run.run_dir / name, evidence / name)
        for split in TEST_SPLITS:
            sources, references, capped = self.test_set(split)
            hypotheses = [t.text for t in run.translator.translate(sources, options)]
            scores = corpus_scores(hypotheses, references)
            run.evaluations[split] = Evaluation(split, scores, sources, references, hypotheses, capped)
            hyps_path = self.hyps_dir / f"{run.variant}.{split}.best.beam{BEAM}.de"
            hyps_path.parent.mkdir(parents=True, exist_ok=True)
            hyps_path.write_text("".join(h + "\n" for h in hypotheses), encoding="utf-8")
            record = {
                "preset": run.preset,
                "variant": run.variant,
                "overrides": list(run.overrides),
                "scale": self.scale.name,
                "corpus": run.config.data.corpus,
                "pair": run.config.data.pair,
                "split": split,
                "sentences": len(sources),
                "bleu": scores.bleu,
                "chrf": scores.chrf,
                "signature": scores.signature,
                "chrf_signature": scores.chrf_signature,
                "beam": BEAM,
                "length_penalty": options.length_penalty,
                "checkpoint": "best",
                "device": device_name(run.translator.device),
                "train_seconds": run.summary.get("train_seconds"),
                "steps": run.summary.get("steps"),
                "command": self.command,
                "commit": git_commit(),
                "date": today(),
                "hypotheses": hyps_path.relative_to(self.docs_dir).as_posix(),
            }
            self.write_record(record)
            self.log(f"{run.variant} {split}: BLEU {scores.bleu:.2f}, chrF {scores.chrf:.2f}")
        return run

    def write_record(self, record: dict) -> None:
        """Append a record, replacing an earlier one of the same run and split: a re-run of a page measures again
        and its records say what the page now shows (git keeps the old ones)."""
        same = ("preset", "variant", "scale", "split")
        kept = []
        if self.records_path.exists():
            for line in self.records_path.read_text(encoding="utf-8").splitlines():
                if line.strip() and any(json.loads(line).get(key) != record[key] for key in same):
                    kept.append(line)
        self.records_path.parent.mkdir(parents=True, exist_ok=True)
        self.records_path.write_text("".join(line + "\n" for line in [*kept, json.dumps(record)]), encoding="utf-8")

    def figure(self, name: str) -> Path:
        path = self.figures_dir / name
        self.figures.append(path)
        return path

    # ------------------------------------------------------------------------------------------ page
    def link(self, path: Path) -> str:
        return Path(os.path.relpath(path, self.page_path.parent)).as_posix()

    def header(self, title: str, paper: str) -> list[str]:
        """The page up to its measurements: scale notes, title, provenance, and what the paper reports."""
        lines = []
        if self.scale.name == "tiny":
            first = self.runs[0].config
            capped = f", test sets capped at their first {self.scale.max_sentences} sentences"
            lines += [
                f"**Smoke run, not a replication**: toy widths, {first.data.train_limit} training pairs, "
                f"{first.train.max_steps} steps a run{capped if self.scale.max_sentences else ''}. "
                "These numbers only show that the pipeline runs end to end; they say nothing about the paper.",
                "",
            ]
        if self.scale.note:
            lines += [self.scale.note, ""]
        device = device_name(self.runs[0].translator.device)
        lines += [
            f"# {title}",
            "",
            f"Written by `{self.command}` on {today()} (commit {git_commit()}, {device}). Every number and figure "
            f"below comes from that one command; each BLEU is also a record in "
            f"[{self.records_path.name}]({self.link(self.records_path)}).",
            "",
            paper,
            "",
            "## What we measured",
            "",
        ]
        return lines

    def setup(self) -> list[str]:
        """How the runs were trained and scored, from their configs."""
        config = self.runs[0].config
        sliced = f" (the first {config.data.train_limit} of them)" if config.data.train_limit else ""
        lines = [
            "## Setup",
            "",
            f"Multi30k English→German: trained on its 29,000 training pairs{sliced}, validated on val, and scored "
            f"with sacreBLEU (cased, detokenised) on {' and '.join(TEST_SPLITS)} with beam {BEAM}, from the "
            "checkpoint with the best validation BLEU. Each run is its preset plus the overrides listed; every run on "
            f"this page has the same budget: {budget(config)}. Validation perplexity is that of the evaluated "
            "checkpoint, on the whole val split, without label smoothing. Each variant was trained once (seed "
            f"{config.train.seed}): a p-value on this page measures how much a BLEU difference could owe to which "
            "sentences are in the test set, not the spread between training runs, which was not measured.",
        ]
        capped = [e for run in self.runs for e in run.evaluations.values() if e.capped]
        if capped:
            lines.append(
                f"Test sets were capped: only the first {self.scale.max_sentences} sentences of each were translated "
                "and scored."
            )
        if self.scale.overrides:
            fields = " ".join(f"`{k}={v}`" for k, v in self.scale.model_fields.items())
            lines.append(
                f"Scale '{self.scale.name}' adds to every preset: {' '.join(f'`{o}`' for o in self.scale.overrides)}, "
                f"and {fields} where the model has them."
            )
        lines += [
            "",
            "| run | preset | overrides | steps | train s | config and metrics |",
            "|---|---|---|---|---|---|",
        ]
        for run in self.runs:
            overrides = " ".join(f"`{o}`" for o in run.overrides) or "none"
            lines.append(
                f"| {run.variant} | {run.preset} | {overrides} | {run.summary.get('steps')} | "
                f"{run.summary.get('train_seconds')} | [{run.variant}]({self.link(self.evidence_dir / run.variant)}) |"
            )
        lines.append("")
        return lines

    def scores_table(self, runs: list[Run], extra: dict[str, Callable[[Run], str]] | None = None) -> list[str]:
        extra = extra or {}
        header = ["run", *extra, "val perplexity"]
        header += [f"BLEU {s}" for s in TEST_SPLITS] + [f"chrF {s}" for s in TEST_SPLITS]
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for run in runs:
            cells = [run.variant, *(column(run) for column in extra.values()), fmt(run.val_ppl)]
            cells += [f"{run.bleu(s):.2f}" for s in TEST_SPLITS]
            cells += [f"{run.evaluations[s].scores.chrf:.2f}" for s in TEST_SPLITS]
            lines.append("| " + " | ".join(cells) + " |")
        return [*lines, ""]

    def write_page(self, lines: list[str]) -> Path:
        for figure in self.figures:
            if not figure.exists():
                raise FileNotFoundError(f"the page names {figure}, which was not drawn")
        self.page_path.parent.mkdir(parents=True, exist_ok=True)
        self.page_path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
        self.log(f"wrote {self.page_path}")
        return self.page_path


def finished_summary(run_dir: Path, config: RunConfig) -> dict | None:
    """The summary of a run in run_dir that finished training with exactly `config`, else None."""
    metrics, saved = run_dir / "metrics.jsonl", run_dir / "config.yaml"
    if not (metrics.exists() and saved.exists() and (run_dir / "best.pt").exists()):
        return None
    if config_from_dict(load_raw(str(saved))) != config:
        return None
    ends = [r for r in map(json.loads, metrics.read_text(encoding="utf-8").splitlines()) if r.get("type") == "end"]
    return {k: v for k, v in ends[-1].items() if k != "type"} if ends else None


def best_val_ppl(run_dir: Path) -> float | None:
    """The validation perplexity logged with the best checkpoint (the last validation that was a new best)."""
    best = None
    for line in (run_dir / "metrics.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("type") == "val" and record.get("best"):
            best = record["val_ppl"]
    return best


def budget(config: RunConfig) -> str:
    train = config.train
    limits = [
        f"`train.{name}={getattr(train, name)}`" for name in ("max_steps", "max_minutes", "max_epochs", "patience")
    ]
    return ", ".join(limit for limit in limits if not limit.endswith("=0`") and not limit.endswith("=0.0`")) or "none"


def top(scores: dict[str, float]) -> str | None:
    """The name with the highest score, or None when two or more share it."""
    highest = max(round(value, 6) for value in scores.values())
    leaders = [name for name, value in scores.items() if round(value, 6) == highest]
    return leaders[0] if len(leaders) == 1 else None


def tied(scores: dict[str, float]) -> str:
    """The names that share the highest score, for a sentence."""
    highest = max(round(value, 6) for value in scores.values())
    return ", ".join(name for name, value in scores.items() if round(value, 6) == highest)


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def signed(value: float) -> str:
    return f"{value:+.2f}"


def verdict(reproduced: bool, partly: bool = False) -> str:
    return "**Reproduced.**" if reproduced else ("**Partly reproduced.**" if partly else "**Not reproduced.**")


SIGNIFICANT = 0.05  # a BLEU difference with a paired-bootstrap p-value below this is called significant


def beats(a: Run, b: Run) -> tuple[str, str]:
    """The claim 'run a translates better than run b': each test set's BLEU difference with its paired-bootstrap
    p-value, for a sentence, and the verdict. Reproduced needs a to be significantly better on every test set; a
    lead that is not significant anywhere is called within noise, whatever its sign."""
    p_values = {
        s: paired_bootstrap_p(b.evaluations[s].hypotheses, a.evaluations[s].hypotheses, a.evaluations[s].references)
        for s in TEST_SPLITS
    }
    details = "; ".join(
        f"{s}: {a.bleu(s):.2f} against {b.bleu(s):.2f} ({signed(a.bleu(s) - b.bleu(s))}, p = {p_values[s]:.3f})"
        for s in TEST_SPLITS
    )
    better = [s for s in TEST_SPLITS if a.bleu(s) > b.bleu(s) and p_values[s] < SIGNIFICANT]
    worse = [s for s in TEST_SPLITS if a.bleu(s) < b.bleu(s) and p_values[s] < SIGNIFICANT]
    if len(better) == len(TEST_SPLITS):
        return details, "**Reproduced.**"
    if better and not worse:
        return details, f"**Partly reproduced** (significant on {len(better)} of {len(TEST_SPLITS)} test sets)."
    if not better and not worse:
        return details, f"**Within noise** (no difference with p < {SIGNIFICANT} on either test set)."
    return details, "**Not reproduced.**"


def same_group_rate(vectors: np.ndarray, groups: list[str]) -> tuple[int, float, list[int]]:
    """How many items have a nearest neighbour (cosine) from their own group, the rate a random other item would
    give, and each item's nearest neighbour."""
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    similarity = unit @ unit.T
    np.fill_diagonal(similarity, -np.inf)
    nearest = [int(j) for j in similarity.argmax(axis=1)]
    hits = sum(groups[i] == groups[j] for i, j in enumerate(nearest))
    n = len(groups)
    chance = sum((groups.count(g) - 1) / (n - 1) for g in groups) / n
    return hits, chance, nearest


def grouping_p(nearest: list[int], groups: list[str], samples: int = 10_000) -> float:
    """A permutation test of same_group_rate's hits: the share of random relabellings of the items (group sizes
    kept, seed fixed) under which as many nearest neighbours or more share their item's group."""
    labels = np.array(groups)
    hits = int((labels == labels[nearest]).sum())
    rng = np.random.default_rng(0)
    as_many = sum(
        int((shuffled == shuffled[nearest]).sum()) >= hits for shuffled in map(rng.permutation, [labels] * samples)
    )
    return (as_many + 1) / (samples + 1)


# ---------------------------------------------------------------------------------------------------------
# sutskever2014: reversing the source


SUTSKEVER_PAPER = """## What the paper reports

Sutskever, Vinyals & Le 2014, WMT'14 English→French (12M sentence pairs). Table 1: an ensemble of 5 reversed
deep LSTMs with beam 12 scored 34.81 BLEU, against 33.30 for the phrase-based baseline; one reversed LSTM scored
30.59 and one forward (not reversed) LSTM 26.17 (beam 12). §3.3: reversing the source sentences lowered the
test perplexity from 5.8 to 4.7 and raised the BLEU of the decoded translations from 25.9 to 30.6. Fig. 2: a 2-D
PCA projection of the LSTM's hidden states after reading phrases; the representation is sensitive to word order
and fairly insensitive to replacing an active voice with a passive one."""

# Groups of sentences with one meaning (active and passive voice); groups 0/1 and 2/3 use the same words with the
# roles swapped, so that a representation blind to word order would confuse them.
SUTSKEVER_SENTENCES = [
    ["A man is chasing a dog.", "A man chases a dog.", "A dog is being chased by a man."],
    ["A dog is chasing a man.", "A dog chases a man.", "A man is being chased by a dog."],
    ["A girl is pushing a boy.", "A girl pushes a boy.", "A boy is being pushed by a girl."],
    ["A boy is pushing a girl.", "A boy pushes a girl.", "A girl is being pushed by a boy."],
    ["A woman is holding a baby.", "A woman holds a baby.", "A baby is being held by a woman."],
    ["A child is kicking a ball.", "A child kicks a ball.", "A ball is being kicked by a child."],
]
SWAPPED_ROLES = {0: 1, 1: 0, 2: 3, 3: 2}


def replicate_sutskever2014(scale, out_dir, data_dir, docs_dir, progress) -> Path:
    rep = Replication("sutskever2014", scale, out_dir, data_dir, docs_dir, progress)
    reversed_run = rep.evaluate(rep.train("reversed", "sutskever2014", ("model.reverse_source=true",)))
    forward_run = rep.evaluate(rep.train("forward", "sutskever2014", ("model.reverse_source=false",)))

    sentences = [s for group in SUTSKEVER_SENTENCES for s in group]
    groups = [str(k) for k, group in enumerate(SUTSKEVER_SENTENCES) for _ in group]
    vectors = sentence_vectors(reversed_run.translator, sentences)
    hits, chance, nearest = same_group_rate(vectors, groups)
    p_grouped = grouping_p(nearest, groups)
    grouped = p_grouped < SIGNIFICANT
    swapped = sum(SWAPPED_ROLES.get(int(groups[i])) == int(groups[j]) for i, j in enumerate(nearest))
    in_swappable = sum(int(g) in SWAPPED_ROLES for g in groups)
    projection = plot_projection(
        project_2d(vectors),
        sentences,
        rep.figure("sentence_vectors.png"),
        title="sutskever2014 (reversed): final top-layer encoder h, first two principal components",
        groups=[SUTSKEVER_SENTENCES[int(g)][0] for g in groups],  # a meaning is named by its first wording
    )

    lines = rep.header("Sutskever et al. 2014, Sequence to Sequence Learning: reversing the source", SUTSKEVER_PAPER)
    lines += rep.scores_table([reversed_run, forward_run])
    lines += [
        f"![2-D PCA map of sentence vectors]({rep.link(projection)})",
        "",
        f"Sentence vectors of the reversed model (`{rep.link(projection)}`): the top encoder layer's final h for "
        f"{len(sentences)} sentences written for this page, {len(SUTSKEVER_SENTENCES)} meanings in three wordings "
        "each (progressive, simple present, passive), projected on their first two principal components.",
        "",
        "| sentence | nearest neighbour (cosine, full vector) |",
        "|---|---|",
        *[f"| {sentences[i]} | {sentences[j]} |" for i, j in enumerate(nearest)],
        "",
        "## What reproduced",
        "",
    ]
    f_ppl, r_ppl = forward_run.val_ppl, reversed_run.val_ppl
    if f_ppl is not None and r_ppl is not None:
        direction = "lowered" if r_ppl < f_ppl else ("raised" if r_ppl > f_ppl else "left unchanged")
        lines.append(
            f"Perplexity: reversing the source {direction} validation perplexity from {f_ppl:.2f} (forward) to "
            f"{r_ppl:.2f} (reversed); the paper saw 5.8 → 4.7 (§3.3). {verdict(r_ppl < f_ppl)}"
        )
    details, bleu_verdict = beats(reversed_run, forward_run)
    lines += [
        "",
        f"BLEU, reversed against forward: {details} (paired bootstrap resampling, 1,000 samples). The paper saw "
        f"25.9 → 30.6 (§3.3). {bleu_verdict}",
        "",
        f"Sentence vectors: {hits} of {len(sentences)} sentences have as nearest neighbour another wording of the "
        f"same meaning (a random other sentence would be one {chance:.0%} of the time), and {swapped} of the "
        f"{in_swappable} sentences whose words also appear with the roles swapped have that role-swapped sentence "
        "as nearest neighbour. The paper's Fig. 2 groups sentences by meaning across voice and separates swapped "
        f"roles: here the vectors {'group' if grouped else 'do not group'} by meaning more often than chance "
        f"(permutation test, p = {p_grouped:.4f}), and "
        f"{'never mix up swapped roles' if swapped == 0 else f'mix up swapped roles {swapped} times'}. "
        + verdict(grouped and swapped == 0, partly=grouped or swapped == 0),
        "",
    ]
    lines += rep.setup()
    return rep.write_page(lines)


# ---------------------------------------------------------------------------------------------------------
# bahdanau2015: RNNsearch against RNNencdec


BAHDANAU_PAPER = """## What the paper reports

Bahdanau, Cho & Bengio 2015, WMT'14 English→French (348M words), 30,000-word shortlists, newstest2014. Table 1,
BLEU on all sentences / on sentences without unknown words: RNNencdec-30 13.93 / 24.19, RNNsearch-30 21.50 / 31.44,
RNNencdec-50 17.82 / 26.71, RNNsearch-50 26.75 / 34.16, RNNsearch-50* (trained longer) 28.45 / 36.15; Moses
33.30 / 35.63. Fig. 2: RNNencdec's BLEU falls as sentences grow longer, while RNNsearch-50's holds up even past
50 words. Fig. 3: alignments (the annotation weights α_ij) between English sources and their French translations,
mostly monotonic, with local reorderings such as adjective–noun order."""


MIN_BUCKET = 10  # length buckets with fewer sentences are drawn and listed, but not used to read the trend
FLOOR = 5.0  # BLEU under which a model has not learnt to translate, whatever the length


def alignment_examples(sources: list[str], count: int = 3) -> list[int]:
    """Indices of `count` test sentences to draw: the first of 10-16 words (readable heatmaps), then any."""
    chosen = [i for i, s in enumerate(sources) if 10 <= len(s.split()) <= 16][:count]
    return chosen + [i for i in range(len(sources)) if i not in chosen][: count - len(chosen)]


def replicate_bahdanau2015(scale, out_dir, data_dir, docs_dir, progress) -> Path:
    rep = Replication("bahdanau2015", scale, out_dir, data_dir, docs_dir, progress)
    search_run = rep.evaluate(rep.train("rnnsearch", "bahdanau2015"))
    encdec_run = rep.evaluate(rep.train("rnnencdec", "bahdanau2015-encdec"))

    def joined(run: Run, name: str) -> list[str]:
        return [x for s in TEST_SPLITS for x in getattr(run.evaluations[s], name)]

    sources, references = joined(search_run, "sources"), joined(search_run, "references")
    curves = {
        "RNNsearch": bleu_by_length(sources, joined(search_run, "hypotheses"), references),
        "RNNencdec": bleu_by_length(sources, joined(encdec_run, "hypotheses"), references),
    }
    length_figure = plot_bleu_by_length(
        curves,
        rep.figure("bleu_by_length.png"),
        title="BLEU by source length, both test sets (cf. Bahdanau et al. Fig. 2)",
    )

    test_sources = search_run.evaluations[TEST_SPLITS[0]].sources
    examples = [test_sources[i] for i in alignment_examples(test_sources)]
    options = replace(search_run.config.decode, beam_size=BEAM, nbest=1, return_attention=True)
    alignments, sharpness = [], []
    for k, translation in enumerate(search_run.translator.translate(examples, options), 1):
        target_tokens = [*translation.tokens, "</s>"]
        weights = translation.attention[: len(target_tokens), : len(translation.source_tokens)].float()
        sharpness.append(float(weights.max(dim=1).values.mean()))
        alignments.append(
            plot_attention(
                translation.source_tokens,
                target_tokens,
                weights,
                rep.figure(f"alignment_{k}.png"),
                title=examples[k - 1],
            )
        )

    lines = rep.header(
        "Bahdanau et al. 2015, Neural Machine Translation by Jointly Learning to Align and Translate", BAHDANAU_PAPER
    )
    lines += rep.scores_table([search_run, encdec_run])
    lines += [
        f"![BLEU by source length]({rep.link(length_figure)})",
        "",
        "BLEU by source length in words, both test sets together (the paper's Fig. 2):",
        "",
        "| source words | sentences | RNNsearch | RNNencdec | RNNsearch − RNNencdec |",
        "|---|---|---|---|---|",
    ]
    gaps = []
    for a, b in zip(curves["RNNsearch"], curves["RNNencdec"], strict=True):
        gap = None if a.bleu is None or b.bleu is None else a.bleu - b.bleu
        lines.append(
            f"| {a.label} | {a.count} | {fmt(a.bleu)} | {fmt(b.bleu)} | {'n/a' if gap is None else signed(gap)} |"
        )
        if gap is not None and a.count >= MIN_BUCKET:
            gaps.append((a.label, a.count, gap))
    lines += ["", "Alignments of RNNsearch for three test_2016_flickr sentences (the paper's Fig. 3; white = 1):", ""]
    lines += [f"![alignment {k}]({rep.link(path)})" for k, path in enumerate(alignments, 1)]
    lines += ["", "## What reproduced", ""]
    details, bleu_verdict = beats(search_run, encdec_run)
    lines.append(
        f"RNNsearch against RNNencdec: {details} (paired bootstrap resampling, 1,000 samples). The paper: 21.50 "
        f"against 13.93 (the -30 models) and 26.75 against 17.82 (the -50 models), Table 1. {bleu_verdict}"
    )
    lines.append("")
    if len(gaps) >= 2:
        (short_label, _, short_gap), (long_label, long_count, long_gap) = gaps[0], gaps[-1]
        widened = long_gap > short_gap
        lines.append(
            f"By length (buckets of at least {MIN_BUCKET} sentences): RNNsearch's lead was {signed(short_gap)} BLEU "
            f"on the shortest sources ({short_label} words) and {signed(long_gap)} on the longest ({long_label} words, "
            f"{long_count} sentences). The paper's Fig. 2 "
            f"shows the lead growing with length; here it {'grew' if widened else 'did not grow'}. "
            + verdict(widened and long_gap > 0)
            + " Multi30k sentences are short (about 12 words), far from the paper's 50-word sentences, and a bucket "
            "of a few dozen sentences gives a noisy BLEU."
            + (
                f" RNNencdec scored under {FLOOR} BLEU in every bucket, so the gap follows RNNsearch's own curve: a "
                "model that has not learnt to translate any length cannot show the paper's effect either way."
                if all(b.bleu is None or b.bleu < FLOOR for b in curves["RNNencdec"])
                else ""
            )
        )
    else:
        lines.append(
            f"By length: fewer than two length buckets had {MIN_BUCKET} sentences or more, so no trend is read here."
        )
    lines += [
        "",
        f"Alignments: averaged over the output tokens of the three sentences, the largest attention weight is "
        f"{sum(sharpness) / len(sharpness):.2f} (1 = each output token attends to one source token; a uniform "
        "attention over S tokens gives 1/S). The paper's alignments are sharp and mostly monotonic; read the "
        "heatmaps above for the order.",
        "",
    ]
    lines += rep.setup()
    return rep.write_page(lines)


# ---------------------------------------------------------------------------------------------------------
# luong2015: attention types and input feeding


LUONG_PAPER = """## What the paper reports

Luong, Pham & Manning 2015, WMT'14 English→German (4.5M pairs), newstest2014, tokenised BLEU. Table 1 builds up
its best single model: base 11.3 → + reverse 12.6 → + dropout 14.0 → + global attention (location) 16.8 →
+ feed input 18.1 (input feeding: +1.3) → + local-p attention (general) 19.0 → + UNK replacement 20.9; an
ensemble of 8 models with UNK replacement scored 23.0. Its comparison of attention architectures (perplexity and
BLEU of global location/dot/general and local-m/local-p with dot/general scores) is Table 4: see the paper,
Table 4, for those numbers; its text finds dot good for global attention, general better for local attention,
and local-p (general) best."""

LUONG_ATTENTION = {  # name -> (attention_score, attention_local); local-m and local-p with the general score
    "global dot": ("dot", "none"),
    "global general": ("general", "none"),
    "global concat": ("concat", "none"),
    "local-m": ("general", "monotonic"),
    "local-p": ("general", "predictive"),
}


def replicate_luong2015(scale, out_dir, data_dir, docs_dir, progress) -> Path:
    rep = Replication("luong2015", scale, out_dir, data_dir, docs_dir, progress)
    runs: dict[tuple[str, bool], Run] = {}
    chosen = rep.scale.variants.get("luong2015")
    for attention, (score, local) in LUONG_ATTENTION.items():
        for feeding in (True, False):
            variant = attention.replace(" ", "-") + ("" if feeding else "-no-feed")
            if chosen and variant not in chosen:
                continue
            overrides = (
                f"model.attention_score={score}",
                f"model.attention_local={local}",
                f"model.input_feeding={str(feeding).lower()}",
            )
            runs[attention, feeding] = rep.evaluate(rep.train(variant, "luong2015", overrides))

    # One test sentence's attention under global and under local-p attention, side by side.
    test_sources = rep.test_set(TEST_SPLITS[0])[0]
    sentence = [test_sources[alignment_examples(test_sources, 1)[0]]]
    attention_maps = {}
    for attention in ("global general", "local-p"):
        run = runs[attention, True]
        options = replace(run.config.decode, beam_size=BEAM, nbest=1, return_attention=True)
        translation = run.translator.translate(sentence, options)[0]
        attention_maps[attention] = plot_attention(
            translation.source_tokens,
            [*translation.tokens, "</s>"],
            translation.attention,
            rep.figure(f"attention_{attention.replace(' ', '_')}.png"),
            title=f"{attention}, input feeding: {sentence[0]}",
        )

    lines = rep.header("Luong et al. 2015, Effective Approaches to Attention-based NMT: an ablation", LUONG_PAPER)
    attention_of = {run.variant: attention for (attention, _), run in runs.items()}
    lines += rep.scores_table(
        list(runs.values()),
        {
            "attention": lambda run: attention_of[run.variant],
            "input feeding": lambda run: "yes" if run.config.model.input_feeding else "no",
        },
    )
    lines += [
        "Attention of global (general) and local-p attention, both with input feeding, for one test_2016_flickr "
        "sentence (rows: output tokens, columns: source tokens; white = 1):",
        "",
        *[f"![{attention} attention]({rep.link(path)})" for attention, path in attention_maps.items()],
        "",
    ]
    lines += ["## What reproduced", ""]
    means = {run.variant: run.mean_bleu() for run in runs.values()}
    best = top(means)
    local_p = runs["local-p", True]
    rival = max((run for run in runs.values() if run is not local_p), key=Run.mean_bleu)
    details, best_verdict = beats(local_p, rival)
    lines.append(
        (
            f"Best: {best}, {means[best]:.2f} BLEU averaged over the two test sets."
            if best
            else f"No single best: {tied(means)} shared the top mean BLEU, {max(means.values()):.2f}."
        )
        + " The paper's best single model is local-p (general) with input feeding (Table 1). Local-p against the "
        f"strongest other run here, {rival.variant}: {details} (paired bootstrap resampling, 1,000 samples). "
        + best_verdict
    )
    for attention in LUONG_ATTENTION:
        if (attention, False) in runs:
            details, feeding_verdict = beats(runs[attention, True], runs[attention, False])
            lines += [
                "",
                f"Input feeding, {attention} attention with against without: {details}. The paper: +1.3 BLEU "
                f"(Table 1, '+ feed input'). {feeding_verdict}",
            ]
    global_runs = {a: runs[a, True] for a in LUONG_ATTENTION if a.startswith("global")}
    global_rival = max((r for a, r in global_runs.items() if a != "global dot"), key=Run.mean_bleu)
    details, dot_verdict = beats(global_runs["global dot"], global_rival)
    lines += [
        "",
        "Global attention with input feeding, mean BLEU: "
        + ", ".join(f"{a} {r.mean_bleu():.2f}" for a, r in global_runs.items())
        + f". The paper finds dot works well for global attention; dot against {global_rival.variant}: {details}. "
        + dot_verdict,
        "",
    ]
    lines += rep.setup()
    return rep.write_page(lines)


# ---------------------------------------------------------------------------------------------------------
# cho2014: phrase representations


CHO_PAPER = """## What the paper reports

Cho et al. 2014, WMT'14 English→French. The RNN Encoder–Decoder did not translate: it scored the phrase pairs of
a phrase-based (Moses) system's phrase table, as one more feature of that system. Table 1, BLEU on dev / test:
baseline 30.64 / 33.30; + RNN 31.20 / 33.87; CSLM + RNN 31.48 / 34.64; CSLM + RNN + word penalty 31.50 / 34.54.
Figs. 4–5: 2-D embeddings of the learned phrase representations c, where phrases that are close in meaning or in
syntax lie close together. Here the model translates whole sentences with beam search, which the paper never did,
so our BLEU has no counterpart in Table 1; the phrase map is the claim this page checks."""

# Short English phrases of Multi30k's kind, in groups of one theme; the groups are ours, for a measurable check.
CHO_PHRASES = {
    "people": "a man; a young man; an old man; a woman; a young woman; a little girl; a little boy; two men; "
    "a group of people".split("; "),
    "animals": "a dog; a black dog; a white dog; two dogs; a small puppy; a brown horse; a cat; a bird".split("; "),
    "places": "on the beach; in the water; on the street; in the snow; in a park; in front of a building; "
    "at a restaurant; on a bench".split("; "),
    "actions": "is running; is riding a bike; is playing soccer; is swimming; is jumping; is climbing a rock; "
    "is cooking; is reading a book".split("; "),
    "clothing": "in a red shirt; in a blue jacket; wearing a hat; wearing sunglasses; in a black dress; "
    "with a white helmet; in a green coat".split("; "),
}


def replicate_cho2014(scale, out_dir, data_dir, docs_dir, progress) -> Path:
    rep = Replication("cho2014", scale, out_dir, data_dir, docs_dir, progress)
    run = rep.evaluate(rep.train("rnn-encdec", "cho2014"))

    phrases = [p for group in CHO_PHRASES.values() for p in group]
    groups = [name for name, group in CHO_PHRASES.items() for _ in group]
    vectors = sentence_vectors(run.translator, phrases)  # c = Memory.final, (N, n)
    hits, chance, nearest = same_group_rate(vectors, groups)
    p_grouped = grouping_p(nearest, groups)
    grouped = p_grouped < SIGNIFICANT
    neighbours = nearest_neighbours(vectors, phrases, k=3)
    projection = plot_projection(
        project_2d(vectors),
        phrases,
        rep.figure("phrase_representations.png"),
        title="cho2014: phrase representations c, first two principal components",
        groups=groups,
    )

    lines = rep.header("Cho et al. 2014, Learning Phrase Representations using RNN Encoder–Decoder", CHO_PAPER)
    lines += rep.scores_table([run])
    lines += [
        f"![2-D map of phrase representations]({rep.link(projection)})",
        "",
        f"The representation c (`Memory.final`) of {len(phrases)} short English phrases written for this page, in "
        f"{len(CHO_PHRASES)} groups of our own ({', '.join(CHO_PHRASES)}), projected on its first two principal "
        "components (the paper's Figs. 4–5), and each phrase's three nearest neighbours by cosine similarity:",
        "",
        "| phrase | group | nearest neighbours |",
        "|---|---|---|",
        *[f"| {p} | {g} | {', '.join(neighbours[p])} |" for p, g in zip(phrases, groups, strict=True)],
        "",
        "## What reproduced",
        "",
        f"For {hits} of {len(phrases)} phrases the nearest neighbour is from the same group, against "
        f"{chance:.0%} for a random other phrase (permutation test of the group labels, p = {p_grouped:.4f}): c "
        f"{'groups' if grouped else 'does not group'} phrases by theme "
        "more often than chance at this budget. The paper shows (qualitatively, Figs. 4–5) phrases clustering by "
        "meaning and syntax. " + verdict(grouped),
        "",
        f"Translation: {', '.join(f'{run.bleu(s):.2f} BLEU on {s}' for s in TEST_SPLITS)}, a number the paper did "
        "not measure (it rescored a phrase table; Table 1).",
        "",
    ]
    lines += rep.setup()
    return rep.write_page(lines)


# ---------------------------------------------------------------------------------------------------------

# paper -> function(scale, out_dir, data_dir, docs_dir, progress) -> the page's path
PAPERS: dict[str, Callable[..., Path]] = {
    "cho2014": replicate_cho2014,
    "sutskever2014": replicate_sutskever2014,
    "bahdanau2015": replicate_bahdanau2015,
    "luong2015": replicate_luong2015,
}


def replicate(
    paper: str,
    scale: str = "small",
    out_dir: str | Path = "runs/replicate",
    data_dir: str | Path | None = None,
    docs_dir: str | Path = "docs",
    progress: bool | None = None,
) -> Path:
    """Run one paper's replication and return the path of the page it wrote."""
    if paper not in PAPERS:
        raise ValueError(f"no replication for {paper!r}; papers: {', '.join(PAPERS)}")
    return PAPERS[paper](scale, Path(out_dir), data_dir, Path(docs_dir), progress)


__all__ = ["PAPERS", "SCALES", "Replication", "replicate"]
