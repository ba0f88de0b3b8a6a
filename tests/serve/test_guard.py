"""Whatever a client sends, the server answers it, with a 4xx naming the field where the request is at fault and
never a 5xx; the process serves on afterwards."""

import json
import socket

import httpx
import pytest
from conftest import serving
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landmark.serve.app import create_app, load_translators
from landmark.serve.settings import ServeSettings

JSON = {"content-type": "application/json"}
LIMITS = ServeSettings(max_body_bytes=8192, max_sentences=8, max_tokens=20, max_beam=16)


@pytest.fixture(scope="module")
def server(run_dir):
    with serving(create_app(load_translators([str(run_dir)], device="cpu"), LIMITS)) as running:
        yield running


def send(server, body: bytes, headers=JSON) -> httpx.Response:
    return httpx.post(server.url + "/translate", content=body, headers=headers, timeout=30)


def encoded(value) -> bytes:
    return json.dumps(value).encode()


BAD = [  # (what is wrong, body, headers, status, field)
    ("not JSON", b'{"text": "a', JSON, 400, "body"),
    ("not UTF-8", b'{"text": "\xff a"}', JSON, 400, "body"),
    ("a UTF-8 byte-order mark", b'\xef\xbb\xbf{"text": "a"}', JSON, 400, "body"),
    ("an integer of 5000 digits", b'{"text": "a", "beam_size": ' + b"1" * 5000 + b"}", JSON, 400, "body"),
    ("arrays nested past the recursion limit", b"[" * 2000 + b"]" * 2000, JSON, 400, "body"),
    ("no content type", encoded({"text": "a"}), {}, 415, "Content-Type"),
    (
        "a form's content type",
        encoded({"text": "a"}),
        {"content-type": "application/x-www-form-urlencoded"},
        415,
        "Content-Type",
    ),
    ("a body past its limit", encoded({"text": "a " * 5000}), JSON, 413, "body"),
    ("an empty body", b"", JSON, 400, "body"),
    ("a list for the body", encoded(["a"]), JSON, 422, "body"),
    ("no text", encoded({"beam_size": 2}), JSON, 422, "text"),
    ("a number for the text", encoded({"text": 5}), JSON, 422, "text"),
    ("a number among the texts", encoded({"text": ["a", 3]}), JSON, 422, "text[1]"),
    ("an empty text", encoded({"text": ""}), JSON, 422, "text[0]"),
    ("a text of whitespace", encoded({"text": ["a", " \t\n"]}), JSON, 422, "text[1]"),
    ("no texts", encoded({"text": []}), JSON, 422, "text"),
    ("a lone surrogate", b'{"text": "a \\ud800"}', JSON, 422, "text[0]"),
    ("too many sentences", encoded({"text": ["a"] * 9}), JSON, 413, "text"),
    ("a sentence past the token limit", encoded({"text": ["a", "a " * 21]}), JSON, 413, "text[1]"),
    ("the beam as a string", encoded({"text": "a", "beam_size": "3"}), JSON, 422, "beam_size"),
    ("the beam as a boolean", encoded({"text": "a", "beam_size": True}), JSON, 422, "beam_size"),
    ("the beam as a fraction", encoded({"text": "a", "beam_size": 2.5}), JSON, 422, "beam_size"),
    ("a beam of 0", encoded({"text": "a", "beam_size": 0}), JSON, 422, "beam_size"),
    ("a beam past the server's", encoded({"text": "a", "beam_size": 17}), JSON, 422, "beam_size"),
    ("an n-best of 0", encoded({"text": "a", "nbest": 0}), JSON, 422, "nbest"),
    ("an n-best longer than the beam", encoded({"text": "a", "beam_size": 2, "nbest": 3}), JSON, 422, "nbest"),
    ("a beam shorter than the run's n-best", encoded({"text": "a", "beam_size": 1, "nbest": 2}), JSON, 422, "nbest"),
    ("a negative length penalty", encoded({"text": "a", "length_penalty": -1}), JSON, 422, "length_penalty"),
    ("a length penalty of NaN", b'{"text": "a", "length_penalty": NaN}', JSON, 422, "length_penalty"),
    ("an infinite length penalty", b'{"text": "a", "length_penalty": 1e999}', JSON, 422, "length_penalty"),
    ("a length penalty past 10", encoded({"text": "a", "length_penalty": 10.5}), JSON, 422, "length_penalty"),
    ("an unknown field", encoded({"text": "a", "beam": 2}), JSON, 422, "beam"),
    ("an unknown model", encoded({"text": "a", "model": "nope"}), JSON, 404, "model"),
    ("a number for the model", encoded({"text": "a", "model": 3}), JSON, 422, "model"),
]


@pytest.mark.parametrize("wrong, body, headers, status, field", BAD, ids=[case[0] for case in BAD])
def test_each_bad_request_gets_its_4xx_naming_the_field(server, wrong, body, headers, status, field):
    answer = send(server, body, headers)
    assert (answer.status_code, answer.json()["field"]) == (status, field)
    assert answer.json()["detail"]


def test_a_declared_body_past_the_limit_is_refused_before_it_is_read(server):
    # A client that announces 10 MB and sends none of it gets its 413 at once, not a wait for the body.
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(
            b"POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n"
        )
        answer = b""
        while chunk := connection.recv(65536):  # to the end: uvicorn closes a connection whose body it left unread
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413 ")
    assert json.loads(body)["field"] == "body"


def test_the_server_translates_after_every_bad_request(server):
    for _, body, headers, *_ in BAD:
        send(server, body, headers)
    answer = send(server, encoded({"text": ["a b", "c d"], "beam_size": 2, "nbest": 2}))
    assert answer.status_code == 200
    assert [len(t["hypotheses"]) for t in answer.json()["translations"]] == [2, 2]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=10,
)
SURROGATES = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3)
FIELDS = {
    "text": st.text(max_size=50) | st.lists(st.text(max_size=30) | SURROGATES, max_size=10) | JSON_VALUES,
    "model": st.sampled_from(["toy", "nope", ""]) | JSON_VALUES,
    "beam_size": st.integers(-3, 20) | JSON_VALUES,
    "nbest": st.integers(-3, 20) | JSON_VALUES,
    "length_penalty": st.floats(-2, 12) | st.integers(-2, 12) | JSON_VALUES,
    "beam": JSON_VALUES,  # a field the server does not know
}
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(body=st.fixed_dictionaries({}, optional=FIELDS) | JSON_VALUES)
def test_no_json_body_gets_a_5xx(server, body):
    answer = send(server, json.dumps(body).encode())  # NaN and Infinity as Python writes them
    assert answer.status_code < 500, answer.text
    reply = answer.json()
    if answer.status_code == 200:
        texts = [body["text"]] if isinstance(body["text"], str) else body["text"]
        assert len(reply["translations"]) == len(texts)
    else:
        assert reply["detail"] and "field" in reply


@PROPERTY
@given(prefix=st.sampled_from([b"", b'{"text": "', b'{"text": ["a", ']), data=st.binary(max_size=200))
def test_no_bytes_get_a_5xx(server, prefix, data):
    answer = send(server, prefix + data)
    assert answer.status_code < 500, answer.text


SENTENCES = st.text(max_size=40).filter(str.strip)  # any characters but surrogates; 40 of them are <= 20 words


@PROPERTY
@given(data=st.data(), texts=st.lists(SENTENCES, min_size=1, max_size=LIMITS.max_sentences))
def test_every_valid_request_is_translated_with_the_hypotheses_it_asks_for(server, data, texts):
    beam = data.draw(st.integers(1, LIMITS.max_beam))
    body = {"text": texts, "model": "toy", "beam_size": beam, "nbest": data.draw(st.integers(1, beam))}
    body["length_penalty"] = data.draw(st.floats(0, 10))
    answer = send(server, json.dumps(body).encode())
    assert answer.status_code == 200, answer.text
    translations = answer.json()["translations"]
    assert [len(t["hypotheses"]) for t in translations] == [body["nbest"]] * len(texts)
