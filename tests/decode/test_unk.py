"""UNK replacement through the attention (Jean et al. 2015 §4.2), on a hand-built output and attention."""

import torch

from landmark.decode.unk import replace_unknowns
from landmark.tokens import UNK


def test_each_unk_takes_its_most_attended_source_word_or_that_word_s_translation():
    source = ["Der", "Hund", "Bello", "bellt"]
    tokens, pieces = [7, UNK, UNK, 9], ["the", "<unk>", "<unk>", "barks"]
    attention = torch.tensor(
        [
            [0.7, 0.1, 0.1, 0.05, 0.05],
            [0.1, 0.2, 0.6, 0.05, 0.05],  # the first <unk> looks at "Bello": no translation, copied
            [0.1, 0.6, 0.1, 0.1, 0.1],  # the second at "Hund": its dictionary entry
            [0.0, 0.0, 0.1, 0.85, 0.05],
            [0.0, 0.0, 0.0, 0.0, 1.0],  # EOS's row
        ]
    )
    words = replace_unknowns(tokens, pieces, attention, source, {"Hund": "dog", "bellt": "barks"})
    assert words == ["the", "Bello", "dog", "barks"]


def test_the_source_s_eos_is_never_copied():
    attention = torch.tensor([[0.2, 0.8], [0.0, 1.0]])  # the <unk> attends to EOS most
    assert replace_unknowns([UNK], ["<unk>"], attention, ["Zürich"], {}) == ["Zürich"]
