"""The routes of the app: translations equal the translator's, models by name, /models, /health, /metrics, the
OpenAPI document, and the checks on `--run` names and on the settings."""

import importlib.util
from dataclasses import replace

import httpx
import pytest
from conftest import hypotheses, metric, serving

from landmark.cli import main
from landmark.config import ConfigError
from landmark.serve.app import create_app, load_translators, parse_runs
from landmark.serve.settings import ServeSettings


@pytest.fixture(scope="module")
def server(run_dir):
    """The toy run served twice: as `toy` (its folder's name, the default) and as `second`."""
    app = create_app(load_translators([str(run_dir), f"second={run_dir}"], device="cpu"), ServeSettings())
    with serving(app) as running:
        yield running


def post(server, body) -> httpx.Response:
    return httpx.post(server.url + "/translate", json=body, timeout=30)


def test_each_sentence_is_answered_as_the_translator_alone_translates_it(server, reference):
    one = post(server, {"text": "a b c d", "beam_size": 3, "nbest": 2, "length_penalty": 0.6})
    many = post(server, {"text": ["d c b a", "e f", "a a b b c c"]})
    assert one.status_code == many.status_code == 200
    cases = [
        (one, ["a b c d"], replace(reference.config.decode, beam_size=3, nbest=2, length_penalty=0.6)),
        (many, ["d c b a", "e f", "a a b b c c"], reference.config.decode),
    ]
    for answer, texts, options in cases:
        expected = reference.translate_nbest(texts, options)
        got = answer.json()["translations"]
        assert [[(h["text"], h["tokens"]) for h in t["hypotheses"]] for t in got] == hypotheses(expected)
        scores = [h["score"] for t in got for h in t["hypotheses"]]
        assert scores == pytest.approx([h.score for nbest in expected for h in nbest], abs=1e-4)
    assert len(one.json()["translations"][0]["hypotheses"]) == 2


def test_a_request_goes_to_the_first_run_unless_it_names_another(server):
    before = metric(server.url, "landmark_batch_requests_count", model="second")
    assert post(server, {"text": "a b"}).json()["model"] == "toy"
    assert post(server, {"text": "a b", "model": "second"}).json()["model"] == "second"
    # the named model's own batcher decoded it
    assert metric(server.url, "landmark_batch_requests_count", model="second") == before + 1


def test_models_lists_each_run_with_its_preset_arch_and_decode_defaults(server, run_dir):
    models = httpx.get(server.url + "/models").json()["models"]
    assert [(m["name"], m["default"]) for m in models] == [("toy", True), ("second", False)]
    for model in models:
        assert model["run"] == str(run_dir) and model["checkpoint"].endswith("best.pt")
        assert (model["preset"], model["arch"], model["pair"]) == ("vaswani2017-tiny", "vaswani2017", "src-tgt")
        assert model["decode"] == {"beam_size": 4, "nbest": 1, "length_penalty": 1.0, "max_len_a": 1.5, "max_len_b": 10}
        assert model["max_tokens"] == 256  # the server's limit; the Transformer reads 1024 positions


def test_health_names_the_models(server):
    assert httpx.get(server.url + "/health").json() == {"status": "ok", "models": ["toy", "second"]}


def test_metrics_count_requests_by_status_and_time_them(server):
    def count(status):
        return metric(server.url, "landmark_requests_total", endpoint="/translate", status=status)

    ok, refused = count("200"), count("422")
    timed = metric(server.url, "landmark_request_seconds_count", endpoint="/translate")
    post(server, {"text": "a"})
    post(server, {"text": ""})
    post(server, {"text": ""})
    assert (count("200"), count("422")) == (ok + 1, refused + 2)
    assert metric(server.url, "landmark_request_seconds_count", endpoint="/translate") == timed + 3
    httpx.get(server.url + "/no/such/page")
    assert metric(server.url, "landmark_requests_total", endpoint="other", status="404") >= 1
    text = httpx.get(server.url + "/metrics").text
    for name in (
        "landmark_batch_sentences_bucket",
        "landmark_batch_seconds_bucket",
        'landmark_queue_depth{model="toy"}',
    ):
        assert name in text


def test_the_openapi_document_describes_the_request_and_every_answer(server):
    document = httpx.get(server.url + "/openapi.json").json()
    assert {"/translate", "/health", "/models", "/metrics"} <= set(document["paths"])
    translate = document["paths"]["/translate"]["post"]
    assert {"200", "400", "404", "413", "415", "422", "503", "504"} <= set(translate["responses"])
    request = document["components"]["schemas"]["TranslateRequest"]
    assert set(request["properties"]) == {"text", "model", "beam_size", "nbest", "length_penalty"}
    assert request["required"] == ["text"]
    answer = document["components"]["schemas"]["Hypothesis"]
    assert set(answer["properties"]) == {"text", "score", "tokens"}


def test_runs_are_named_by_their_folder_or_as_given_and_never_twice(run_dir):
    assert parse_runs([str(run_dir), f"b={run_dir}"]) == {"toy": run_dir, "b": run_dir}
    with pytest.raises(ConfigError, match="'toy' is taken"):
        parse_runs([str(run_dir), str(run_dir)])
    with pytest.raises(ConfigError, match="cannot name a model"):
        parse_runs([f"a b={run_dir}"])


@pytest.mark.parametrize(
    "flag, value, message",
    [
        ("--queue-size", "0", "--queue-size 0: it must be a whole number, at least 1"),
        ("--timeout-s", "0", "--timeout-s 0.0: it must be a number of seconds above 0"),
        ("--max-wait-ms", "-1", "--max-wait-ms -1.0: it must be a number of milliseconds, at least 0"),
        ("--max-beam", "0", "--max-beam 0: it must be a whole number, at least 1"),
        ("--port", "70000", "--port 70000: it must be from 0 to 65535 (0: any free port)"),
    ],
)
def test_landmark_serve_refuses_a_bad_setting_before_it_loads_any_run(flag, value, message):
    with pytest.raises(SystemExit) as stop:
        main(["serve", "--run", "/no/such/run", flag, value])  # the run is never looked at
    assert stop.value.code == f"landmark serve: {message}"


@pytest.mark.skipif(importlib.util.find_spec("ctranslate2") is None, reason="needs ctranslate2")
def test_the_ctranslate2_and_int8_backends_serve_what_they_translate_alone(run_dir):
    from landmark.backends import open_translator

    for backend, int8 in (("ctranslate2", False), ("ctranslate2", True), ("torch", True)):
        app = create_app(load_translators([str(run_dir)], device="cpu", backend=backend, int8=int8), ServeSettings())
        alone = open_translator(run_dir, device="cpu", backend=backend, int8=int8)
        texts = ["d c b a", "e f", "a a b b c c"]
        with serving(app) as running:
            (model,) = httpx.get(running.url + "/models").json()["models"]
            answer = post(running, {"text": texts, "beam_size": 2})
        assert (model["backend"], model["int8"]) == (backend, int8)
        expected = alone.translate_nbest(texts, replace(alone.config.decode, beam_size=2))
        assert [[(h["text"], h["tokens"]) for h in t["hypotheses"]] for t in answer.json()["translations"]] == (
            hypotheses(expected)
        )
