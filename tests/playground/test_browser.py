"""The playground's page in a real browser: Debian's Chromium driven by Playwright (never a browser Playwright
downloads), against the real app under uvicorn on a free localhost port, over a toy run trained for 30 steps.

What is checked is what a person sees: the pieces, the translation and the maps that the API returned, a view that
follows its controls, a "what if" switch that changes the weights, a link that brings the same view back, an error
box instead of a broken page, and an export that is an SVG file. The page may fetch nothing but this server.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"no {CHROMIUM}: install Debian's chromium package to run the browser tests", allow_module_level=True)
try:
    from playwright.sync_api import sync_playwright
except ImportError:
    pytest.skip("playwright is not importable: pip install -e .[dev] brings it", allow_module_level=True)

import httpx  # noqa: E402
import torch  # noqa: E402
import uvicorn  # noqa: E402

from landmark.cli import main  # noqa: E402
from landmark.playground.app import create_app, load_runs  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
SENTENCE = "a b c d"
TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def one_thread():
    """One torch thread: the toy model gains nothing from a second, and the machine's cores are shared."""
    torch.set_num_threads(1)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    """vaswani2017-tiny on toy:reverse for 30 steps: enough to decode and draw, not to be right."""
    path = tmp_path_factory.mktemp("playground-browser") / "toy"
    main(["train", "--preset", "vaswani2017-tiny", "--out", str(path), "--no-progress", "--set", "train.max_steps=30",
          "--set", "train.eval_every=30", "--set", "train.eval_sentences=5",
          "--set", "train.num_threads=1"])  # fmt: skip
    return path


@contextlib.contextmanager
def serving(app) -> Iterator[str]:
    """`app` under uvicorn on a free localhost port, in a thread (as tests/serve/conftest.py does); yields its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.005)
    if not server.started:
        raise RuntimeError("uvicorn did not start")
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


@pytest.fixture(scope="module")
def url(run_dir) -> Iterator[str]:
    """The playground over the toy run, twice: as "toy" and as "twin" (a second run to compare with)."""
    torch.set_num_threads(1)
    with serving(create_app(load_runs([f"toy={run_dir}", f"twin={run_dir}"], device="cpu"))) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, url):
    """A fresh page at 1280x800 that may reach only this server; it fails the test on a JavaScript error."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    outside: list[str] = []

    def only_here(route):
        if route.request.url.startswith(url) or route.request.url.startswith(("blob:", "data:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_here)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not outside, f"the page fetched from outside the server: {outside}"


def loaded(page) -> None:
    """Wait until a freshly loaded page has drawn once and no request is in flight. (Not drawn(): the first draw
    may land before drawn() reads the count, and it would then wait for a second one that never comes.)"""
    page.wait_for_function("document.body.dataset.state === 'ready' && +document.body.dataset.draws > 0")


def drawn(page, action=None) -> None:
    """Do `action` (if any), then wait until the page has drawn again and no request is in flight."""
    before = int(page.evaluate("+document.body.dataset.draws || 0"))
    if action is not None:
        action()
    page.wait_for_function(
        f"document.body.dataset.state === 'ready' && +document.body.dataset.draws > {before}", timeout=TIMEOUT_MS
    )


def weights(page, selector: str = "#attention rect.cell") -> list[float]:
    return page.eval_on_selector_all(selector, "cells => cells.map(c => +c.dataset.weight)")


def flat(matrix) -> list[float]:
    return [w for row in matrix for w in row]


def analyze(url: str, **body) -> dict:
    answer = httpx.post(url + "/api/analyze", json={"run": "toy", **body}, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_translate_then_views_and_a_switch_change_the_drawn_weights(page, url):
    page.goto(url + "/")
    page.wait_for_function("document.body.dataset.state === 'ready'")
    assert page.locator("#run").input_value() == "toy"
    page.fill("#text", SENTENCE)
    drawn(page, lambda: page.press("#text", "Enter"))
    expected = analyze(url, text=SENTENCE)

    assert page.locator("#translation").text_content() == expected["translation"]["text"]
    pieces = page.locator("#pieces .piece")
    assert pieces.locator(".piece-text").all_text_contents() == expected["source"]["pieces"]
    assert pieces.locator(".piece-id").all_text_contents() == [str(i) for i in expected["source"]["ids"]]
    assert set(page.locator("#timing .timing-row").evaluate_all("rows => rows.map(r => r.dataset.stage)")) == set(
        expected["timing_ms"]
    )
    kinds = page.locator("#embeddings svg.heatmap").evaluate_all("s => s.map(e => e.dataset.embedding)")
    assert kinds == ["token", "position", "sum"]
    assert "sin" in page.locator("#embeddings .formula").text_content()
    token_cells = page.locator('#embeddings svg[data-embedding="token"] rect.cell').count()
    assert token_cells == len(expected["embeddings"]["token"]) * len(expected["embeddings"]["token"][0])

    # the default view: cross-attention, layer 0, the mean over heads; rows: target inputs, columns: source pieces
    heatmap = page.locator("#attention svg.heatmap")
    assert heatmap.count() == 1
    assert (heatmap.get_attribute("data-kind"), heatmap.get_attribute("data-layer")) == ("cross", "0")
    assert heatmap.get_attribute("data-head") == "mean"
    rows, cols = len(expected["target_inputs"]), len(expected["source"]["pieces"])
    assert len(weights(page)) == rows * cols
    mean = weights(page)

    drawn(page, lambda: page.select_option("#layer", "1"))
    drawn(page, lambda: page.select_option("#head", "0"))
    one_head = weights(page)
    assert one_head != mean
    assert one_head == pytest.approx(flat(expected["attention"]["cross"][1][0]), abs=1e-5)
    assert (heatmap.get_attribute("data-layer"), heatmap.get_attribute("data-head")) == ("1", "0")
    drawn(page, lambda: page.select_option("#head", "1"))
    assert weights(page) == pytest.approx(flat(expected["attention"]["cross"][1][1]), abs=1e-5)
    assert weights(page) != one_head

    # hovering a cell names its two tokens and its weight to 3 decimals
    cell = page.locator('#attention rect.cell[data-row="1"][data-col="0"]')
    cell.hover()
    tip = page.locator("#tooltip")
    assert tip.is_visible()
    w = expected["attention"]["cross"][1][1][1][0]
    assert f"{w:.3f}" in tip.text_content()
    assert expected["source"]["pieces"][0] in tip.text_content()

    drawn(page, lambda: page.select_option("#head", "all"))
    heads = page.locator("#attention svg.heatmap").evaluate_all("s => s.map(e => e.dataset.head)")
    assert heads == ["0", "1", "2", "3"]
    drawn(page, lambda: page.select_option("#head", "1"))

    # a "what if" switch asks the server again and the same head's weights change
    drawn(page, lambda: page.select_option("#sw-score", "negated"))
    negated = weights(page)
    assert negated != weights_of(expected, 1, 1)
    assert negated == pytest.approx(
        weights_of(analyze(url, text=SENTENCE, switches={"score": "negated"}), 1, 1), abs=1e-5
    )
    assert page.locator("#notes li:not(.muted)").count() >= 1
    query = parse_qs(urlsplit(page.url).query)
    assert query["sw"] == ["score:negated"] and query["text"] == [SENTENCE] and query["head"] == ["1"]


def weights_of(answer: dict, layer: int, head: int, kind: str = "cross") -> list[float]:
    return flat(answer["attention"][kind][layer][head])


def test_a_permalink_brings_back_the_same_view(page, url):
    page.goto(url + "/?run=toy&text=a%20b%20c&view=cross&layer=1&head=0&beam=1&lp=0.6&sw=scale:0")
    loaded(page)
    assert page.locator("#text").input_value() == "a b c"
    assert page.locator("#kind").input_value() == "cross"
    assert page.locator("#layer").input_value() == "1"
    assert page.locator("#head").input_value() == "0"
    assert page.locator("#beam").input_value() == "1"
    assert float(page.locator("#lp").input_value()) == 0.6
    assert not page.locator("#sw-scale").is_checked()
    assert page.locator("#sw-score").input_value() == "dot"
    heatmap = page.locator("#attention svg.heatmap")
    assert heatmap.count() == 1
    assert [heatmap.get_attribute(f"data-{key}") for key in ("kind", "layer", "head")] == ["cross", "1", "0"]
    expected = analyze(url, text="a b c", beam_size=1, length_penalty=0.6, switches={"scale": False})
    assert page.locator("#translation").text_content() == expected["translation"]["text"]
    assert weights(page) == pytest.approx(weights_of(expected, 1, 0), abs=1e-5)
    query = parse_qs(urlsplit(page.url).query)  # the page writes back what it shows
    assert query["view"] == ["cross"] and query["layer"] == ["1"] and query["head"] == ["0"]
    assert query["sw"] == ["scale:0"]


def test_an_empty_or_too_long_sentence_shows_the_error_box(page, url):
    page.goto(url + "/?text=a%20b")
    loaded(page)
    assert page.locator("#error").is_hidden()
    before = weights(page)

    page.fill("#text", "   ")
    page.click("#translate")
    page.wait_for_selector("#error", state="visible")
    assert "empty" in page.locator("#error-message").text_content()

    page.fill("#text", "a " * 1500)
    page.click("#translate")
    page.wait_for_function("document.body.dataset.state === 'ready' && document.querySelector('#error').dataset.status")
    assert page.locator("#error").is_visible()
    assert page.locator("#error").get_attribute("data-status").startswith("4")
    assert page.locator("#error-message").text_content().strip()
    assert weights(page) == before  # the last view stays drawn

    page.fill("#text", "b a")  # and the page still works
    drawn(page, lambda: page.click("#translate"))
    assert page.locator("#error").is_hidden()
    assert page.locator("#translation").text_content() == analyze(url, text="b a")["translation"]["text"]


def test_export_gives_an_svg_file_and_a_png(page, url):
    page.goto(url + f"/?text={SENTENCE.replace(' ', '%20')}&view=encoder&layer=0&head=all")
    loaded(page)
    with page.expect_download() as download:
        page.click("#export-svg")
    svg = Path(download.value.path()).read_text(encoding="utf-8")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.count('class="heatmap"') == 4  # the four heads, side by side in one file
    assert 'class="cell"' in svg and 'data-kind="encoder"' in svg
    assert download.value.suggested_filename.endswith(".svg")
    assert page.locator("#export-svg").get_attribute("href").startswith("blob:")

    with page.expect_download() as download:
        page.click("#export-png")
    assert Path(download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_beam_panel_steps_and_a_compared_run_sits_beside(page, url):
    page.goto(url + "/?text=a%20b%20c&beam=2")
    loaded(page)
    drawn(page, lambda: page.click("#beam-step"))
    panel = page.locator("#beam-panel")
    assert panel.get_attribute("data-step") == "1"
    assert page.locator("#beam-content .beam-alive tbody tr:not(.next-row)").count() >= 1
    assert page.locator("#beam-content .cand").count() >= 1
    if page.locator("#beam-next").is_enabled():
        drawn(page, lambda: page.click("#beam-next"))
        assert panel.get_attribute("data-step") == "2"
        drawn(page, lambda: page.click("#beam-prev"))
        assert panel.get_attribute("data-step") == "1"

    drawn(page, lambda: page.select_option("#compare", "twin"))
    assert page.locator("#column-compare").is_visible()
    assert page.locator("#translation-compare").text_content() == page.locator("#translation").text_content()
    assert weights(page, "#attention-compare rect.cell") == weights(page)
    assert parse_qs(urlsplit(page.url).query)["compare"] == ["twin"]


def is_post(path: str):
    return lambda request: request.method == "POST" and urlsplit(request.url).path == path


def test_sampling_draws_what_the_api_draws_follows_its_seed_and_comes_back_from_a_link(page, url):
    page.goto(url + "/")
    page.wait_for_function("document.body.dataset.state === 'ready'")
    assert page.locator("#search").input_value() == "beam" and page.locator("#sampling-fields").is_hidden()
    assert page.locator("#beam").is_enabled()
    page.select_option("#search", "sample")  # no sentence yet: nothing is asked
    assert page.locator("#beam").is_disabled()
    assert page.locator("#beam-note").text_content() == "sampling draws one hypothesis"
    for field, value in (("#temp", "5"), ("#topk", "10"), ("#seed", "3")):
        page.fill(field, value)
        page.press(field, "Tab")  # the change event
    page.fill("#text", SENTENCE)
    with page.expect_request(is_post("/api/analyze")) as sent:
        drawn(page, lambda: page.press("#text", "Enter"))
    body = sent.value.post_data_json
    assert body["sampling"] == {"temperature": 5, "top_k": 10, "seed": 3}
    assert page.locator("#translation").text_content() == analyze(url, **body)["translation"]["text"]
    assert analyze(url, text=SENTENCE, sampling=body["sampling"])["translation"] == analyze(url, **body)["translation"]

    page.fill("#seed", "4")
    with page.expect_request(is_post("/api/analyze")) as sent:
        drawn(page, lambda: page.press("#seed", "Tab"))
    body = sent.value.post_data_json
    assert body["sampling"] == {"temperature": 5, "top_k": 10, "seed": 4}
    translation = analyze(url, **body)["translation"]["text"]
    assert page.locator("#translation").text_content() == translation
    with page.expect_request(is_post("/api/beam")) as sent:  # the beam panel samples the same way
        drawn(page, lambda: page.click("#beam-step"))
    assert sent.value.post_data_json["sampling"] == body["sampling"]
    assert page.locator("#beam-content .beam-result").text_content().startswith(f"Result: {translation}  (")
    query = parse_qs(urlsplit(page.url).query)
    assert (query["search"], query["temp"], query["topk"], query["seed"]) == (["sample"], ["5"], ["10"], ["4"])

    page.goto(page.url)  # the link brings the sampling back
    page.wait_for_function("document.body.dataset.state === 'ready' && +document.body.dataset.draws > 0")
    assert page.locator("#search").input_value() == "sample" and page.locator("#sampling-fields").is_visible()
    assert float(page.locator("#temp").input_value()) == 5.0
    assert (page.locator("#topk").input_value(), page.locator("#seed").input_value()) == ("10", "4")
    assert page.locator("#beam").is_disabled() and page.locator("#beam-note").is_visible()
    assert page.locator("#translation").text_content() == translation
