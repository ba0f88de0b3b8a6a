"""The softmax over a subset V' (Jean et al. 2015 §3): with the whole vocabulary as V' it is the full softmax, loss
and gradient; over a real subset it is the softmax of the full logits' V' columns."""

import pytest
import torch
import torch.nn.functional as F

from landmark.nn.sampled_softmax import positions_in, subset_logits
from landmark.tokens import PAD

V, L = 13, 6


def layer_and_batch(seed=0):
    g = torch.Generator().manual_seed(seed)
    output = torch.nn.Linear(L, V)
    with torch.no_grad():
        output.weight.copy_(torch.randn(V, L, generator=g))
        output.bias.copy_(torch.randn(V, generator=g))
    hidden = torch.randn(3, 5, L, generator=g, requires_grad=True)
    targets = torch.randint(4, V, (3, 5), generator=g)
    targets[0, 3:] = PAD
    return output, hidden, targets


def summed_loss(logits, targets):
    return F.cross_entropy(logits.flatten(0, 1), targets.flatten(), ignore_index=PAD, reduction="sum")


def test_the_whole_vocabulary_as_v_prime_gives_the_full_softmax_s_loss_and_gradient():
    output, hidden, targets = layer_and_batch()
    full = summed_loss(output(hidden), targets)
    full_grads = torch.autograd.grad(full, [hidden, output.weight, output.bias])
    vocab = torch.arange(V)
    sampled = summed_loss(subset_logits(hidden, output.weight, output.bias, vocab), positions_in(vocab, targets))
    sampled_grads = torch.autograd.grad(sampled, [hidden, output.weight, output.bias])
    torch.testing.assert_close(sampled, full)
    for mine, reference in zip(sampled_grads, full_grads, strict=True):
        torch.testing.assert_close(mine, reference)


def test_a_subset_scores_its_columns_of_the_full_logits_and_leaves_other_rows_without_gradient():
    output, hidden, targets = layer_and_batch()
    vocab = torch.cat([torch.arange(4), targets.flatten().unique()[targets.flatten().unique() >= 4]])
    vocab = vocab.unique()  # sorted, specials first
    logits = subset_logits(hidden, output.weight, output.bias, vocab)
    torch.testing.assert_close(logits, output(hidden)[..., vocab])
    loss = summed_loss(logits, positions_in(vocab, targets))
    reference = summed_loss(output(hidden)[..., vocab], positions_in(vocab, targets))
    torch.testing.assert_close(loss, reference)
    (weight_grad,) = torch.autograd.grad(loss, [output.weight])
    outside = torch.ones(V, dtype=torch.bool)
    outside[vocab] = False
    assert outside.any() and weight_grad[outside].abs().max() == 0
    assert weight_grad[vocab[4:]].abs().sum() > 0


def test_a_list_per_row_scores_each_row_over_its_own_words():
    output, hidden, _ = layer_and_batch()
    lists = torch.tensor([[0, 3, 5, 7], [1, 2, 11, 12], [3, 4, 5, 6]])
    logits = subset_logits(hidden, output.weight, output.bias, lists)
    full = output(hidden)
    for row in range(3):
        torch.testing.assert_close(logits[row], full[row][:, lists[row]])


def test_positions_keep_pad_first_and_refuse_a_word_outside_v_prime():
    vocab = torch.tensor([0, 1, 2, 3, 7, 9])
    assert positions_in(vocab, torch.tensor([[9, 0], [7, 3]])).tolist() == [[5, 0], [4, 3]]
    with pytest.raises(ValueError, match=r"\[8\]"):
        positions_in(vocab, torch.tensor([8, 9]))
