"""What the playground shows of a run: pieces, embeddings and positions, every attention weight, the beam step by
step, each under the "what if" switches. One sentence at a time, written to be read, not to be fast.

    switches = Switches(score="negated")
    analysis = analyze(translator, "A dog runs.", beam_size=4, length_penalty=1.0, prefix=None, switches=switches)

The beam here (`beam_steps`) is a readable one-sentence copy of `decode.search.beam_search`, with a forced prefix
and a record of every step; a test holds its result to the shared search's.
"""

from __future__ import annotations

import contextlib
import math
import time
from dataclasses import dataclass, field

import torch

from landmark.config import DecodeOptions
from landmark.decode.sampling import SamplingOptions, draw
from landmark.decode.search import coverage_penalty, length_penalty, step_attention
from landmark.models.base import Memory, Seq2SeqModel, reorder
from landmark.models.gpt import GPT
from landmark.models.vaswani2017 import Transformer
from landmark.nn.attention import MultiHeadAttention, WhatIf
from landmark.tokens import BOS, EOS, PAD, UNK
from landmark.translator import Translator

KINDS = ("encoder", "decoder", "cross")


@dataclass(frozen=True)
class Switches:
    """The playground's "what if" switches; the defaults are the paper's model (see nn.attention.WhatIf)."""

    causal_mask: str = "upper"
    scale: bool = True
    score: str = "dot"
    positions: bool = True
    silence_heads: tuple[tuple[str, int, int], ...] = ()  # (kind, layer, head)
    silence_layers: tuple[tuple[str, int], ...] = ()  # (kind, layer), kind encoder or decoder

    def is_default(self) -> bool:
        return self == Switches()

    def notes(self) -> list[str]:
        """One line per switch that is on: what it does to the model."""
        notes = []
        if self.causal_mask == "none":
            notes.append(
                "Causal mask removed: in teacher forcing each target position also sees the tokens after it (the "
                "answer). Decoding one token at a time changes little, since the future does not exist yet; a model "
                "trained this way reads the answer and learns nothing it can use at inference."
            )
        if self.causal_mask == "lower":
            notes.append(
                "Mask flipped: each target position sees itself and the positions after it, never the past. Decoding "
                "step by step, the newest token sees only itself."
            )
        if not self.scale:
            notes.append(
                "No 1/sqrt(d_k) scaling: dot products grow with the head width, so the softmax saturates and each "
                "query puts nearly all its weight on one key."
            )
        if self.score == "squared":
            notes.append("Squared scores (sign kept): large similarities dominate even more; the softmax sharpens.")
        if self.score == "negated":
            notes.append("Negated scores: the softmax now favours the keys least like the query.")
        if not self.positions:
            notes.append(
                "No positional encodings: self-attention cannot tell word order, so a sentence is read as a bag of "
                "words (the decoder's causal mask still orders the target)."
            )
        for kind, layer, head in self.silence_heads:
            notes.append(f"{kind} layer {layer} head {head} silenced: its output is zero; its weights are still drawn.")
        for kind, layer in self.silence_layers:
            notes.append(f"{kind} layer {layer} silenced: it computes as usual, but its input is passed on unchanged.")
        return notes


def supported(model: Seq2SeqModel) -> dict[str, str | None]:
    """Each switch: None where it applies to `model`, else why it does not (the page greys it out)."""
    names = ("causal_mask", "scale", "score", "positions", "silence_head", "silence_layer")
    if isinstance(model, Transformer):
        return dict.fromkeys(names)
    if isinstance(model, GPT):
        return dict.fromkeys(names, "the switches are wired into the encoder-decoder Transformer only, not yet here")
    reason = "an RNN reads the source and target in order: it has no causal mask or positional encodings"
    attention = "its attention is additive or Luong's, not a scaled dot product of heads"
    return {
        "causal_mask": reason,
        "scale": attention,
        "score": attention,
        "positions": reason,
        "silence_head": attention,
        "silence_layer": "its recurrent layers feed each other's states; skipping one is not defined here",
    }


@torch.no_grad()
def kinds(model: Seq2SeqModel) -> dict[str, tuple[int, int]]:
    """Attention kind -> (layers, heads) the model has, read from its own attention_maps on a two-token input."""
    device = next(model.parameters()).device
    maps = model.attention_maps(
        torch.tensor([[4, EOS]], device=device), torch.ones(1, 2, dtype=torch.bool, device=device),
        torch.tensor([[BOS]], device=device),
    )  # fmt: skip
    return {kind: (weights.size(0), weights.size(2)) for kind, weights in maps.items()}


def check(model: Seq2SeqModel, switches: Switches) -> None:
    """ValueError naming the switch, where a switch is set that the model lacks or a layer or head is out of range."""
    if switches.causal_mask not in WhatIf.MASKS:
        raise ValueError(f"switches.causal_mask is {switches.causal_mask!r}; valid: {', '.join(WhatIf.MASKS)}")
    if switches.score not in WhatIf.SCORES:
        raise ValueError(f"switches.score is {switches.score!r}; valid: {', '.join(WhatIf.SCORES)}")
    if switches.is_default():
        return
    reasons = supported(model)
    asked = {
        "causal_mask": switches.causal_mask != "upper",
        "scale": not switches.scale,
        "score": switches.score != "dot",
        "positions": not switches.positions,
        "silence_head": bool(switches.silence_heads),
        "silence_layer": bool(switches.silence_layers),
    }
    for name, on in asked.items():
        if on and reasons[name]:
            raise ValueError(f"switches.{name} does not apply to this model: {reasons[name]}")
    shape = kinds(model)
    for kind, layer, head in switches.silence_heads:
        if kind not in shape or not 0 <= layer < shape[kind][0] or not 0 <= head < shape[kind][1]:
            raise ValueError(f"switches.silence_heads: {kind} layer {layer} head {head} does not exist in this model")
    for kind, layer in switches.silence_layers:
        if kind not in ("encoder", "decoder") or not 0 <= layer < shape[kind][0]:
            raise ValueError(f"switches.silence_layers: {kind} layer {layer} does not exist in this model")


@contextlib.contextmanager
def applied(model: Seq2SeqModel, switches: Switches):
    """The model with `switches` on, inside the block only (the model is shared: the block must not be left
    while another request uses it, so the app runs one probe at a time)."""
    check(model, switches)
    if switches.is_default() or not isinstance(model, Transformer):
        yield model
        return
    layers = {"encoder": model.encoder_layers, "decoder": model.decoder_layers}
    attention = {
        "encoder": [layer.self_attention for layer in model.encoder_layers],
        "decoder": [layer.self_attention for layer in model.decoder_layers],
        "cross": [layer.cross_attention for layer in model.decoder_layers],
    }
    try:
        for kind, modules in attention.items():
            for index, module in enumerate(modules):
                silenced = frozenset(h for k, i, h in switches.silence_heads if (k, i) == (kind, index))
                mask = switches.causal_mask if kind == "decoder" else "upper"
                module.what_if = WhatIf(mask, switches.scale, switches.score, silenced)
        for kind, index in switches.silence_layers:
            layers[kind][index].silenced = True
        model.use_positions = switches.positions
        yield model
    finally:
        for module in model.modules():
            if isinstance(module, MultiHeadAttention):
                module.what_if = None
        for layer in (*model.encoder_layers, *model.decoder_layers):
            layer.silenced = False
        model.use_positions = True


# ----------------------------------------------------------------------------------------- the beam, step by step
@dataclass
class Hyp:
    tokens: list[int]
    log_prob: float
    score: float  # log_prob / lp(len + 1 for the EOS to come), or for a finished one / lp(its length)


@dataclass
class Step:
    step: int
    alive: list[Hyp]
    finished: list[Hyp]
    next: list[list[tuple[int, float]]]  # per alive hypothesis (before this step), its top-k next tokens and probs


@dataclass
class BeamResult:
    best: Hyp
    steps: list[Step] = field(default_factory=list)


@torch.no_grad()
def beam_steps(
    model: Seq2SeqModel,
    src: torch.Tensor,
    beam_size: int,
    alpha: float,
    limit: int,
    prefix: list[int] = (),
    top_k: int = 5,
    allow_unk: bool = True,
    beta: float = 0.0,
    sampling: SamplingOptions | None = None,
    memory: Memory | None = None,
) -> BeamResult:
    """One sentence src (1, S) through beam search as decode.search does it (the K best live hypotheses; an EOS
    among the K best extensions finishes one, scored log P / lp + cp with beta's coverage penalty; done at K
    finished or at the length limit, where EOS is forced), after forcing `prefix`; every step recorded. beam_size
    1 is greedy search. With `sampling`, one hypothesis draws each token instead (the prefix still forced)."""
    K = 1 if sampling else beam_size
    generator = torch.Generator().manual_seed(sampling.seed) if sampling else None
    options = DecodeOptions(coverage_penalty=beta)
    coverage = torch.zeros(1, src.size(1))  # per live hypothesis: the attention each source token received
    memory = model.encode(src, src != PAD) if memory is None else memory  # the caller may have encoded already
    state = model.init_state(memory, 1)
    alive, finished, steps = [Hyp([], 0.0, 0.0)], [], []
    for step in range(1, limit + 2):
        rows = torch.zeros(len(alive), dtype=torch.long)
        out = model.decode_step(torch.tensor([[h.tokens[-1] if h.tokens else BOS] for h in alive]), state,
                                reorder(memory, rows))  # fmt: skip
        log_probs = out.log_probs[:, -1].float().clone()  # (n, V)
        received = step_attention(out, options)
        if received is not None:
            coverage = coverage + received
        log_probs[:, [PAD, BOS] if allow_unk else [PAD, BOS, UNK]] = -math.inf
        forced = prefix[step - 1] if step <= len(prefix) else (EOS if step > limit else None)
        if forced is not None:
            keep = log_probs[:, forced].clone()
            log_probs.fill_(-math.inf)
            log_probs[:, forced] = keep
        top = log_probs.exp().topk(min(top_k, log_probs.size(1)), dim=1)
        shown = [
            [(int(t), float(p)) for t, p in zip(ts, ps, strict=True) if p > 0]
            for ts, ps in zip(top.indices, top.values, strict=True)
        ]
        candidates = torch.tensor([h.log_prob for h in alive])[:, None] + log_probs  # (n, V)
        values, index = candidates.view(-1).topk(min(2 * K, candidates.numel()))
        if sampling and forced is None:  # draw the one next token; its log-probability is the model's
            token = int(draw(log_probs[:1], sampling, generator)[0])
            values, index = candidates[0, token : token + 1], torch.tensor([token])
        V = log_probs.size(1)
        survivors, parents = [], []
        for rank, (value, flat) in enumerate(zip(values.tolist(), index.tolist(), strict=True)):
            if not math.isfinite(value):
                break
            parent, token = divmod(flat, V)
            tokens = alive[parent].tokens + [token]
            if token == EOS:
                if rank < K:  # only EOS among the K best finishes a hypothesis, as in decode.search
                    cp = float(coverage_penalty(coverage[parent : parent + 1], src != PAD, beta)) if beta else 0.0
                    finished.append(Hyp(tokens[:-1], value, value / length_penalty(step, alpha) + cp))
            elif len(survivors) < K:
                survivors.append(Hyp(tokens, value, value / length_penalty(step + 1, alpha)))
                parents.append(parent)
        finished = sorted(finished, key=lambda h: h.score, reverse=True)[:K]
        steps.append(Step(step, survivors, list(finished), shown))
        if len(finished) >= K or step > limit or not survivors:
            break
        state = reorder(out.state, torch.tensor(parents))
        coverage = coverage[torch.tensor(parents)]
        alive = survivors
    best = finished[0] if finished else max(alive, key=lambda h: h.score)
    return BeamResult(best, steps)


# ----------------------------------------------------------------------------------------- one analysis
def _rounded(tensor: torch.Tensor, digits: int = 4):
    return torch.round(tensor.float(), decimals=digits).tolist()


def source_ids(translator: Translator, text: str) -> list[int]:
    ids = translator.src_vocab.encode([text])[0] + [EOS]
    limit = translator.model.max_source_length()
    if limit and len(ids) > limit:
        raise ValueError(f"text is {len(ids)} tokens (EOS included); this model reads at most {limit}")
    return ids


def target_limit(translator: Translator, source_length: int) -> int:
    options = translator.config.decode
    limit = int(source_length * options.max_len_a + options.max_len_b)
    cap = translator.model.max_target_length()
    return limit if cap is None else min(limit, cap)


def embeddings(model: Seq2SeqModel, src: torch.Tensor) -> dict:
    """The source rows the first layer reads: token embeddings (scaled as the model scales them), positions, sum."""
    table = getattr(model, "src_embedding", None)
    if table is None:
        return {"token": None, "position": None, "sum": None}
    token = table(src)[0]
    if not isinstance(model, Transformer):
        return {"token": _rounded(token), "position": None, "sum": None}
    token = token * math.sqrt(model.config.d_model)
    position = model.positions(src.size(1)).to(token.dtype)
    if not model.use_positions:
        position = torch.zeros_like(position)
    return {"token": _rounded(token), "position": _rounded(position), "sum": _rounded(token + position)}


@torch.no_grad()
def analyze(
    translator: Translator,
    text: str,
    beam_size: int,
    length_penalty: float,
    prefix: str | None,
    switches: Switches,
    top_k: int = 0,
    sampling: SamplingOptions | None = None,
) -> dict:
    """Everything /api/analyze answers (and, with top_k > 0, the recorded beam /api/beam answers)."""
    model = translator.model
    ids = source_ids(translator, text)
    src = torch.tensor([ids])
    prefix_ids = translator.tgt_vocab.encode([prefix])[0] if prefix else []
    limit = max(target_limit(translator, len(ids)), len(prefix_ids))
    timing = {}
    with applied(model, switches):
        start = time.perf_counter()
        memory = model.encode(src, src != PAD)
        timing["encode"] = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        decode = translator.config.decode
        result = beam_steps(model, src, beam_size, length_penalty, limit, prefix_ids, top_k or 1,
                            decode.allow_unk, decode.coverage_penalty, sampling, memory)  # fmt: skip
        timing["decode"] = (time.perf_counter() - start) * 1000
        tgt_in = torch.tensor([[BOS, *result.best.tokens]])
        start = time.perf_counter()
        maps = model.attention_maps(src, src != PAD, tgt_in)  # kind -> (L, 1, H, queries, keys)
        timing["attention"] = (time.perf_counter() - start) * 1000
        vectors = embeddings(model, src)
    best = result.best
    analysis = {
        "source": {"pieces": translator.src_vocab.pieces(ids), "ids": ids},
        "translation": {
            "text": translator.tgt_vocab.decode(best.tokens),
            "pieces": translator.tgt_vocab.pieces(best.tokens),
            "ids": best.tokens,
            "score": round(best.score, 4),
        },
        "target_inputs": translator.tgt_vocab.pieces([BOS, *best.tokens]),
        "timing_ms": {stage: round(ms, 2) for stage, ms in timing.items()},
        "embeddings": vectors,
        "attention": {kind: _rounded(weights[:, 0]) for kind, weights in maps.items()},
        "notes": switches.notes(),
    }
    if top_k:
        pieces = translator.tgt_vocab.pieces

        def hyp(h: Hyp) -> dict:
            return {"pieces": pieces(h.tokens), "log_prob": round(h.log_prob, 4), "score": round(h.score, 4)}

        analysis["steps"] = [
            {
                "step": step.step,
                "alive": [hyp(h) for h in step.alive],
                "finished": [hyp(h) for h in step.finished],
                "next": [
                    {"hypothesis": i, "candidates": [{"piece": pieces([t])[0], "prob": round(p, 4)} for t, p in row]}
                    for i, row in enumerate(step.next)
                ],
            }
            for step in result.steps
        ]
    return analysis
