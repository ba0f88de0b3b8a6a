"""The playground's FastAPI app: the page, its static files, and the JSON API of API.md.

    app = create_app(load_runs(["runs/m30k", "rnn=runs/bahdanau"], device="cpu"))
    uvicorn.run(app)                                       # what `landmark playground` does

Every error is a 4xx `{"error": {"status", "message", "field"}}` (a 500 only for a fault of ours, which the tests
look for and never see). Runs are probed one request at a time: the "what if" switches are set on the shared
model for the length of one request.
"""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from landmark import __version__
from landmark.models.vaswani2017 import Transformer
from landmark.playground import probe
from landmark.playground.schema import (
    AnalyzeRequest,
    AnalyzeResponse,
    BeamRequest,
    BeamResponse,
    DecodeInfo,
    ErrorResponse,
    RunInfo,
    RunsResponse,
)
from landmark.runs import parse_runs
from landmark.translator import Translator

STATIC = Path(__file__).parent / "static"
ERRORS = {status: {"model": ErrorResponse} for status in (400, 404, 413, 422)}


class PlaygroundError(Exception):
    def __init__(self, status: int, message: str, field: str | None = None):
        super().__init__(message)
        self.status, self.message, self.field = status, message, field


def error(status: int, message: str, field: str | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message, "field": field}}, status_code=status)


def load_runs(specs: list[str], checkpoint: str = "best", device: str = "cpu") -> dict[str, Translator]:
    """A Translator for each `--run` value (RUN or NAME=RUN), by name, the first the default."""
    return {name: Translator(path, checkpoint, device) for name, path in parse_runs(specs).items()}


def run_info(name: str, translator: Translator) -> RunInfo:
    model, config = translator.model, translator.config
    run = translator.run
    return RunInfo(
        name=name,
        arch=config.arch,
        preset=None if run is None else run.info().get("preset"),
        pair=config.data.pair,
        kinds={kind: list(shape) for kind, shape in probe.kinds(model).items()},
        d_model=model.config.d_model if isinstance(model, Transformer) else None,
        has_positions=isinstance(model, Transformer),
        switches=probe.supported(model),
        decode=DecodeInfo(beam_size=config.decode.beam_size, length_penalty=config.decode.length_penalty),
    )


def create_app(translators: dict[str, Translator]) -> FastAPI:
    if not translators:
        raise ValueError("the playground needs at least one run")
    app = FastAPI(
        title="landmark playground",
        version=__version__,
        description="Tokens, embeddings, positions, every attention head and the beam of trained landmark runs.",
    )
    lock = threading.Lock()  # one probe at a time: switches are set on the shared models
    default = next(iter(translators))

    @app.exception_handler(PlaygroundError)
    async def playground_error(request: Request, exc: PlaygroundError) -> JSONResponse:
        return error(exc.status, exc.message, exc.field)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0]
        where = [str(part) for part in first.get("loc", ()) if part != "body"]
        message = str(first.get("msg", "invalid request")).removeprefix("Value error, ")
        if first.get("type") == "json_invalid":
            return error(400, "the body is not valid JSON", "body")
        return error(422, f"{'.'.join(where) or 'body'}: {message}", ".".join(where) or "body")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return error(exc.status_code, str(exc.detail))

    @app.exception_handler(UnicodeDecodeError)
    async def not_utf8(request: Request, exc: UnicodeDecodeError) -> JSONResponse:
        return error(400, "the body is not UTF-8", "body")

    def translator_of(name: str | None) -> tuple[str, Translator]:
        name = name or default
        if name not in translators:
            raise PlaygroundError(404, f"unknown run {name!r}; the runs: {', '.join(translators)}", "run")
        return name, translators[name]

    def analyze(body: AnalyzeRequest, top_k: int = 0) -> tuple[str, dict]:
        name, translator = translator_of(body.run)
        switches = probe.Switches(
            causal_mask=body.switches.causal_mask,
            scale=body.switches.scale,
            score=body.switches.score,
            positions=body.switches.positions,
            silence_heads=tuple((h.kind, h.layer, h.head) for h in body.switches.silence_heads),
            silence_layers=tuple((layer.kind, layer.layer) for layer in body.switches.silence_layers),
        )
        decode = translator.config.decode
        try:
            with lock:
                result = probe.analyze(
                    translator,
                    body.text,
                    body.beam_size or decode.beam_size,
                    decode.length_penalty if body.length_penalty is None else body.length_penalty,
                    body.prefix,
                    switches,
                    top_k,
                    None if body.sampling is None else probe.SamplingOptions(**body.sampling.model_dump()),
                )
        except ValueError as exc:  # a switch the model lacks, a sentence longer than the model reads
            message = str(exc)
            field = message.split(" ", 1)[0] if message.startswith(("switches.", "text")) else None
            raise PlaygroundError(422, message, field) from None
        return name, result

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/runs", response_model=RunsResponse)
    def runs() -> RunsResponse:
        return RunsResponse(runs=[run_info(name, translator) for name, translator in translators.items()])

    @app.post("/api/analyze", response_model=AnalyzeResponse, responses=ERRORS)
    def analyze_route(body: AnalyzeRequest) -> AnalyzeResponse:
        name, result = analyze(body)
        return AnalyzeResponse(run=name, switches=body.switches, **result)

    @app.post("/api/beam", response_model=BeamResponse, responses=ERRORS)
    def beam_route(body: BeamRequest) -> BeamResponse:
        _, result = analyze(body, top_k=body.top_k)
        return BeamResponse(steps=result["steps"], result=result["translation"])

    return app
