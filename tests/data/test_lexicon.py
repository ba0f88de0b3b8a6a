"""The lexical table of candidate lists and UNK replacement: Dice over sentence co-occurrence."""

import numpy as np

from landmark.data.lexicon import TRANSLATIONS, learn_lexicon
from landmark.tokens import PAD


def test_each_source_word_ranks_the_target_word_it_always_appears_with_first():
    # Source 4 ("Hund") always comes with target 10 ("dog"); 5 ("die") with 11 ("the") and, once, with 10.
    src = [[4, 5], [4], [5, 6], [5]]
    tgt = [[10, 11], [10], [11, 12], [11]]
    table = learn_lexicon(src, tgt, src_size=8, tgt_size=14)
    assert table.shape == (8, TRANSLATIONS)
    assert table[4, 0] == 10 and table[5, 0] == 11 and table[6, 0] == 12
    assert set(table[5, :3].tolist()) == {11, 10, 12}
    assert (table[:4] == PAD).all() and (table[7] == PAD).all()  # specials and an unseen word: no translation
    assert np.array_equal(table, learn_lexicon(src[::-1], tgt[::-1], 8, 14))  # independent of the corpus order
