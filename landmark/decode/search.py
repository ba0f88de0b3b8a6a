"""Search over any model that keeps the interface of `landmark.models.base`: greedy and batched beam search.

Nothing here knows which model it drives. Hypotheses are kept, copied and dropped by reordering the
model's State (and the encoder's Memory) along the batch axis; every sentence of a batch and every
hypothesis of a beam advances in the same tensor operations, with no Python loop over them.

Scores: a hypothesis y_1 .. y_n </s> is ranked by log P(y, </s> | x) / lp(n + 1) + cp(x; y), with GNMT's length
penalty lp(L) = ((5 + L) / 6)^alpha and coverage penalty cp(x; y) = beta sum_i log(min(sum_j p_ij, 1)) over the
real source positions i, p_ij the attention output token j paid to source token i (Wu et al. 2016, §7, eq. 14);
alpha = beta = 0 ranks by log-probability alone. Live hypotheses compete by log-probability, as in GNMT.
Legend: B sentences, K beam size, N = B * K rows, V vocabulary, S source length.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from landmark.config import DecodeOptions
from landmark.models.base import Seq2SeqModel, reorder
from landmark.tokens import BOS, EOS, PAD, UNK


@dataclass
class Hypothesis:
    tokens: list[int]  # y_1 .. y_n, without BOS and EOS
    score: float  # log-probability divided by the length penalty: what search ranks by
    log_prob: float  # log P(y_1 .. y_n </s> | x)
    attention: torch.Tensor | None = None  # (n + 1, S) weights over the source for each output token


def length_penalty(length: torch.Tensor | int, alpha: float) -> torch.Tensor | float:
    """lp(L) = ((5 + L) / 6)^alpha  (Wu et al. 2016, eq. 14)."""
    return ((5.0 + length) / 6.0) ** alpha


def coverage_penalty(coverage: torch.Tensor, src_mask: torch.Tensor, beta: float) -> torch.Tensor:
    """cp = beta sum_i log(min(coverage_i, 1)) over the real source positions (Wu et al. 2016, eq. 14).
    coverage (N, S): the attention each source position received, summed over the output; src_mask (N, S)."""
    terms = coverage.clamp(min=1e-20, max=1.0).log().masked_fill(~src_mask, 0.0)
    return beta * terms.sum(dim=-1)


def step_attention(out, options: DecodeOptions) -> torch.Tensor | None:
    """The attention of one decode step over the source, (N, S) averaged over heads, where the coverage penalty
    needs it; a coverage penalty on a model without attention is refused."""
    if not options.coverage_penalty:
        return None
    if out.attention is None:
        raise ValueError("decode.coverage_penalty needs a model with attention; this one has none (set it to 0)")
    return _per_token(out.attention)


def max_lengths(model: Seq2SeqModel, src_mask: torch.Tensor, options: DecodeOptions) -> torch.Tensor:
    """The longest output (without EOS) allowed for each sentence: a * source length + b, and no longer than the
    model can write (its max_target_length). (B,) int64."""
    lengths = (src_mask.sum(1).float() * options.max_len_a + options.max_len_b).long()
    cap = model.max_target_length()
    return lengths if cap is None else lengths.clamp(max=cap)


def restrict(log_probs: torch.Tensor, force_eos: torch.Tensor, options: DecodeOptions) -> torch.Tensor:
    """Forbid tokens that can never be output, and force EOS on rows that reached their length limit.
    log_probs (N, V) float, force_eos (N,) bool. Works in place: search owns the step's log-probabilities."""
    forbidden = [PAD, BOS] if options.allow_unk else [PAD, BOS, UNK]
    log_probs[:, forbidden] = float("-inf")
    eos = log_probs[:, EOS].clamp(min=-1e9)  # finite even if the model rules EOS out
    log_probs.masked_fill_(force_eos[:, None], float("-inf"))  # one pass over (N, V), no second (N, V) tensor
    log_probs[:, EOS] = torch.where(force_eos, eos, log_probs[:, EOS])
    return log_probs


@torch.no_grad()
def greedy_search(
    model: Seq2SeqModel, src: torch.Tensor, src_mask: torch.Tensor, options: DecodeOptions
) -> list[list[Hypothesis]]:
    """Pick the most probable token at every step. src (B, S), src_mask (B, S) -> one hypothesis each.

    Sentences that have ended leave the batch once they are a quarter of it (fewer rows to decode; leaving at
    every EOS would copy the model's state at nearly every step)."""
    B, device = src.size(0), src.device
    limit = max_lengths(model, src_mask, options)
    width = int(limit.max()) + 1
    memory = model.encode(src, src_mask)
    state = model.init_state(memory, B)
    rows = torch.arange(B, device=device)  # the sentence of each row still decoded
    last = torch.full((B, 1), BOS, dtype=torch.long, device=device)
    tokens = torch.full((B, width), PAD, dtype=torch.long, device=device)  # every sentence's output
    log_prob = torch.zeros(B, device=device)
    lengths = torch.zeros(B, dtype=torch.long, device=device)  # tokens so far, EOS included
    done = torch.zeros(B, dtype=torch.bool, device=device)  # per row
    attention = torch.zeros(B, width, src.size(1), device=device) if options.return_attention else None
    coverage = torch.zeros(B, src.size(1), device=device)  # attention received by each source token (cp)
    for step in range(width):
        out = model.decode_step(last, state, memory)
        state = out.state
        received = step_attention(out, options)
        if received is not None:
            coverage[rows[~done]] += received[~done]
        step_log_probs = restrict(out.log_probs[:, -1].float(), step >= limit[rows], options)
        best_log_prob, best = step_log_probs.max(dim=-1)
        best = best.masked_fill(done, PAD)
        log_prob[rows] += best_log_prob.masked_fill(done, 0.0)
        lengths[rows] += (~done).long()
        tokens[rows, step] = best
        if attention is not None and out.attention is not None:
            attention[rows, step] = _per_token(out.attention)
        done |= best == EOS
        if bool(done.all()):
            break
        if int(done.sum()) * 4 >= done.numel():
            keep = (~done).nonzero().squeeze(1)
            rows, done, best = rows[keep], done[keep], best[keep]
            state, memory = reorder(state, keep), reorder(memory, keep)
        last = best[:, None]
    scores = log_prob / length_penalty(lengths.float(), options.length_penalty)
    if options.coverage_penalty:
        scores = scores + coverage_penalty(coverage, src_mask, options.coverage_penalty)
    has_attention = attention is not None and bool(attention.any())
    return [
        [_hypothesis(tokens[b], float(scores[b]), float(log_prob[b]), attention[b] if has_attention else None)]
        for b in range(B)
    ]


@torch.no_grad()
def beam_search(
    model: Seq2SeqModel, src: torch.Tensor, src_mask: torch.Tensor, options: DecodeOptions
) -> list[list[Hypothesis]]:
    """Keep the K best hypotheses of every sentence at every step; return each sentence's `nbest` best
    finished ones. src (B, S), src_mask (B, S) -> B lists of hypotheses, best first.

    Each step extends the K live hypotheses by every token and takes the 2K best extensions: those ending
    in EOS that rank among the first K join the sentence's K finished hypotheses (a running top-K); the
    K best others live on. A sentence is done once it holds K finished hypotheses (as in fairseq) or its
    length limit forced EOS; done sentences leave the batch so that compute goes to the rest.
    """
    K, device = options.beam_size, src.device
    B = src.size(0)
    limit = max_lengths(model, src_mask, options)  # (B,)
    width = int(limit.max()) + 2  # BOS + at most max tokens + EOS
    rows = torch.arange(B, device=device).repeat_interleave(K)
    memory = reorder(model.encode(src, src_mask), rows)  # None for a model without an encoder
    state = model.init_state(memory, B * K)
    tokens = torch.full((B * K, 1), BOS, dtype=torch.long, device=device)
    scores = torch.full((B, K), float("-inf"), device=device)
    scores[:, 0] = 0.0  # at the start only one hypothesis is live: K copies would fill the beam with twins
    want_attention = options.return_attention  # set below to False if the model has no attention to give
    history = torch.zeros(B * K, 0, src.size(1), device=device) if want_attention else None  # (N, t, S)
    coverage = torch.zeros(B * K, src.size(1), device=device)  # attention received by each source token (cp)
    row_mask = src_mask.repeat_interleave(K, dim=0)  # (N, S)

    # The finished hypotheses of every sentence: a running top-K, filled with -inf until found.
    done_score = torch.full((B, K), float("-inf"), device=device)
    done_log_prob = torch.zeros(B, K, device=device)
    done_tokens = torch.full((B, K, width), PAD, dtype=torch.long, device=device)
    done_attention = torch.zeros(B, K, width, src.size(1), device=device) if want_attention else None

    active = torch.arange(B, device=device)  # which sentences are still searched, in row-block order
    for step in range(1, width):
        n = active.numel()
        out = model.decode_step(tokens[:, -1:], state, memory)
        received = step_attention(out, options)
        if received is not None:
            coverage = coverage + received
        force_eos = (step > limit[active]).repeat_interleave(K)
        step_log_probs = restrict(out.log_probs[:, -1].float(), force_eos, options)  # (n*K, V)
        # The 2K best extensions of a sentence are among the 2K best tokens of each of its hypotheses: rank those
        # (n, K * 2K) instead of all K * V (the same top 2K, without adding the scores to every token).
        W = min(2 * K, step_log_probs.size(-1))
        row_scores, row_tokens = step_log_probs.topk(W, dim=1)  # (n*K, W)
        candidates = (scores[:, :, None] + row_scores.view(n, K, W)).view(n, K * W)
        top_scores, top_index = candidates.topk(min(2 * K, K * W), dim=1)  # (n, 2K)
        origin = top_index // W  # which live hypothesis
        token = row_tokens.view(n, K * W).gather(1, top_index)  # which next token
        ends = (token == EOS) & torch.isfinite(top_scores)
        ends[:, K:] = False  # only EOS among the K best may finish (the others compete with better ones)

        base = (torch.arange(n, device=device) * K)[:, None]  # first row of each sentence
        if want_attention and out.attention is None:  # a model without attention (Sutskever, Cho)
            want_attention, history, done_attention = False, None, None
        if want_attention:
            history = torch.cat([history, _per_token(out.attention)[:, None]], dim=1)
        if bool(ends.any()):
            # Merge the new finished hypotheses into each sentence's running top-K.
            normalised = top_scores / length_penalty(step, options.length_penalty)
            if options.coverage_penalty:
                rows_of = (base + origin).view(-1)  # the row each extension came from
                penalty = coverage_penalty(coverage[rows_of], row_mask[rows_of], options.coverage_penalty)
                normalised = normalised + penalty.view(n, -1)
            normalised = torch.where(ends, normalised, -torch.inf)
            pool_score = torch.cat([done_score[active], normalised], dim=1)  # (n, 3K)
            keep_score, keep = pool_score.topk(K, dim=1)
            new_tokens = torch.cat([tokens[(base + origin).view(-1)], token.view(-1, 1)], dim=1)
            new_tokens = torch.nn.functional.pad(new_tokens, (0, width - new_tokens.size(1)), value=PAD)
            pool_tokens = torch.cat([done_tokens[active], new_tokens.view(n, -1, width)], dim=1)
            pool_log_prob = torch.cat([done_log_prob[active], top_scores], dim=1)
            done_score[active] = keep_score
            done_tokens[active] = pool_tokens.gather(1, keep[:, :, None].expand(-1, -1, width))
            done_log_prob[active] = pool_log_prob.gather(1, keep)
            if want_attention:
                new_attention = history[(base + origin).view(-1)]  # (n*2K, step, S)
                new_attention = torch.nn.functional.pad(new_attention, (0, 0, 0, width - step))
                pool_attention = torch.cat([done_attention[active], new_attention.view(n, -1, width, src.size(1))], 1)
                index = keep[:, :, None, None].expand(-1, -1, width, src.size(1))
                done_attention[active] = pool_attention.gather(1, index)

        # The K best extensions that did not end live on.
        live_scores, live = torch.where(token == EOS, -torch.inf, top_scores).topk(K, dim=1)  # (n, K)
        parent = (base + origin.gather(1, live)).view(-1)  # (n*K,) rows to copy
        tokens = torch.cat([tokens[parent], token.gather(1, live).view(-1, 1)], dim=1)
        state, scores = reorder(out.state, parent, within_sentences=True), live_scores  # parents are in-sentence
        coverage = coverage[parent]
        if want_attention:
            history = history[parent]

        finished = torch.isfinite(done_score[active]).all(dim=1) | (step > limit[active])  # (n,)
        if bool(finished.all()):
            break
        if bool(finished.any()):
            keep_sentences = (~finished).nonzero().squeeze(1)
            keep_rows = (keep_sentences[:, None] * K + torch.arange(K, device=device)).view(-1)
            active, scores = active[keep_sentences], scores[keep_sentences]
            tokens, state, memory = tokens[keep_rows], reorder(state, keep_rows), reorder(memory, keep_rows)
            coverage, row_mask = coverage[keep_rows], row_mask[keep_rows]
            if want_attention:
                history = history[keep_rows]

    results = []
    for b in range(B):
        order = done_score[b].argsort(descending=True)[: options.nbest]
        results.append(
            [
                _hypothesis(
                    done_tokens[b, k, 1:],
                    float(done_score[b, k]),
                    float(done_log_prob[b, k]),
                    None if done_attention is None else done_attention[b, k],
                )
                for k in order.tolist()
                if torch.isfinite(done_score[b, k])
            ]
        )
    return results


def search(
    model: Seq2SeqModel, src: torch.Tensor, src_mask: torch.Tensor, options: DecodeOptions
) -> list[list[Hypothesis]]:
    """Greedy search for beam size 1 (the same result, less bookkeeping), beam search otherwise."""
    if options.beam_size == 1:
        return greedy_search(model, src, src_mask, options)
    return beam_search(model, src, src_mask, options)


def _per_token(attention: torch.Tensor) -> torch.Tensor:
    """The attention of one decode step, (N, H, 1, S) or (N, 1, S), as (N, S), averaged over heads."""
    attention = attention.float()
    if attention.dim() == 4:
        attention = attention.mean(dim=1)
    return attention[:, -1]


def _hypothesis(row: torch.Tensor, score: float, log_prob: float, attention: torch.Tensor | None) -> Hypothesis:
    """Cut a token row (after BOS) at its EOS."""
    ids = row.tolist()
    length = ids.index(EOS) if EOS in ids else len(ids)
    tokens = [i for i in ids[:length] if i != PAD]
    weights = None if attention is None else attention[: length + 1].cpu()
    return Hypothesis(tokens, score, log_prob, weights)
