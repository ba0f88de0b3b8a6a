"""The special tokens of every vocabulary, in id order. Data (vocabularies, batches), models (padding rows of
embeddings) and search (BOS to start, EOS to stop) all read them from here, so that none of them imports the other."""

PAD, UNK, BOS, EOS = 0, 1, 2, 3
SPECIALS = ("<pad>", "<unk>", "<s>", "</s>")  # their pieces, in the same order

# BERT's [MASK]: a BERT input (a sentence and its EOS) never holds BOS, so BOS serves as the mask token, and every
# vocabulary keeps the same four specials.
MASK = BOS
MASK_TEXT = "[MASK]"  # how a user writes it in `landmark fill-mask`

# Caswell et al. 2019, "Tagged Back-Translation": a tag in front of each back-translated source tells the model which
# pairs are synthetic. `landmark backtranslate --tag` writes it as text; a run with data.extra_train keeps it as one
# whole piece of its vocabulary (a SentencePiece user-defined symbol, a word of a word vocabulary).
BT_TAG = "<BT>"
