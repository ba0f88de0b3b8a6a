"""Sampling (`landmark generate`): temperature, top-k and top-p do what they say, a seed repeats a draw, temperature
0 is greedy search; and a tiny GPT trained as a language model (data.side) learns a toy language."""

import math
import subprocess
import sys

import pytest
import torch

from landmark.config import DecodeOptions
from landmark.decode.sampling import SamplingOptions, draw
from landmark.decode.search import greedy_search

LOG_PROBS = torch.tensor([[0.5, 0.25, 0.15, 0.1]]).log()


def frequencies(options, n=4000):
    g = torch.Generator().manual_seed(0)
    tokens = draw(LOG_PROBS.expand(n, -1), options, g)
    return torch.bincount(tokens, minlength=4).float() / n


def test_temperature_one_samples_the_model_s_distribution_and_zero_takes_the_likeliest():
    assert torch.allclose(frequencies(SamplingOptions()), LOG_PROBS.exp()[0], atol=0.03)
    assert (frequencies(SamplingOptions(temperature=0.0)) == torch.tensor([1.0, 0, 0, 0])).all()
    sharper = frequencies(SamplingOptions(temperature=0.5))  # p^2 renormalised: 0.25 / 0.345 = 0.72 for the first
    assert abs(float(sharper[0]) - 0.25 / 0.345) < 0.03


def test_top_k_and_top_p_sample_only_inside_their_set():
    top2 = frequencies(SamplingOptions(top_k=2))
    assert top2[2:].sum() == 0 and abs(float(top2[0]) - 2 / 3) < 0.03
    nucleus = frequencies(SamplingOptions(top_p=0.7))  # 0.5 < 0.7, 0.5 + 0.25 >= 0.7: the first two
    assert nucleus[2:].sum() == 0 and nucleus[1] > 0
    assert (frequencies(SamplingOptions(top_p=0.4)) == torch.tensor([1.0, 0, 0, 0])).all()  # the likeliest stays


@pytest.mark.parametrize("field,value", [("temperature", -1.0), ("top_k", -1), ("top_p", 0.0), ("max_tokens", 0)])
def test_bad_sampling_options_name_the_option(field, value):
    with pytest.raises(ValueError, match=field):
        SamplingOptions(**{field: value})


def test_a_tiny_gpt_language_model_learns_and_generates_repeatably(tmp_path):
    """gpt-tiny as a language model of toy:sort's targets (sorted letters, 16 symbols): validation perplexity
    6.69 after 100 steps on one thread (measured; chance is about 17 with EOS). Its samples with one seed are the
    same twice, and at temperature 0 equal greedy search from the same (empty) source."""
    from landmark.cli import main
    from landmark.runs import RunDir
    from landmark.translator import Translator

    torch.set_num_threads(1)
    run = tmp_path / "lm"
    main(["train", "--preset", "gpt-tiny", "--corpus", "toy:sort", "--out", str(run), "--no-progress",
          "--set", "data.side=tgt", "--set", "train.max_steps=100", "--set", "train.eval_every=100",
          "--set", "train.num_threads=1"])  # fmt: skip
    val = [r for r in RunDir(run).metrics() if r["type"] == "val"]
    assert val[-1]["val_ppl"] < 8.0 and val[-1]["val_bleu"] is None, val[-1]

    translator = Translator(run, device="cpu")
    options = SamplingOptions(temperature=1.0, max_tokens=12, seed=5)
    first = translator.generate("a b", options, samples=4)
    assert first == translator.generate("a b", options, samples=4) and all(t.startswith("a b") for t in first)
    assert len(set(first)) > 1  # four draws at temperature 1 are not all alike
    greedy = translator.generate("", SamplingOptions(temperature=0.0, max_tokens=30), samples=2)
    src = torch.tensor([[3]])  # an empty source: EOS alone
    expected = greedy_search(translator.model, src, src != 0, DecodeOptions(beam_size=1, max_len_b=30, allow_unk=False))
    assert greedy == [translator.tgt_vocab.decode(expected[0][0].tokens)] * 2

    out = subprocess.run(
        [sys.executable, "-m", "landmark", "generate", "--run", str(run), "--prompt", "a", "--samples", "2",
         "--seed", "1", "--max-tokens", "5"], capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert out.stdout.count("--- sample") == 2
    bad = subprocess.run([sys.executable, "-m", "landmark", "generate", "--run", str(run), "--top-p", "2"],
                         capture_output=True, text=True)  # fmt: skip
    assert bad.returncode != 0 and "--top-p" in bad.stderr and "Traceback" not in bad.stderr
    assert math.isfinite(val[-1]["val_loss"])
