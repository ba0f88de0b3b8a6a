import pytest

from landmark.data.toy import TOY_TASKS, toy_pairs, toy_split


@pytest.mark.parametrize("task", TOY_TASKS)
def test_toy_pairs_are_the_same_on_every_call(task):
    assert toy_pairs(task, 50, seed=7) == toy_pairs(task, 50, seed=7)
    assert toy_pairs(task, 50, seed=7) != toy_pairs(task, 50, seed=8)


def test_copy_reverse_and_sort_transform_the_source():
    for task, transform in [("copy", list), ("reverse", lambda s: s[::-1]), ("sort", sorted)]:
        src_lines, tgt_lines = toy_pairs(task, 200, seed=1)
        for src, tgt in zip(src_lines, tgt_lines, strict=True):
            assert tgt.split(" ") == transform(src.split(" "))


def test_sources_respect_length_and_symbol_bounds():
    src_lines, _ = toy_pairs("copy", 500, seed=3, min_len=3, max_len=5, num_symbols=4)
    lengths = {len(line.split(" ")) for line in src_lines}
    symbols = {symbol for line in src_lines for symbol in line.split(" ")}
    assert lengths == {3, 4, 5}
    assert symbols == {"a", "b", "c", "d"}


def test_splits_have_the_documented_sizes_and_differ():
    train, val, test = (toy_split("reverse", split) for split in ("train", "val", "test"))
    assert [len(split[0]) for split in (train, val, test)] == [10_000, 300, 300]
    assert val[0] != test[0] and val[0] != train[0][:300]


def test_bad_arguments_are_refused_with_the_valid_choices():
    with pytest.raises(ValueError, match="copy, reverse, sort"):
        toy_pairs("rotate", 3)
    with pytest.raises(ValueError, match="between 1 and 26"):
        toy_pairs("copy", 3, num_symbols=27)
    with pytest.raises(ValueError, match="min_len <= max_len"):
        toy_pairs("copy", 3, min_len=5, max_len=4)
    with pytest.raises(ValueError, match="train, val, test"):
        toy_split("copy", "dev")
