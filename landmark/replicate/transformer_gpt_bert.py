"""Transformer vs GPT vs BERT: three families from the same blocks, on the same data.

The page's parts: the attention patterns of each family drawn from the models' own attention maps; encoder-decoder
against decoder-only translation at equal parameter count and equal steps; GPT as a character-level language
model of Tiny Shakespeare at nanoGPT's CPU settings (its val loss beside nanoGPT's) with samples at a few
temperatures; the learners' "what if" GPTs (no causal mask, the mask flipped, squared scores, no 1/sqrt(d)) each
trained at the same budget; and BERT's masked-token perplexity with its guesses for a few masks.

`landmark replicate transformer-gpt-bert` runs `replicate` below with one of BUDGETS' scales."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from landmark.config import load_config
from landmark.data.batching import pad_sequences
from landmark.data.corpora import load_text
from landmark.decode.sampling import SamplingOptions
from landmark.evaluate.analysis import save_figure
from landmark.evaluate.curves import plot_training_curves
from landmark.models import build_model
from landmark.replicate import page
from landmark.replicate.engine import TEST_SPLITS, Budget, Replication, Run
from landmark.replicate.stats import beats
from landmark.tokens import BOS, EOS, PAD

BUDGETS = {
    "small": Budget(),
    # Translation: 1,200 steps a run, as the RNN pages; the decoder-only model is 6 blocks with a 768-wide
    # feed-forward layer so that its parameters (5.55M) match the 3 + 3-layer encoder-decoder's (5.49M).
    "cpu": Budget(
        max_steps=1200,
        overrides={
            "vaswani2017": (
                "model.encoder_layers=3",
                "model.decoder_layers=3",
                "model.d_model=256",
                "model.num_heads=4",
                "model.d_ff=512",
                "train.lr=0.001",
            ),
            "gpt": (
                "model.num_layers=6",
                "model.d_model=256",
                "model.num_heads=4",
                "model.d_ff=768",
                "model.max_positions=256",
                "train.lr=0.001",
            ),
        },  # fmt: skip
    ),
    "tiny": Budget(size="tiny"),
}

# What each scale trains outside the page's translation runs: (preset, overrides) of the language model, the
# steps of each "what if" run, and the masked language model's (preset, overrides).
LANGUAGE_MODELS = {
    "small": (("gpt-shakespeare", ()), 2000, ("bert-small", ("train.max_minutes=10",))),
    "cpu": (
        ("gpt-shakespeare", ("train.num_threads=1",)),
        600,
        # The sizes of the encoder-decoder's encoder (3 blocks of 256, feed-forward 512, sinusoidal positions) and
        # its text (Multi30k's English and German training sides), so that it can start that encoder.
        ("bert-small", ("model.num_layers=3", "model.d_ff=512", "model.positions=sinusoidal", "data.side=en,de",
                        "data.vocab_size=6000", "train.batch_tokens=3072", "train.max_steps=600",
                        "train.max_minutes=0", "train.patience=0", "train.eval_every=300", "train.checkpoint_every=300",
                        "train.num_threads=1")),
    ),
    "tiny": (
        ("gpt-shakespeare", ("model.num_layers=1", "model.d_model=32", "data.train_limit=300", "train.max_steps=20",
                             "train.eval_every=20", "train.checkpoint_every=20", "train.num_threads=1")),
        10,
        ("bert-tiny", ("data.corpus=multi30k", "data.side=en,de", "model.positions=sinusoidal",
                       "data.train_limit=300", "train.max_steps=20", "train.eval_every=20", "train.checkpoint_every=20",
                       "train.num_threads=1")),
    ),
}  # fmt: skip

WHAT_IF = {  # variant -> (model overrides, what it changes)
    "paper": ((), "the causal mask and q.k / sqrt(d) (GPT, Vaswani et al. eq. 1)"),
    "no-mask": (("model.attention_mask=none",), "no causal mask: every position sees the whole block"),
    "flipped-mask": (("model.attention_mask=flipped",), "the mask flipped: a position sees itself and the future"),
    "squared": (("model.attention_score=squared",), "squared scores: q.k × abs(q.k) / sqrt(d)"),
    "unscaled": (("model.attention_score=unscaled",), "no scaling: q.k"),
}
NANOGPT_CPU_VAL_LOSS = 1.88  # nanoGPT's README, its CPU settings (shared/data/tinyshakespeare/PROVENANCE.md)
TEMPERATURES = (0.5, 0.8, 1.0)
FILL_MASK = ("Ein [MASK] läuft über eine Wiese.", "Zwei Männer spielen [MASK].", "Eine Frau mit einem roten [MASK].")

PAPERS = """## What the papers report

Vaswani et al. 2017 translate with an encoder, which reads the source both ways, and a decoder, which reads its
own past (a causal mask) and the source (cross-attention). Radford et al. 2018 (GPT) keep only the decoder: one
causal self-attention over one sequence, trained to predict the next token; translation becomes continuing
`source <sep>` with the target. Devlin et al. 2019 (BERT) keep only the encoder: attention both ways, trained to
name masked tokens (15% of the tokens; 80% of those replaced by [MASK], 10% by a random token, 10% kept).
nanoGPT (Karpathy), a GPT of 4 blocks of 128 trained for 2,000 steps on Tiny Shakespeare's characters with its
CPU settings, reports a validation loss of about 1.88 (1.47 with its GPU settings). The causal mask is what lets
a language model train on every position at once without reading the token it must predict."""


@dataclass
class LanguageModel:
    run: Run
    teacher_forced: float  # mean NLL a character (EOS left out) on the val blocks, all positions at once
    stepwise: float  # the same, fed one character at a time: what the model can do when generating
    samples: dict[float, str]


def train_translators(rep: Replication) -> tuple[Run, Run]:
    """Encoder-decoder and decoder-only translation of Multi30k en-de at the page's budget."""
    return rep.train("encoder-decoder", "vaswani2017"), rep.train("decoder-only", "gpt")


def train_language_models(rep: Replication) -> tuple[Run, dict[str, Run]]:
    """The Tiny Shakespeare GPT at its preset's budget, and each "what if" GPT at the scale's shorter one."""
    (preset, overrides), steps, _ = LANGUAGE_MODELS[rep.scale.name]
    language_model = rep.train_preset("language-model", preset, overrides)
    budget = (f"train.max_steps={steps}", f"train.eval_every={steps // 4}", f"train.checkpoint_every={steps // 4}",
              f"train.log_every={max(1, steps // 30)}")  # fmt: skip
    what_ifs = {
        name: rep.train_preset(f"what-if-{name}", preset, (*overrides, *budget, *changes))
        for name, (changes, _) in WHAT_IF.items()
    }
    return language_model, what_ifs


def train_masked_language_model(rep: Replication) -> Run:
    _, _, (preset, overrides) = LANGUAGE_MODELS[rep.scale.name]
    return rep.train_preset("masked-language-model", preset, overrides)


PRE_NORM = ("model.pre_norm=true",)


def train_pre_norm(rep: Replication) -> Run:
    """The encoder-decoder with pre-norm blocks (GPT's and BERT's), from a random start."""
    return rep.train("pre-norm", "vaswani2017", PRE_NORM)


def train_bert_encoder(rep: Replication, bert: Run) -> Run:
    """The pre-norm encoder-decoder with its encoder (and the shared embeddings) started from the masked language
    model's."""
    return rep.train("bert-encoder", "vaswani2017", (*PRE_NORM, f"train.init_encoder={bert.run.path}"))


def replicate(rep: Replication) -> Path:
    what_if_steps = LANGUAGE_MODELS[rep.scale.name][1]
    lines = []

    # 1. Translation: encoder-decoder against decoder-only, equal parameters and steps (when the budget has them).
    bert = train_masked_language_model(rep)
    scratch = rep.evaluate(train_pre_norm(rep)) if rep.wants("translators") else None
    initialised = rep.evaluate(train_bert_encoder(rep, bert)) if rep.wants("pretrained") else None
    translators = translation_section(rep, scratch) if rep.wants("translators") else (NOT_YET, [])
    translation, speed_records = translators

    # 2. GPT as a language model; 3. the "what if" runs at one budget.
    val_text = load_text("tinyshakespeare", "val", "en", rep.data_dir)
    lm_run, what_if_runs = train_language_models(rep)
    lm = language_model(rep, lm_run, val_text)
    what_ifs = {name: language_model(rep, run, val_text, temperatures=(0.8,)) for name, run in what_if_runs.items()}

    # 4. BERT.
    guesses = {text: bert.translator.fill_mask(text, top_k=5) for text in FILL_MASK}

    patterns = draw_patterns(rep.figure("attention_patterns.png"))
    curves = draw_what_if_curves(what_ifs, rep.figure("what_if_loss.png"))
    records = speed_records + lm_records(rep, {"language-model": lm, **{
        f"what-if-{name}": model for name, model in what_ifs.items()}}) + [bert_record(rep, bert)]  # fmt: skip
    rep.write_records(records, same=("preset", "variant", "scale", "split", "measure"))

    lines += page.header(rep, "Transformer vs GPT vs BERT: three families from the same blocks", PAPERS)
    lines += [
        "### The attention patterns",
        "",
        "Which keys each query may weigh, read from the models' own attention maps (a tiny model of each, a "
        "sentence of 6 source and 5 target tokens; black = never attended). The Transformer has three patterns, "
        "GPT one causal pattern over `source target`, a prefix LM lets the source see itself both ways:",
        "",
        f"![attention patterns]({page.link(rep, patterns)})",
        "",
    ]
    lines += translation
    lines += [
        "### GPT as a language model: Tiny Shakespeare",
        "",
        f"`{lm.run.preset}` (nanoGPT's CPU settings: 4 blocks of 128, blocks of 64 characters, 12 a batch, "
        f"{lm.run.summary.get('steps')} steps, {lm.run.summary.get('train_seconds')} s of training on one thread). "
        f"Validation loss a character (EOS left out), all {len(val_text)} val blocks: **{lm.teacher_forced:.3f}** "
        f"(nanoGPT: about {NANOGPT_CPU_VAL_LOSS} at these settings). "
        + page.verdict(lm.teacher_forced <= NANOGPT_CPU_VAL_LOSS + 0.05)
        + f" (reproduced: within 0.05 of nanoGPT's, or below). Fed one character at a time: {lm.stepwise:.3f}.",
        "",
        "Samples (prompt `ROMEO:`, 200 characters at most, seed 0):",
        "",
    ]
    for temperature, text in lm.samples.items():
        lines += [f"temperature {temperature}:", "", "```", text, "```", ""]
    lines += what_if_section(what_ifs, curves, rep, what_if_steps)
    lines += [
        "### BERT: masked tokens",
        "",
        f"`{bert.preset}` on Multi30k's {' and '.join(bert.config.data.side.split(','))} training sides as one "
        f"monolingual text, {bert.summary.get('steps')} steps: validation perplexity on the "
        f"masked tokens **{page.fmt(bert.val_ppl)}** (15% of each sentence's pieces chosen, 80/10/10). Its guesses "
        "(the five likeliest pieces for each mask):",
        "",
        "| sentence | filled | guesses |",
        "|---|---|---|",
    ]
    for text, (filled, masks) in guesses.items():
        shown = "; ".join(", ".join(f"{p} {q:.2f}" for p, q in mask) for mask in masks)
        lines.append(f"| {text} | {filled} | {shown} |")
    lines.append("")
    if initialised is not None:
        lines += pretraining_section(rep, bert, scratch, initialised)
    else:
        lines += PRETRAINED_NOT_YET
    lines += ["## Setup", ""]
    if rep.wants("translators"):
        lines += page.setup(rep)[2:]
    else:
        lines += [
            f"Each run is its preset plus the overrides listed, trained once (seed {lm_run.config.train.seed}) on one "
            "thread; the language models validate on Tiny Shakespeare's last 10% (nanoGPT's split), BERT on "
            "Multi30k's German val side.",
            "",
            *page.runs_table(rep),
        ]
    return page.write_page(rep, lines)


def translation_section(rep: Replication, pre_norm: Run | None) -> tuple[list[str], list[dict]]:
    """Encoder-decoder against decoder-only translation: the table, the verdict, and the decoding-speed records;
    with `pre_norm` (the encoder-decoder with GPT's pre-norm residuals), that comparison too, which leaves the
    blocks' normalisation out of the difference."""
    encdec, deconly = map(rep.evaluate, train_translators(rep))
    runs = [encdec, *([pre_norm] if pre_norm is not None else []), deconly]
    speed = {run.variant: decoding_speed(rep, run) for run in runs}
    params = {run.variant: parameters(run) for run in runs}
    lines = ["### Translation: encoder-decoder against decoder-only", ""]
    lines += page.scores_table(
        runs,
        {
            "blocks": lambda run: "pre-norm" if run.variant != "encoder-decoder" else "post-norm (the paper's)",
            "parameters": lambda run: f"{params[run.variant] / 1e6:.2f}M",
            "train tokens/s": lambda run: str(run.summary.get("tokens_per_s")),
            "greedy sentences/s": lambda run: f"{speed[run.variant]:.1f}",
        },
    )
    details, verdict = beats(encdec, deconly)
    lines += [
        f"Encoder-decoder against decoder-only, at {params['encoder-decoder'] / 1e6:.2f}M and "
        f"{params['decoder-only'] / 1e6:.2f}M parameters and the same {encdec.summary.get('steps')} steps of the same "
        f"batches: {details} (paired bootstrap, 1,000 samples). Does the encoder-decoder translate better at equal "
        f"size and steps? {verdict}",
        "",
    ]
    if pre_norm is not None:
        details, verdict = beats(pre_norm, deconly)
        lines += [
            "The two differ in more than their shape: the paper's encoder-decoder normalises after each residual "
            "(post-norm), GPT before (pre-norm). The encoder-decoder with pre-norm blocks (the `pre-norm` row, "
            f"also the control of the BERT section below) against decoder-only: {details}. With the normalisation "
            f"the same, does the encoder-decoder translate better? {verdict}",
            "",
        ]
    lines += [
        "The decoder-only model reads the source and the target as one sequence, so a step costs it more (tokens/s "
        "counts target tokens, as the trainer does; two runs shared the machine's two cores as they trained, so "
        "training speeds are rough). Greedy sentences/s: the first 500 sentences of test_2016_flickr on "
        f"{threads(torch.get_num_threads())}, measured when the page was written.",
        "",
    ]
    return lines, translation_speed_records(rep, speed)


def threads(count: int) -> str:
    return f"{count} thread" + ("" if count == 1 else "s")


def pretraining_section(rep: Replication, bert: Run, scratch: Run, initialised: Run) -> list[str]:
    """Does BERT's encoder help a translator at this size? The pre-norm encoder-decoder from a random start against
    the same model with its encoder started from BERT's: scores, validation curves, the verdict."""
    vocab = next(bert.run.vocab_dir.iterdir()).name
    same_vocab = (scratch.run.vocab_dir / vocab).read_bytes() == (initialised.run.vocab_dir / vocab).read_bytes()
    curves = plot_training_curves(
        {"random start": scratch.run.metrics(), "encoder from BERT": initialised.run.metrics()},
        rep.figure("bert_encoder.png"),
        title="pre-norm encoder-decoder, from a random start and with BERT's encoder",
    )
    pretrain_s = bert.summary.get("train_seconds", 0.0)
    lines = [
        "### BERT's encoder as a translator's encoder",
        "",
        f"The encoder-decoder again, pre-norm (BERT's blocks are), trained from a random start and with its encoder, "
        f"token embeddings and final LayerNorm copied from the BERT above (`train.init_encoder`; with shared "
        f"embeddings the decoder's input embeddings and output projection start from BERT's too; the decoder's "
        f"layers start as in the random run, from the same seed). Both runs: {scratch.summary.get('steps')} steps "
        f"of the same batches; BERT's pretraining cost {bert.summary.get('steps')} more steps "
        f"({pretrain_s:.0f} s) on the same sentences' two sides, no new text. The vocabularies are "
        + (
            "byte-identical (SentencePiece trained on the same lines)."
            if same_vocab
            else "not identical: the BERT-started run reads BERT's, the random run its own."
        ),
        "",
    ]
    lines += page.scores_table([scratch, initialised], {"train s": lambda run: str(run.summary.get("train_seconds"))})
    details, verdict = beats(initialised, scratch)
    lines += [
        f"BERT's encoder against a random start: {details} (paired bootstrap, 1,000 samples). Does a pretrained "
        f"encoder help at this size? {verdict}",
        "",
        f"![validation curves]({page.link(rep, curves)})",
        "",
    ]
    return lines


PRETRAINED_NOT_YET = [
    "### BERT's encoder as a translator's encoder",
    "",
    "Not run at this scale yet: the run whose encoder starts from BERT's (`train.init_encoder`, 1,200 steps, about "
    "45 minutes on one thread) did not fit the session that wrote this page. Its first try there started from a "
    "BERT whose sinusoidal positions drowned its token embeddings, so that it had barely learned; that was fixed "
    "(the embeddings are now scaled as vaswani2017's, and BERT retrained) and the run is owed.",
    "",
]

NOT_YET = [
    "### Translation: encoder-decoder against decoder-only",
    "",
    "Not run at this scale yet: its two runs (about 40 minutes each on one thread) did not fit the session that "
    "wrote this page, beside the other pages' runs. `landmark replicate transformer-gpt-bert --scale small` runs "
    "them; the cpu scale will once its budget lists them.",
    "",
]


# ------------------------------------------------------------------------------------------------ measurements
def parameters(run: Run) -> int:
    return sum(p.numel() for p in run.translator.model.parameters())


def decoding_speed(rep: Replication, run: Run, sentences: int = 500) -> float:
    """Greedy sentences/s over the first `sentences` of test_2016_flickr, on the threads the page runs with."""
    sources = rep.test_set(TEST_SPLITS[0])[0][:sentences]
    options = replace(run.config.decode, beam_size=1, nbest=1)
    run.translator.translate(sources[:20], options)  # warm up
    started = time.perf_counter()
    run.translator.translate(sources, options)
    return len(sources) / (time.perf_counter() - started)


@torch.no_grad()
def language_model(rep, run: Run, val_text: list[str], temperatures=TEMPERATURES, blocks: int = 0) -> LanguageModel:
    """The run's val loss a character, all positions at once and one at a time, and its samples."""
    translator = run.translator
    model = translator.model.eval()
    texts = val_text[:blocks] if blocks else val_text
    targets = [ids + [EOS] for ids in translator.tgt_vocab.encode(texts)]
    totals = {"teacher_forced": 0.0, "stepwise": 0.0}
    count = 0
    for start in range(0, len(targets), 128):
        rows = targets[start : start + 128]
        tgt_out, _ = pad_sequences([np.array(r) for r in rows])
        tgt_in = torch.cat(
            [torch.full((len(rows), 1), BOS), tgt_out[:, :-1].masked_fill(tgt_out[:, :-1] == EOS, PAD)], 1
        )
        src = torch.full((len(rows), 1), EOS)
        keep = (tgt_out != PAD) & (tgt_out != EOS)  # characters only: the EOS after each block is the corpus's
        logits = model(src, src != PAD, tgt_in)
        totals["teacher_forced"] += float(F.cross_entropy(logits[keep], tgt_out[keep], reduction="sum"))
        memory = model.encode(src, src != PAD)
        state, stepped = model.init_state(memory, len(rows)), []
        for t in range(tgt_in.size(1)):
            out = model.decode_step(tgt_in[:, t : t + 1], state, memory)
            state = out.state
            stepped.append(out.log_probs[:, 0])
        log_probs = torch.stack(stepped, dim=1)
        totals["stepwise"] -= float(log_probs[keep].gather(1, tgt_out[keep][:, None]).sum())
        count += int(keep.sum())
    samples = {
        t: translator.generate("ROMEO:", SamplingOptions(temperature=t, max_tokens=200, seed=0))[0]
        for t in temperatures
    }
    rep.log(
        f"{run.variant}: val loss {totals['teacher_forced'] / count:.3f}, stepwise {totals['stepwise'] / count:.3f}"
    )
    return LanguageModel(run, totals["teacher_forced"] / count, totals["stepwise"] / count, samples)


def last_train_loss(run: Run) -> float:
    return [r["loss"] for r in run.run.metrics() if r["type"] == "train"][-1]


# ------------------------------------------------------------------------------------------------------ the page
def what_if_section(what_ifs: dict[str, LanguageModel], curves: Path, rep: Replication, steps: int) -> list[str]:
    paper = what_ifs["paper"]
    lines = [
        "### What if: the mask and the scores changed, each trained at the same budget",
        "",
        f"Each a `{paper.run.preset}` run of {steps} steps (its cosine schedule ending there), one change each. "
        "*As trained*: the validation loss computed the way it trained (every position at once, under its own "
        "mask); *one at a time*: fed one character at a time, as when it generates — a model that learnt to read "
        "the answer finds none there.",
        "",
        "| run | change | last train loss | val loss as trained | val loss one at a time | sample (temperature 0.8) |",
        "|---|---|---|---|---|---|",
    ]
    for name, model in what_ifs.items():
        sample = model.samples[0.8].replace("\n", " / ").replace("|", "\\|")[:90]
        lines.append(
            f"| {name} | {WHAT_IF[name][1]} | {last_train_loss(model.run):.3f} | {model.teacher_forced:.3f} | "
            f"{model.stepwise:.3f} | `{sample}` |"
        )
    lines += ["", f"![what-if training loss]({page.link(rep, curves)})", ""]
    reads = [name for name in ("no-mask", "flipped-mask") if name in what_ifs]
    for name in reads:
        model = what_ifs[name]
        collapsed = last_train_loss(model.run) < 0.5 * last_train_loss(paper.run)
        fails = model.stepwise > paper.stepwise + 0.5
        lines.append(
            f"{name}: training loss {last_train_loss(model.run):.3f} against the paper's "
            f"{last_train_loss(paper.run):.3f} "
            f"({'collapsed' if collapsed else 'not collapsed'}: below half of it?), one character at a time "
            f"{model.stepwise:.3f} against {paper.stepwise:.3f} ({'fails' if fails else 'holds'}: above by 0.5?). "
            "A model that sees the token it must predict learns to copy it, and has nothing to copy when it "
            "generates: " + page.verdict(collapsed and fails, partly=collapsed or fails)
        )
        lines.append("")
    for name in ("squared", "unscaled"):
        model = what_ifs[name]
        difference = model.stepwise - paper.stepwise
        lines.append(
            f"{name}: val loss one at a time {model.stepwise:.3f} against the paper's {paper.stepwise:.3f} "
            f"({page.signed(difference)}): "
            + (
                "the paper's scaled dot product trains better here."
                if difference > 0.02
                else "no worse than the paper's at this size and budget."
                if difference > -0.02
                else "better than the paper's at this size and budget."
            )  # fmt: skip
        )
        lines.append("")
    return lines


def draw_patterns(path: Path) -> Path:
    """The attention patterns of tiny random models of each family: where each query's weights are above 0."""
    import matplotlib.pyplot as plt

    torch.manual_seed(0)
    V, S, T = 20, 6, 5
    src = torch.randint(4, V, (1, S))
    src[0, -1] = EOS
    tgt = torch.cat([torch.tensor([[BOS]]), torch.randint(4, V, (1, T - 1))], dim=1)
    mask = src != PAD
    vaswani = build_model(load_config("vaswani2017-tiny").model, V, V).eval().attention_maps(src, mask, tgt)
    gpt = build_model(load_config("gpt-tiny").model, V, V).eval().attention_maps(src, mask, tgt)["decoder"]
    prefix = build_model(load_config("gpt-tiny", ["model.prefix_lm=true"]).model, V, V).eval()
    prefix_lm = prefix.attention_maps(src, mask, tgt)["decoder"]
    panels = {
        "Transformer encoder\n(source x source)": vaswani["encoder"],
        "Transformer decoder\n(target x target)": vaswani["decoder"],
        "Transformer cross\n(target x source)": vaswani["cross"],
        "GPT\n(source+target, causal)": gpt,
        "prefix LM\n(source both ways)": prefix_lm,
    }
    figure, axes = plt.subplots(1, len(panels), figsize=(3.0 * len(panels), 3.2))
    for axis, (title, maps) in zip(axes, panels.items(), strict=True):
        axis.imshow((maps[-1, 0, 0] > 0).float().numpy(), cmap="gray", vmin=0, vmax=1)
        axis.set_title(title, fontsize=9)
        axis.set_xlabel("key")
        axis.set_ylabel("query")
        axis.set_xticks([])
        axis.set_yticks([])
    return save_figure(figure, path)


def draw_what_if_curves(what_ifs: dict[str, LanguageModel], path: Path) -> Path:
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 4))
    for name, model in what_ifs.items():
        train = [r for r in model.run.run.metrics() if r["type"] == "train"]
        axis.plot([r["step"] for r in train], [r["loss"] for r in train], label=name)
    axis.set_xlabel("step")
    axis.set_ylabel("training loss (nats a character)")
    axis.set_title("GPT on Tiny Shakespeare: the mask and the scores changed")
    axis.legend()
    axis.grid(alpha=0.3)
    return save_figure(figure, path)


# ---------------------------------------------------------------------------------------------------- records
def translation_speed_records(rep: Replication, speed: dict[str, float]) -> list[dict]:
    return [
        rep.result(run, "test_2016_flickr", measure="greedy_sentences_per_s", value=round(speed[run.variant], 2))
        for run in rep.runs
        if run.variant in speed
    ]


def lm_records(rep: Replication, models: dict[str, LanguageModel]) -> list[dict]:
    records = []
    for model in models.values():
        for measure, value in (("val_loss_per_char", model.teacher_forced), ("val_loss_stepwise", model.stepwise)):
            records.append(rep.result(model.run, "val", measure=measure, value=round(value, 4)))
    return records


def bert_record(rep: Replication, run: Run) -> dict:
    return rep.result(run, "val", measure="masked_token_perplexity", value=run.val_ppl)
