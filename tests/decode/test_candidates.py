"""Candidate-list decoding (Jean et al. 2015 §3.2): with every word a candidate it is plain decoding; with a real
list it only ever outputs the list's words, and its lists hold the frequent words and each source word's
translations."""

import pytest
import torch
from test_search import sources, tiny_model

from landmark.config import DecodeOptions
from landmark.decode.candidates import CandidateModel, candidate_lists
from landmark.decode.search import search
from landmark.tokens import EOS, PAD, SPECIALS

V = 24


def every_word(batch: int):
    return torch.arange(V), torch.ones(batch, V, dtype=torch.bool)


@pytest.mark.parametrize("arch", ["jean2015", "bahdanau2015", "vaswani2017"])
@pytest.mark.parametrize("beam", [1, 4])
def test_every_word_as_a_candidate_decodes_as_the_whole_vocabulary_does(arch, beam):
    model = tiny_model(arch, vocab=V)
    src, src_mask = sources(V)
    options = DecodeOptions(beam_size=beam, nbest=1, max_len_b=6)
    plain = search(model, src, src_mask, options)
    restricted = search(CandidateModel(model, *every_word(src.size(0)), V), src, src_mask, options)
    for mine, reference in zip(restricted, plain, strict=True):
        assert mine[0].tokens == reference[0].tokens
        assert mine[0].score == pytest.approx(reference[0].score, abs=1e-4)


@pytest.mark.parametrize("beam", [1, 3])
def test_a_real_list_is_all_a_sentence_can_output_its_probabilities_summing_to_one_over_it(beam):
    model = tiny_model("jean2015", vocab=V)
    src, src_mask = sources(V)
    allowed = [[5, 9, 11], [6, 7], [12, 13, 14, 20], [8]]
    lists = [torch.tensor(sorted([*range(len(SPECIALS)), *words])) for words in allowed]
    candidates = torch.cat(lists).unique()  # the batch's union
    valid = torch.stack([torch.isin(candidates, ids) for ids in lists])
    options = DecodeOptions(beam_size=beam, nbest=1, max_len_b=8, allow_unk=False)
    restricted = CandidateModel(model, candidates, valid, V)
    outputs = search(restricted, src, src_mask, options)
    assert beam > 1 or any(o[0].tokens for o in outputs)  # greedy writes words here; the beam prefers EOS at once
    memory = restricted.encode(src, src_mask)
    with torch.no_grad():
        step = restricted.decode_step(torch.full((4, 1), 2), restricted.init_state(memory, 4), memory)
    probs = step.log_probs[:, 0].exp()  # (B, V)
    torch.testing.assert_close(probs.sum(-1), torch.ones(4))
    for b, ids in enumerate(lists):
        outside = torch.ones(V, dtype=torch.bool)
        outside[ids] = False
        assert probs[b, outside].max() == 0
    for words, hypotheses in zip(allowed, outputs, strict=True):
        assert set(hypotheses[0].tokens) <= set(words) | {EOS}


def test_a_list_holds_the_specials_the_k_most_frequent_and_the_k_prime_translations_of_each_source_word():
    table = torch.full((V, 3), PAD)
    table[5] = torch.tensor([20, 21, 22])
    table[6] = torch.tensor([21, 23, PAD])
    src = torch.tensor([[5, 6, EOS], [6, EOS, PAD]])
    candidates, valid = candidate_lists(src, src != PAD, table, frequent=2, per_word=2, vocab_size=V)
    lists = [set(candidates[m].tolist()) for m in valid]
    assert lists[0] == {0, 1, 2, 3, 4, 5, 20, 21, 23}
    assert lists[1] == {0, 1, 2, 3, 4, 5, 21, 23}
    assert candidates.tolist() == sorted(lists[0] | lists[1])  # the batch's union, sorted, once each
    with pytest.raises(ValueError, match="decode.candidates_per_word is 4"):
        candidate_lists(src, src != PAD, table, frequent=2, per_word=4, vocab_size=V)
