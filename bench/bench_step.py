"""Benchmark: the machine's matmul peak, and our training step against it (MFU), eager and compiled, fp32 and bf16.

    python bench/bench_step.py --preset vaswani2017-cpu --corpus multi30k --pair en-de --data-dir ../shared/data \
        --record docs/results/bench.jsonl --profile docs/results/step_profile.txt

1. Peak: the best GFLOP/s of an n x n by n x n matmul (2 n^3 FLOPs) in fp32 and in bf16, on the threads the
   training uses: what this CPU (or GPU) can do at best, measured rather than read from a data sheet.
2. The step: one trainer of the preset on its real batches. torch.utils.flop_counter counts the FLOPs of a few
   whole training steps (forward and backward: matmuls, attention), which gives FLOPs per target token; then each
   variant trains `--steps` timed steps: fp32 eager (the baseline of this run), bf16 autocast, and each compiled
   (torch.compile, which on a CPU needs a C++ compiler: without one the compiled variants are skipped and say so);
   for an RNN model, `+loop` runs its layers' readable loop over time instead of the fused RNN kernel.
   MFU = FLOPs per token x tokens/s / the peak of the variant's precision.
3. The profile (--profile FILE): for each precision of the variants, torch.profiler's table of an eager step's
   operators by their own CPU time, headed by the step's time split into batch building, forward, backward and
   optimizer.

One record per variant in --record, with `precision`, `compile`, `tokens_per_s`, `peak_gflops`, `mfu`, and
`baseline_tokens_per_s` / `speedup` against fp32 eager of the same run. Speed is never asserted in tests.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import sys
import tempfile
import time
from pathlib import Path

import torch
from torch.utils.flop_counter import FlopCounterMode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_nmt import log, synchronize  # noqa: E402

from landmark.config import load_config  # noqa: E402
from landmark.nn.rnn import RNNLayer  # noqa: E402
from landmark.provenance import append_record, cpu_flags, result_record  # noqa: E402
from landmark.train.trainer import Trainer, training_groups  # noqa: E402


def matmul_peak(dtype: torch.dtype, device: torch.device, n: int = 2048, repeats: int = 10) -> float:
    """The best GFLOP/s of `repeats` n x n matmuls in `dtype` (after two untimed ones)."""
    a = torch.randn(n, n, device=device).to(dtype)
    b = torch.randn(n, n, device=device).to(dtype)
    best = float("inf")
    for i in range(repeats + 2):
        synchronize(device)
        started = time.perf_counter()
        torch.mm(a, b)
        synchronize(device)
        if i >= 2:
            best = min(best, time.perf_counter() - started)
    return 2 * n**3 / best / 1e9


def flops_per_token(trainer: Trainer, steps: int = 3) -> float:
    """FLOPs of whole training steps (forward, backward) over the target tokens they trained on."""
    groups = training_groups(trainer)
    flops = tokens = 0
    for _ in range(steps):
        with FlopCounterMode(display=False) as counter:
            _, group_tokens = trainer.train_step(next(groups))
        flops += counter.get_total_flops()
        tokens += group_tokens
    return flops / tokens


def timed(trainer: Trainer, steps: int, warmup: int) -> float:
    """Target tokens/s of `steps` training steps after `warmup` untimed ones."""
    groups = training_groups(trainer)
    for _ in range(warmup):
        trainer.train_step(next(groups))
    synchronize(trainer.device)
    started, tokens = time.perf_counter(), 0
    for _ in range(steps):
        tokens += trainer.train_step(next(groups))[1]
    synchronize(trainer.device)
    return tokens / (time.perf_counter() - started)


def compiler() -> str | None:
    """The C++ compiler torch.compile's CPU backend would call, or None."""
    return shutil.which("g++") or shutil.which("c++") or shutil.which("clang++")


def profile(trainer: Trainer, precisions: list[str]) -> str:
    """torch.profiler's operator table of two eager steps (after one untimed) in each of `precisions`, each headed
    by the step's time split into batch building, forward, backward and optimizer (record_function labels; the
    backward is what the step's time leaves to the rest, gradient clipping included)."""
    from torch.profiler import ProfilerActivity, record_function
    from torch.profiler import profile as torch_profile

    groups = training_groups(trainer)
    loss, step, prepare = trainer.loss, trainer.optimizer.step, trainer.prepare

    def labelled(label, function):
        def wrapped(*args, **kwargs):
            with record_function(label):
                return function(*args, **kwargs)

        return wrapped

    parts = []
    for precision in precisions:
        trainer.use_bf16 = precision == "bf16"
        trainer.train_step(next(groups))
        trainer.loss, trainer.optimizer.step = labelled("forward", loss), labelled("optimizer", step)
        trainer.prepare = labelled("batch", prepare)
        try:
            with torch_profile(activities=[ProfilerActivity.CPU]) as prof:
                for _ in range(2):
                    with record_function("step"):
                        trainer.train_step(next(groups))
        finally:
            trainer.loss, trainer.optimizer.step, trainer.prepare = loss, step, prepare
        averages = prof.key_averages()
        total = {e.key: e.cpu_time_total for e in averages}
        whole = total.get("step", 0.0) or 1.0
        split = {k: total.get(k, 0.0) for k in ("batch", "forward", "optimizer")}
        split["backward"] = whole - sum(split.values())
        shares = ", ".join(f"{k} {v / 2e3:.1f} ms ({v / whole:.0%})" for k, v in split.items())
        parts += [
            f"== {precision}, eager: two steps of {trainer.config.data.corpus} batches, {whole / 2e3:.1f} ms a step",
            f"a step's split: {shares}",
            averages.table(sort_by="self_cpu_time_total", row_limit=25),
            "",
        ]
    return "\n".join(parts)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="The matmul peak and the training step against it (MFU): fp32, bf16, eager and compiled.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--preset", default="vaswani2017-cpu")
    parser.add_argument("--corpus")
    parser.add_argument("--pair")
    parser.add_argument("--data-dir")
    parser.add_argument("--steps", type=int, default=30, help="timed steps a variant")
    parser.add_argument("--warmup-steps", type=int, default=5, help="untimed steps first (compiling happens here)")
    parser.add_argument("--variants", default="fp32,bf16,fp32+compile,bf16+compile",
                        help="comma-separated precision[+compile][+loop] variants (+loop: an RNN model's readable "
                             "loop over time instead of the fused kernel); the first is the baseline")  # fmt: skip
    parser.add_argument("--matmul-size", type=int, default=2048)
    parser.add_argument("--record", help="append one record a variant to this .jsonl file")
    parser.add_argument("--profile", help="write torch.profiler's table of an eager step in each precision here")
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> list[dict]:
    command = shlex.join(["python", "bench/bench_step.py", *(sys.argv[1:] if argv is None else argv)])
    args = parse_args(argv)
    overrides = [*args.overrides, *([f"data.corpus={args.corpus}"] if args.corpus else []),
                 *([f"data.pair={args.pair}"] if args.pair else [])]  # fmt: skip
    config = load_config(args.preset, overrides)
    records = []
    with tempfile.TemporaryDirectory(prefix="landmark-bench-") as run_dir:
        log(f"building the trainer for {args.preset} (vocabulary, data, model)")
        trainer = Trainer(config, Path(run_dir) / "run", data_dir=args.data_dir, progress=False)
        device, threads = trainer.device, torch.get_num_threads()
        log(f"matmul peak, {args.matmul_size}^3, fp32 and bf16, {threads} threads")
        peak = {p: matmul_peak(d, device, args.matmul_size) for p, d in (("fp32", torch.float32),
                                                                        ("bf16", torch.bfloat16))}  # fmt: skip
        per_token = flops_per_token(trainer)
        log(f"peak fp32 {peak['fp32']:.1f}, bf16 {peak['bf16']:.1f} GFLOP/s; {per_token / 1e6:.2f} MFLOP a token")
        if args.profile:
            precisions = sorted({v.partition("+")[0] for v in args.variants.split(",")}, key="fp32 bf16".find)
            path = Path(args.profile)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"# {command}\n# {device}, {threads} threads\n\n" + profile(trainer, precisions),
                            encoding="utf-8")  # fmt: skip
            log(f"profile of the eager {', '.join(precisions)} steps written to {args.profile}")
        eager, baseline = trainer.step_model, None
        rnn_layers = [m for m in trainer.model.modules() if isinstance(m, RNNLayer)]
        for variant in args.variants.split(","):
            precision, *modifiers = variant.split("+")
            compiled, loop = "compile" in modifiers, "loop" in modifiers
            unknown = set(modifiers) - {"compile", "loop"}
            if precision not in peak or unknown:
                raise SystemExit(f"variant {variant!r}: precision fp32 or bf16, then +compile and/or +loop")
            if compiled and compiler() is None:
                log(f"{variant}: skipped, torch.compile needs a C++ compiler (g++, c++ or clang++) on the CPU")
                continue
            trainer.use_bf16 = precision == "bf16"
            trainer.step_model = torch.compile(trainer.model, dynamic=True) if compiled else eager
            for layer in rnn_layers:
                layer.fast = not loop  # +loop: the readable loop over time instead of the fused RNN kernel
            tokens_per_s = timed(trainer, args.steps, args.warmup_steps)
            baseline = baseline or tokens_per_s
            achieved = per_token * tokens_per_s / 1e9
            mfu = achieved / peak[precision]
            log(f"{variant}: {tokens_per_s:,.0f} target tokens/s, {achieved:.1f} GFLOP/s, MFU {mfu:.1%}")
            records.append(result_record(
                command, device, bench="step", preset=args.preset, corpus=config.data.corpus, pair=config.data.pair,
                torch=torch.__version__, threads=threads, cpu_flags=cpu_flags(), precision=precision,
                compile=compiled, rnn_path=("loop" if loop else "fused") if rnn_layers else None, steps=args.steps,
                tokens_per_s=round(tokens_per_s, 1),
                flops_per_token=round(per_token), achieved_gflops=round(achieved, 2),
                peak_gflops=round(peak[precision], 1), mfu=round(mfu, 4),
                baseline=args.variants.split(",")[0], baseline_tokens_per_s=round(baseline, 1),
                speedup=round(tokens_per_s / baseline, 3),
            ))  # fmt: skip
    print(f"{'variant':20} {'tokens/s':>10} {'speedup':>8} {'GFLOP/s':>8} {'peak':>8} {'MFU':>6}")
    for r in records:
        name = r["precision"] + ("+compile" if r["compile"] else "") + ("+loop" if r["rnn_path"] == "loop" else "")
        print(f"{name:20} {r['tokens_per_s']:10,.0f} {r['speedup']:7.2f}x {r['achieved_gflops']:8.1f} "
              f"{r['peak_gflops']:8.1f} {r['mfu']:6.1%}")  # fmt: skip
    if args.record:
        for record in records:
            append_record(args.record, record)
    return records


if __name__ == "__main__":
    main()
