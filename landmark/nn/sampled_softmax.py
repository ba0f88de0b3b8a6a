"""The softmax over a subset of the vocabulary: Jean, Cho, Memisevic, Bengio, "On Using Very Large Target Vocabulary
for Neural Machine Translation" (ACL 2015), §3.

Training (§3.1-3.2): the gradient of log p(y_t) is E_P[grad E(y)] minus the energy gradient of the target; it is
estimated by importance sampling from a proposal Q over a subset V' of the vocabulary, which gives the softmax over
V' alone with each energy corrected by log Q(y_k). Jean et al. cut the training corpus into partitions, each with its
own V' (the target words of the partition), and take Q uniform over V': every correction is then -log |V'|, the
same for every word, and cancels in the softmax. What is left is what this module computes: the logits of V' only,
W_o[V'] t + b_o[V'], so that a step costs |V'| output rows instead of |V|.

Decoding (§3.2): the same subset logits, over a candidate list per sentence (landmark/decode/candidates.py).
Legend: N rows (sentences or hypotheses), t positions, l the width of the layer below the softmax, V vocabulary,
V' the words kept.
"""

from __future__ import annotations

import torch


def subset_logits(hidden: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None, vocab: torch.Tensor):
    """hidden (N, t, l), the output layer's weight (V, l) and bias (V,), vocab (V',) word ids shared by every row
    (a training partition's V') or (N, V') a list per row (candidate lists) -> logits (N, t, V'), column k scoring
    word vocab[k]. Only the rows of the V' words are read: the full (N, t, V) logits are never computed."""
    rows = weight[vocab]  # (V', l) or (N, V', l)
    if vocab.dim() == 1:
        logits = hidden @ rows.t()  # (N, t, V')
    else:
        logits = torch.bmm(hidden, rows.transpose(1, 2))  # (N, t, V')
    if bias is not None:
        logits = logits + (bias[vocab] if vocab.dim() == 1 else bias[vocab][:, None, :])
    return logits


def positions_in(vocab: torch.Tensor, ids: torch.Tensor) -> torch.Tensor:
    """Where each id sits in `vocab` (V',), sorted ascending: ids (...) -> positions (...), so that targets index the
    columns of subset_logits. With the special ids (PAD 0 first) in V', PAD keeps position 0, and a loss that
    ignores PAD still does. An id missing from V' is an error: its probability would be left out of the loss."""
    positions = torch.searchsorted(vocab, ids).clamp(max=vocab.numel() - 1)
    if not bool((vocab[positions] == ids).all()):
        missing = ids[vocab[positions] != ids].unique()[:5].tolist()
        raise ValueError(f"target ids {missing} are not in the sub-vocabulary V' of their batch")
    return positions
