"""Toy translation tasks: generated parallel data for checking that a model can learn at all.

Each pair is a sequence of symbols (the lower-case letters a, b, c, ... joined by single spaces) and
its transformation:

- ``copy``:    ``c a b`` -> ``c a b``
- ``reverse``: ``c a b`` -> ``b a c``
- ``sort``:    ``c a b`` -> ``a b c``

The data is a pure function of its arguments (``random.Random(seed)``, no global state), so every
machine and every run sees the same pairs. The fixed splits used by the corpus registry
(``toy:copy`` and friends) are:

| split | pairs  | seed |
|-------|--------|------|
| train | 10,000 | 1    |
| val   | 300    | 2    |
| test  | 300    | 3    |

with lengths 2 to 10 over 16 symbols (a to p). The splits are drawn independently, so a few short
sequences (there are only 256 of length 2) appear in more than one split; longer ones almost never do.
"""

from __future__ import annotations

import random
import string

TOY_TASKS = ("copy", "reverse", "sort")

# split -> (number of pairs, seed); a different seed per split so that val and test are new draws.
_SPLITS = {"train": (10_000, 1), "val": (300, 2), "test": (300, 3)}


def toy_pairs(
    task: str,
    count: int,
    *,
    seed: int = 0,
    min_len: int = 2,
    max_len: int = 10,
    num_symbols: int = 16,
) -> tuple[list[str], list[str]]:
    """Generate `count` (source, target) pairs of a toy task.

    Source lengths are drawn uniformly from [min_len, max_len] and symbols uniformly from the first
    `num_symbols` lower-case letters. Returns (src_lines, tgt_lines), each a list of `count` strings.
    """
    if task not in TOY_TASKS:
        raise ValueError(f"unknown toy task {task!r}; the toy tasks are: {', '.join(TOY_TASKS)}")
    if not 1 <= num_symbols <= 26:
        raise ValueError(f"num_symbols must be between 1 and 26 (the letters a-z), got {num_symbols}")
    if not 1 <= min_len <= max_len:
        raise ValueError(f"need 1 <= min_len <= max_len, got min_len={min_len}, max_len={max_len}")
    if count < 0:
        raise ValueError(f"count must be >= 0, got {count}")

    rng = random.Random(seed)
    symbols = string.ascii_lowercase[:num_symbols]
    transform = {"copy": list, "reverse": lambda seq: seq[::-1], "sort": sorted}[task]
    src_lines, tgt_lines = [], []
    for _ in range(count):
        length = rng.randint(min_len, max_len)
        sequence = [rng.choice(symbols) for _ in range(length)]
        src_lines.append(" ".join(sequence))
        tgt_lines.append(" ".join(transform(sequence)))
    return src_lines, tgt_lines


def toy_split(task: str, split: str) -> tuple[list[str], list[str]]:
    """The fixed train / val / test split of a toy task (sizes and seeds in the module docstring)."""
    if split not in _SPLITS:
        raise ValueError(f"unknown split {split!r} for toy:{task}; the splits are: {', '.join(_SPLITS)}")
    count, seed = _SPLITS[split]
    return toy_pairs(task, count, seed=seed)
