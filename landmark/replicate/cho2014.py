"""Cho et al. 2014's claim: the RNN Encoder-Decoder learns phrase representations, where phrases close in meaning
lie close together (Figs. 4-5).

`landmark replicate cho2014` runs `replicate` below with one of BUDGETS' scales."""

from __future__ import annotations

from pathlib import Path

from landmark.evaluate.analysis import nearest_neighbours, plot_projection, project_2d, sentence_vectors
from landmark.replicate import page
from landmark.replicate.engine import TEST_SPLITS, Budget, Replication
from landmark.replicate.page import verdict
from landmark.replicate.stats import SIGNIFICANT, grouping_p, same_group_rate

BUDGETS = {
    "small": Budget(),
    # About 7 epochs; the same run as bahdanau2015's RNNencdec control at this scale, which is reused if found.
    "cpu": Budget(
        max_steps=1200,
        overrides={
            "cho2014": (
                "model.embedding_size=256",
                "model.hidden_size=256",
                "model.maxout_size=256",
            )
        },
    ),
    "tiny": Budget(size="tiny"),
}

CHO_PAPER = """## What the paper reports

Cho et al. 2014, WMT'14 English→French. The RNN Encoder–Decoder did not translate: it scored the phrase pairs of
a phrase-based (Moses) system's phrase table, as one more feature of that system. Table 1, BLEU on dev / test:
baseline 30.64 / 33.30; + RNN 31.20 / 33.87; CSLM + RNN 31.48 / 34.64; CSLM + RNN + word penalty 31.50 / 34.54.
Figs. 4–5: 2-D embeddings of the learned phrase representations c, where phrases that are close in meaning or in
syntax lie close together. Here the model translates whole sentences with beam search, which the paper never did,
so our BLEU has no counterpart in Table 1; the phrase map is the claim this page checks."""

# Short English phrases of Multi30k's kind, in groups of one theme; the groups are ours, for a measurable check.
CHO_PHRASES = {
    "people": "a man; a young man; an old man; a woman; a young woman; a little girl; a little boy; two men; "
    "a group of people".split("; "),
    "animals": "a dog; a black dog; a white dog; two dogs; a small puppy; a brown horse; a cat; a bird".split("; "),
    "places": "on the beach; in the water; on the street; in the snow; in a park; in front of a building; "
    "at a restaurant; on a bench".split("; "),
    "actions": "is running; is riding a bike; is playing soccer; is swimming; is jumping; is climbing a rock; "
    "is cooking; is reading a book".split("; "),
    "clothing": "in a red shirt; in a blue jacket; wearing a hat; wearing sunglasses; in a black dress; "
    "with a white helmet; in a green coat".split("; "),
}


def replicate(rep: Replication) -> Path:
    run = rep.evaluate(rep.train("rnn-encdec", "cho2014"))

    phrases = [p for group in CHO_PHRASES.values() for p in group]
    groups = [name for name, group in CHO_PHRASES.items() for _ in group]
    vectors = sentence_vectors(run.translator, phrases)  # c = Memory.final, (N, n)
    hits, chance, nearest = same_group_rate(vectors, groups)
    p_grouped = grouping_p(nearest, groups)
    grouped = p_grouped < SIGNIFICANT
    neighbours = nearest_neighbours(vectors, phrases, k=3)
    projection = plot_projection(
        project_2d(vectors),
        phrases,
        rep.figure("phrase_representations.png"),
        title="cho2014: phrase representations c, first two principal components",
        groups=groups,
    )

    lines = page.header(rep, "Cho et al. 2014, Learning Phrase Representations using RNN Encoder–Decoder", CHO_PAPER)
    lines += page.scores_table([run])
    lines += [
        f"![2-D map of phrase representations]({page.link(rep, projection)})",
        "",
        f"The representation c (`Memory.final`) of {len(phrases)} short English phrases written for this page, in "
        f"{len(CHO_PHRASES)} groups of our own ({', '.join(CHO_PHRASES)}), projected on its first two principal "
        "components (the paper's Figs. 4–5), and each phrase's three nearest neighbours by cosine similarity:",
        "",
        "| phrase | group | nearest neighbours |",
        "|---|---|---|",
        *[f"| {p} | {g} | {', '.join(neighbours[p])} |" for p, g in zip(phrases, groups, strict=True)],
        "",
        "## What reproduced",
        "",
        f"For {hits} of {len(phrases)} phrases the nearest neighbour is from the same group, against "
        f"{chance:.0%} for a random other phrase (permutation test of the group labels, p = {p_grouped:.4f}): c "
        f"{'groups' if grouped else 'does not group'} phrases by theme "
        "more often than chance at this budget. The paper shows (qualitatively, Figs. 4–5) phrases clustering by "
        "meaning and syntax. " + verdict(grouped),
        "",
        f"Translation: {', '.join(f'{run.bleu(s):.2f} BLEU on {s}' for s in TEST_SPLITS)}, a number the paper did "
        "not measure (it rescored a phrase table; Table 1).",
        "",
    ]
    lines += page.setup(rep)
    return page.write_page(rep, lines)
