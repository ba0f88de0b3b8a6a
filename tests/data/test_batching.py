import numpy as np
import pytest

from landmark.data.batching import PartitionedBatcher, TokenBatcher, pad_sequences, vocabulary_partitions
from landmark.tokens import BOS, EOS, PAD, SPECIALS


def random_pairs(count=500, seed=0):
    """Pairs whose lengths go together, as translations' do: target length = source length +- 2."""
    rng = np.random.default_rng(seed)
    lengths = rng.integers(3, 30, count)
    make = lambda n: np.append(rng.integers(4, 50, n), EOS).astype(np.int32)  # noqa: E731
    return [make(n) for n in lengths], [make(max(1, n + rng.integers(-2, 3))) for n in lengths]


def test_every_pair_is_served_once_per_epoch_within_the_token_budget():
    src, tgt = random_pairs()
    batcher = TokenBatcher(src, tgt, batch_tokens=256, seed=3)
    served = []
    for batch in batcher.epoch(0):
        rows, width = batch.src.shape
        assert rows * max(width, batch.tgt_in.shape[1]) <= 256 or rows == 1
        served.extend(batch.src[:, 0].tolist())
    assert sorted(served) == sorted(int(s[0]) for s in src)
    assert sum(len(p) for p in batcher.plan(0)) == len(src)


def test_length_bucketing_keeps_padding_low():
    src, tgt = random_pairs(2000)
    batcher = TokenBatcher(src, tgt, batch_tokens=1024)
    real = padded = 0
    for batch in batcher.epoch(0):
        real += int(batch.src_mask.sum())
        padded += batch.src.numel()
    assert real / padded > 0.85  # unsorted batches of this data would be about half padding


def test_batches_depend_only_on_seed_and_epoch_so_resume_can_skip_to_one():
    src, tgt = random_pairs()
    one, two = TokenBatcher(src, tgt, 256, seed=7), TokenBatcher(src, tgt, 256, seed=7)
    assert all((a == b).all() for a, b in zip(one.plan(2), two.plan(2), strict=True))
    assert not all(len(a) == len(b) and (a == b).all() for a, b in zip(one.plan(0), one.plan(1), strict=False))
    resumed = next(two.epoch(2, start=5))
    expected = list(one.epoch(2))[5]
    assert (resumed.src == expected.src).all() and (resumed.tgt_out == expected.tgt_out).all()


def test_decoder_input_is_the_target_shifted_right_behind_bos():
    src = [np.array([5, 6, EOS]), np.array([7, EOS])]
    tgt = [np.array([8, 9, 10, EOS]), np.array([11, EOS])]
    batch = TokenBatcher(src, tgt, 100, shuffle=False).make_batch(np.array([0, 1]))
    assert batch.tgt_out.tolist() == [[8, 9, 10, EOS], [11, EOS, PAD, PAD]]
    assert batch.tgt_in.tolist() == [[BOS, 8, 9, 10], [BOS, 11, PAD, PAD]]
    assert batch.src.tolist() == [[5, 6, EOS], [7, EOS, PAD]]
    assert batch.num_tokens == 6


def test_pad_multiple_rounds_widths_up():
    matrix, mask = pad_sequences([np.array([4, 5, EOS])], multiple=8)
    assert matrix.shape == (1, 8) and int(mask.sum()) == 3


def test_empty_training_set_is_an_error():
    with pytest.raises(ValueError, match="no training pairs"):
        TokenBatcher([], [], 100)


@pytest.mark.parametrize("tau", [30, 45, 200])
def test_partitions_cover_every_target_word_of_their_sentences_and_never_exceed_tau(tau):
    _, tgt = random_pairs(count=300, seed=2)  # words 4..49: any tau below 50 needs several partitions
    partitions = vocabulary_partitions(tgt, tau)
    assert np.array_equal(np.concatenate([members for members, _ in partitions]), np.arange(len(tgt)))  # in order
    for members, vocab in partitions:
        assert len(vocab) <= tau and np.array_equal(vocab, np.unique(vocab))
        assert set(range(len(SPECIALS))) <= set(vocab.tolist())
        assert set(np.concatenate([tgt[i] for i in members]).tolist()) <= set(vocab.tolist())
    assert (len(partitions) > 1) == (tau < 50)
    # A partition closes only when the next sentence would not fit: it plus the next sentence's words exceed tau.
    for (_, vocab), (members, _) in zip(partitions, partitions[1:], strict=False):
        assert len(set(vocab.tolist()) | set(tgt[members[0]].tolist())) > tau


def test_a_sentence_with_more_words_than_tau_is_refused_naming_the_field():
    tgt = [np.array([4, 5, EOS]), np.arange(4, 20)]
    with pytest.raises(ValueError, match=r"train.sampled_vocab is 10.*sentence 2"):
        vocabulary_partitions(tgt, 10)


def test_partitioned_batches_stay_within_one_partition_and_carry_its_words():
    src, tgt = random_pairs(count=300, seed=2)
    batcher = PartitionedBatcher(src, tgt, batch_tokens=256, tau=30, seed=3)
    plan = batcher.plan(0)
    assert sorted(np.concatenate(plan).tolist()) == list(range(len(src)))
    listed = lambda epoch: [b.tolist() for b in batcher.plan(epoch)]  # noqa: E731
    assert listed(0) == listed(0) != listed(1)  # a pure function of (seed, epoch)
    for index in plan:
        assert len(set(batcher.partition_of[index].tolist())) == 1
        batch = batcher.make_batch(index)
        vocab = set(batch.target_vocab.tolist())
        assert len(vocab) <= 30 and set(batch.tgt_out.flatten().tolist()) <= vocab
