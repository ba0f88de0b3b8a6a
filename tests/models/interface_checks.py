"""What every model of the one interface must do, checked the same way for each paper's model.

The test file of each model builds a tiny model and calls these; a new paper gets the same checks for free.
"""

import torch

from landmark.tokens import BOS, EOS, PAD


def padded_batch(vocab: int, lengths=(5, 7, 8), target_length: int = 6, seed: int = 1):
    """Sources of the given lengths, each ending in EOS and padded after it as the data pipeline makes them,
    and teacher-forcing inputs that start with BOS: src (B, S), src_mask (B, S), tgt (B, T)."""
    g = torch.Generator().manual_seed(seed)
    src = torch.randint(4, vocab, (len(lengths), max(lengths)), generator=g)
    for row, length in enumerate(lengths):
        src[row, length - 1] = EOS
        src[row, length:] = PAD
    tgt = torch.randint(4, vocab, (len(lengths), target_length), generator=g)
    tgt[:, 0] = BOS
    return src, src != PAD, tgt


def decode_in_chunks(model, src, src_mask, tgt, sizes):
    """Feed tgt to decode_step in chunks of the given sizes: (log-probs (B, T, V), attention per chunk, state)."""
    memory = model.encode(src, src_mask)
    state = model.init_state(memory, src.size(0))
    log_probs, attention, start = [], [], 0
    for size in sizes:
        out = model.decode_step(tgt[:, start : start + size], state, memory)
        state, start = out.state, start + size
        log_probs.append(out.log_probs)
        attention.append(out.attention)
    return torch.cat(log_probs, dim=1), attention, state


@torch.no_grad()
def assert_decoding_equals_forward(model, src, src_mask, tgt, prefill: int = 3):
    """One token at a time, and a prompt of `prefill` tokens then one at a time, both give the teacher-forced
    forward pass's log-probabilities."""
    full = torch.log_softmax(model(src, src_mask, tgt), dim=-1)  # (B, T, V)
    T = tgt.size(1)
    for sizes in ([1] * T, [prefill] + [1] * (T - prefill)):
        log_probs, _, _ = decode_in_chunks(model, src, src_mask, tgt, sizes)
        torch.testing.assert_close(log_probs, full, atol=1e-5, rtol=1e-5)


@torch.no_grad()
def assert_padding_changes_nothing(model, src, src_mask, tgt):
    """Each sentence scores the same alone, unpadded, as in the padded batch."""
    batched = model(src, src_mask, tgt)
    for row, length in enumerate(src_mask.sum(dim=1).tolist()):
        alone = model(src[row : row + 1, :length], src_mask[row : row + 1, :length], tgt[row : row + 1])
        torch.testing.assert_close(alone[0], batched[row], atol=1e-5, rtol=1e-5)


def reverse_accuracy(preset: str, folder, steps: int, sentences: int = 100) -> float:
    """Train `preset` on toy:reverse for `steps` on one thread into folder/run, and return the share of the first
    `sentences` test sequences it reverses exactly (beam search, the preset's decoding)."""
    from landmark.cli import main
    from landmark.data.toy import toy_split
    from landmark.translator import Translator

    torch.set_num_threads(1)
    main(["train", "--preset", preset, "--out", str(folder / "run"), "--no-progress",
          "--set", f"train.max_steps={steps}", "--set", f"train.eval_every={steps}",
          "--set", "train.eval_sentences=50", "--set", "train.num_threads=1"])  # fmt: skip
    sources, targets = toy_split("reverse", "test")
    outputs = Translator(folder / "run", device="cpu").translate(sources[:sentences])
    return sum(o.text == t for o, t in zip(outputs, targets[:sentences], strict=True)) / sentences
