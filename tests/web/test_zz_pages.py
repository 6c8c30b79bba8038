"""What every page the journey visited was checked for (webpages.Browser.check), failed here, after
the journey, so that each finding is listed at once: no accessibility violation of impact serious
or critical (axe-core 4.x; the summary at the end of the run lists every violation), and nothing
wider than a phone's 360 CSS pixels."""

import webpages


def test_the_journey_visited_pages():
    assert len(webpages.VISITED) >= 20, (
        f"only {len(webpages.VISITED)} pages were checked: the journey stopped early (see its failures above)")


def test_no_serious_or_critical_accessibility_violation():
    serious = [f for f in webpages.FINDINGS if f.kind == "axe" and f.impact in ("serious", "critical")]
    assert not serious, "axe-core found serious or critical violations:\n" + "\n".join(
        f"  [{f.impact}] {f.rule} on {f.step} ({f.url}): {f.text} — {', '.join(f.nodes)[:200]}" for f in serious)


def test_no_page_scrolls_sideways_on_a_phone():
    wide = [f for f in webpages.FINDINGS if f.kind == "phone"]
    assert not wide, "pages wider than 360 CSS pixels:\n" + "\n".join(
        f"  {f.step} ({f.url}): {f.text}; wider elements: {', '.join(f.nodes)}" for f in wide)
