"""A headless Chromium driven by Selenium, and what every browser test does on every page it visits.

`Browser.check(step)` is the one place where a page is looked at as a whole: it waits until the
page has loaded, refuses a page that runs or injects script (an alert open, a <script> element, a
<b>x</b> of the markup the tests type, in the page or its frames), saves a desktop screenshot
named by the step, runs axe-core 4.x on it (injected by WebDriver, which the page's
Content-Security-Policy does not govern; into its frames too), then narrows the viewport to a
phone's 360 CSS pixels, checks that nothing scrolls sideways and saves a phone screenshot.
Accessibility violations and overflows are collected in `FINDINGS` and failed at the end of the
run (tests/web/test_zz_pages.py), so that one page's contrast does not hide the journey's other
findings; everything else fails at once.
"""

from __future__ import annotations

import json
import os
import re
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

import axe_selenium_python

PAGE_WAIT = 20  # seconds for a page to load, or a form's answer to replace the page
AXE_WAIT = 60  # seconds for axe to check one page
DESKTOP = (1280, 900)
PHONE = (360, 800)

AXE_SCRIPT = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"


def axe_source() -> str:
    """axe.min.js as bundled by axe-selenium-python, refused unless it is axe-core 4.x."""
    if not AXE_SCRIPT.is_file():
        raise AssertionError(f"axe-selenium-python has no axe.min.js at {AXE_SCRIPT}")
    source = AXE_SCRIPT.read_text(encoding="utf-8")
    match = re.match(r"/\*! axe v(\d+)\.(\d+)\.(\d+)", source)
    if not match or match.group(1) != "4":
        raise AssertionError(f"{AXE_SCRIPT} is not axe-core 4.x (it begins {source[:40]!r})")
    return source


AXE_VERSION_PREFIX = "4."


@dataclass
class Finding:
    step: str
    url: str
    kind: str  # "axe" or "phone"
    impact: str
    rule: str
    text: str
    nodes: list[str] = field(default_factory=list)


FINDINGS: list[Finding] = []
VISITED: list[tuple[str, str]] = []  # (step, url) of every page checked


def screenshot_folder() -> Path:
    folder = Path(os.environ.get("WEB_SCREENSHOTS") or Path(__file__).resolve().parents[2] / ".build" / "web-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def safe_name(step: str) -> str:
    """The step as a file name: Vietnamese letters without their marks (đ as d), the rest as '-'."""
    step = unicodedata.normalize("NFKD", step.replace("đ", "d").replace("Đ", "D"))
    step = "".join(c for c in step if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9._-]+", "-", step).strip("-")[:80] or "page"


def new_driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--no-proxy-server", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-features=Translate,MediaRouter,OptimizationHints",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}", "--hide-scrollbars"):
        options.add_argument(argument)
    # The performance log carries each document's HTTP status (Network.responseReceived).
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(PAGE_WAIT)
    driver.set_script_timeout(AXE_WAIT)
    driver.implicitly_wait(0)
    return driver


class Browser:
    """One Chromium, one cookie jar: signs in as one token at a time."""

    counter = 0  # shared by every Browser: the screenshots' numbers run through the whole run

    def __init__(self, base: str, driver: webdriver.Chrome | None = None):
        self.base = base.rstrip("/")
        self.driver = driver or new_driver()
        self.axe = axe_source()
        self.statuses: list[tuple[str, int]] = []

    def quit(self) -> None:
        try:
            self.driver.quit()
        except WebDriverException:
            pass

    # --- where we are ------------------------------------------------------------------------

    @property
    def path(self) -> str:
        parts = urllib.parse.urlsplit(self.driver.current_url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    @property
    def path_only(self) -> str:
        return urllib.parse.urlsplit(self.driver.current_url).path

    def query(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.driver.current_url).query)

    def _drain_statuses(self) -> None:
        try:
            entries = self.driver.get_log("performance")
        except WebDriverException:
            return
        for entry in entries:
            try:
                message = json.loads(entry["message"])["message"]
            except (KeyError, ValueError):
                continue
            params = message.get("params", {})
            if message.get("method") == "Network.responseReceived" and params.get("type") == "Document":
                response = params.get("response", {})
                self.statuses.append((response.get("url", ""), int(response.get("status", 0))))

    def status(self) -> int:
        """The HTTP status of the document now shown (after redirects: the last answer's)."""
        self._drain_statuses()
        current = self.driver.current_url.split("#")[0]
        for url, status in reversed(self.statuses):
            if url.split("#")[0] == current:
                return status
        raise AssertionError(f"no HTTP status was logged for {current} (Chromium's performance log)")

    def expect_status(self, expected: int, what: str) -> None:
        status = self.status()
        if status != expected:
            heading = " ".join(h.text for h in self.all("h1"))
            errors = [e.text for e in self.all(".error")]
            raise AssertionError(f"{what} answered {status}, not {expected}, at {self.path}: {heading!r} {errors}")

    # --- going places --------------------------------------------------------------------------

    def get(self, path: str, step: str, check: bool = True) -> None:
        self._drain_statuses()
        self.driver.get(self.base + path)
        self.wait_loaded()
        if check:
            self.check(step)

    def wait_loaded(self) -> None:
        try:
            WebDriverWait(self.driver, PAGE_WAIT).until(
                lambda d: d.execute_script("return document.readyState") == "complete")
        except TimeoutException:
            raise AssertionError(f"{self.driver.current_url} did not finish loading within {PAGE_WAIT}s") from None

    def submit(self, form: WebElement, step: str, check: bool = True) -> None:
        """Presses the form's submit button and waits for the answer to replace the page."""
        self._drain_statuses()
        buttons = form.find_elements(By.CSS_SELECTOR, "button[type=submit], button:not([type]), input[type=submit]")
        assert buttons, f"{self.path}: the form {form.get_attribute('id') or form.get_attribute('action')} has no submit button"
        self._replace_page(buttons[0].click, f"submitting {form.get_attribute('action')}",
                           " (a required field left empty keeps the browser from sending it)")
        self.wait_loaded()
        if check:
            self.check(step)

    def follow(self, link: WebElement, step: str, check: bool = True) -> None:
        """Clicks a link and waits for its page."""
        self._drain_statuses()
        self._replace_page(link.click, f"following {link.get_attribute('href')}")
        self.wait_loaded()
        if check:
            self.check(step)

    def _replace_page(self, action, what: str, hint: str = "") -> None:
        # The old document is marked; the answer is a new document, without the mark. (Waiting for
        # the old <html> to go stale races with the navigation: chromedriver may then answer "Node
        # with given id does not belong to the document" instead of a stale element.)
        self.driver.execute_script("window.__docketOldPage = true")
        action()

        def replaced(driver) -> bool:
            try:
                return bool(driver.execute_script(
                    "return window.__docketOldPage !== true && document.readyState === 'complete'"))
            except WebDriverException:
                return False

        try:
            WebDriverWait(self.driver, PAGE_WAIT, poll_frequency=0.1).until(replaced)
        except TimeoutException:
            raise AssertionError(f"{self.path}: {what} did not bring a new page within {PAGE_WAIT}s{hint}") from None

    # --- finding things ------------------------------------------------------------------------

    def one(self, css: str, within: WebElement | None = None) -> WebElement:
        found = (within or self.driver).find_elements(By.CSS_SELECTOR, css)
        assert found, f"{self.path}: no element matches {css!r}"
        return found[0]

    def all(self, css: str, within: WebElement | None = None) -> list[WebElement]:
        return (within or self.driver).find_elements(By.CSS_SELECTOR, css)

    def text(self, css: str) -> str:
        return self.one(css).text.strip()

    def body_text(self) -> str:
        return self.driver.execute_script("return document.body ? document.body.innerText : ''")

    def fill(self, form: WebElement, name: str, value: str) -> None:
        """Types `value` into the form's field `name`; for a select, picks the option whose value
        is `value`, else the first whose label contains it (case-insensitive)."""
        fields = form.find_elements(By.CSS_SELECTOR, f"[name='{name}']")
        assert fields, f"{self.path}: the form {form.get_attribute('id') or form.get_attribute('action')} has no field named {name!r}"
        element = fields[0]
        if element.tag_name == "select":
            select = Select(element)
            options = select.options
            for option in options:
                if option.get_attribute("value") == value:
                    select.select_by_value(value)
                    return
            for option in options:
                if value.casefold() in option.text.casefold():
                    select.select_by_visible_text(option.text)
                    return
            raise AssertionError(f"{self.path}: the select {name!r} has no option {value!r} "
                                 f"(it has {[(o.get_attribute('value'), o.text) for o in options]})")
        element.clear()
        element.send_keys(value)

    def field_value(self, form: WebElement, name: str) -> str:
        return self.one(f"[name='{name}']", form).get_attribute("value") or ""

    # --- signing in ----------------------------------------------------------------------------

    def sign_in(self, token: str, who: str) -> None:
        self.driver.delete_all_cookies()
        self.get("/signin", f"signin-{who}")
        form = self.one("form#signin")
        self.one("input#token[name=token]", form).send_keys(token)
        self.submit(self.one("button#signin-submit").find_element(By.XPATH, "ancestor::form"), f"desk-{who}")
        assert self.path_only == "/", (f"signing in as {who} led to {self.path} ({self.status()}: "
                                       f"{[h.text for h in self.all('h1, .error')]}), not the desk /")
        assert self.all("nav#site"), f"the desk of {who} has no nav#site: the sign-in did not take"

    # --- the session's cookies, for the requests a browser would not send -------------------------

    def http(self, method: str, path: str, form: dict[str, str] | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
        """Sends one request with this browser's cookies (not following redirects)."""
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(self.base + path, method=method, data=data)
        request.add_header("Cookie", cookies)
        request.add_header("Origin", self.base)
        if data is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
        for name, value in (headers or {}).items():
            request.add_header(name, value)

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(NoRedirect, urllib.request.ProxyHandler({}))
        try:
            with opener.open(request, timeout=PAGE_WAIT) as response:
                return response.status, response.read().decode("utf-8", "replace"), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace"), dict(error.headers)

    # --- looking at a page as a whole -------------------------------------------------------------

    def assert_no_script(self, step: str) -> None:
        try:
            alert = self.driver.switch_to.alert
            text = alert.text
            alert.dismiss()
            raise AssertionError(f"{step}: {self.path} opened an alert ({text!r}): script ran")
        except NoAlertPresentException:
            pass
        report = self.driver.execute_script("""
            const look = (doc, where) => {
                const out = [];
                for (const s of doc.querySelectorAll('script')) out.push(where + ': a <script> element: ' + s.outerHTML.slice(0, 120));
                for (const b of doc.querySelectorAll('b')) if (b.textContent === 'x') out.push(where + ': a <b>x</b> element made from typed markup');
                for (const f of doc.querySelectorAll('iframe')) {
                    let inner = null;
                    try { inner = f.contentDocument; } catch (e) {}
                    if (inner) out.push(...look(inner, where + ' > iframe ' + (f.id || f.src)));
                }
                return out;
            };
            return look(document, 'page');
        """)
        assert not report, f"{step}: {self.path}: " + "; ".join(report)

    def _axe_into_frames(self) -> None:
        frames = self.driver.find_elements(By.TAG_NAME, "iframe")
        for index in range(len(frames)):
            self.driver.switch_to.frame(index)
            try:
                WebDriverWait(self.driver, PAGE_WAIT).until(
                    lambda d: d.execute_script("return document.readyState") == "complete")
                self.driver.execute_script(self.axe)
                self._axe_into_frames()
            finally:
                self.driver.switch_to.parent_frame()

    def run_axe(self, step: str) -> list[dict]:
        self.driver.execute_script(self.axe)
        version = self.driver.execute_script("return window.axe ? axe.version : null")
        assert version, (f"{step}: {self.path}: axe-core was injected with WebDriver's execute_script but is not "
                         "defined on the page")
        assert version.startswith(AXE_VERSION_PREFIX), f"{step}: axe-core {version} is not 4.x"
        self._axe_into_frames()
        result = self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations'], iframes: true})
               .then(r => done({violations: r.violations}))
               .catch(e => done({error: String(e)}));
        """)
        assert "error" not in result, f"{step}: axe.run failed on {self.path}: {result['error']}"
        return result["violations"]

    def screenshot(self, name: str) -> Path:
        path = screenshot_folder() / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def check(self, step: str, script_allowed: bool = False) -> None:
        Browser.counter += 1
        name = f"{Browser.counter:03d}-{safe_name(step)}"
        url = self.driver.current_url
        VISITED.append((step, url))
        if not script_allowed:
            self.assert_no_script(step)
        self.screenshot(name)
        for violation in self.run_axe(step):
            FINDINGS.append(Finding(
                step=step, url=url, kind="axe", impact=violation.get("impact") or "unknown",
                rule=violation["id"], text=violation.get("help", ""),
                nodes=[" ".join(node.get("target", [])) if isinstance(node.get("target"), list) else str(node.get("target"))
                       for node in violation.get("nodes", [])][:8]))
        # The phone: 360 CSS pixels wide, as a phone's browser lays the page out.
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True})
        try:
            widths = self.driver.execute_script(
                "return [window.innerWidth, document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            inner, scroll, client = widths
            assert inner == PHONE[0] or client == PHONE[0], (
                f"{step}: the phone emulation did not take: innerWidth {inner}, clientWidth {client}")
            if scroll > PHONE[0]:
                wide = self.driver.execute_script("""
                    const w = arguments[0], out = [];
                    for (const e of document.body.querySelectorAll('*')) {
                        const r = e.getBoundingClientRect();
                        if (r.right > w + 0.5) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                            (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') +
                            ' (right edge ' + Math.round(r.right) + ')');
                    }
                    return out.slice(0, 8);
                """, PHONE[0])
                FINDINGS.append(Finding(step=step, url=url, kind="phone", impact="serious", rule="horizontal-scroll",
                                        text=f"document.documentElement.scrollWidth is {scroll} > {PHONE[0]}", nodes=wide))
            self.screenshot(f"{name}-phone")
        finally:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def wait_until(description: str, predicate, timeout: float = PAGE_WAIT, every: float = 0.1):
    """Polls `predicate` until it returns something true, at most `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"{description}: not so within {timeout}s")
        time.sleep(every)
