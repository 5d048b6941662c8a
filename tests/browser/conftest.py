"""Headless Chromium (Debian's /usr/bin/chromium) driven by playwright; never a downloaded browser.

A missing browser skips these tests, unless KG_REQUIRE_BROWSER=1 (as CI sets), where it fails.
"""
from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("KG_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def _missing(reason: str):
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"KG_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the session."""
    path = chromium_path()
    if path is None:
        _missing("chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install playwright)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class OpenedPage:
    """A page with every console error and every request that is not a file: URL recorded."""

    page: object
    errors: list[str] = field(default_factory=list)
    remote: list[str] = field(default_factory=list)

    def eval(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def wait(self, script: str, timeout: float = 30.0) -> None:
        """Poll until ``script`` (a function's source) returns true. Playwright's own
        wait_for_function evaluates strings, which the page's CSP (no 'unsafe-eval') refuses."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(script):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {script}")
            self.page.wait_for_timeout(50)

    def dom_point(self, node_id: str) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates."""
        return tuple(self.eval("""(id) => {
            const net = window.kgViz.network, p = net.getPosition(id), d = net.canvasToDOM(p);
            const r = document.getElementById('kg-network').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y]; }""", node_id))


@pytest.fixture
def open_page(browser):
    """open_page(path) -> OpenedPage, once the page says it has drawn. ``bypass_csp=True`` turns
    the page's own Content-Security-Policy off, to show that escaping alone keeps it safe."""
    contexts = []

    def _open(path: Path, bypass_csp: bool = False) -> OpenedPage:
        context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: opened.errors.append(f"pageerror: {e}"))

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                opened.remote.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.goto(Path(path).resolve().as_uri())
        opened.wait("() => !!(window.kgViz && window.kgViz.ready === true)", timeout=60)
        return opened

    yield _open
    for context in contexts:
        context.close()
