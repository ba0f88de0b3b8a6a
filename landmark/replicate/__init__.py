"""Replication pages: `landmark replicate <paper>` trains what a paper's claim needs, scores it, draws the paper's
figures and writes docs/replications/<paper>.md.

    replicate("bahdanau2015", scale="cpu")  ->  Path("docs/replications/bahdanau2015.md")

engine.py trains, scores and records; page.py writes what every page shares; stats.py computes the verdicts; each
paper's module holds its experiment, its prose, its figures and its budgets per scale (BUDGETS), and is found
through the plain dict PAPERS below. Nothing outside a paper's module names that paper or its model's fields.
"""

from __future__ import annotations

from pathlib import Path

from landmark.replicate import (
    bahdanau2015,
    cho2014,
    gnmt2016,
    jean2015,
    johnson2017,
    low_resource,
    luong2015,
    rnn_lstm_gru,
    sutskever2014,
    transformer_gpt_bert,
)
from landmark.replicate.engine import SCALES, Replication

# paper -> its module: BUDGETS (scale -> Budget) and replicate(rep) -> the page's path
PAPERS = {
    "cho2014": cho2014,
    "sutskever2014": sutskever2014,
    "bahdanau2015": bahdanau2015,
    "luong2015": luong2015,
    "gnmt2016": gnmt2016,
    "jean2015": jean2015,
    "rnn-lstm-gru": rnn_lstm_gru,
    "transformer-gpt-bert": transformer_gpt_bert,
    "johnson2017": johnson2017,
    "low-resource": low_resource,
}


def replicate(
    paper: str,
    scale: str = "small",
    out_dir: str | Path = "runs/replicate",
    data_dir: str | Path | None = None,
    docs_dir: str | Path = "docs",
    progress: bool | None = None,
) -> Path:
    """Run one paper's replication at one scale and return the path of the page it wrote."""
    if paper not in PAPERS:
        raise ValueError(f"no replication for {paper!r}; papers: {', '.join(PAPERS)}")
    module = PAPERS[paper]
    rep = Replication(paper, module.BUDGETS, scale, Path(out_dir), data_dir, Path(docs_dir), progress)
    return module.replicate(rep)


__all__ = ["PAPERS", "SCALES", "replicate"]
