"""The special tokens of every vocabulary, in id order. Data (vocabularies, batches), models (padding rows of
embeddings) and search (BOS to start, EOS to stop) all read them from here, so that none of them imports the other."""

PAD, UNK, BOS, EOS = 0, 1, 2, 3
SPECIALS = ("<pad>", "<unk>", "<s>", "</s>")  # their pieces, in the same order
