"""The training recipe: one loop for every model.

Per step: a group of token-budget batches (gradient accumulation), the label-smoothed loss under bf16
autocast on GPU and on CPUs with bf16 hardware (`uses_bf16`), gradient clipping, Adam with warm-up then
inverse-square-root decay. The hot loop never waits for the GPU: losses stay on the device and are read only when
a metric line is written.
Every `eval_every` steps: validation loss and BLEU, a checkpoint, early stopping on BLEU.
Ctrl-C writes a checkpoint before leaving; `--resume` continues the same run from the last one.
"""

from __future__ import annotations

import itertools
import math
import random
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch
from torch.nn.parallel import DistributedDataParallel
from tqdm.auto import tqdm

from landmark.config import RunConfig, config_from_dict, config_to_dict
from landmark.data.batching import Batch
from landmark.data.masking import masked_batch
from landmark.evaluate.scoring import corpus_scores
from landmark.hardware import fast_cpu_bf16, keep_freed_memory
from landmark.models import build_model
from landmark.models.bert import BERT, transplant_encoder
from landmark.nn.loss import smoothed_cross_entropy
from landmark.nn.sampled_softmax import positions_in
from landmark.provenance import device_name, git_commit, today
from landmark.runs import RunDir, RunError, failpoint
from landmark.tokens import PAD
from landmark.train.data import load_training_data
from landmark.train.distributed import agree, barrier, join, leave, replicas_identical, summed
from landmark.train.schedule import build_optimizer
from landmark.translator import Translator, pick_device


def uses_bf16(precision: str, device: torch.device, model: torch.nn.Module) -> bool:
    """Whether train.precision trains under bf16 autocast here. 'auto': on a GPU; on a CPU that does bf16 matmuls
    in hardware (AMX or AVX-512-BF16: provenance.cpu_flags), for the models measured faster so
    (Seq2SeqModel.cpu_bf16); else fp32, as on a CPU that would emulate bf16, slower than fp32."""
    if precision != "auto":
        return precision == "bf16"
    if device.type == "cuda":
        return True
    return device.type == "cpu" and fast_cpu_bf16() and getattr(model, "cpu_bf16", False)


class Trainer:
    """Trains `config` into `run_dir`; with `resume`, continues the run already there. `origin` says how the run
    was asked for (its preset and command) in the new run's run.json."""

    def __init__(
        self,
        config: RunConfig,
        run_dir: str | Path,
        *,
        data_dir: str | Path | None = None,
        resume: bool = False,
        progress: bool | None = None,
        origin: dict | None = None,
    ):
        self.run = RunDir(run_dir)
        self.run_dir = self.run.path
        self.data_dir = data_dir
        self.progress_bar = progress
        train = config.train
        if not (train.max_steps or train.max_epochs or train.max_minutes or train.patience):
            raise ValueError("set a stop condition: train.max_steps, max_epochs, max_minutes or patience")
        if resume and not self.run.exists():
            raise RunError(f"cannot resume: {self.run_dir} holds no landmark run (no config.yaml)")
        # Under torchrun, rank 0 owns the run directory; the other ranks only read it (landmark.train.distributed).
        self.world = join(pick_device(train.device).type)
        if not resume and self.world.main:
            self.run.check_new()
        if self.world.main:
            self.run.lock()
        try:
            checkpoint = None
            if resume:
                _, checkpoint = self.run.load("last")  # a damaged last.pt gives way to the newest intact checkpoint
                saved = config_from_dict(checkpoint["config"])
                # The model and data of a run are fixed; training and decoding settings may change on resume.
                config = replace(saved, train=config.train, decode=config.decode)
            self.build(config, checkpoint, origin)
        except BaseException:
            if self.world.main:
                if not resume:
                    self.run.discard()  # a run that never started leaves no half-made folder to refuse the next try
                self.run.unlock()
            raise

    def build(self, config: RunConfig, checkpoint: dict | None, origin: dict | None) -> None:
        """Data, vocabularies, model, optimiser and state: from the checkpoint when resuming, else new."""
        self.config = config
        train = config.train
        if train.num_threads:
            torch.set_num_threads(train.num_threads)
        self.device = pick_device(train.device)
        if self.device.type == "cpu":
            keep_freed_memory()  # large tensors come back every step: no re-mapping them (landmark/hardware.py)
        if self.world.distributed and self.device.type == "cuda":
            self.device = torch.device("cuda", self.world.local_rank)
        random.seed(train.seed)
        np.random.seed(train.seed)
        torch.manual_seed(train.seed)

        pretrained = self.pretrained_encoder(config) if checkpoint is None and train.init_encoder else None
        parent = self.parent_model(config) if checkpoint is None and train.init_from else None
        # A pretrained encoder or a parent model brings its vocabulary.
        build_vocab = checkpoint is None and pretrained is None and parent is None
        if self.world.main:
            data = load_training_data(config, self.run, self.data_dir, build_vocab=build_vocab, device=self.device)
        barrier(self.world)  # the other ranks read the vocabulary rank 0 has just trained
        if not self.world.main:
            data = load_training_data(config, self.run, self.data_dir, build_vocab=False, device=self.device)
        self.src_vocab, self.tgt_vocab = data.src_vocab, data.tgt_vocab
        self.batcher, self.skipped = data.batcher, data.skipped
        self.val_src, self.val_ref, self.val_batcher = data.val_src, data.val_ref, data.val_batcher
        self.val_to = data.val_to  # a multilingual run validates on its first direction
        self.model = build_model(config.model, self.src_vocab.size, self.tgt_vocab.size).to(self.device)
        if pretrained is not None:  # after the random start, so that the decoder starts as it would without it
            transplant_encoder(pretrained.to(self.device), self.model)
        if parent is not None:
            self.model.load_state_dict(parent.state_dict())
        # A language model (data.side) has no translations to score: it validates by loss, and BERT by masked tokens.
        self.language_model = bool(config.data.side)
        self.masked_lm = self.language_model and config.data.objective == "mlm"
        arch = config.arch
        if self.masked_lm and self.model.generates:
            raise ValueError(f"data.objective is 'mlm': masked tokens need an encoder-only model (bert), not {arch}")
        if not self.masked_lm and not self.model.generates:
            raise ValueError(f"{arch} learns masked tokens only: set data.side and data.objective=mlm")
        self.use_bf16 = uses_bf16(train.precision, self.device, self.model)
        self.step_model = torch.compile(self.model, dynamic=True) if train.compile else self.model
        if self.world.distributed:  # every rank starts from the same seed; DDP also broadcasts rank 0's weights
            ids = [self.device.index] if self.device.type == "cuda" else None
            self.step_model = DistributedDataParallel(self.step_model, device_ids=ids, broadcast_buffers=False)
        self.optimizer, self.scheduler = build_optimizer(self.model, train, self.device)
        self.state = {
            "step": 0,
            "epoch": 0,
            "batch": 0,
            "train_seconds": 0.0,
            "target_tokens": 0,
            "best_bleu": -1.0,
            "bad_validations": 0,
            "last_validated": -1,
        }
        # The summed loss and tokens since the last metric line: saved with a checkpoint, so that the first line
        # after a resume averages over the same steps as it would have without the stop.
        self.loss_sum, self.loss_tokens = None, 0
        if checkpoint is not None:
            self.restore(checkpoint)
            if self.world.main:  # what was logged after the checkpoint is trained again
                self.run.rewind_metrics(self.state["step"])
        elif self.world.main:
            origin = {"preset": None, "command": None, **(origin or {})}
            info = {"commit": git_commit(), "date": today(), "device": device_name(self.device)}
            if self.world.distributed:
                info["world_size"] = self.world.size
            self.run.create(config, {**origin, **info})

    def pretrained_encoder(self, config: RunConfig) -> BERT:
        """The bert model of train.init_encoder (its best checkpoint), its vocabulary copied into this run's."""
        path = config.train.init_encoder
        try:
            bert = Translator(path, "best", device="cpu")
        except (FileNotFoundError, RunError) as error:
            raise ValueError(f"train.init_encoder is {path!r}: {error}") from None
        if not isinstance(bert.model, BERT) or config.arch != "vaswani2017":
            raise ValueError(
                f"train.init_encoder starts a vaswani2017 encoder from a bert run; {path} is a {bert.config.arch} run "
                f"and this run a {config.arch}"
            )
        theirs, ours = bert.config.data, config.data
        if (theirs.vocab, theirs.joint_vocab) != (ours.vocab, True):
            raise ValueError(
                f"train.init_encoder: {path} has a {theirs.vocab} vocabulary (joint {theirs.joint_vocab}); this run "
                f"needs data.vocab={theirs.vocab} and data.joint_vocab=true to read it"
            )
        if self.world.main:
            self.run.take_vocabulary(bert.run.vocab_dir)
        return bert.model

    def parent_model(self, config: RunConfig):
        """The model of train.init_from (its best checkpoint), its vocabulary copied into this run's: every weight
        of this run starts from it (fine-tuning a parent, as in transfer learning)."""
        path = config.train.init_from
        try:
            parent = Translator(path, "best", device="cpu")
        except (FileNotFoundError, RunError) as error:
            raise ValueError(f"train.init_from is {path!r}: {error}") from None
        if parent.config.model != config.model:
            ours, theirs = config_to_dict(config)["model"], config_to_dict(parent.config)["model"]
            differ = [f"model.{key}={theirs.get(key)!r} there, {ours[key]!r} here" for key in ours
                      if ours[key] != theirs.get(key)]  # fmt: skip
            raise ValueError(
                f"train.init_from: {path} has another model than this run ({'; '.join(differ)}); the model section "
                "must be the parent's for its weights to fit"
            )
        theirs, ours = parent.config.data, config.data
        if (theirs.vocab, theirs.joint_vocab) != (ours.vocab, True):  # one file, whatever the languages' names
            raise ValueError(
                f"train.init_from: {path} has a {theirs.vocab} vocabulary (joint {theirs.joint_vocab}); a run started "
                f"from another reads its joint vocabulary: data.vocab={theirs.vocab} and data.joint_vocab=true here "
                "and there"
            )
        if self.world.main:
            self.run.take_vocabulary(parent.run.vocab_dir)
        return parent.model

    # ------------------------------------------------------------------------------------- training
    def autocast(self):
        if self.use_bf16:
            return torch.autocast(self.device.type, dtype=torch.bfloat16)
        return nullcontext()

    def loss(self, batch, label_smoothing: float) -> torch.Tensor:
        """Summed cross-entropy over the batch's real target tokens (label-smoothed when asked, §5.4). A batch with
        a target_vocab V' (train.sampled_vocab) is scored over V' alone (Jean et al. 2015 §3)."""
        with self.autocast():
            logits = self.step_model(batch.src, batch.src_mask, batch.tgt_in, batch.target_vocab)  # (B, T, V or V')
            targets = batch.tgt_out if batch.target_vocab is None else positions_in(batch.target_vocab, batch.tgt_out)
            # F.cross_entropy(..., ignore_index=PAD, label_smoothing=..., reduction="sum"), its backward in one pass
            return smoothed_cross_entropy(
                logits.flatten(0, 1), targets.flatten(), label_smoothing, ignore_index=PAD, overwrite_logits=True
            )

    def prepare(self, batch: Batch, seed: int) -> Batch:
        """The batch as the model trains on it: BERT's masked sentences (masks drawn from `seed`, so that a resumed
        run draws the same ones), or as it comes."""
        if self.masked_lm:
            batch = masked_batch(batch, self.tgt_vocab.size, torch.Generator().manual_seed(seed))
        return batch.to(self.device)

    def train_step(self, group: list[np.ndarray]) -> tuple[torch.Tensor, int]:
        """One optimizer step over a group of batches; returns the summed loss (on the device) and the number of
        target tokens it was summed over (this rank's share of both, under torchrun). Rank r of N takes the group's
        batches r, r + N, ...: one step over the group's every batch, whatever N."""
        seed = self.config.train.seed * 1_000_003 + self.state["step"] * len(group)
        world = self.world
        mine = list(range(world.rank, len(group), world.size))
        weight = 1.0
        if not mine:  # a short last group of an epoch: this rank still joins the gradient sum, with nothing to add
            mine, weight = [0], 0.0
        batches = [self.prepare(self.batcher.make_batch(group[i]), seed + i) for i in mine]
        tokens = int(weight) * sum(batch.num_tokens for batch in batches)
        (group_tokens,) = summed(world, tokens)  # DDP averages the ranks' gradients: scale each by N back to a sum
        total_loss = torch.zeros((), device=self.device)
        for i, batch in enumerate(batches):
            last = i == len(batches) - 1
            with nullcontext() if last or not world.distributed else self.step_model.no_sync():
                loss = self.loss(batch, self.config.train.label_smoothing) * weight
                (loss * world.size / group_tokens).backward()  # the gradient of the mean over every token of the group
            total_loss += loss.detach()
        if self.config.train.clip_norm > 0:
            torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.config.train.clip_norm)
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
        self.state["target_tokens"] += int(group_tokens)
        return total_loss, tokens

    def fit(self) -> dict:
        """Train until a stop condition (steps, epochs, minutes, patience); returns a summary. The run stays
        locked to this process until it returns."""
        try:
            return self.train_until_stop()
        finally:
            if self.world.main:
                self.run.unlock()
            leave(self.world)

    def train_until_stop(self) -> dict:
        train, state = self.config.train, self.state
        group_size = train.accumulate * self.world.size  # batches an optimizer step takes, over every rank
        steps_per_epoch = math.ceil(len(self.batcher) / group_size)
        total = train.max_steps or (train.max_epochs * steps_per_epoch if train.max_epochs else None)
        # disable=None: a bar on a terminal, none in logs (CI) unless asked for.
        disable = None if self.progress_bar is None else not self.progress_bar
        disable = disable if self.world.main else True
        bar = tqdm(total=total, initial=state["step"], unit="step", dynamic_ncols=True, disable=disable)
        self.log(
            {
                "type": "start" if state["step"] == 0 else "resume",
                "step": state["step"],
                "pairs": self.batcher.pairs,
                "skipped_long": self.skipped,
                "batches_per_epoch": len(self.batcher),
                "parameters": self.parameter_count(),
                "device": str(self.device),
                "bf16": self.use_bf16,
            }
        )
        window_start, window_tokens = time.perf_counter(), 0
        # Training time is wall-clock time in this loop, less validation and checkpoint writing. The GPU runs
        # behind the Python that queues its work, so the clock is read after a synchronize at each pause.
        clock_start, seconds_before = time.perf_counter(), state["train_seconds"]
        self.model.train()
        try:
            while not self.should_stop():
                plan = self.batcher.plan(state["epoch"])
                while state["batch"] < len(plan) and not self.should_stop():
                    group = plan[state["batch"] : state["batch"] + group_size]
                    loss, tokens = self.train_step(group)
                    failpoint("step")
                    state["step"] += 1
                    state["batch"] += len(group)
                    self.loss_sum = loss if self.loss_sum is None else self.loss_sum + loss
                    self.loss_tokens += tokens
                    window_tokens += tokens
                    state["train_seconds"] = seconds_before + time.perf_counter() - clock_start
                    bar.update(1)
                    pause = state["step"] % train.eval_every == 0 or state["step"] % train.checkpoint_every == 0
                    if state["step"] % train.log_every == 0 or pause:
                        self.synchronize()
                        state["train_seconds"] = seconds_before + time.perf_counter() - clock_start
                    if state["step"] % train.log_every == 0:
                        loss_sum, loss_tokens, all_tokens = summed(
                            self.world, float(self.loss_sum), self.loss_tokens, window_tokens
                        )  # every rank's share
                        if not math.isfinite(loss_sum):
                            raise FloatingPointError(
                                f"the training loss is {loss_sum} at step {state['step']}; the last good "
                                f"checkpoint is in {self.run_dir}. Lower train.lr or raise train.warmup_steps."
                            )
                        elapsed = time.perf_counter() - window_start
                        record = {
                            "type": "train",
                            "step": state["step"],
                            "epoch": state["epoch"],
                            "loss": round(loss_sum / loss_tokens, 5),
                            "lr": self.scheduler.get_last_lr()[0],
                            "tokens_per_s": round(all_tokens / elapsed),
                            "train_seconds": round(state["train_seconds"], 2),
                        }
                        self.log(record)
                        bar.set_postfix(loss=f"{record['loss']:.3f}", tok_s=record["tokens_per_s"], **self.time_left())
                        self.loss_sum, self.loss_tokens = None, 0
                        window_start, window_tokens = time.perf_counter(), 0
                    if state["step"] % train.eval_every == 0:
                        self.validate_and_save(bar)
                    elif state["step"] % train.checkpoint_every == 0:
                        self.save()
                    if pause:  # restart the clocks after the pause
                        clock_start, seconds_before = time.perf_counter(), state["train_seconds"]
                        window_start, window_tokens = time.perf_counter(), 0
                if state["batch"] >= len(plan):
                    state["epoch"] += 1
                    state["batch"] = 0
        except KeyboardInterrupt:
            self.save()
            bar.close()
            raise KeyboardInterrupt(
                f"interrupted at step {state['step']}; a checkpoint was written: continue with "
                f"`landmark train --out {self.run_dir} --resume`"
            ) from None
        if state["last_validated"] != state["step"]:
            self.validate_and_save(bar)
        bar.close()
        summary = {
            "steps": state["step"],
            "epochs": round(state["epoch"] + state["batch"] / len(self.batcher), 2),
            "train_seconds": round(state["train_seconds"], 1),
            "best_val_bleu": state["best_bleu"],
            "tokens_per_s": round(state["target_tokens"] / max(state["train_seconds"], 1e-9)),
            "peak_memory_mib": peak_memory_mib(self.device),
        }
        if train.average_last and not self.language_model and self.world.main:
            _, averaged_from = self.run.average(train.average_last)
            averaged = Translator(self.run_dir, "averaged", str(self.device))
            summary["averaged_val_bleu"] = self.val_bleu(averaged.model)["bleu"]
            self.log(
                {
                    "type": "averaged",
                    "step": state["step"],
                    "from": [path.name for path in averaged_from],
                    "val_bleu": summary["averaged_val_bleu"],
                }
            )
        if self.world.distributed:
            summary["world_size"] = self.world.size
            summary["replicas_identical"] = replicas_identical(self.world, self.model)
        self.log({"type": "end", **summary})
        return summary

    def synchronize(self) -> None:
        if self.device.type == "cuda":
            torch.cuda.synchronize()

    def should_stop(self) -> bool:
        """Under torchrun, rank 0's answer: the ranks' clocks differ, and all must stop at the same step."""
        train, state = self.config.train, self.state
        stop = bool(
            (train.max_steps and state["step"] >= train.max_steps)
            or (train.max_epochs and state["epoch"] >= train.max_epochs)
            or (train.max_minutes and state["train_seconds"] >= 60 * train.max_minutes)
            or (train.patience and state["bad_validations"] >= train.patience)
        )
        return agree(self.world, stop)

    def time_left(self) -> dict:
        minutes = self.config.train.max_minutes
        if not minutes:
            return {}
        return {"left": f"{max(0.0, minutes - self.state['train_seconds'] / 60):.1f}min"}

    # ----------------------------------------------------------------------------------- validation
    @torch.no_grad()
    def val_loss(self) -> float:
        """Mean negative log-likelihood per target token on the validation set (no label smoothing)."""
        self.model.eval()
        total, tokens = torch.zeros((), device=self.device), 0
        for i, batch in enumerate(self.val_batcher.epoch(0)):
            batch = self.prepare(batch, seed=i)  # the same masks at every validation
            total += self.loss(batch, label_smoothing=0.0)
            tokens += batch.num_tokens
        self.model.train()
        return float(total) / tokens

    def val_bleu(self, model) -> dict:
        count = self.config.train.eval_sentences or len(self.val_src)
        # Validation decodes over the whole vocabulary: candidate lists and UNK replacement (Jean et al. 2015) need a
        # lexical table, which a run learns when it is translated, not at every validation.
        options = replace(self.config.decode, beam_size=self.config.train.eval_beam_size, nbest=1,
                          candidates_frequent=0, candidates_per_word=0, replace_unk=False)  # fmt: skip
        translator = Translator.from_model(model, self.src_vocab, self.tgt_vocab, self.config)
        hypotheses = [t.text for t in translator.translate(self.val_src[:count], options, to=self.val_to)]
        return corpus_scores(hypotheses, self.val_ref[:count]).as_dict()

    def validate_and_save(self, bar) -> None:
        state = self.state
        started = time.perf_counter()
        loss = self.val_loss()
        scores = {"bleu": None, "chrf": None} if self.language_model else self.val_bleu(self.model)
        if self.config.train.best_by == "loss" or self.language_model:  # early on BLEU sits near zero, says little
            improved = loss < state.get("best_loss", math.inf)
        else:
            improved = scores["bleu"] > state["best_bleu"]
        if improved:
            state["best_bleu"], state["best_loss"], state["bad_validations"] = scores["bleu"] or -1.0, loss, 0
        else:
            state["bad_validations"] += 1
        state["last_validated"] = state["step"]
        record = {
            "type": "val",
            "step": state["step"],
            "epoch": state["epoch"],
            "val_loss": round(loss, 4),
            "val_ppl": round(math.exp(min(loss, 50)), 2),
            "val_bleu": scores["bleu"],
            "val_chrf": scores["chrf"],
            "best": improved,
            "seconds": round(time.perf_counter() - started, 1),
        }
        self.log(record)
        bleu = "" if scores["bleu"] is None else f", BLEU {scores['bleu']:.2f}, chrF {scores['chrf']:.1f}"
        best = " (best)" if improved else ""
        if self.world.main:
            bar.write(f"step {state['step']}: val loss {loss:.3f}, ppl {record['val_ppl']}{bleu}{best}")
        self.save(best=improved)

    # ---------------------------------------------------------------------------------- checkpoints
    def save(self, best: bool = False) -> Path | None:
        """A checkpoint of the run (rank 0's, under torchrun: every rank holds the same weights)."""
        if not self.world.main:
            return None
        rng = {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state()}
        if self.device.type == "cuda":
            rng["cuda"] = torch.cuda.get_rng_state_all()
        payload = {
            "model": self.model.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "scheduler": self.scheduler.state_dict(),
            "rng": rng,
            "progress": {
                **self.state,
                "loss_sum": None if self.loss_sum is None else float(self.loss_sum),
                "loss_tokens": self.loss_tokens,
            },
            "config": config_to_dict(self.config),
        }
        return self.run.save_checkpoint(payload, self.state["step"], best, self.config.train.keep_checkpoints)

    def restore(self, checkpoint: dict) -> None:
        self.model.load_state_dict(checkpoint["model"])
        self.optimizer.load_state_dict(checkpoint["optimizer"])
        self.scheduler.load_state_dict(checkpoint["scheduler"])
        progress = dict(checkpoint["progress"])
        loss_sum, self.loss_tokens = progress.pop("loss_sum", None), progress.pop("loss_tokens", 0)
        self.loss_sum = None if loss_sum is None else torch.tensor(loss_sum, device=self.device)
        self.state.update(progress)
        rng = checkpoint["rng"]
        random.setstate(rng["python"])
        np.random.set_state(rng["numpy"])
        torch.set_rng_state(rng["torch"])
        if "cuda" in rng and self.device.type == "cuda":
            torch.cuda.set_rng_state_all(rng["cuda"])

    # ------------------------------------------------------------------------------------- logging
    def log(self, record: dict) -> None:
        if self.world.main:
            self.run.log(record)

    def parameter_count(self) -> int:
        return sum(p.numel() for p in self.model.parameters())


def peak_memory_mib(device: torch.device) -> float:
    """The most memory this training has held: the GPU's allocated peak on CUDA, else the process's peak resident
    set (everything: data, model, optimiser, activations), in MiB."""
    if device.type == "cuda":
        return round(torch.cuda.max_memory_allocated(device) / 2**20, 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


def training_groups(trainer: Trainer) -> Iterator[list[np.ndarray]]:
    """The groups of batches an optimizer step takes in one process, epoch after epoch, without end: the order
    `Trainer.fit` would take them, for measuring steps outside it (bench/, step_memory_mib)."""
    accumulate = trainer.config.train.accumulate
    for epoch in itertools.count():
        plan = trainer.batcher.plan(epoch)
        for start in range(0, len(plan), accumulate):
            yield plan[start : start + accumulate]


def step_memory_mib(trainer: Trainer, steps: int) -> tuple[float, float]:
    """(held before, peak during) `steps` training steps of `trainer` on its first epoch's batches, in MiB: what
    the steps themselves need (activations, the output layer's logits and their gradients, the optimiser's state
    from its first update) on top of the data and model already loaded. On CUDA the allocator's counts; on the CPU
    the resident set, its high-water mark reset first through /proc/self/clear_refs (Linux)."""
    groups = list(itertools.islice(training_groups(trainer), steps))
    if trainer.device.type == "cuda":
        torch.cuda.synchronize(trainer.device)
        torch.cuda.reset_peak_memory_stats(trainer.device)
        before = torch.cuda.memory_allocated(trainer.device)
        for group in groups:
            trainer.train_step(group)
        torch.cuda.synchronize(trainer.device)
        return round(before / 2**20, 1), round(torch.cuda.max_memory_allocated(trainer.device) / 2**20, 1)
    Path("/proc/self/clear_refs").write_text("5")  # the resident set's high-water mark := the current size
    before = _status_kib("VmRSS")
    for group in groups:
        trainer.train_step(group)
    return round(before / 2**10, 1), round(_status_kib("VmHWM") / 2**10, 1)


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise OSError(f"/proc/self/status has no {field}")
