"""Looking inside trained models: BLEU by sentence length, attention heatmaps, 2-D maps of sentence vectors.

All of it goes through the one model interface (encode, sentence_summary, the translations' attention), so it
works for every paper's model without asking which one it holds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, never a window
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

from landmark.data.batching import pad_sequences  # noqa: E402
from landmark.data.vocab import encode_with_eos  # noqa: E402
from landmark.evaluate.scoring import corpus_scores  # noqa: E402


@dataclass(frozen=True)
class Bucket:
    low: int  # source length in words, inclusive
    high: int  # exclusive; 0 = no upper bound
    count: int
    bleu: float | None  # None for an empty bucket

    @property
    def label(self) -> str:
        return f"{self.low}+" if not self.high else f"{self.low}-{self.high - 1}"


def bleu_by_length(
    sources: list[str], hypotheses: list[str], references: list[str], edges: tuple[int, ...] = (0, 10, 15, 20, 25, 30)
) -> list[Bucket]:
    """Corpus BLEU of the sentences whose source has a word count in each [edge_k, edge_{k+1}) (the last
    bucket is open). Bahdanau et al.'s Fig. 2 plots BLEU against sentence length this way."""
    lengths = np.array([len(s.split()) for s in sources])
    buckets = []
    for k, low in enumerate(edges):
        high = edges[k + 1] if k + 1 < len(edges) else 0
        chosen = np.nonzero((lengths >= low) & ((lengths < high) if high else True))[0]
        bleu = None
        if len(chosen):
            bleu = corpus_scores([hypotheses[i] for i in chosen], [references[i] for i in chosen]).bleu
        buckets.append(Bucket(low, high, len(chosen), bleu))
    return buckets


def plot_bleu_by_length(curves: dict[str, list[Bucket]], path: str | Path, title: str = "") -> Path:
    """One line per system: BLEU (y) for each source-length bucket (x), with the bucket sizes under the axis."""
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    for name, buckets in curves.items():
        kept = [b for b in buckets if b.bleu is not None]
        ax.plot([f"{b.label}\n({b.count})" for b in kept], [b.bleu for b in kept], marker="o", label=name)
    ax.set_xlabel("source length in words (sentences in the bucket)")
    ax.set_ylabel("BLEU (sacreBLEU)")
    ax.set_title(title or "BLEU by source length")
    ax.grid(alpha=0.3)
    ax.legend()
    return save_figure(fig, path)


def plot_attention(
    source_tokens: list[str], target_tokens: list[str], weights: torch.Tensor | np.ndarray, path: str | Path, title=""
) -> Path:
    """An alignment heatmap like Bahdanau et al.'s Fig. 3: rows are output tokens, columns source tokens,
    white = weight 1. weights (T, S) with T = len(target_tokens), S = len(source_tokens)."""
    weights = np.asarray(torch.as_tensor(weights, dtype=torch.float32).cpu())
    weights = weights[: len(target_tokens), : len(source_tokens)]
    fig, ax = plt.subplots(figsize=(0.42 * len(source_tokens) + 2, 0.42 * len(target_tokens) + 2))
    ax.imshow(weights, cmap="gray", vmin=0.0, vmax=1.0, aspect="auto")
    ax.set_xticks(range(len(source_tokens)), source_tokens, rotation=90)
    ax.set_yticks(range(len(target_tokens)), target_tokens)
    ax.xaxis.tick_top()
    if title:
        ax.set_title(title, pad=40)
    return save_figure(fig, path)


@torch.no_grad()
def sentence_vectors(translator, texts: list[str], to: str | None = None) -> np.ndarray:
    """One vector per text, the model's own `sentence_summary` of its encoding (Cho et al.'s c, Sutskever et
    al.'s final state, else the mean of the encoder outputs). translator: a Translator; `to`: a multilingual run's
    target language, whose <2xx> token goes first and is left out of the summary (the sentence's own tokens are
    summarised, as they read after the token). -> (N, D) float32."""
    model, device = translator.model, translator.device
    model.eval()
    tagged = to is not None and translator.config.data.multilingual
    vectors = []
    for start in range(0, len(texts), 256):
        chunk = texts[start : start + 256]
        ids = translator.encode_sources(chunk, to) if tagged else encode_with_eos(translator.src_vocab, chunk)
        src, mask = pad_sequences(ids)
        memory = model.encode(src.to(device), mask.to(device))
        if tagged:
            memory = replace(memory, mask=memory.mask.clone().index_fill_(1, torch.tensor([0], device=device), False))
        vectors.append(model.sentence_summary(memory).float().cpu().numpy())  # (B, D)
    return np.concatenate(vectors)


def project_2d(vectors: np.ndarray) -> np.ndarray:
    """Principal component analysis: the (N, 2) coordinates along the two directions of largest variance."""
    centred = vectors - vectors.mean(axis=0, keepdims=True)
    _, _, directions = np.linalg.svd(centred, full_matrices=False)
    return centred @ directions[:2].T


def nearest_neighbours(vectors: np.ndarray, labels: list[str], k: int = 3) -> dict[str, list[str]]:
    """For each label, the k others whose vectors have the highest cosine similarity."""
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    similarity = unit @ unit.T
    np.fill_diagonal(similarity, -np.inf)
    return {labels[i]: [labels[j] for j in np.argsort(-similarity[i])[:k]] for i in range(len(labels))}


def plot_projection(
    points: np.ndarray, labels: list[str], path: str | Path, title: str = "", groups: list[str] | None = None
) -> Path:
    """A labelled scatter plot of 2-D points (Cho et al.'s Figs. 4-5, Sutskever et al.'s Fig. 2), one colour per
    group when groups (one name per point) are given."""
    fig, ax = plt.subplots(figsize=(8.0, 6.5))
    groups = groups or [""] * len(labels)
    colours = {group: f"C{k % 10}" for k, group in enumerate(dict.fromkeys(groups))}
    for group, colour in colours.items():
        mine = np.array([g == group for g in groups])
        ax.scatter(points[mine, 0], points[mine, 1], s=14, color=colour, label=group or None)
    for (x, y), label, group in zip(points, labels, groups, strict=True):
        ax.annotate(label, (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points", color=colours[group])
    if len(colours) > 1:
        ax.legend(fontsize=7, loc="best")
    ax.margins(x=0.25, y=0.08)  # room for the labels right of the outermost points
    ax.set_title(title or "sentence vectors, first two principal components")
    ax.set_xticks([])
    ax.set_yticks([])
    return save_figure(fig, path)


def save_figure(fig, path: str | Path) -> Path:
    """Write a figure as a PNG (dpi 130), creating its folder, and close it. A figure laid out by its own layout
    engine (layout="constrained") keeps it; any other gets tight_layout, so that no label is cut off."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fig.get_layout_engine() is None:
        fig.tight_layout()
    fig.savefig(path, dpi=130)
    plt.close(fig)
    return path
