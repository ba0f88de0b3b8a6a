"""The FastAPI app: several runs at once, chosen by name, each behind its own batcher.

    app = create_app(load_translators(["runs/toy", "big=runs/m30k"]), ServeSettings(max_wait_ms=10))
    uvicorn.run(app)            # what `landmark serve` does

    POST /translate   {"text": "..." or [...], "model"?, "beam_size"?, "nbest"?, "length_penalty"?}
                      -> {"model", "translations": [{"hypotheses": [{"text", "score", "tokens"}]}]}
    GET  /health      {"status": "ok", "models": [...]}, answered while a batch decodes
    GET  /models      each model's name, run, preset, arch, sentence limit and decoding defaults
    GET  /metrics     Prometheus text: requests by status, latency, batch sizes, queue depth
    GET  /openapi.json, /docs   FastAPI's OpenAPI document and its page

Status codes and the error body: guard.py. Sentence length is counted in tokens of the run's source vocabulary
(EOS not counted), since that is what costs decoding time and what the model's position table bounds.
"""

from __future__ import annotations

import asyncio
import math
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace

from fastapi import FastAPI
from fastapi.responses import Response

from landmark import __version__
from landmark.backends import open_translator
from landmark.config import ConfigError, DecodeOptions, limit_error
from landmark.runs import parse_runs
from landmark.serve.batcher import Batcher, QueueFull, Stopped
from landmark.serve.guard import BodyGuard, MetricsMiddleware, RequestError, install_error_handlers
from landmark.serve.metrics import Metrics
from landmark.serve.schema import (
    DecodeDefaults,
    ErrorResponse,
    Health,
    Hypothesis,
    ModelInfo,
    ModelsResponse,
    TranslateRequest,
    TranslateResponse,
    Translation,
)
from landmark.serve.settings import ServeSettings
from landmark.translator import Translator

RETRY_AFTER_S = "1"  # a full queue drains in about one batch; a second is a few batches on any model we serve
DECODE_FIELDS = ("beam_size", "nbest", "length_penalty")  # what a request may change of the run's DecodeOptions


def load_translators(
    specs: list[str], checkpoint: str = "best", device: str = "auto", backend: str = "torch", int8: bool = False
) -> dict[str, Translator]:
    """A Translator for each `--run` value, by name (see parse_runs), on `backend` (landmark.backends)."""
    return {name: open_translator(path, checkpoint, device, backend, int8) for name, path in parse_runs(specs).items()}


@dataclass
class Served:
    """One model as the server holds it."""

    name: str
    translator: Translator
    batcher: Batcher
    max_tokens: int  # the longest sentence accepted, in source-vocabulary tokens without EOS
    info: ModelInfo


def serve_model(name: str, translator: Translator, default: bool, settings: ServeSettings, metrics: Metrics):
    """A Served for `translator`. Its sentence limit is the server's, or less where the model reads fewer tokens:
    a longer input is refused (413) rather than cut as the CLI would, since a client cannot see a warning."""
    readable = translator.model.max_source_length()
    max_tokens = settings.max_tokens if readable is None else min(settings.max_tokens, readable - 1)
    config, run = translator.config, translator.run
    info = ModelInfo(
        name=name,
        default=default,
        run=None if run is None else str(run.path),
        checkpoint=None if translator.checkpoint_path is None else str(translator.checkpoint_path),
        preset=None if run is None else run.info().get("preset"),
        arch=config.arch,
        backend=translator.backend,
        int8=translator.int8,
        pair=config.data.pair,
        max_tokens=max_tokens,
        decode=DecodeDefaults(**{field: getattr(config.decode, field) for field in DecodeDefaults.model_fields}),
    )
    batcher = Batcher(
        name, translator, metrics, settings.max_batch_tokens, settings.max_wait_ms / 1000, settings.queue_size
    )
    return Served(name, translator, batcher, max_tokens, info)


def decode_options(request: TranslateRequest, defaults: DecodeOptions, max_beam: int) -> DecodeOptions:
    """The model's DecodeOptions with the request's fields applied. Each field is checked against config.LIMITS
    (the limits of the CLI and of config files) and the server's own bounds, and named when refused (422)."""
    given = {name: getattr(request, name) for name in DECODE_FIELDS if getattr(request, name) is not None}
    for name, value in given.items():
        if (must := limit_error(f"decode.{name}", value)) is not None:
            raise RequestError(422, f"{name} is {value!r}; it must be {must}", name)
    if given.get("beam_size", 0) > max_beam:
        raise RequestError(
            422, f"beam_size is {given['beam_size']}; this server decodes beams of at most {max_beam}", "beam_size"
        )
    try:  # building DecodeOptions checks the relations between fields (an n-best list no longer than the beam)
        return replace(defaults, **given, return_attention=False)
    except ConfigError as error:
        field = "nbest" if "nbest" in given else "beam_size"
        raise RequestError(422, f"{field}: {error}", field) from None


def hypothesis(translation) -> Hypothesis:
    """A translator's Translation as the API writes it: text, score and tokens (no attention)."""
    score = translation.score if math.isfinite(translation.score) else None  # JSON has no infinity
    return Hypothesis(text=translation.text, score=score, tokens=translation.tokens)


ERRORS = {status: {"model": ErrorResponse} for status in (400, 404, 413, 415, 422, 500, 503, 504)}


def create_app(translators: dict[str, Translator], settings: ServeSettings | None = None) -> FastAPI:
    """The app over `translators` (name -> Translator; the first is the default model)."""
    settings = settings or ServeSettings()
    if not translators:
        raise ConfigError("the server needs at least one model")
    metrics = Metrics()
    models = {
        name: serve_model(name, translator, i == 0, settings, metrics)
        for i, (name, translator) in enumerate(translators.items())
    }
    default = next(iter(models))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        for served in models.values():
            await served.batcher.start()
        try:
            yield
        finally:  # after uvicorn has answered the requests in flight (its graceful shutdown)
            for served in models.values():
                await served.batcher.stop()

    app = FastAPI(
        title="landmark",
        version=__version__,
        description="Translation with trained landmark runs. Requests that arrive together are decoded together.",
        lifespan=lifespan,
    )
    app.state.models, app.state.metrics, app.state.settings = models, metrics, settings
    install_error_handlers(app)

    @app.post("/translate", response_model=TranslateResponse, responses=ERRORS)
    async def translate(body: TranslateRequest) -> TranslateResponse:
        """Translate one sentence or a list of them; each answer holds `nbest` hypotheses, the best first."""
        name = default if body.model is None else body.model
        if name not in models:
            raise RequestError(404, f"model {name!r} is not served here; served: {', '.join(models)}", "model")
        served = models[name]
        if len(body.text) > settings.max_sentences:
            detail = f"{len(body.text)} sentences; at most {settings.max_sentences} are taken in one request"
            raise RequestError(413, detail, "text")
        options = decode_options(body, served.translator.config.decode, settings.max_beam)
        lengths = [len(ids) for ids in served.translator.src_vocab.encode(body.text)]
        for i, length in enumerate(lengths):
            if length > served.max_tokens:
                detail = f"text[{i}] has {length} tokens; model {name!r} takes at most {served.max_tokens}"
                raise RequestError(413, detail, f"text[{i}]")
        try:
            results = await served.batcher.translate(
                body.text, options, sum(lengths) + len(lengths), settings.timeout_s
            )
        except (QueueFull, Stopped) as error:
            raise RequestError(503, f"{error}; try again shortly", headers={"Retry-After": RETRY_AFTER_S}) from None
        except asyncio.TimeoutError:
            raise RequestError(504, f"not translated within the server's {settings.timeout_s:g} s deadline") from None
        translations = [Translation(hypotheses=[hypothesis(h) for h in nbest]) for nbest in results]
        return TranslateResponse(model=name, translations=translations)

    @app.get("/health", response_model=Health)
    async def health() -> Health:
        """Answers as long as the event loop runs, whatever is decoding."""
        return Health(status="ok", models=list(models))

    @app.get("/models", response_model=ModelsResponse)
    async def list_models() -> ModelsResponse:
        return ModelsResponse(models=[served.info for served in models.values()])

    @app.get("/metrics", response_class=Response, responses={200: {"content": {"text/plain": {}}}})
    async def prometheus() -> Response:
        """The metrics in Prometheus' text exposition format."""
        return Response(metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")

    # The last added is the outermost: every answer, the guard's 413s and 415s included, is counted.
    app.add_middleware(BodyGuard, max_bytes=settings.max_body_bytes, paths={"/translate"})
    app.add_middleware(MetricsMiddleware, metrics=metrics, paths={route.path for route in app.routes})
    return app
