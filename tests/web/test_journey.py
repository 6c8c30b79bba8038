"""Issue 14's journey through `docket serve`'s pages, in order (each test needs the ones before it).

A Cần Thơ officer files the three Cần Thơ difficulties of the working session of 26 August 2025
(demo/run.sh's, at the ward typed "ninh kieu", and the two of demo/can-tho-2025-08-26.csv); the
coordinator assigns them to the ministry (bo-khcn), whose unit officer finds them on its desk,
assigns one on to vu-pc and answers it, escalates one to the Government and resolves one; the
coordinator's weekly report of this week shows those figures; a Hà Nội officer cannot reach a Cần
Thơ problem by list, search or URL; a form without its CSRF token is refused and changes nothing;
problem 1 (seeded by scripts/web-tests.sh, every text markup and script) shows as text everywhere.
Every page visited is checked by Browser.check (webpages.py): screenshots, axe-core, phone width.
"""

from __future__ import annotations

import json
import re
import subprocess
import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from selenium.webdriver.common.by import By

import webpages

MARKUP = "<script>alert(1)</script><b>x</b>"  # what scripts/web-tests.sh typed into problem 1
ZONE = ZoneInfo("Asia/Ho_Chi_Minh")  # the register's time zone (docket init's default)

WARD = {
    "locality": "ninh kieu",
    "title": "Cán bộ cấp xã thiếu chuyên môn đo lường, chứng nhận chất lượng sản phẩm",
    "category": "Tiêu chuẩn, đo lường, chất lượng",
    "recommendation": "Bộ tăng cường đào tạo, bồi dưỡng công chức cấp xã",
}
PROCEDURES = {
    "locality": "Cần Thơ",
    "title": "Trách nhiệm giữa các bộ ngành trong một số thủ tục hành chính chưa rõ hoặc chồng chéo",
    "category": "Thủ tục hành chính",
    "description": "Ở một số thủ tục hành chính, trách nhiệm giữa các bộ, ngành chưa rõ ràng hoặc còn chồng chéo; "
                   "vượt thẩm quyền của Bộ Khoa học và Công nghệ.",
    "recommendation": "Bộ Khoa học và Công nghệ phối hợp với các bộ, ngành hướng dẫn xử lý các thủ tục chồng chéo.",
}
TELECOM = {
    "locality": "Cần Thơ",
    "title": "Giá thuê hạ tầng viễn thông thụ động dùng chung chưa thống nhất",
    "category": "Viễn thông",
    "description": "Giá thuê hạ tầng kỹ thuật viễn thông thụ động dùng chung chưa thống nhất, làm chậm việc chỉnh "
                   "trang và ngầm hóa cáp viễn thông.",
    "recommendation": "Cục Viễn thông sớm thống nhất khung giá thuê hạ tầng viễn thông thụ động.",
}
MEETING_TITLE = "Làm việc với TP. Cần Thơ về vận hành chính quyền địa phương hai cấp"
GROUP_TITLE = "Khó khăn khi vận hành chính quyền địa phương hai cấp"
ANSWER = "Đã hướng dẫn tại chỗ; Ủy ban sẽ mở lớp bồi dưỡng công chức cấp xã"
ESCALATION = "Trách nhiệm liên bộ, vượt thẩm quyền của Bộ: tổng hợp báo cáo Phó Thủ tướng"
RESOLUTION = "Cục Viễn thông ban hành khung giá thuê hạ tầng viễn thông thụ động thống nhất"
NAV = ["/", "/problems", "/reports/weekly", "/meetings", "/groups"]

# What the journey learns and later steps use: the three problems' numbers.
S: dict[str, int] = {}


def need(*keys: str) -> list[int]:
    missing = [key for key in keys if key not in S]
    if missing:
        pytest.fail(f"an earlier step of the journey failed: no problem {', '.join(missing)} was filed", pytrace=False)
    return [S[key] for key in keys]


def this_week() -> str:
    year, week, _ = datetime.now(ZONE).isocalendar()
    return f"{year}-W{week:02d}"


def assert_nav(b: webpages.Browser, who: str) -> None:
    nav = b.one("nav#site")
    hrefs = [a.get_attribute("href").removeprefix(b.base) for a in b.all("a[href]", nav)]
    for path in NAV:
        assert path in hrefs, f"{who}: nav#site on {b.path} has no link to {path} (it has {hrefs})"
    b.one("form#language button#language-switch")
    b.one("form#signout button")


def problem_ids(b: webpages.Browser, table: str) -> list[int]:
    return [int(row.get_attribute("data-problem-id")) for row in b.all(f"table#{table} tr[data-problem-id]")]


def state_of(b: webpages.Browser) -> str:
    return b.one("dl#details dd#state").get_attribute("data-state") or ""


def action_form(b: webpages.Browser, action: str):
    forms = b.all(f"form.action[data-action={action}]")
    offered = [f.get_attribute("data-action") for f in b.all("form.action")]
    assert forms, f"{b.path}: no form.action[data-action={action}] (the page offers {offered})"
    return forms[0]


def act(b: webpages.Browser, problem: int, action: str, fields: dict[str, str], step: str) -> None:
    """On the problem's page, fills the action's form and posts it; expects to be back on the page."""
    if b.path_only != f"/problems/{problem}":
        b.get(f"/problems/{problem}", f"{step}-before")
    events = len(b.all("ol#timeline li.event"))
    form = action_form(b, action)
    for name, value in fields.items():
        b.fill(form, name, value)
    b.submit(form, step)
    assert b.path_only == f"/problems/{problem}", f"{action} on #{problem} led to {b.path}, not back to /problems/{problem}"
    b.expect_status(200, f"{action} on #{problem}")
    errors = [e.text for e in b.all(".error")]
    assert not errors, f"{action} on #{problem} was refused: {errors}"
    assert len(b.all("ol#timeline li.event")) == events + 1, f"{action} on #{problem} added no li.event to ol#timeline"


def search(b: webpages.Browser, words: str, step: str) -> None:
    """Types `words` into the list's search box and submits form#filters as it stands (every field)."""
    b.get("/problems", f"{step}-list")
    form = b.one("form#filters")
    b.fill(form, "q", words)
    b.submit(form, step)
    assert b.status() == 200, (f"submitting form#filters with q={words!r} answered {b.status()} at {b.path}: "
                               f"{[e.text for e in b.all('.error')]}")
    b.one("form#filters")


def file_problem(b: webpages.Browser, fields: dict[str, str], step: str) -> int:
    b.get("/problems/new", f"{step}-form")
    form = b.one("form#file-problem")
    b.one("input[type=hidden][name=csrf]", form)
    for name in ("locality", "title", "description", "recommendation"):
        if name in fields:
            b.fill(form, name, fields[name])
    b.fill(form, "meeting", MEETING_TITLE)
    b.fill(form, "group", GROUP_TITLE)
    b.fill(form, "category", fields["category"])
    b.submit(b.one("button#file-submit").find_element(By.XPATH, "ancestor::form"), step)
    match = re.fullmatch(r"/problems/(\d+)", b.path_only)
    assert match, f"filing {fields['title']!r} led to {b.path} ({[e.text for e in b.all('.error')]}), not /problems/N"
    number = int(match.group(1))
    heading = b.text("h1")
    assert f"#{number}" in heading and fields["title"] in heading, f"the new problem's h1 is {heading!r}"
    assert state_of(b) == "raised", f"#{number} was filed in state {state_of(b)!r}, not raised"
    return number


# --- signing in --------------------------------------------------------------------------------------

def test_signin_refuses_a_bad_token(browser):
    b = browser
    b.driver.delete_all_cookies()
    b.get("/signin", "signin")
    b.expect_status(200, "GET /signin")
    assert b.one("html").get_attribute("lang") == "vi", "the sign-in page is not in Vietnamese by default"
    form = b.one("form#signin")
    b.one("input#token[name=token]", form)
    b.one("input[type=hidden][name=csrf]", form)
    b.one("input#token").send_keys("not-a-token-at-all")
    b.submit(form, "signin-bad-token")
    b.expect_status(401, "signing in with a bad token")
    alert = b.one(".error[role=alert]")
    assert alert.text.strip(), "the refusal's .error[role=alert] is empty"
    b.one("form#signin input#token")
    assert not b.all("nav#site"), "a bad token signed in"


def test_anyone_signed_out_is_sent_to_signin(browser):
    browser.driver.delete_all_cookies()
    browser.get("/problems", "signed-out-problems", check=False)
    assert browser.path_only == "/signin", f"/problems, signed out, led to {browser.path}, not /signin"


# --- the Cần Thơ officer files --------------------------------------------------------------------

def test_can_tho_officer_files_the_three_difficulties(browser, tokens):
    b = browser
    b.sign_in(tokens["can-tho"], "can-tho")
    assert_nav(b, "so-khcn-can-tho")
    assert b.one("a#file-link").get_attribute("href").endswith("/problems/new")

    # The language switch, remembered from page to page.
    assert b.one("html").get_attribute("lang") == "vi"
    b.submit(b.one("form#language"), "desk-can-tho-english")
    assert b.one("html").get_attribute("lang") == "en", "the language switch did not make the page English"
    assert b.path_only == "/", f"the language switch led to {b.path}, not back to /"
    b.get("/problems", "problems-can-tho-english")
    assert b.one("html").get_attribute("lang") == "en", "English was not remembered on the next page"
    b.submit(b.one("form#language"), "problems-can-tho-vietnamese")
    assert b.one("html").get_attribute("lang") == "vi", "the language switch did not bring Vietnamese back"

    # A refusal keeps what was typed.
    b.get("/problems/new", "file-form-can-tho")
    form = b.one("form#file-problem")
    b.fill(form, "locality", "Không có nơi này")
    b.fill(form, "title", WARD["title"])
    b.fill(form, "recommendation", WARD["recommendation"])
    b.submit(form, "file-refused-unknown-locality")
    assert 400 <= b.status() < 500 and b.status() not in (401, 404), (
        f"filing at an unknown locality answered {b.status()}, not a refusal of the form (422)")
    assert b.one(".error").text.strip(), "the refusal has an empty .error"
    form = b.one("form#file-problem")
    assert b.field_value(form, "title") == WARD["title"], "the refused form lost the title typed"
    assert b.field_value(form, "locality") == "Không có nơi này", "the refused form lost the locality typed"
    assert b.field_value(form, "recommendation") == WARD["recommendation"], "the refused form lost the recommendation"

    S["ward"] = file_problem(b, WARD, "filed-ward")
    place = b.text("dl#details dd#locality")
    assert "Phường Ninh Kiều" in place, f"'ninh kieu' was filed at {place!r}, not Phường Ninh Kiều"
    S["procedures"] = file_problem(b, PROCEDURES, "filed-procedures")
    S["telecom"] = file_problem(b, TELECOM, "filed-telecom")
    assert "Cần Thơ" in b.text("dl#details dd#locality")

    b.get("/problems", "problems-can-tho")
    ids = problem_ids(b, "problems")
    assert set(need("ward", "procedures", "telecom")) <= set(ids), f"the Cần Thơ list shows {ids}"
    assert 1 not in ids, "the Cần Thơ officer sees problem 1, of Hà Nội"


# --- the coordinator gives them to the ministry ------------------------------------------------

def test_coordinator_assigns_the_three_to_the_ministry(browser, tokens):
    b = browser
    ward, procedures, telecom = need("ward", "procedures", "telecom")
    b.sign_in(tokens["coordinator"], "coordinator")
    assert_nav(b, "dieu-phoi")
    b.one("a#file-link")
    for key, number in (("ward", ward), ("procedures", procedures), ("telecom", telecom)):
        b.get(f"/problems/{number}", f"problem-{key}-coordinator")
        form = action_form(b, "assign")
        for name in ("unit", "due", "note", "csrf"):
            b.one(f"[name={name}]", form)
        act(b, number, "assign", {"unit": "bo-khcn", "due_working_days": "20", "note": "Giao Bộ chủ trì"},
            f"assigned-{key}-to-bo-khcn")
        assert state_of(b) == "assigned", f"#{number} is {state_of(b)!r} after assign"
        assert "Bộ Khoa học và Công nghệ" in b.text("dd#owner"), f"#{number}'s owner is {b.text('dd#owner')!r}"
        assert b.all("ol#timeline li.event")[-1].get_attribute("data-action") == "assign"


# --- the ministry's unit officer works them ------------------------------------------------------

def test_unit_officer_finds_them_on_the_desk_and_works_them(browser, tokens):
    b = browser
    ward, procedures, telecom = need("ward", "procedures", "telecom")
    b.sign_in(tokens["unit"], "bo-khcn")
    assert_nav(b, "bo-khcn")
    assert not b.all("a#file-link"), "a unit's desk offers to file a problem"
    ids = problem_ids(b, "desk-problems")
    assert set(ids) == {1, ward, procedures, telecom}, (
        f"bo-khcn's desk lists {ids}, not its open problems 1 (under khoi-thu, overdue), {ward}, {procedures}, {telecom}")
    assert ids[0] == 1, f"the overdue problem 1 is not first on the desk ({ids})"
    first = b.one("table#desk-problems tr[data-problem-id='1']")
    assert b.all("td.days-overdue", first), "problem 1 (due 2025-09-15) has no td.days-overdue on the desk"
    for number in (ward, procedures, telecom):
        row = b.one(f"table#desk-problems tr[data-problem-id='{number}']")
        assert not b.all("td.days-overdue", row), f"#{number} is shown overdue"
        b.one(f"a[href='/problems/{number}']", row)

    # The ward's difficulty: on to vu-pc, then answered.
    b.follow(b.one(f"table#desk-problems a[href='/problems/{ward}']"), "problem-ward-bo-khcn")
    assert b.path_only == f"/problems/{ward}"
    units = [o.get_attribute("value") for o in b.all("select[name=unit] option", action_form(b, "assign"))]
    assert "chinh-phu" not in units, f"bo-khcn may assign only within its subtree, yet the select offers {units}"
    act(b, ward, "assign", {"unit": "vu-pc", "note": "Vụ Pháp chế chủ trì"}, "ward-assigned-to-vu-pc")
    assert "Vụ Pháp chế" in b.text("dd#owner"), f"#{ward}'s owner is {b.text('dd#owner')!r}"
    act(b, ward, "answer", {"response": ANSWER}, "ward-answered")
    assert state_of(b) == "answered", f"#{ward} is {state_of(b)!r} after answer"
    assert ANSWER in b.body_text()

    # The procedures: beyond the ministry, to the Government.
    act(b, procedures, "escalate", {"to": "chinh-phu", "reason": ESCALATION}, "procedures-escalated")
    assert state_of(b) == "escalated", f"#{procedures} is {state_of(b)!r} after escalate"
    assert "Chính phủ" in b.text("dd#escalated-to")
    assert "Bộ Khoa học và Công nghệ" in b.text("dd#owner"), "escalating changed the owner (the owner keeps it)"

    # The telecom prices: resolved.
    act(b, telecom, "resolve", {"resolution": RESOLUTION}, "telecom-resolved")
    assert state_of(b) == "resolved", f"#{telecom} is {state_of(b)!r} after resolve"
    offered = {f.get_attribute("data-action") for f in b.all("form.action")}
    assert "resolve" not in offered and "answer" not in offered, f"a resolved problem offers {offered}"

    b.get("/", "desk-bo-khcn-after")
    assert telecom not in problem_ids(b, "desk-problems"), "the resolved problem is still on the desk of open problems"


# --- the coordinator's weekly report -------------------------------------------------------------------

REPORT_SCRIPT = """
const cell = c => c.textContent.trim();
const rows = t => t ? [...t.querySelectorAll('tbody tr')].map(r => [...r.cells].map(cell)) : null;
const section = s => ({heading: cell(s.querySelector('h2')), tables: [...s.querySelectorAll('table')].map(rows)});
return {
  lang: document.documentElement.lang,
  cards: [...document.querySelectorAll('dl.cards > div')].map(d => [cell(d.querySelector('dt')), cell(d.querySelector('dd'))]),
  columns: [...document.querySelectorAll('.columns > section')].map(section),
  sections: [...document.querySelectorAll('main > section')].map(section),
  text: document.body.innerText,
};
"""


def figures(table: list[list[str]] | None) -> list[str]:
    assert table is not None, "a figures table is missing"
    return [row[-1] for row in table]


def test_coordinator_weekly_report_shows_the_figures(browser, tokens):
    b = browser
    ward, procedures, telecom = need("ward", "procedures", "telecom")
    week = this_week()
    b.sign_in(tokens["coordinator"], "coordinator-report")
    b.get("/reports/weekly", "report-page")
    picker = b.one("form#week-picker")
    b.fill(picker, "week", week)
    b.submit(picker, f"report-{week}")
    assert b.query().get("week") == [week], f"the week picker led to {b.path}"
    formats = {a.get_attribute("data-format"): a.get_attribute("href") for a in b.all("a.download[data-format]")}
    for kind in ("json", "csv", "markdown", "text", "html"):
        assert kind in formats, f"no a.download[data-format={kind}] (there are {sorted(formats)})"
    frame = b.one("iframe#report")
    source = frame.get_attribute("src")
    assert "/reports/weekly/view" in source and week in source, f"iframe#report shows {source}"

    b.driver.switch_to.frame(frame)
    try:
        webpages.wait_until("the report in iframe#report", lambda: b.driver.execute_script(
            "return document.readyState === 'complete' && document.querySelector('dl.cards') !== null"))
        report = b.driver.execute_script(REPORT_SCRIPT)
    finally:
        b.driver.switch_to.default_content()
    shown = json.dumps({k: v for k, v in report.items() if k != "text"}, ensure_ascii=False)
    percent = "25.0%" if report["lang"] == "en" else "25,0%"

    # The three were raised at the meeting (26 August 2025, week 35: a problem filed with a meeting is
    # raised at it), problem 1 on 1 September 2025: none was raised this week; the rest is this week's.
    # The cards: raised to date, completely resolved, rate, open, overdue, groups resolved / total.
    assert [value for _, value in report["cards"]] == ["4", "1", percent, "3", "1", "0 / 2"], shown
    during, standing = report["columns"][0], report["columns"][1]
    # During the week: raised, assigned, answered, escalated, resolved, reopened, closed.
    assert figures(during["tables"][0]) == ["0", "4", "1", "1", "1", "0", "0"], (
        f"during {week} ({during['heading']}): {during['tables'][0]}")
    # As it stands: open, overdue, raised to date, answered or resolved, resolved, closed, rate.
    assert figures(standing["tables"][0]) == ["3", "1", "4", "2", "1", "0", percent], (
        f"at the end of {week} ({standing['heading']}): {standing['tables'][0]}")
    by_state = report["columns"][2]["tables"][0]
    assert sorted(count for _, count in by_state if count != "0") == ["1", "1", "1"], f"open problems by state: {by_state}"
    sections = report["sections"]  # trend, units, provinces, beyond authority, resolved, overdue
    assert len(sections) >= 6, f"the report has {len(sections)} top-level sections: {[s['heading'] for s in sections]}"
    beyond, resolved, overdue = sections[3], sections[4], sections[5]
    # Sent beyond the ministry's authority: sent during the week, of all sent open, answered, resolved.
    assert figures(beyond["tables"][0]) == ["1", "1", "0", "0"], f"{beyond['heading']}: {beyond['tables']}"
    assert any(str(procedures) in row and "Chính phủ" in row for row in beyond["tables"][-1]), (
        f"#{procedures}, sent to Chính phủ, is not listed under {beyond['heading']}: {beyond['tables']}")
    assert [row[0] for row in resolved["tables"][0]] == [str(telecom)], f"{resolved['heading']}: {resolved['tables']}"
    assert RESOLUTION in resolved["tables"][0][0], f"{resolved['heading']}: {resolved['tables']}"
    assert [row[0] for row in overdue["tables"][0]] == ["1"], f"{overdue['heading']}: {overdue['tables']}"
    # Problem 1's title and unit are markup: shown as text.
    assert MARKUP in report["text"], "the report in the frame does not show problem 1's markup as text"

    # The same figures as the JSON download.
    status, body, _ = b.http("GET", formats["json"].removeprefix(b.base))
    assert status == 200, f"the JSON download answered {status}"
    data = json.loads(body)
    assert data["during"]["raised"] == 0 and data["during"]["assigned"] == 4 and data["during"]["resolved"] == 1
    assert data["end_of_week"]["total_raised"] == 4 and data["end_of_week"]["open"] == 3

    # The embedded report, as a page of its own (axe, phone width, no script).
    b.get(source.removeprefix(b.base), f"report-view-{week}")
    assert b.status() == 200

    # The week of the meeting, 2025-W35, picked the same way: the three raised, nothing else yet.
    b.get("/reports/weekly", "report-page-again")
    picker = b.one("form#week-picker")
    b.fill(picker, "week", "2025-W35")
    b.submit(picker, "report-2025-W35")
    b.driver.switch_to.frame(b.one("iframe#report"))
    try:
        webpages.wait_until("the 2025-W35 report in iframe#report", lambda: b.driver.execute_script(
            "return document.readyState === 'complete' && document.querySelector('dl.cards') !== null"))
        report = b.driver.execute_script(REPORT_SCRIPT)
    finally:
        b.driver.switch_to.default_content()
    zero = "0.0%" if report["lang"] == "en" else "0,0%"
    assert [value for _, value in report["cards"]] == ["3", "0", zero, "3", "0", "0 / 1"], report["cards"]
    assert figures(report["columns"][0]["tables"][0]) == ["3", "0", "0", "0", "0", "0", "0"], report["columns"][0]
    assert [c for _, c in report["columns"][2]["tables"][0] if c != "0"] == ["3"], (
        f"2025-W35's open problems by state: {report['columns'][2]['tables']}")


def test_coordinator_filters_the_list(browser, tokens):
    b = browser
    ward, procedures, telecom = need("ward", "procedures", "telecom")
    b.sign_in(tokens["coordinator"], "coordinator-filters")
    for state, expected in (("escalated", [procedures]), ("resolved", [telecom]), ("answered", [ward])):
        b.get("/problems", f"problems-filter-{state}-list")
        form = b.one("form#filters")
        b.fill(form, "state", state)
        b.submit(form, f"problems-filter-{state}")
        assert b.status() == 200, f"filtering by state {state} answered {b.status()}: {[e.text for e in b.all('.error')]}"
        assert problem_ids(b, "problems") == expected, f"state={state} lists {problem_ids(b, 'problems')}, not {expected}"
    b.get("/problems", "problems-filter-overdue-list")
    form = b.one("form#filters")
    b.one("input#overdue", form).click()
    b.submit(form, "problems-filter-overdue")
    assert b.status() == 200, f"filtering overdue answered {b.status()}: {[e.text for e in b.all('.error')]}"
    assert problem_ids(b, "problems") == [1], f"overdue=true lists {problem_ids(b, 'problems')}, not [1]"
    search(b, "gia thue ha tang", "search-coordinator-telecom")
    assert problem_ids(b, "problems") == [telecom], f"searching 'gia thue ha tang' finds {problem_ids(b, 'problems')}"


# --- the Hà Nội officer cannot see Cần Thơ ----------------------------------------------------------

def test_ha_noi_officer_cannot_reach_can_tho_problems(browser, tokens):
    b = browser
    ward, procedures, telecom = need("ward", "procedures", "telecom")
    b.sign_in(tokens["ha-noi"], "ha-noi")
    assert set(problem_ids(b, "desk-problems")) <= {1}, f"the Hà Nội desk lists {problem_ids(b, 'desk-problems')}"
    b.get("/problems", "problems-ha-noi")
    assert problem_ids(b, "problems") == [1], f"the Hà Nội list shows {problem_ids(b, 'problems')}, not only problem 1"
    b.get("/problems?locality=" + "C%E1%BA%A7n%20Th%C6%A1", "problems-ha-noi-locality-can-tho")
    assert not problem_ids(b, "problems"), f"filtering Hà Nội's list by Cần Thơ shows {problem_ids(b, 'problems')}"
    for words in ("giá thuê hạ tầng viễn thông", "chuyên môn đo lường", "thủ tục hành chính chồng chéo"):
        search(b, words, f"search-ha-noi-{words}")
        assert not problem_ids(b, "problems"), f"Hà Nội's search for {words!r} finds {problem_ids(b, 'problems')}"
    search(b, "alert", "search-ha-noi-alert")
    assert problem_ids(b, "problems") == [1], "Hà Nội's search does not find its own problem 1 (is search working?)"

    b.get("/problems/999999", "problem-ha-noi-nonexistent")
    assert b.status() == 404, f"/problems/999999 answered {b.status()}"
    nothing = b.text("h1")
    for number, key in ((ward, "ward"), (procedures, "procedures"), (telecom, "telecom")):
        b.get(f"/problems/{number}", f"problem-{key}-ha-noi")
        assert b.status() == 404, f"the Hà Nội officer's /problems/{number} answered {b.status()}, not 404"
        assert b.text("h1") == nothing, "a Cần Thơ problem's 404 differs from a missing problem's"
        text = b.body_text()
        for fields in (WARD, PROCEDURES, TELECOM):
            assert fields["title"] not in text, f"/problems/{number} shows a Cần Thơ title to Hà Nội"
        status, body, _ = b.http("POST", f"/problems/{number}/comment", {"csrf": "x", "text": "x"})
        assert status in (403, 404), f"commenting on #{number} from Hà Nội answered {status}"


# --- a form without its CSRF token -----------------------------------------------------------------

def test_a_form_without_its_csrf_token_is_refused(browser, tokens):
    b = browser
    (ward,) = need("ward")
    b.sign_in(tokens["coordinator"], "coordinator-csrf")
    b.get(f"/problems/{ward}", "problem-ward-csrf")
    before = [e.text for e in b.all("ol#timeline li.event")]
    for case, script in (("missing", "arguments[0].querySelector('input[name=csrf]').remove()"),
                         ("wrong", "arguments[0].querySelector('input[name=csrf]').value = 'forged'")):
        form = action_form(b, "comment")
        b.driver.execute_script(script, form)
        b.fill(form, "text", f"Bình luận không có mã CSRF ({case})")
        b.submit(form, f"csrf-{case}-refused")
        b.expect_status(403, f"a comment with the csrf field {case}")
        assert b.one(".error").text.strip()
        b.get(f"/problems/{ward}", f"problem-ward-after-csrf-{case}")
        after = [e.text for e in b.all("ol#timeline li.event")]
        assert after == before, f"a comment with the csrf field {case} changed the timeline: {after[len(before):]}"
    # And outside the browser: the session's cookie alone is not enough.
    status, _, _ = b.http("POST", f"/problems/{ward}/close", {"reason": "giả mạo"})
    assert status == 403, f"a close without csrf answered {status}"
    b.get(f"/problems/{ward}", "problem-ward-after-forged-close")
    assert state_of(b) == "answered", f"a forged close changed #{ward} to {state_of(b)!r}"


# --- markup typed by people is shown as text --------------------------------------------------------

@pytest.mark.parametrize("who", ["coordinator", "unit"])
def test_markup_is_shown_as_text_on_every_page(browser, tokens, who):
    b = browser
    b.sign_in(tokens[who], f"{who}-markup")
    b.get("/problems/1", f"problem-1-{who}")
    assert MARKUP in b.text("h1"), f"problem 1's h1 is {b.text('h1')!r}, not its title as text"
    for detail in ("dd#owner", "dd#category", "dd#description", "dd#recommendation"):
        if detail in ("dd#description", "dd#recommendation") and not b.all(detail):
            detail = "dl#details"
        assert MARKUP in b.text(detail), f"{detail} of problem 1 does not show the markup as text: {b.text(detail)!r}"
    timeline = b.text("ol#timeline")
    assert timeline.count(MARKUP) >= 3, f"problem 1's timeline shows the markup {timeline.count(MARKUP)} times, not >= 3"
    pages = ["/", "/problems", "/problems?q=alert", "/meetings", "/meetings/2", "/groups", "/groups/2",
             "/reports/weekly?week=2025-W36"]
    for path in pages:
        b.get(path, f"markup-{who}-{path}")
        b.expect_status(200, f"GET {path}")
        text = b.body_text()
        frames = b.all("iframe#report")
        if frames:
            b.driver.switch_to.frame(frames[0])
            try:
                webpages.wait_until("the 2025-W36 report", lambda: b.driver.execute_script(
                    "return document.readyState === 'complete' && document.body !== null"))
                text += b.driver.execute_script("return document.body.innerText")
            finally:
                b.driver.switch_to.default_content()
        assert MARKUP in text, f"{path} does not show problem 1's markup as text"


# --- signing out --------------------------------------------------------------------------------------

def test_signing_out_ends_the_session(browser, tokens):
    b = browser
    b.sign_in(tokens["admin"], "admin")
    assert_nav(b, "quan-tri")
    b.one("a#file-link")
    b.submit(b.one("form#signout"), "signed-out")
    assert b.path_only == "/signin", f"signing out led to {b.path}"
    b.get("/", "desk-after-signout", check=False)
    assert b.path_only == "/signin", f"the desk after signing out is {b.path}, not /signin"


def test_the_seeded_register_matches_the_pages():
    """The command line reads the same register: the journey's problems stand as the pages left them."""
    binary, db = os.environ.get("DOCKET_BINARY"), os.environ.get("DOCKET_WEB_DB")
    if not binary or not db:
        pytest.fail("DOCKET_BINARY and DOCKET_WEB_DB are not set: run scripts/web-tests.sh", pytrace=False)
    ward, procedures, telecom = need("ward", "procedures", "telecom")
    states = {}
    for number in (ward, procedures, telecom):
        shown = subprocess.run([binary, "show", str(number), "--json", "--db", db], capture_output=True, text=True, timeout=30)
        assert shown.returncode == 0, shown.stderr
        states[number] = json.loads(shown.stdout)["state"]
    assert states == {ward: "answered", procedures: "escalated", telecom: "resolved"}, states
