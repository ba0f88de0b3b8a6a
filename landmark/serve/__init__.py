"""The HTTP translation service over trained runs: `landmark serve --run runs/x`.

    settings.py  the limits and batching settings, one a flag (imports nothing heavy)
    schema.py    the request and response types (pydantic), which the OpenAPI document shows
    batcher.py   dynamic batching: requests that arrive together are decoded together, in one worker thread a model
    metrics.py   the Prometheus metrics: requests by status, latency, batch sizes, queue depth
    guard.py     what stands before the routes: body size and UTF-8, content type, errors as JSON naming the field
    app.py       the FastAPI app: loading runs, the routes, the lifespan that starts and stops the batchers

This __init__ imports nothing, so that `landmark --help` reads settings.py alone (no torch, no FastAPI).
"""
