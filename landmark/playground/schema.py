"""The playground's requests and answers, typed for FastAPI's validation and the OpenAPI document."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_CHARACTERS = 1000  # a sentence longer than this is refused (422): the page draws every pair of its tokens


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HeadRef(Strict):
    kind: Literal["encoder", "decoder", "cross"]
    layer: int = Field(ge=0, le=63)
    head: int = Field(ge=0, le=63)


class LayerRef(Strict):
    kind: Literal["encoder", "decoder"]
    layer: int = Field(ge=0, le=63)


class SwitchesModel(Strict):
    causal_mask: Literal["upper", "none", "lower"] = Field(
        "upper", description="upper: hide the future (the paper); none: no mask; lower: hide the past instead"
    )
    scale: bool = Field(True, description="divide the dot products by sqrt(d_k), as eq. 1 does")
    score: Literal["dot", "squared", "negated"] = Field("dot", description="the score before the softmax")
    positions: bool = Field(True, description="add the sinusoidal positional encodings")
    silence_heads: list[HeadRef] = Field(default_factory=list, max_length=64, description="heads whose output is 0")
    silence_layers: list[LayerRef] = Field(default_factory=list, max_length=64, description="layers skipped")


class Sampling(Strict):
    temperature: float = Field(1.0, gt=0.0, le=10.0, description="logits are divided by it before the softmax")
    top_k: int = Field(0, ge=0, le=1000, description="sample among the k likeliest tokens only; 0 = all of them")
    seed: int = Field(0, ge=0, le=2**31 - 1, description="the random seed: the same seed draws the same output")


class AnalyzeRequest(Strict):
    run: str | None = Field(None, description="a name from GET /api/runs; absent: the first run")
    text: str = Field(description=f"the source sentence, 1 to {MAX_CHARACTERS} characters")
    beam_size: int | None = Field(None, ge=1, le=16, description="1 = greedy; absent: the run's default")
    length_penalty: float | None = Field(None, ge=0.0, le=5.0, description="GNMT's alpha; absent: the run's")
    prefix: str | None = Field(None, max_length=MAX_CHARACTERS, description="the first target words, forced")
    sampling: Sampling | None = Field(None, description="sample each token instead of searching (beam_size is ignored)")
    switches: SwitchesModel = Field(default_factory=SwitchesModel)

    @field_validator("text")
    @classmethod
    def _text(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is empty: type a sentence")
        if len(text) > MAX_CHARACTERS:
            raise ValueError(f"text is {len(text)} characters; the playground takes at most {MAX_CHARACTERS}")
        return text


class BeamRequest(AnalyzeRequest):
    top_k: int = Field(5, ge=1, le=20, description="next tokens shown for each live hypothesis")


class Pieces(BaseModel):
    pieces: list[str]
    ids: list[int]


class TranslationOut(BaseModel):
    text: str
    pieces: list[str]
    ids: list[int]
    score: float


class Embeddings(BaseModel):
    token: list[list[float]] | None
    position: list[list[float]] | None
    sum: list[list[float]] | None


class AnalyzeResponse(BaseModel):
    run: str
    source: Pieces
    translation: TranslationOut
    target_inputs: list[str] = Field(description="the decoder's inputs: rows of the decoder and cross maps")
    timing_ms: dict[str, float]
    embeddings: Embeddings
    attention: dict[str, list[list[list[list[float]]]]] = Field(description="kind -> layers x heads x queries x keys")
    switches: SwitchesModel
    notes: list[str]


class HypothesisOut(BaseModel):
    pieces: list[str]
    log_prob: float
    score: float


class Candidate(BaseModel):
    piece: str
    prob: float


class NextTokens(BaseModel):
    hypothesis: int
    candidates: list[Candidate]


class StepOut(BaseModel):
    step: int
    alive: list[HypothesisOut]
    finished: list[HypothesisOut]
    next: list[NextTokens]


class BeamResponse(BaseModel):
    steps: list[StepOut]
    result: TranslationOut


class DecodeInfo(BaseModel):
    beam_size: int
    length_penalty: float


class RunInfo(BaseModel):
    name: str
    arch: str
    preset: str | None
    pair: str
    kinds: dict[str, list[int]] = Field(description="attention kind -> [layers, heads]")
    d_model: int | None
    has_positions: bool
    switches: dict[str, str | None] = Field(description="switch -> null where it applies, else why it does not")
    decode: DecodeInfo


class RunsResponse(BaseModel):
    runs: list[RunInfo]


class ErrorBody(BaseModel):
    status: int
    message: str
    field: str | None


class ErrorResponse(BaseModel):
    error: ErrorBody
