"""Fixtures of the browser tests: the server scripts/web-tests.sh started, its tokens, a browser.

scripts/web-tests.sh sets DOCKET_WEB_BASE (the server's http://127.0.0.1:PORT), DOCKET_WEB_TOKENS
(a JSON file: {"admin", "coordinator", "unit", "can-tho", "ha-noi"} → token), DOCKET_WEB_DB and
DOCKET_BINARY. Run the tests through it; a test that needs the server fails with that sentence
when they are missing.
"""

from __future__ import annotations

import json
import os

import pytest

import webpages


@pytest.fixture(scope="session")
def base() -> str:
    value = os.environ.get("DOCKET_WEB_BASE")
    if not value:
        pytest.fail("DOCKET_WEB_BASE is not set: run the browser tests with scripts/web-tests.sh DOCKET_BINARY", pytrace=False)
    return value


@pytest.fixture(scope="session")
def tokens() -> dict[str, str]:
    path = os.environ.get("DOCKET_WEB_TOKENS")
    if not path:
        pytest.fail("DOCKET_WEB_TOKENS is not set: run the browser tests with scripts/web-tests.sh DOCKET_BINARY", pytrace=False)
    with open(path, encoding="utf-8") as file:
        return json.load(file)


@pytest.fixture(scope="session")
def browser(base):
    """One Chromium for the whole journey (each step signs in as its own token)."""
    b = webpages.Browser(base)
    yield b
    b.quit()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Every accessibility violation and phone overflow found, whatever its impact, and where the
    screenshots are."""
    findings = webpages.FINDINGS
    write = terminalreporter.write_line
    terminalreporter.section("web pages: accessibility (axe-core) and phone width")
    write(f"{len(webpages.VISITED)} pages checked; {len(findings)} findings "
          f"({sum(f.impact in ('serious', 'critical') for f in findings)} serious or critical)")
    by_rule: dict[tuple[str, str, str], list[webpages.Finding]] = {}
    for finding in findings:
        by_rule.setdefault((finding.kind, finding.impact, finding.rule), []).append(finding)
    for (kind, impact, rule), items in sorted(by_rule.items(), key=lambda kv: (kv[0][1] not in ("critical", "serious"), kv[0])):
        write(f"  [{impact}] {kind} {rule}: {items[0].text}")
        for item in items[:12]:
            write(f"      {item.step} ({item.url}): {', '.join(item.nodes)[:300]}")
        if len(items) > 12:
            write(f"      … and {len(items) - 12} more pages")
    folder = webpages.screenshot_folder()
    with open(folder / "findings.json", "w", encoding="utf-8") as file:
        json.dump([finding.__dict__ for finding in findings], file, ensure_ascii=False, indent=1)
    write(f"screenshots and findings.json: {folder}")
