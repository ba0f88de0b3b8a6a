"""The Transformer Playground: one page and its JSON API over trained runs (`landmark playground`).

    app = create_app(load_runs(["runs/m30k", "rnn=runs/bahdanau"]))   # what `landmark playground` serves

probe.py computes what the page shows; app.py is the FastAPI app; static/ is the page itself (our own HTML,
JavaScript and CSS: nothing is fetched from the internet). API.md is the contract between the two halves.
"""
