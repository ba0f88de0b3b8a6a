import numpy as np
import pytest
import torch

from landmark.evaluate.analysis import (
    bleu_by_length,
    nearest_neighbours,
    plot_attention,
    plot_bleu_by_length,
    plot_projection,
    project_2d,
)
from landmark.evaluate.scoring import corpus_scores


def test_bleu_by_length_buckets_by_source_words_and_scores_each_bucket_alone():
    sources = ["a b", "a b c", "a b c d e f g h i j k l", "x"]
    references = ["one two", "three four five", "six seven eight nine ten", "eleven"]
    hypotheses = ["one two", "three four six", "six seven eight nine ten", "wrong"]
    buckets = bleu_by_length(sources, hypotheses, references, edges=(0, 3, 10))
    assert [(b.label, b.count) for b in buckets] == [("0-2", 2), ("3-9", 1), ("10+", 1)]
    assert buckets[2].bleu == 100.0
    assert buckets[0].bleu == corpus_scores(["one two", "wrong"], ["one two", "eleven"]).bleu


def test_projection_keeps_the_directions_of_largest_variance():
    rng = np.random.default_rng(0)
    vectors = np.zeros((50, 5))
    vectors[:, 3] = rng.normal(0, 10, 50)  # most of the variance
    vectors[:, 1] = rng.normal(0, 3, 50)
    vectors[:, 0] = rng.normal(0, 0.01, 50)
    points = project_2d(vectors)
    assert points.shape == (50, 2)
    assert abs(np.corrcoef(points[:, 0], vectors[:, 3])[0, 1]) > 0.99
    assert abs(np.corrcoef(points[:, 1], vectors[:, 1])[0, 1]) > 0.99


def test_nearest_neighbours_by_cosine_similarity():
    vectors = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [-1.0, 0.0]])
    neighbours = nearest_neighbours(vectors, ["a", "a'", "b", "-a"], k=1)
    assert neighbours == {"a": ["a'"], "a'": ["a"], "b": ["a'"], "-a": ["b"]}


@pytest.mark.parametrize("kind", ["attention", "length", "projection"])
def test_figures_are_written_as_png(tmp_path, kind):
    path = tmp_path / f"{kind}.png"
    if kind == "attention":
        plot_attention(["a", "b", "</s>"], ["x", "y", "</s>"], torch.eye(3), path, title="alignment")
    elif kind == "length":
        buckets = bleu_by_length(["a b", "a b c d"], ["x y", "z"], ["x y", "w"], edges=(0, 3))
        plot_bleu_by_length({"system": buckets}, path)
    else:
        plot_projection(np.random.default_rng(1).normal(size=(6, 2)), list("abcdef"), path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
