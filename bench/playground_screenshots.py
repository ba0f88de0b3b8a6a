"""Screenshots of the playground for the README: a run opened in Debian's Chromium at 1280x800 and at a phone's width.

python bench/playground_screenshots.py RUN   (writes docs/figures/playground-*.png)
"""

import socket
import sys
import threading
import time

import torch
import uvicorn
from playwright.sync_api import sync_playwright

from landmark.playground.app import create_app, load_runs

torch.set_num_threads(1)
app = create_app(load_runs([f"multi30k-en-de={sys.argv[1]}"]))
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
while not server.started:
    time.sleep(0.1)
url = (
    f"http://127.0.0.1:{sock.getsockname()[1]}/?text="
    + "Two%20young%20men%20are%20playing%20football%20in%20a%20park."
    + "&view=cross&layer=2&head=all&beam=5"
)
args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
    for name, size in (("desktop", {"width": 1280, "height": 800}), ("phone", {"width": 390, "height": 844})):
        page = browser.new_page(viewport=size, device_scale_factor=1 if name == "desktop" else 2)
        page.goto(url)
        page.wait_for_function(
            "document.body.dataset.state === 'ready' && document.querySelector('#translation').textContent.length > 0",
            timeout=60000,
        )
        page.wait_for_timeout(500)
        page.screenshot(path=f"docs/figures/playground-{name}.png", full_page=False)
        print(name, page.inner_text("#translation"))
        if name == "desktop":
            page.locator("#attention").scroll_into_view_if_needed()
            page.wait_for_timeout(300)
            page.screenshot(path="docs/figures/playground-attention.png")
    browser.close()
server.should_exit = True
