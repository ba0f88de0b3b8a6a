"""Sutskever et al. 2014's claims: reversing the source lowers perplexity and raises BLEU; the encoder's sentence
vectors group sentences by meaning and tell swapped roles apart (Fig. 2).

`landmark replicate sutskever2014` runs `replicate` below with one of BUDGETS' scales."""

from __future__ import annotations

from pathlib import Path

from landmark.evaluate.analysis import plot_projection, project_2d, sentence_vectors
from landmark.replicate import page
from landmark.replicate.engine import Budget, Replication
from landmark.replicate.page import verdict
from landmark.replicate.stats import SIGNIFICANT, beats, grouping_p, same_group_rate

BUDGETS = {
    "small": Budget(),
    # About 7 epochs, as the Cho and Bahdanau pages; 1.3-1.7 s a step on one thread of the 2-core machine.
    "cpu": Budget(
        max_steps=1200,
        overrides={
            "sutskever2014": (
                "model.embedding_size=256",
                "model.hidden_size=256",
            )
        },
    ),
    "tiny": Budget(size="tiny"),
}

SUTSKEVER_PAPER = """## What the paper reports

Sutskever, Vinyals & Le 2014, WMT'14 English→French (12M sentence pairs). Table 1: an ensemble of 5 reversed
deep LSTMs with beam 12 scored 34.81 BLEU, against 33.30 for the phrase-based baseline; one reversed LSTM scored
30.59 and one forward (not reversed) LSTM 26.17 (beam 12). §3.3: reversing the source sentences lowered the
test perplexity from 5.8 to 4.7 and raised the BLEU of the decoded translations from 25.9 to 30.6. Fig. 2: a 2-D
PCA projection of the LSTM's hidden states after reading phrases; the representation is sensitive to word order
and fairly insensitive to replacing an active voice with a passive one."""

# Groups of sentences with one meaning (active and passive voice); groups 0/1 and 2/3 use the same words with the
# roles swapped, so that a representation blind to word order would confuse them.
SUTSKEVER_SENTENCES = [
    ["A man is chasing a dog.", "A man chases a dog.", "A dog is being chased by a man."],
    ["A dog is chasing a man.", "A dog chases a man.", "A man is being chased by a dog."],
    ["A girl is pushing a boy.", "A girl pushes a boy.", "A boy is being pushed by a girl."],
    ["A boy is pushing a girl.", "A boy pushes a girl.", "A girl is being pushed by a boy."],
    ["A woman is holding a baby.", "A woman holds a baby.", "A baby is being held by a woman."],
    ["A child is kicking a ball.", "A child kicks a ball.", "A ball is being kicked by a child."],
]
SWAPPED_ROLES = {0: 1, 1: 0, 2: 3, 3: 2}


def replicate(rep: Replication) -> Path:
    reversed_run = rep.evaluate(rep.train("reversed", "sutskever2014", ("model.reverse_source=true",)))
    forward_run = rep.evaluate(rep.train("forward", "sutskever2014", ("model.reverse_source=false",)))

    sentences = [s for group in SUTSKEVER_SENTENCES for s in group]
    groups = [str(k) for k, group in enumerate(SUTSKEVER_SENTENCES) for _ in group]
    vectors = sentence_vectors(reversed_run.translator, sentences)
    hits, chance, nearest = same_group_rate(vectors, groups)
    p_grouped = grouping_p(nearest, groups)
    grouped = p_grouped < SIGNIFICANT
    swapped = sum(SWAPPED_ROLES.get(int(groups[i])) == int(groups[j]) for i, j in enumerate(nearest))
    in_swappable = sum(int(g) in SWAPPED_ROLES for g in groups)
    projection = plot_projection(
        project_2d(vectors),
        sentences,
        rep.figure("sentence_vectors.png"),
        title="sutskever2014 (reversed): final top-layer encoder h, first two principal components",
        groups=[SUTSKEVER_SENTENCES[int(g)][0] for g in groups],  # a meaning is named by its first wording
    )

    lines = page.header(
        rep, "Sutskever et al. 2014, Sequence to Sequence Learning: reversing the source", SUTSKEVER_PAPER
    )
    lines += page.scores_table([reversed_run, forward_run])
    lines += [
        f"![2-D PCA map of sentence vectors]({page.link(rep, projection)})",
        "",
        f"Sentence vectors of the reversed model (`{page.link(rep, projection)}`): the top encoder layer's final h for "
        f"{len(sentences)} sentences written for this page, {len(SUTSKEVER_SENTENCES)} meanings in three wordings "
        "each (progressive, simple present, passive), projected on their first two principal components.",
        "",
        "| sentence | nearest neighbour (cosine, full vector) |",
        "|---|---|",
        *[f"| {sentences[i]} | {sentences[j]} |" for i, j in enumerate(nearest)],
        "",
        "## What reproduced",
        "",
    ]
    f_ppl, r_ppl = forward_run.val_ppl, reversed_run.val_ppl
    if f_ppl is not None and r_ppl is not None:
        direction = "lowered" if r_ppl < f_ppl else ("raised" if r_ppl > f_ppl else "left unchanged")
        lines.append(
            f"Perplexity: reversing the source {direction} validation perplexity from {f_ppl:.2f} (forward) to "
            f"{r_ppl:.2f} (reversed); the paper saw 5.8 → 4.7 (§3.3). {verdict(r_ppl < f_ppl)}"
        )
    details, bleu_verdict = beats(reversed_run, forward_run)
    lines += [
        "",
        f"BLEU, reversed against forward: {details} (paired bootstrap resampling, 1,000 samples). The paper saw "
        f"25.9 → 30.6 (§3.3). {bleu_verdict}",
        "",
        f"Sentence vectors: {hits} of {len(sentences)} sentences have as nearest neighbour another wording of the "
        f"same meaning (a random other sentence would be one {chance:.0%} of the time), and {swapped} of the "
        f"{in_swappable} sentences whose words also appear with the roles swapped have that role-swapped sentence "
        "as nearest neighbour. The paper's Fig. 2 groups sentences by meaning across voice and separates swapped "
        f"roles: here the vectors {'group' if grouped else 'do not group'} by meaning more often than chance "
        f"(permutation test, p = {p_grouped:.4f}), and "
        f"{'never mix up swapped roles' if swapped == 0 else f'mix up swapped roles {swapped} times'}. "
        + verdict(grouped and swapped == 0, partly=grouped or swapped == 0),
        "",
    ]
    lines += page.setup(rep)
    return page.write_page(rep, lines)
