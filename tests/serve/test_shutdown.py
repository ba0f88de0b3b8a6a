"""Stopping: a request in flight is answered before the server stops, and `landmark serve` itself starts, answers
and leaves cleanly on SIGTERM."""

import signal
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from conftest import Gate, serving, wait_until

from landmark.serve.app import create_app
from landmark.serve.settings import ServeSettings
from landmark.translator import Translator


def test_a_request_in_flight_is_answered_before_the_server_stops(run_dir):
    translator = Translator(run_dir, device="cpu")
    gate = Gate(translator)
    with (
        serving(create_app({"toy": translator}, ServeSettings(max_wait_ms=0))) as server,
        ThreadPoolExecutor(1) as pool,
    ):
        in_flight = pool.submit(httpx.post, server.url + "/translate", json={"text": "a b c"}, timeout=30)
        assert gate.entered.wait(10)
        server.server.should_exit = True  # what uvicorn's SIGTERM handler does
        # it stops listening at once, but waits for the answer
        wait_until(lambda: connection_refused(server.url))
        assert server.thread.is_alive() and not in_flight.done()
        gate.opened.set()
        answer = in_flight.result()
        server.thread.join(10)
    assert answer.status_code == 200 and answer.json()["translations"][0]["hypotheses"]
    assert not server.thread.is_alive()


def connection_refused(url: str) -> bool:
    try:
        httpx.get(url + "/health", timeout=1)
    except httpx.ConnectError:
        return True
    return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_landmark_serve_answers_and_stops_cleanly_on_sigterm(run_dir):
    port = free_port()
    command = [sys.executable, "-m", "landmark", "serve", "--run", f"reverse={run_dir}", "--port", str(port)]
    server = subprocess.Popen([*command, "--device", "cpu"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: server.poll() is not None or not connection_refused(url), 60)
        assert server.poll() is None, server.stdout.read().decode()
        answer = httpx.post(url + "/translate", json={"text": ["a b", "c d"], "nbest": 2}, timeout=30)
        assert answer.status_code == 200 and answer.json()["model"] == "reverse"
        assert [len(t["hypotheses"]) for t in answer.json()["translations"]] == [2, 2]
        server.send_signal(signal.SIGTERM)
        # uvicorn shuts down gracefully, then raises the signal again so that its parent sees it was terminated
        assert server.wait(20) == -signal.SIGTERM
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    log = server.stdout.read().decode()
    assert "Application shutdown complete" in log and "Finished server process" in log
    assert "Traceback" not in log


@pytest.mark.parametrize("given", ["/no/such/run", "a b=/no/such/run"])
def test_landmark_serve_names_a_run_it_cannot_serve(given):
    from landmark.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["serve", "--run", given])
    assert str(stop.value.code).startswith("landmark serve: ") and "/no/such/run" in str(stop.value.code)
