"""End to end in headless Chromium: ingest the sample, serve it, search, open an article.

Uses Debian's ``/usr/bin/chromium`` through Playwright's ``executable_path`` (no browser download;
``scripts/install.sh`` installs the package with ``RASID_SYSTEM_DEPS=1``). Screenshots go to
``test-artifacts/`` so a person can look at what the analyst sees. The page must make no request
outside the local server: every request is recorded and checked.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("RASID_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]

from test_web_api import sample_db  # noqa: E402,F401  (shared session fixture)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_db: Path):  # noqa: F811
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (scripts/install.sh with RASID_SYSTEM_DEPS=1)")
    pytest.importorskip("playwright.sync_api", reason="playwright python package missing")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasid", "serve", "--db", str(sample_db), "--port", str(port),
                             "--log-level", "warning"], cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urlopen(base + "/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"rasid serve exited with {proc.returncode}")
                if time.monotonic() > deadline:
                    pytest.fail("rasid serve did not answer within 60 s")
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_search_open_article_highlights_and_map(server: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    requests: list[str] = []
    console_errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="ar")
            page.on("request", lambda req: requests.append(req.url))
            page.on("console", lambda msg: console_errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: console_errors.append(str(exc)))

            page.goto(server + "/")
            assert page.locator("html").get_attribute("dir") == "rtl"
            page.screenshot(path=str(ARTIFACTS / "01-home.png"), full_page=True)

            page.fill("#q", "داعش")
            page.click("#search-form button[type=submit]")
            page.wait_for_selector("ol.hits li.hit")
            hits = page.locator("ol.hits li.hit")
            assert hits.count() >= 3
            assert page.locator("ol.hits mark").count() >= 3
            page.screenshot(path=str(ARTIFACTS / "02-search-daesh.png"), full_page=True)

            hits.first.locator("a.hit-title").click()
            page.wait_for_selector("#doc-body")
            assert "/doc/" in page.url
            highlights = page.locator("#doc-body .hl")
            assert highlights.count() >= 3
            assert page.locator("#doc-body .hl-entity").count() >= 1
            # the map: basemap outlines and at least one point drawn by app.js
            page.wait_for_selector("#doc-map[data-rendered='1']", timeout=15000)
            assert page.locator("#doc-map path.land").count() > 50
            assert page.locator("#doc-map circle").count() >= 1
            # clicking a highlight fills the side panel with its facts
            page.locator("#doc-body .hl-entity").first.click()
            page.wait_for_selector("#detail-body .detail-item")
            assert page.locator("#detail-body dl dd").count() >= 2
            page.screenshot(path=str(ARTIFACTS / "03-article.png"), full_page=True)

            page.goto(server + "/map")
            page.wait_for_selector("#main-map[data-rendered='1']", timeout=15000)
            assert page.locator("#main-map circle").count() >= 3
            page.screenshot(path=str(ARTIFACTS / "04-map.png"), full_page=True)

            page.goto(server + "/timeline")
            page.wait_for_selector("#timeline[data-rendered='1']", timeout=30000)
            page.screenshot(path=str(ARTIFACTS / "05-timeline.png"), full_page=True)

            page.goto(server + "/events")
            page.screenshot(path=str(ARTIFACTS / "06-events.png"), full_page=True)
        finally:
            browser.close()
    outside = [u for u in requests if not u.startswith(server) and not u.startswith("data:")]
    assert not outside, f"requests left the local server: {outside}"
    assert not console_errors, console_errors
