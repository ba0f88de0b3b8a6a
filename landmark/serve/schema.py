"""What a client sends and gets back, as pydantic models: FastAPI checks requests against them and writes the
OpenAPI document (`/openapi.json`, `/docs`) from them.

Requests are strict: a number given as a string, a boolean for a number, or an unknown field is refused, so that
a typo is named instead of silently ignored. What stays to be checked against a model (its name, the length of a
sentence in its vocabulary's tokens) and against `config.LIMITS` is checked in app.py.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from landmark.config import LIMITS


def _as_list(value: Any) -> Any:
    """One text is a list of one: the rest of the server sees lists only."""
    return [value] if isinstance(value, str) else value


def _sentence(text: str) -> str:
    if not text.strip():
        raise ValueError("the text is empty or only whitespace; send a sentence to translate")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:  # JSON's "\ud800" escape: a lone surrogate, not a character
        raise ValueError(f"character {error.start} is a lone surrogate, not a Unicode character") from None
    return text


Sentence = Annotated[str, AfterValidator(_sentence)]


class TranslateRequest(BaseModel):
    """POST /translate. Absent decoding fields take the model's defaults (GET /models)."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        json_schema_extra={"examples": [{"text": "a b c d"}, {"text": ["a b c", "d e"], "beam_size": 4, "nbest": 2}]},
    )

    text: Annotated[
        list[Sentence],
        BeforeValidator(_as_list, json_schema_input_type=str | list[str]),
        Field(min_length=1, description="one sentence, or a list of sentences; each is translated on its own"),
    ]
    model: str | None = Field(None, description="a name from GET /models (default: the first model served)")
    beam_size: int | None = Field(None, description="beam size, at least 1 (1 = greedy); at most the server's limit")
    nbest: int | None = Field(None, description="hypotheses returned per sentence, at least 1 and at most beam_size")
    length_penalty: Annotated[float, Field(allow_inf_nan=False)] | None = Field(
        None, description="alpha of GNMT's length penalty ((5 + L) / 6)^alpha: " + LIMITS["decode.length_penalty"][1]
    )


class Hypothesis(BaseModel):
    text: str = Field(description="the detokenised translation")
    score: float | None = Field(
        description="log-probability divided by the length penalty, what the search ranks by (null if not finite)"
    )
    tokens: list[str] = Field(description="the output pieces of the target vocabulary, without BOS and EOS")


class Translation(BaseModel):
    hypotheses: list[Hypothesis] = Field(description="nbest hypotheses, the best first")


class TranslateResponse(BaseModel):
    model: str = Field(description="the name of the model that translated")
    translations: list[Translation] = Field(description="one per sentence sent, in the order sent")


class DecodeDefaults(BaseModel):
    beam_size: int
    nbest: int
    length_penalty: float
    max_len_a: float = Field(description="outputs end by max_len_a * source tokens + max_len_b tokens")
    max_len_b: int


class ModelInfo(BaseModel):
    name: str
    default: bool = Field(description="whether a request without `model` goes to this one")
    run: str | None = Field(description="the run directory")
    checkpoint: str | None = Field(description="the checkpoint file served")
    preset: str | None = Field(description="the preset the run was trained from (run.json)")
    arch: str = Field(description="the model's architecture, as config.yaml names it")
    backend: str = Field(description="the engine that decodes it: torch (ours) or ctranslate2")
    int8: bool = Field(description="whether it decodes with int8 weights")
    pair: str = Field(description="source and target language, joined by '-'")
    max_tokens: int = Field(description="the longest sentence accepted, in source-vocabulary tokens, EOS not counted")
    decode: DecodeDefaults = Field(description="what a request's absent decoding fields take")


class ModelsResponse(BaseModel):
    models: list[ModelInfo]


class Health(BaseModel):
    status: str = Field(description="'ok' while the server answers")
    models: list[str]


class FieldError(BaseModel):
    field: str | None = Field(description="the request field at fault, as text[2] or beam_size; null for none")
    detail: str


class ErrorResponse(BaseModel):
    """Every answer other than 2xx: what went wrong, and which field of the request it was in."""

    detail: str
    field: str | None = None
    errors: list[FieldError] | None = Field(None, description="every field at fault, where there were several")
