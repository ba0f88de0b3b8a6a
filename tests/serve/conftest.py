"""What the server's tests share: one toy run, the app under uvicorn on a free localhost port, a gate that holds a
model's decoding, and a reader of /metrics.

The tests talk HTTP to a real uvicorn in a thread (not Starlette's TestClient, which now warns that it wants
httpx2): the body limits, Retry-After and the graceful shutdown are then uvicorn's own, as in `landmark serve`.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import torch
import uvicorn
from prometheus_client.parser import text_string_to_metric_families

from landmark.cli import main
from landmark.translator import Translator


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory) -> Path:
    """A toy:reverse run with a word vocabulary, trained for 30 steps: enough to decode, not to be right. One
    thread: on two cores shared with other work, torch's two threads took 27 s for what one does in 1 s."""
    path = tmp_path_factory.mktemp("serve") / "toy"
    main(["train", "--preset", "vaswani2017-tiny", "--out", str(path), "--no-progress", "--set", "train.max_steps=30",
          "--set", "train.eval_every=30", "--set", "train.eval_sentences=5",
          "--set", "train.num_threads=1"])  # fmt: skip
    return path


@pytest.fixture(autouse=True)
def one_thread():
    """Decode on one torch thread too, for the same reason (a toy model gains nothing from a second); the
    restore_threads fixture of tests/conftest.py puts the count back after each test."""
    torch.set_num_threads(1)


@pytest.fixture(scope="session")
def reference(run_dir) -> Translator:
    """The run's translator outside any server: what each answer must equal."""
    return Translator(run_dir, device="cpu")


@dataclass
class Running:
    server: uvicorn.Server
    thread: threading.Thread
    url: str  # http://127.0.0.1:PORT


@contextlib.contextmanager
def serving(app) -> Iterator[Running]:
    """`app` under uvicorn on a free localhost port, in a thread. Leaving sets should_exit, which is what uvicorn's
    SIGTERM and Ctrl-C handlers do: it stops listening, lets requests in flight finish, then runs the lifespan's
    shutdown."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    wait_until(lambda: server.started or not thread.is_alive(), 20)
    if not server.started:
        raise RuntimeError("uvicorn did not start")
    try:
        yield Running(server, thread, f"http://127.0.0.1:{sock.getsockname()[1]}")
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


def wait_until(condition, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout_s} s for {condition}")
        time.sleep(0.005)


class Gate:
    """Stands in for a translator's translate_nbest: records every call (texts, options), and holds each one
    until the gate is opened, so that a test decides when a batch finishes."""

    def __init__(self, translator: Translator, opened: bool = False):
        self.translate_nbest = translator.translate_nbest
        self.calls: list[tuple[list[str], object]] = []
        self.entered = threading.Event()  # a call has started
        self.opened = threading.Event()
        if opened:
            self.opened.set()
        translator.translate_nbest = self

    def __call__(self, texts, options=None, progress=False):
        self.calls.append((list(texts), options))
        self.entered.set()
        if not self.opened.wait(30):
            raise TimeoutError("the test never opened the gate")
        return self.translate_nbest(texts, options, progress)


def metric(url: str, sample: str, **labels: str) -> float:
    """The value of one sample of GET /metrics (e.g. landmark_batch_requests_count), 0 where there is none."""
    text = httpx.get(url + "/metrics").text
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == sample and all(found.labels.get(k) == v for k, v in labels.items()):
                return found.value
    return 0.0


def hypotheses(translations) -> list[list[tuple[str, list[str]]]]:
    """(text, tokens) of each hypothesis of each sentence: what an answer and the translator must share exactly."""
    return [[(h.text, list(h.tokens)) for h in nbest] for nbest in translations]
