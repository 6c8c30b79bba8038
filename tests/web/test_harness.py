"""The harness itself, against a page it serves: Chromium starts, WebDriver's script runs on a page
whose Content-Security-Policy forbids every script (`default-src 'none'; style-src 'self'`) while
the page's own inline script is blocked, axe-core 4.x finds a violation planted for it, the phone
width is measured, and screenshots are written. When this fails, the journey's failures say
nothing about docket."""

from __future__ import annotations

import http.server
import threading

import pytest

import webpages

CSP = "default-src 'none'; style-src 'self'"
PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>harness</title><link rel="stylesheet" href="/style.css"></head>
<body><main><h1 id="heading">Harness</h1>
<script>document.getElementById('heading').textContent = 'inline script ran';</script>
<img src="/none.png" id="no-alt">
<div id="wide">wide</div>
</main></body></html>"""
STYLE = b"#wide { width: 500px; } img { width: 10px; height: 10px; }"


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        body, kind = {"/": (PAGE, "text/html; charset=utf-8"), "/style.css": (STYLE, "text/css")}.get(
            self.path, (b"", "text/plain"))
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def static_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_axe_is_4x():
    source = webpages.axe_source()
    assert source.startswith("/*! axe v4."), source[:40]


def test_axe_runs_under_a_csp_that_forbids_script(static_site):
    browser = webpages.Browser(static_site)
    try:
        browser.get("/", "harness", check=False)
        assert browser.status() == 200
        assert browser.text("#heading") == "Harness", "the page's inline script ran: the CSP was not enforced"
        violations = browser.run_axe("harness")
        rules = {v["id"] for v in violations}
        assert "image-alt" in rules, f"axe did not find the image without alt text (it found {sorted(rules)})"
        version = browser.driver.execute_script("return axe.version")
        assert version.startswith("4."), version
        # The phone check counts the 500 px element; check() records it (and takes the screenshots).
        with pytest.raises(AssertionError, match="a <script> element"):
            browser.assert_no_script("harness")
        before = len(webpages.FINDINGS)
        browser.check("harness-static-csp-page", script_allowed=True)
        planted = webpages.FINDINGS[before:]
        assert any(f.kind == "phone" and f.rule == "horizontal-scroll" for f in planted), planted
        assert any(f.kind == "axe" and f.rule == "image-alt" for f in planted), planted
        folder = webpages.screenshot_folder()
        shots = sorted(p.name for p in folder.glob("*-harness-static-csp-page*.png"))
        assert len(shots) == 2, f"expected a desktop and a phone screenshot in {folder}, found {shots}"
    finally:
        browser.quit()
        # The planted findings are the harness's, not docket's.
        webpages.FINDINGS[:] = [f for f in webpages.FINDINGS if not f.step.startswith("harness")]
        webpages.VISITED[:] = [v for v in webpages.VISITED if not v[0].startswith("harness")]
