"""Dynamic batching under concurrent requests: each answer is its own request's translation, equal to the
translator's alone; requests that arrive together share one decoding batch and one translate_nbest call per set
of options; a full queue answers 503 with Retry-After at once, a deadline 504, and /health answers while a batch
decodes. A Gate holds the model's decoding so that the tests decide, not the scheduler, what arrives when."""

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from threading import Barrier

import httpx
import pytest
from conftest import Gate, hypotheses, metric, serving, wait_until

from landmark.serve.app import create_app
from landmark.serve.settings import ServeSettings
from landmark.translator import Translator

TEXTS = ["a b c d", "e f", "d c b a", "g h i", "a a b", "c", "j k l m n", "b d f", "e e e e", "m l k", "f g", "a e i o"]


def gated_app(run_dir, opened=False, **settings):
    """An app over its own translator of the run (so that the gate stays in this test) and the gate on it."""
    translator = Translator(run_dir, device="cpu")
    gate = Gate(translator, opened)
    return create_app({"toy": translator}, ServeSettings(**settings)), gate


def post(url, body, timeout=30) -> httpx.Response:
    return httpx.post(url + "/translate", json=body, timeout=timeout)


def waiting(app) -> int:
    return len(app.state.models["toy"].batcher.pending)


def assert_translated_as_alone(reference, body, answer):
    """The answer equals the translator's own translation of the body's text alone, with the body's options."""
    assert answer.status_code == 200, answer.text
    options = replace(reference.config.decode, **{k: v for k, v in body.items() if k != "text"})
    expected = reference.translate_nbest([body["text"]], options)
    got = answer.json()["translations"][0]["hypotheses"]
    assert [(h["text"], h["tokens"]) for h in got] == hypotheses(expected)[0]
    assert [h["score"] for h in got] == pytest.approx([h.score for h in expected[0]], abs=1e-4)


def test_requests_gathered_while_a_batch_decodes_share_one_call_per_set_of_options(run_dir, reference):
    app, gate = gated_app(run_dir, max_wait_ms=0)  # no waiting: the batch forms while the first one decodes
    options = [{"beam_size": 2, "nbest": 2}, {"beam_size": 3, "length_penalty": 0.6}]
    bodies = [{"text": text, **options[i % 2]} for i, text in enumerate(TEXTS)]
    with serving(app) as server, ThreadPoolExecutor(len(bodies)) as pool:
        first = pool.submit(post, server.url, bodies[0])
        assert gate.entered.wait(10)  # the first request decodes alone, held at the gate
        rest = [pool.submit(post, server.url, body) for body in bodies[1:]]
        wait_until(lambda: waiting(app) == len(rest))
        gate.opened.set()
        answers = [first.result()] + [future.result() for future in rest]
        batches = metric(server.url, "landmark_batch_requests_count", model="toy")
        gathered = metric(server.url, "landmark_batch_requests_sum", model="toy")
    for body, answer in zip(bodies, answers, strict=True):
        assert_translated_as_alone(reference, body, answer)
    # One call for the first request; then the eleven in one batch, one call for each of the two sets of options.
    assert len(gate.calls) == 3 and gate.calls[0][0] == [bodies[0]["text"]]
    for texts, options in gate.calls[1:]:
        assert sorted(texts) == sorted(b["text"] for b in bodies[1:] if b["beam_size"] == options.beam_size)
    assert {options.beam_size for _, options in gate.calls[1:]} == {2, 3}
    assert (batches, gathered) == (2, len(bodies))


def test_requests_that_arrive_together_are_batched(run_dir, reference):
    # Nothing held: the requests arrive within the first one's 300 ms wait for company, and share its batch.
    app, gate = gated_app(run_dir, opened=True, max_wait_ms=300)
    start = Barrier(len(TEXTS))

    def together(text):
        start.wait()
        return post(server.url, {"text": text})

    with serving(app) as server, ThreadPoolExecutor(len(TEXTS)) as pool:
        answers = list(pool.map(together, TEXTS))
        batches = metric(server.url, "landmark_batch_requests_count", model="toy")
        alone = metric(server.url, "landmark_batch_requests_bucket", model="toy", le="1.0")
    for text, answer in zip(TEXTS, answers, strict=True):
        assert_translated_as_alone(reference, {"text": text}, answer)
    assert batches < len(TEXTS) and alone < batches  # fewer batches than requests, and one of more than one
    assert len(gate.calls) == batches


def test_a_full_queue_answers_503_with_retry_after_at_once_and_serves_again(run_dir):
    app, gate = gated_app(run_dir, queue_size=2, max_wait_ms=0)
    with serving(app) as server, ThreadPoolExecutor(3) as pool:
        decoding = pool.submit(post, server.url, {"text": "a b"})
        assert gate.entered.wait(10)
        queued = [pool.submit(post, server.url, {"text": "c d"}) for _ in range(2)]
        wait_until(lambda: waiting(app) == 2)
        began = time.monotonic()
        refused = post(server.url, {"text": "e f"})
        assert time.monotonic() - began < 5  # at once, not after the held batch
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "1"
        assert "2 requests are waiting" in refused.json()["detail"]
        gate.opened.set()
        assert [f.result().status_code for f in [decoding, *queued]] == [200, 200, 200]
        assert post(server.url, {"text": "e f"}).status_code == 200
        assert metric(server.url, "landmark_requests_total", endpoint="/translate", status="503") == 1
        assert metric(server.url, "landmark_queue_depth", model="toy") == 0


def test_a_request_past_its_deadline_gets_504_and_is_never_decoded_if_it_had_not_begun(run_dir):
    app, gate = gated_app(run_dir, timeout_s=1.0, max_wait_ms=0)
    with serving(app) as server, ThreadPoolExecutor(2) as pool:
        decoding = pool.submit(post, server.url, {"text": "a b"})
        assert gate.entered.wait(10)
        queued = pool.submit(post, server.url, {"text": "c d"})
        for late in (decoding.result(), queued.result()):  # one held at the gate, one queued behind it
            assert late.status_code == 504 and "1 s deadline" in late.json()["detail"]
        gate.opened.set()
        assert post(server.url, {"text": "e f"}).status_code == 200
    assert [texts for texts, _ in gate.calls] == [["a b"], ["e f"]]  # "c d" was dropped from the queue


def test_health_answers_while_a_batch_decodes(run_dir):
    app, gate = gated_app(run_dir, max_wait_ms=0)
    with serving(app) as server, ThreadPoolExecutor(1) as pool:
        held = pool.submit(post, server.url, {"text": "a b"})
        assert gate.entered.wait(10)
        assert httpx.get(server.url + "/health", timeout=5).json()["status"] == "ok"
        assert httpx.get(server.url + "/models", timeout=5).status_code == 200
        assert not held.done()
        gate.opened.set()
        assert held.result().status_code == 200
