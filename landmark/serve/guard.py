"""What stands between a client and the routes: the body is read whole (up to its limit) and checked before
FastAPI parses it; every request is counted and timed; every error is answered as JSON naming the field.

Answers (all `ErrorResponse` JSON: detail, and the field at fault where there is one):
    400  the body is not UTF-8, or not JSON (field `body`)
    404  an unknown path, or an unknown model (field `model`)
    405  a method the path does not take
    413  the body, the number of sentences or a sentence is too long
    415  a body sent without Content-Type: application/json
    422  a field of the wrong type or out of range, an unknown field, an empty text
    500  a fault of the server's own (the process serves on)
    503  the model's queue is full (with Retry-After), or the server is stopping
    504  the request's deadline passed before it was decoded
"""

from __future__ import annotations

import email.message
import json
import time

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from landmark.serve.metrics import Metrics


class RequestError(Exception):
    """An answer other than 200, raised by a route: its status, message, the field at fault and any headers."""

    def __init__(self, status: int, detail: str, field: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(detail)
        self.status, self.detail, self.field, self.headers = status, detail, field, headers


def error_response(status: int, detail: str, field: str | None = None, **extra) -> JSONResponse:
    return JSONResponse({"detail": detail, "field": field, **extra}, status_code=status)


def field_name(loc: tuple) -> str:
    """pydantic's location of an error as the client wrote the field: ("body", "text", 2) -> "text[2]"."""
    name = ""
    for part in loc[1:] if loc and loc[0] == "body" else loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "body"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestError)
    async def request_error(request: Request, error: RequestError) -> JSONResponse:
        response = error_response(error.status, error.detail, error.field)
        response.headers.update(error.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
        errors = error.errors()
        # pydantic prefixes the message of a validator's ValueError with "Value error, ": the field says as much
        named = [{"field": field_name(e["loc"]), "detail": e["msg"].removeprefix("Value error, ")} for e in errors]
        first = named[0]
        more = {"errors": named} if len(named) > 1 else {}
        return error_response(422, f"{first['field']}: {first['detail']}", first["field"], **more)

    @app.exception_handler(Exception)
    async def server_error(request: Request, error: Exception) -> JSONResponse:  # logged by uvicorn as well
        return error_response(500, f"the server failed: {type(error).__name__}: {error}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:  # 404, 405 and FastAPI's 400
        field = "body" if error.status_code == 400 else None  # FastAPI's 400: a body it could not parse
        response = error_response(error.status_code, str(error.detail), field)
        response.headers.update(error.headers or {})
        return response


class BodyGuard:
    """ASGI middleware for the POST bodies of `paths`: a body past `max_bytes` is answered 413 without reading the
    rest (a declared Content-Length past it without reading any), one that is not UTF-8 400 with the byte's
    offset, one that is not JSON 400 with its line and column, and one without a JSON content type 415; a body
    that passes is handed on to the app as it came."""

    def __init__(self, app, max_bytes: int, paths: set[str]):
        self.app, self.max_bytes, self.paths = app, max_bytes, paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in self.paths:
            return await self.app(scope, receive, send)
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        problem = self._check_headers(headers)
        if problem:
            return await problem(scope, receive, send)
        body, more = bytearray(), True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":  # the client left: there is no one to answer
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                return await self._too_large(len(body), "at least ")(scope, receive, send)
        body = bytes(body)
        problem = self._check_body(body)
        if problem:
            return await problem(scope, receive, send)
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:  # after the body, the app may still listen for the client leaving
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    def _check_headers(self, headers: dict[str, str]) -> JSONResponse | None:
        kind = email.message.Message()
        kind["content-type"] = headers.get("content-type", "")
        subtype = kind.get_content_subtype()
        if kind.get_content_maintype() != "application" or not (subtype == "json" or subtype.endswith("+json")):
            detail = f"the body is sent as {headers.get('content-type') or 'no content type'}; send JSON, with the "
            return error_response(415, detail + "header Content-Type: application/json", "Content-Type")
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            return self._too_large(int(declared), "")
        return None

    def _check_body(self, body: bytes) -> JSONResponse | None:
        """400 for a body that is not UTF-8 or not JSON, naming where. FastAPI parses the body again (the cost of
        a second parse of at most max_bytes is small), but its own errors name neither the byte nor the line."""
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            return error_response(400, f"the body is not UTF-8: byte {error.start} is {body[error.start]:#04x}", "body")
        try:
            json.loads(text)
        except json.JSONDecodeError as error:
            return error_response(
                400, f"the body is not JSON: {error.msg} (line {error.lineno}, column {error.colno})", "body"
            )
        except (ValueError, RecursionError) as error:  # an integer of over 4300 digits; arrays nested too deep
            return error_response(400, f"the body cannot be read as JSON: {str(error) or type(error).__name__}", "body")
        return None

    def _too_large(self, size: int, at_least: str) -> JSONResponse:
        return error_response(413, f"the body has {at_least}{size} bytes; at most {self.max_bytes} are read", "body")


class MetricsMiddleware:
    """ASGI middleware counting every answer by endpoint and status, and timing it. The endpoint label is the
    request's path where it is one of the app's, else `other` (a client's made-up paths would each make a series)."""

    def __init__(self, app, metrics: Metrics, paths: set[str]):
        self.app, self.metrics, self.paths = app, metrics, paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        endpoint = scope["path"] if scope["path"] in self.paths else "other"
        status = 500  # what the client gets if the app fails before it starts an answer
        start = time.perf_counter()

        async def watch(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            self.metrics.requests.labels(endpoint, str(status)).inc()
            self.metrics.latency.labels(endpoint).observe(time.perf_counter() - start)
