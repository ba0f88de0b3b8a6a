"""A run directory, and the one place that knows its layout:

    config.yaml            the resolved config: with vocab/ it rebuilds the run
    run.json               how the run was made: preset, command, commit, date, device
    vocab/                 the SentencePiece or word vocabularies
    checkpoints/step_N.pt  model, optimizer, schedule, RNG states and data position at step N
    last.pt, best.pt       the newest and the best-on-val checkpoint (hard links to a step file)
    averaged.pt            the mean of the last checkpoints' weights (Vaswani et al. §6.1), if asked for
    metrics.jsonl          one JSON object per logged step, per validation, and at the start and end
    hyps/                  the hypotheses of each `landmark evaluate`

The trainer writes a run, the translator and the replication pages read it, the CLI names it; none of them spells
a file name of its own. Every file is written to a temporary name and renamed into place, so a crash mid-write
never leaves a half-written file where a reader or `--resume` would take it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import warnings
from pathlib import Path
from typing import Any

import torch

from landmark.config import ConfigError, RunConfig, config_from_dict, config_to_yaml, load_raw
from landmark.data.vocab import load_vocabularies

CHECKPOINT_NAMES = ("best", "last", "averaged")


class RunError(ValueError):
    """A run directory that cannot be used as asked: the message names it and says what to do."""


class DamagedCheckpoint(RunError):
    """A checkpoint file that cannot be read (truncated, overwritten, not a checkpoint)."""


class RunDir:
    """The files of one run directory. Nothing is read or created until asked."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.config_path = self.path / "config.yaml"
        self.info_path = self.path / "run.json"
        self.vocab_dir = self.path / "vocab"
        self.checkpoints_dir = self.path / "checkpoints"
        self.metrics_path = self.path / "metrics.jsonl"
        self.hyps_dir = self.path / "hyps"
        self.lexicon_path = self.path / "lexicon.pt"  # the lexical table of candidate lists and UNK replacement

    def __repr__(self) -> str:
        return f"RunDir({str(self.path)!r})"

    @classmethod
    def of_checkpoint(cls, checkpoint: str | Path) -> RunDir:
        """The run a checkpoint file belongs to: the folder holding it, or holding its `checkpoints/` folder."""
        checkpoint = Path(checkpoint)
        parent = checkpoint.parent
        return cls(parent.parent if parent.name == "checkpoints" else parent)

    # ------------------------------------------------------------------------------ config and origin
    def exists(self) -> bool:
        return self.config_path.exists()

    def require(self) -> RunDir:
        if not self.exists():
            raise FileNotFoundError(f"{self.path} is not a landmark run directory (no config.yaml in it)")
        return self

    def check_new(self) -> None:
        """Refuse to start a new run here unless the folder is absent or empty: a run is continued with --resume,
        and a folder of other files is never written into."""
        if self.path.is_file():
            raise RunError(f"{self.path} is a file, not a folder: pick another --out")
        if self.exists():
            raise RunError(f"{self.path} already holds a run; continue it with --resume, or pick a new --out")
        if self.path.is_dir() and any(self.path.iterdir()):
            raise RunError(f"{self.path} is not empty and is not a landmark run: pick a new --out, or empty it")

    def lock(self) -> None:
        """Claim the run for this process (`.lock` holds its pid), so that a second trainer is refused instead of
        interleaving metrics and checkpoints. A lock whose process is gone is stale and is taken over."""
        self.path.mkdir(parents=True, exist_ok=True)
        lock = self.path / ".lock"
        while True:
            try:
                descriptor = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                owner = _pid_in(lock)
                if owner == os.getpid():
                    return
                if owner is not None and _alive(owner):
                    raise RunError(
                        f"{self.path} is being trained by another process (pid {owner}); wait for it, or stop it"
                    ) from None
                warnings.warn(f"{self.path}: taking over the lock of pid {owner}, which is not running", stacklevel=2)
                lock.unlink(missing_ok=True)
                continue
            with os.fdopen(descriptor, "w") as file:
                file.write(f"{os.getpid()}\n")
            for left in self.path.rglob(".*.tmp"):  # what a killed writer left half-written: never read, now gone
                left.unlink(missing_ok=True)
            return

    def discard(self) -> None:
        """Remove a new run that failed before it was created (check_new made sure the folder held nothing else)."""
        if self.exists():
            return
        for child in self.path.iterdir() if self.path.is_dir() else ():
            if child.name != ".lock":
                shutil.rmtree(child) if child.is_dir() else child.unlink()

    def unlock(self) -> None:
        lock = self.path / ".lock"
        if _pid_in(lock) == os.getpid():
            lock.unlink(missing_ok=True)

    def create(self, config: RunConfig, info: dict[str, Any]) -> None:
        """Write a new run's config.yaml and run.json (`info`: preset, command, commit, date, device)."""
        self.path.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self.config_path, config_to_yaml(config))
        write_text_atomically(self.info_path, json.dumps(info, indent=1) + "\n")

    def config(self) -> RunConfig:
        return config_from_dict(load_raw(str(self.require().config_path)))

    def info(self) -> dict[str, Any]:
        """run.json, or {} for a run made before every run had one."""
        return json.loads(self.info_path.read_text(encoding="utf-8")) if self.info_path.exists() else {}

    def take_vocabulary(self, source: Path) -> None:
        """Copy the vocabulary files of `source` (another run's vocab/, a prepared corpus's) into this run's: a run
        started from a pretrained model or from encoded shards reads the vocabulary they were made with."""
        self.vocab_dir.mkdir(parents=True, exist_ok=True)
        for file in Path(source).iterdir():
            shutil.copy2(file, self.vocab_dir / file.name)

    def vocabularies(self, config: RunConfig):
        """The (source, target) vocabularies; the same object twice when the vocabulary is joint."""
        return load_vocabularies(config.data, self.vocab_dir)

    # ------------------------------------------------------------------------------------- checkpoints
    def step_checkpoint(self, step: int) -> Path:
        return self.checkpoints_dir / f"step_{step:07d}.pt"

    def step_checkpoints(self) -> list[Path]:
        """The numbered checkpoints of the run, oldest first."""
        paths = self.checkpoints_dir.glob("step_*.pt")
        return sorted(paths, key=lambda p: int(re.findall(r"\d+", p.stem)[0]))

    def checkpoint(self, name: str = "best") -> Path:
        """A checkpoint's path from a name (best, last, averaged) or a path; best falls back to last."""
        if name not in CHECKPOINT_NAMES:
            path = Path(name)
            if not path.exists():
                raise FileNotFoundError(f"checkpoint {name} does not exist (names: {', '.join(CHECKPOINT_NAMES)})")
            return path
        path = self.path / f"{name}.pt"
        if not path.exists() and name == "best":
            path = self.path / "last.pt"
        if not path.exists():
            found = sorted(p.name for p in self.path.glob("*.pt"))
            raise FileNotFoundError(
                f"no {name}.pt in {self.path} (found: {', '.join(found) or 'no checkpoints'}); "
                "train the run first, or pick another with --checkpoint"
            )
        return path

    def load(self, name: str = "best", device: str | torch.device = "cpu") -> tuple[Path, dict[str, Any]]:
        """The checkpoint `name` (best, last or a path) and its payload. A damaged best.pt or last.pt gives way, with
        a warning naming both, to the newest intact one of last.pt and the numbered checkpoints; a damaged file
        named by path is an error, since the user asked for that one."""
        path = self.checkpoint(name)
        try:
            return path, load_checkpoint(path, device)
        except DamagedCheckpoint as damage:
            if name not in CHECKPOINT_NAMES:
                raise
            for other in [self.path / "last.pt", *reversed(self.step_checkpoints())]:
                if other.exists() and not other.samefile(path):
                    try:
                        payload = load_checkpoint(other, device)
                    except DamagedCheckpoint:
                        continue
                    warnings.warn(f"{damage}; using {other} instead", stacklevel=2)
                    return other, payload
            raise RunError(f"{damage}, and no intact checkpoint is left in {self.path}") from None

    def save_checkpoint(self, payload: dict[str, Any], step: int, best: bool, keep: int) -> Path:
        """Write step N's checkpoint, point last.pt (and best.pt when `best`) at it, keep the newest `keep`."""
        path = self.step_checkpoint(step)
        atomic_save(payload, path)
        link_as(path, self.path / "last.pt")
        if best:
            link_as(path, self.path / "best.pt")
        for old in self.step_checkpoints()[:-keep]:
            old.unlink()  # best.pt and last.pt are links of their own and survive this
        return path

    def average(self, last: int) -> tuple[Path, list[Path]]:
        """Average the last `last` numbered checkpoints into averaged.pt: its path, and the checkpoints averaged."""
        paths = self.step_checkpoints()[-last:]
        if not paths:
            raise FileNotFoundError(f"no checkpoints to average in {self.checkpoints_dir}")
        return average_checkpoints(paths, self.path / "averaged.pt"), paths

    # ----------------------------------------------------------------------------------------- metrics
    def rewind_metrics(self, step: int) -> None:
        """Drop the records logged after `step` (a resumed run goes on from its checkpoint's step, so that its log
        reads as if it had never stopped)."""
        kept = [record for record in self.metrics() if record.get("step", 0) <= step or record.get("type") == "start"]
        write_text_atomically(self.metrics_path, "".join(json.dumps(record) + "\n" for record in kept))

    def log(self, record: dict[str, Any]) -> None:
        with open(self.metrics_path, "a", encoding="utf-8") as file:
            file.write(json.dumps(record) + "\n")

    def metrics(self) -> list[dict[str, Any]]:
        """Every record of metrics.jsonl, in order; [] before the first."""
        if not self.metrics_path.exists():
            return []
        return [json.loads(line) for line in self.metrics_path.read_text(encoding="utf-8").splitlines() if line]

    def train_seconds(self) -> float | None:
        """The training time of the newest record that has one."""
        seconds = None
        for record in self.metrics():
            seconds = record.get("train_seconds", seconds)
        return seconds

    def train_precision(self) -> str | None:
        """'bf16' or 'fp32': what the run trained in, as its newest start or resume record says (train.precision
        'auto' depends on the machine); None before one was written."""
        precision = None
        for record in self.metrics():
            if record.get("type") in ("start", "resume") and "bf16" in record:
                precision = "bf16" if record["bf16"] else "fp32"
        return precision

    def summary(self) -> dict[str, Any] | None:
        """The summary the trainer logged when training ended, or None if it has not ended."""
        ends = [record for record in self.metrics() if record.get("type") == "end"]
        return {k: v for k, v in ends[-1].items() if k != "type"} if ends else None

    def best_val_ppl(self) -> float | None:
        """The validation perplexity logged with the best checkpoint (the last validation that was a new best)."""
        best = [r["val_ppl"] for r in self.metrics() if r.get("type") == "val" and r.get("best")]
        return best[-1] if best else None

    def finished_with(self, config: RunConfig) -> dict[str, Any] | None:
        """The summary of a run that finished training with exactly `config`, else None."""
        if not (self.exists() and (self.path / "best.pt").exists()) or self.config() != config:
            return None
        return self.summary()


def _temporary(path: Path) -> Path:
    """A name of this process's own beside `path`: two writers never share a temporary file."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def write_text_atomically(path: Path, text: str) -> None:
    temporary = _temporary(path)
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def atomic_save(obj: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(path)
    torch.save(obj, temporary)
    failpoint("checkpoint-written")  # the file is whole under its temporary name, not yet in place
    os.replace(temporary, path)


def failpoint(name: str) -> None:
    """For the crash tests only: with LANDMARK_FAILPOINT=name:N, the process kills itself (SIGKILL, as a power cut
    would) the Nth time it passes here. Unset, this costs one dictionary lookup."""
    wanted = os.environ.get("LANDMARK_FAILPOINT")
    if not wanted or not wanted.startswith(name + ":"):
        return
    _failpoint_hits[name] = _failpoint_hits.get(name, 0) + 1
    if _failpoint_hits[name] == int(wanted.split(":")[1]):
        os.kill(os.getpid(), signal.SIGKILL)


_failpoint_hits: dict[str, int] = {}


def _pid_in(lock: Path) -> int | None:
    try:
        return int(lock.read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process, and alive
        return True
    return True


def link_as(source: Path, target: Path) -> None:
    """Make `target` name the same file as `source`, atomically (a hard link; a copy where links fail)."""
    temporary = _temporary(target)
    temporary.unlink(missing_ok=True)
    try:
        os.link(source, temporary)
    except OSError:
        torch.save(torch.load(source, map_location="cpu", weights_only=False), temporary)
    os.replace(temporary, target)


def load_checkpoint(path: Path, device: str | torch.device = "cpu") -> dict[str, Any]:
    """A checkpoint's payload; DamagedCheckpoint, naming the file, if it cannot be read as one."""
    try:
        # weights_only=False: our checkpoints hold RNG states and plain Python objects, and are our own files.
        payload = torch.load(path, map_location=device, weights_only=False)
    except FileNotFoundError:
        raise
    except Exception as error:  # truncated, overwritten or foreign bytes fail in many ways (pickle, zip, torch)
        size = path.stat().st_size if path.exists() else 0
        raise DamagedCheckpoint(f"checkpoint {path} is damaged ({size:,} bytes; {type(error).__name__})") from None
    if not isinstance(payload, dict) or "model" not in payload or "config" not in payload:
        raise DamagedCheckpoint(f"checkpoint {path} is not a landmark checkpoint (no model and config in it)")
    return payload


def average_checkpoints(paths: list[Path], output: Path) -> Path:
    """Average the model weights of `paths` into `output` (with the last one's config)."""
    if not paths:
        raise ValueError("no checkpoints to average")
    total: dict[str, torch.Tensor] = {}
    for path in paths:
        weights = load_checkpoint(path)["model"]
        for key, value in weights.items():
            total[key] = total.get(key, 0) + value.double() if value.is_floating_point() else value
    last = load_checkpoint(paths[-1])
    averaged = {
        key: (value / len(paths)).to(last["model"][key].dtype) if value.is_floating_point() else value
        for key, value in total.items()
    }
    atomic_save({"model": averaged, "config": last["config"], "averaged_from": [p.name for p in paths]}, output)
    return output


NAME = re.compile(r"[A-Za-z0-9][\w.-]*")  # a served run's name travels in JSON and logs: keep it plain


def parse_runs(specs: list[str]) -> dict[str, Path]:
    """`--run` values, RUN or NAME=RUN, as name -> run directory, in the order given (the first is the default).
    A bare RUN is named by its folder; a path that exists is taken whole, even with '=' in it."""
    runs: dict[str, Path] = {}
    for spec in specs:
        name, given, path = spec.partition("=")
        if not given or Path(spec).exists():
            path = spec
            name = Path(spec).resolve().name
        if not NAME.fullmatch(name):
            raise ConfigError(f"--run {spec}: {name!r} cannot name a model; name it as NAME=RUN (letters, digits, ._-)")
        if name in runs:
            raise ConfigError(f"--run {spec}: the name {name!r} is taken by {runs[name]}; name one as NAME=RUN")
        runs[name] = Path(path)
    if not runs:
        raise ConfigError("give at least one --run")
    return runs
