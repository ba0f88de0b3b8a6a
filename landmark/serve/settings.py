"""The server's limits and batching settings: one frozen dataclass, one field a `landmark serve` flag.

This module imports nothing heavy, so that `landmark --help` can show the defaults without loading torch or
FastAPI. Each field is checked when the settings are built, before any model is loaded.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class ServeSettings:
    max_batch_tokens: int = 4096  # source tokens (EOS included) gathered into one decoding batch, over all requests
    max_wait_ms: float = 5.0  # how long the oldest waiting request waits for company before its batch is decoded
    queue_size: int = 64  # requests waiting for a batch, per model; one more is answered 503 at once
    timeout_s: float = 30.0  # a request's deadline, from its arrival to its answer; past it, 504
    max_sentences: int = 64  # sentences in one request; more is 413
    max_tokens: int = 256  # tokens of one sentence as the run's source vocabulary cuts it, EOS not counted; 413
    max_body_bytes: int = 1 << 20  # bytes of one request body; more is 413
    max_beam: int = 16  # the widest beam a client may ask for (a beam's cost grows with its width); 422

    def __post_init__(self):
        from landmark.config import ConfigError  # here, not at the top: config imports torch

        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            number = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            if field.name == "timeout_s":
                ok, limit = number and value > 0, "a number of seconds above 0"
            elif field.name == "max_wait_ms":
                ok, limit = number and value >= 0, "a number of milliseconds, at least 0"
            else:  # every other setting counts something
                ok, limit = number and isinstance(value, int) and value >= 1, "a whole number, at least 1"
            if not ok:
                raise ConfigError(f"--{field.name.replace('_', '-')} {value!r}: it must be {limit}")
