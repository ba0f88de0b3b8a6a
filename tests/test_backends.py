"""The other engines a run decodes with: our int8 path, and the CTranslate2 export and backend.

CTranslate2 must agree with our own search token for token where both rank the same way (greedy, and beam search
with alpha = 0) and score each token as our forward pass does; the int8 path must keep a model that has learnt
its task right."""

from __future__ import annotations

import importlib.util
from dataclasses import replace

import pytest
import torch

from landmark.backends import CTranslate2Translator, open_translator
from landmark.cli import main
from landmark.config import ConfigError
from landmark.data.toy import toy_split
from landmark.data.vocab import encode_with_eos
from landmark.tokens import BOS
from landmark.translator import Translator

# the CTranslate2 tests need the package; .[dev] installs it, so CI runs them
needs_ctranslate2 = pytest.mark.skipif(importlib.util.find_spec("ctranslate2") is None, reason="needs ctranslate2")
TRAIN = ["--no-progress", "--set", "train.eval_sentences=5", "--set", "train.num_threads=1"]


def train(path, preset: str, steps: int, *extra: str):
    main(["train", "--preset", preset, "--out", str(path), "--set", f"train.max_steps={steps}",
          "--set", f"train.eval_every={steps}", *TRAIN, *extra])  # fmt: skip
    return path


@pytest.fixture(autouse=True)
def one_thread():
    torch.set_num_threads(1)


@pytest.fixture(scope="module")
def learnt(tmp_path_factory):
    """vaswani2017-tiny on toy:reverse until it reverses more than half the test sequences exactly (about 20 s on
    one thread). At 400 steps it reversed 46% on an Intel Xeon and over half on an AMD EPYC: too near the line."""
    return train(tmp_path_factory.mktemp("learnt") / "run", "vaswani2017-tiny", 600, "--set", "train.lr=0.005")


@pytest.fixture(scope="module", params=[False, True], ids=["post-norm", "pre-norm"])
def toy_run(request, tmp_path_factory):
    """A half-trained run, post-norm as the paper or pre-norm: its outputs end (CTranslate2 cuts a hypothesis at
    the length limit where ours forces and scores EOS) but are often wrong, so they vary between sentences."""
    path = tmp_path_factory.mktemp("toy") / "run"
    pre_norm = f"model.pre_norm={str(request.param).lower()}"
    return train(path, "vaswani2017-tiny", 120, "--set", pre_norm, "--set", "train.lr=0.005")


def accuracy(translator: Translator, sources: list[str], targets: list[str]) -> float:
    outputs = translator.translate(sources, replace(translator.config.decode, beam_size=1))
    return sum(output.text == target for output, target in zip(outputs, targets, strict=True)) / len(sources)


def test_int8_keeps_a_learnt_model_right(learnt):
    sources, targets = toy_split("reverse", "test")
    sources, targets = sources[:200], targets[:200]
    float_accuracy = accuracy(Translator(learnt, device="cpu"), sources, targets)
    int8 = Translator(learnt, device="cpu", int8=True)
    assert float_accuracy >= 0.5, f"the float model reverses only {float_accuracy:.0%}: it has not learnt"
    assert any(type(module).__module__.startswith("torch.ao.nn.quantized") for module in int8.model.modules())
    assert accuracy(int8, sources, targets) >= float_accuracy - 0.05


def test_int8_refuses_a_gpu_device(learnt):
    if not torch.cuda.is_available():
        pytest.skip("needs a GPU to ask for one")
    with pytest.raises(ConfigError, match="int8 decoding runs on the CPU"):
        Translator(learnt, device="cuda", int8=True)


@needs_ctranslate2
def test_ctranslate2_scores_each_token_as_our_forward_pass(toy_run):
    ours = Translator(toy_run, device="cpu")
    theirs = CTranslate2Translator(toy_run, threads=1)
    sources, targets = toy_split("reverse", "val")
    for source, target in list(zip(sources, targets, strict=True))[:10]:
        src = torch.tensor(encode_with_eos(ours.src_vocab, [source]))
        tgt = encode_with_eos(ours.tgt_vocab, [target])[0].tolist()
        with torch.no_grad():
            memory = ours.model.encode(src, src != 0)
            decoded = ours.model.decode(
                torch.tensor([[BOS, *tgt[:-1]]]), ours.model.init_state(memory, 1), memory, False
            )
        expected = decoded.logits.log_softmax(-1)[0, torch.arange(len(tgt)), tgt]
        scored = theirs.engine.score_batch([source.split()], [target.split()])[0]
        assert scored.tokens[-1] == "</s>"
        assert torch.allclose(torch.tensor(scored.log_probs), expected, atol=1e-4)


@needs_ctranslate2
@pytest.mark.parametrize("beam", [1, 4])
def test_ctranslate2_writes_our_tokens_where_both_rank_alike(toy_run, beam):
    ours = Translator(toy_run, device="cpu")
    theirs = open_translator(toy_run, backend="ctranslate2")
    sources = toy_split("reverse", "val")[0][:60]
    options = replace(ours.config.decode, beam_size=beam, length_penalty=0.0)
    mine, yours = ours.translate(sources, options), theirs.translate(sources, options)
    # Where ours reached the length limit it forces and scores EOS, and CTranslate2 only stops: compare the rest.
    limits = [int((len(source.split()) + 1) * options.max_len_a + options.max_len_b) for source in sources]
    ended = [i for i, limit in enumerate(limits) if len(mine[i].tokens) < limit]
    assert len(ended) > 0.8 * len(sources)
    assert [mine[i].tokens for i in ended] == [yours[i].tokens for i in ended]
    assert [mine[i].score for i in ended] == pytest.approx([yours[i].score for i in ended], abs=1e-4)
    assert len({mine[i].text for i in ended}) > 20  # the outputs differ between sentences: not a trivial match


@needs_ctranslate2
def test_ctranslate2_export_is_reused_until_the_checkpoint_changes(toy_run):
    first = CTranslate2Translator(toy_run)
    written = (first.export_dir / "model.bin").stat().st_mtime_ns
    assert (CTranslate2Translator(toy_run).export_dir / "model.bin").stat().st_mtime_ns == written
    (toy_run / "best.pt").touch()
    assert (CTranslate2Translator(toy_run).export_dir / "model.bin").stat().st_mtime_ns > written


@needs_ctranslate2
def test_export_command_writes_a_model_ctranslate2_loads(toy_run, tmp_path, capsys):
    import ctranslate2

    main(["export", "--run", str(toy_run), "--to", "ctranslate2", "--out", str(tmp_path / "ct2")])
    assert capsys.readouterr().out.strip() == str(tmp_path / "ct2")
    engine = ctranslate2.Translator(str(tmp_path / "ct2"), device="cpu")
    source = toy_split("reverse", "val")[0][0]
    expected = Translator(toy_run, device="cpu").translate(
        [source], replace(Translator(toy_run).config.decode, beam_size=1)
    )
    assert (
        engine.translate_batch([source.split()], beam_size=1, min_decoding_length=0)[0].hypotheses[0]
        == expected[0].tokens
    )


@needs_ctranslate2
def test_int8_ctranslate2_stays_close_to_float(learnt):
    sources, targets = toy_split("reverse", "test")
    sources, targets = sources[:200], targets[:200]
    float_accuracy = accuracy(CTranslate2Translator(learnt), sources, targets)
    assert float_accuracy >= 0.5
    assert accuracy(CTranslate2Translator(learnt, compute_type="int8"), sources, targets) >= float_accuracy - 0.05


def test_only_transformers_export(tmp_path):
    run = train(tmp_path / "luong", "luong2015-tiny", 2)
    with pytest.raises(
        SystemExit, match=r"only vaswani2017 runs export to CTranslate2 \(this run's model is luong2015"
    ):
        main(["export", "--run", str(run), "--to", "ctranslate2", "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()


@needs_ctranslate2
def test_cli_refuses_an_ensemble_on_another_backend(toy_run):
    for flags in (["--backend", "ctranslate2"], ["--int8"]):
        with pytest.raises(SystemExit, match="--ensemble decodes with our own float search only"):
            main(["translate", "--run", str(toy_run), *flags, "--ensemble", str(toy_run)])
