import itertools
import math

import pytest
import torch

from landmark.config import DecodeOptions, load_config
from landmark.decode.search import beam_search, greedy_search, length_penalty
from landmark.models import GENERATORS, build_model
from landmark.models.vaswani2017 import Transformer, TransformerConfig
from landmark.tokens import BOS, EOS, PAD

V = 7  # PAD, UNK, BOS, EOS and three real tokens: small enough to enumerate every output


def random_model(seed=0, vocab=V):
    torch.manual_seed(seed)
    config = TransformerConfig(encoder_layers=1, decoder_layers=2, d_model=32, num_heads=2, d_ff=64, dropout=0.0)
    model = Transformer(config, vocab, vocab).eval()
    with torch.no_grad():  # sharper distributions than the initialisation gives, so that search matters
        model.output.weight.mul_(8.0)
    return model


def tiny_model(arch: str, seed=0, vocab=V):
    """The registry's model `arch` at the size of its -tiny preset, with random weights."""
    torch.manual_seed(seed)
    model = build_model(load_config(f"{arch}-tiny").model, vocab, vocab).eval()
    with torch.no_grad():  # every model names its softmax projection `output`; sharper, so that search matters
        model.output.weight.mul_(8.0)
    return model


def sources(vocab=V, batch=4, length=6, seed=3):
    g = torch.Generator().manual_seed(seed)
    src = torch.randint(4, vocab, (batch, length), generator=g)
    src[1, 4:] = PAD
    src[-1, 2:] = PAD
    return src, src != PAD


def sequence_log_prob(model, src, src_mask, tokens):
    """log P(tokens </s> | src) by one teacher-forced pass."""
    tgt_in = torch.tensor([[BOS] + tokens])
    target = torch.tensor(tokens + [EOS])
    with torch.no_grad():
        log_probs = torch.log_softmax(model(src, src_mask, tgt_in)[0], dim=-1)
    return float(log_probs.gather(1, target[:, None]).sum())


@pytest.mark.parametrize("arch", GENERATORS)
@pytest.mark.parametrize("alpha", [0.0, 1.0])
def test_beam_of_one_equals_greedy_for_every_model(arch, alpha):
    model = tiny_model(arch)
    src, src_mask = sources(vocab=V)
    options = DecodeOptions(beam_size=1, length_penalty=alpha, max_len_a=1.0, max_len_b=3)
    greedy = greedy_search(model, src, src_mask, options)
    beam = beam_search(model, src, src_mask, options)
    for g, b in zip(greedy, beam, strict=True):
        assert g[0].tokens == b[0].tokens
        assert g[0].score == pytest.approx(b[0].score, abs=1e-4)


@pytest.mark.parametrize("alpha", [0.0, 0.6])
def test_wide_beam_finds_the_exhaustive_search_optimum(alpha):
    model = random_model(seed=1)
    src, src_mask = sources(vocab=V, batch=2)
    max_len = 3
    options = DecodeOptions(
        beam_size=64, length_penalty=alpha, max_len_a=0.0, max_len_b=max_len, allow_unk=False, nbest=5
    )
    found = beam_search(model, src, src_mask, options)
    for b in range(src.size(0)):
        length = int(src_mask[b].sum())
        one_src, one_mask = src[b : b + 1, :length], src_mask[b : b + 1, :length]
        candidates = [list(seq) for n in range(max_len + 1) for seq in itertools.product([4, 5, 6], repeat=n)]
        scored = sorted(
            (
                (sequence_log_prob(model, one_src, one_mask, c) / length_penalty(len(c) + 1, alpha), c)
                for c in candidates
            ),
            reverse=True,
        )
        assert found[b][0].tokens == scored[0][1]
        assert found[b][0].score == pytest.approx(scored[0][0], abs=1e-4)
        # and the n-best list is the exhaustive top 5, in order
        assert [h.tokens for h in found[b]] == [c for _, c in scored[:5]]


def test_nbest_is_sorted_and_log_probs_are_the_model_s():
    model = random_model(seed=2, vocab=12)
    src, src_mask = sources(vocab=12)
    options = DecodeOptions(beam_size=5, nbest=5, length_penalty=1.0, max_len_b=5)
    for b, hypotheses in enumerate(beam_search(model, src, src_mask, options)):
        assert len(hypotheses) == 5
        scores = [h.score for h in hypotheses]
        assert scores == sorted(scores, reverse=True)
        length = int(src_mask[b].sum())
        for h in hypotheses:
            expected = sequence_log_prob(model, src[b : b + 1, :length], src_mask[b : b + 1, :length], h.tokens)
            assert h.log_prob == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("arch", GENERATORS)
@pytest.mark.parametrize("search", [greedy_search, beam_search])
def test_every_model_decodes_a_sentence_alone_as_in_a_batch(arch, search):
    """Padding, batching and the beam's reordering change nothing, for each model of the registry."""
    model = tiny_model(arch, seed=4, vocab=12)
    src, src_mask = sources(vocab=12)
    options = DecodeOptions(beam_size=3, max_len_b=4, return_attention=True)
    batched = search(model, src, src_mask, options)
    for b in range(src.size(0)):
        length = int(src_mask[b].sum())
        alone = search(model, src[b : b + 1, :length], src_mask[b : b + 1, :length], options)
        assert alone[0][0].tokens == batched[b][0].tokens
        assert alone[0][0].score == pytest.approx(batched[b][0].score, abs=1e-4)
        if batched[b][0].attention is None:  # a model without attention (Cho, Sutskever)
            assert alone[0][0].attention is None
        else:
            torch.testing.assert_close(alone[0][0].attention, batched[b][0].attention[:, :length])
            assert (batched[b][0].attention[:, length:] == 0).all()


@pytest.mark.parametrize("search", [greedy_search, beam_search])
def test_each_output_token_s_attention_is_a_distribution_over_the_real_source_tokens(search):
    model = random_model(seed=4, vocab=12)
    src, src_mask = sources(vocab=12)
    for b, hypotheses in enumerate(search(model, src, src_mask, DecodeOptions(beam_size=3, return_attention=True))):
        attention = hypotheses[0].attention  # (n + 1, S): one row per output token and EOS
        assert attention.shape[0] == len(hypotheses[0].tokens) + 1
        length = int(src_mask[b].sum())
        torch.testing.assert_close(attention[:, :length].sum(-1), torch.ones(attention.shape[0]))
        assert (attention[:, length:] == 0).all()


def test_outputs_respect_the_length_limit():
    model = random_model(seed=5, vocab=12)
    src, src_mask = sources(vocab=12)
    options = DecodeOptions(beam_size=4, max_len_a=0.5, max_len_b=1)
    for b, hypotheses in enumerate(beam_search(model, src, src_mask, options)):
        assert len(hypotheses[0].tokens) <= int(src_mask[b].sum()) * 0.5 + 1


@pytest.mark.parametrize("arch", GENERATORS)
def test_a_beam_step_that_leaves_per_sentence_fields_alone_finds_what_full_reordering_finds(arch, monkeypatch):
    """Beam steps skip copying what is the same for every hypothesis of a sentence (models.base.per_sentence);
    copying everything, as reorder did before, must give the same hypotheses and scores."""
    import landmark.decode.search as search_module
    from landmark.models.base import reorder

    model = tiny_model(arch, vocab=30)
    src, src_mask = sources(vocab=30, batch=5, length=7)
    options = DecodeOptions(beam_size=4, nbest=3, max_len_a=1.0, max_len_b=3, return_attention=True)
    fast = beam_search(model, src, src_mask, options)
    monkeypatch.setattr(search_module, "reorder", lambda value, index, within_sentences=False: reorder(value, index))
    full = beam_search(model, src, src_mask, options)
    assert [[h.tokens for h in n] for n in fast] == [[h.tokens for h in n] for n in full]
    assert [h.score for n in fast for h in n] == pytest.approx([h.score for n in full for h in n], abs=1e-6)
    assert any(len(n) > 1 and n[0].tokens != n[1].tokens for n in fast)  # the beams held rivals worth reordering


def test_the_length_and_coverage_penalties_equal_gnmt_s_formulas_computed_by_hand():
    from landmark.decode.search import coverage_penalty

    assert length_penalty(7, 0.6) == pytest.approx(((5 + 7) / 6) ** 0.6)
    assert length_penalty(7, 0.0) == 1.0
    coverage = torch.tensor([[0.5, 1.7, 0.0], [0.25, 0.5, 1.0]])
    mask = torch.tensor([[True, True, False], [True, True, True]])  # the 0.0 is padding: it does not count
    expected = [0.2 * (math.log(0.5) + math.log(1.0)), 0.2 * (math.log(0.25) + math.log(0.5) + 0.0)]
    assert coverage_penalty(coverage, mask, 0.2).tolist() == pytest.approx(expected)


@pytest.mark.parametrize("arch", ["vaswani2017", "bahdanau2015", "gnmt2016"])
def test_beam_scores_add_the_coverage_penalty_of_each_hypothesis_own_attention(arch):
    from landmark.decode.search import coverage_penalty

    model = tiny_model(arch, vocab=30)
    src, src_mask = sources(vocab=30, batch=3, length=7)
    # Outputs of at most 4 tokens over 7 source tokens: some source tokens are left uncovered, so cp < 0.
    options = DecodeOptions(beam_size=4, nbest=3, length_penalty=0.6, coverage_penalty=0.4, return_attention=True,
                            max_len_a=0.3, max_len_b=2)  # fmt: skip
    penalties = []
    for b, hypotheses in enumerate(beam_search(model, src, src_mask, options)):
        for h in hypotheses:
            received = h.attention.sum(0)[None]  # (1, S): what each source token received, EOS's step included
            cp = coverage_penalty(received, src_mask[b : b + 1], 0.4).item()
            assert h.score == pytest.approx(h.log_prob / length_penalty(len(h.tokens) + 1, 0.6) + cp, abs=1e-4)
            penalties.append(cp)
    assert min(penalties) < -0.01  # the penalty was at work


def test_a_coverage_penalty_without_attention_is_refused():
    model = tiny_model("sutskever2014", vocab=30)
    src, src_mask = sources(vocab=30)
    with pytest.raises(ValueError, match="coverage_penalty needs a model with attention"):
        beam_search(model, src, src_mask, DecodeOptions(beam_size=2, coverage_penalty=0.2))
