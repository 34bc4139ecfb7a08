"""The interactive HTML view (issue 20): the payload, the page, the command, and the
page itself in a real browser (Debian's Chromium driven by selenium; those tests
skip, saying what to install, where either is missing)."""

from __future__ import annotations

import _socket
import io
import json
import re
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import lineage
from lineage.cli import cli
from lineage.graph import queries as q
from lineage.views.html import HtmlView, view
from lineage.views.html.page import page_asset
from lineage.views.html.payload import build_payload
from lineage.views.layout import compute_layout

from .build import sourced as ev
from .conftest import ROOT
from .hostile import crafted

DATA_OPEN = '<script type="application/json" id="lineage-data">'
SVG_NAMESPACE = "http://www.w3.org/2000/svg"  # an XML namespace name, never fetched
MMP = ROOT.parent / "shared" / "mmp"
REL, KEY = MMP / "Militant-Group-Relationships-clean.csv", MMP / "Militant-Group-Key.csv"

HOSTILE = [
    "</script><script>window.pwned = 1</script>",
    '<img src=x onerror="window.pwned = 2">',
    "<!-- <script>window.pwned = 3</script>",
    "Line\u2028separated\u2029name",
    "]]></svg><svg onload=window.pwned=4>",
]


def payload_of(html: str) -> dict[str, Any]:
    """The JSON block of a page, parsed."""
    start = html.index(DATA_OPEN) + len(DATA_OPEN)
    data: dict[str, Any] = json.loads(html[start : html.index("</script>", start)])
    return data


def outside_data(html: str) -> str:
    """The page without its JSON block: what the browser reads as markup and code."""
    start = html.index(DATA_OPEN)
    return html[:start] + html[html.index("</script>", start) :]


def quotes_of(data: dict[str, Any], connector: dict[str, Any]) -> list[str]:
    return [c["quote"] for c in data["events"][connector["event"]]["citations"]]


# ---- data with two sources that disagree, and data with hostile text ----------


def two_sources(folder: Path) -> lineage.Lineage:
    """An article and an MMP-like file: one split they date apart (a conflict), and a
    split only MMP reports, of a group only MMP knows."""
    art = {
        "sources": [{"id": "art", "title": "An article", "author": "A. Writer"}],
        "groups": [
            {"id": "aqim", "name": "AQIM", "founded": "2007"},
            {"id": "mojwa", "name": "MOJWA"},
            {"id": "isgs", "name": "ISGS"},
        ],
        "events": [
            ev("split", "mojwa-split", "2011", "art", parent="aqim", splinter="mojwa"),
            ev("split", "isgs-split", "2015", "art", parent="mojwa", splinter="isgs"),
        ],
    }
    mmp = {
        "sources": [{"id": "mmp", "title": "Mapping militants", "url": "https://example.org/m"}],
        "groups": [
            {"id": "g1", "name": "MUJAO"},
            {"id": "g2", "name": "Al Qaeda in the Islamic Maghreb"},
            {"id": "g3", "name": "Al Mourabitoun"},
        ],
        "events": [
            ev("split", "r1", "2014", "mmp", parent="g2", splinter="g1"),
            ev("split", "r2", "2016-08", "mmp", parent="g1", splinter="g3"),
        ],
    }
    links = {
        "links": [
            {
                "a": a,
                "b": b,
                "judgement": "same",
                "note": "n",
                "decided_by": "t",
                "date": "2026-01-01",
            }
            for a, b in (("art:mojwa", "mmp:g1"), ("art:aqim", "mmp:g2"))
        ]
    }
    paths = [
        crafted.write(folder, doc, f"{name}.json") for name, doc in (("art", art), ("mmp", mmp))
    ]
    crafted.write(folder, links, "links.json")
    return lineage.load(paths, links=[folder / "links.json"])


def hostile_data(folder: Path) -> Path:
    groups = [crafted.group(f"h{i}", name, founded=str(2000 + i)) for i, name in enumerate(HOSTILE)]
    events = [
        {
            **crafted.pledge(f"p{i}", f"h{i}", f"h{i + 1}", "2010"),
            "description": HOSTILE[i],
            "citations": [{"source": "s", "quote": HOSTILE[-1 - i]}],
        }
        for i in range(len(HOSTILE) - 1)
    ]
    doc = crafted.dataset(groups, events)
    doc["sources"][0]["title"] = "</title><script>window.pwned = 5</script>"
    return crafted.write(folder, doc)


@pytest.fixture(scope="module")
def combined(tmp_path_factory: pytest.TempPathFactory) -> lineage.Lineage:
    return two_sources(tmp_path_factory.mktemp("two"))


# ---- the payload and the page, in Python --------------------------------------


@pytest.mark.parametrize("focus", [None, "jnim", "mojwa"])
def test_the_payload_holds_every_lane_and_connector_of_the_layout(
    lg: lineage.Lineage, focus: str | None
) -> None:
    layout = compute_layout(lg.graph, focus)
    data = build_payload(lg.graph, layout, title="t", focus=focus)
    assert [lane["group"] for lane in data["lanes"]] == [
        lane.group for lane in sorted(layout.lanes, key=lambda lane: lane.row)
    ]
    drawn = [
        (c["kind"], data["events"][c["event"]]["id"], c["source"], c["target"], c["x"])
        for c in data["connectors"]
    ]
    rows = {lane.group: i for i, lane in enumerate(sorted(layout.lanes, key=lambda x: x.row))}
    assert drawn == [
        (c.kind, c.event, rows[c.source], rows[c.target], c.x) for c in layout.connectors
    ]
    for lane, shown in zip(sorted(layout.lanes, key=lambda x: x.row), data["lanes"], strict=True):
        assert [(s["x0"], s["x1"], s["certain"]) for s in shown["segments"]] == [
            (a, b, sure) for a, b, _, sure in lane.segments
        ]


def test_the_page_carries_every_quote_and_date_as_written(lg: lineage.Lineage) -> None:
    data = payload_of(lg.view("JNIM").html)
    events = lg.graph.graph["index"].events
    for c in data["connectors"]:
        shown = data["events"][c["event"]]
        record = events[shown["id"]]
        assert [x["quote"] for x in shown["citations"]] == [x.quote for x in record.citations]
        assert shown["date"] == record.date.text
        assert shown["confidence"] == record.confidence
        titles = {data["sources"][x["source"]]["title"] for x in shown["citations"]}
        assert titles == {lg.graph.graph["index"].sources[x.source].title for x in record.citations}
    ranged = [e for e in data["events"] if e["date"].startswith("[")]
    assert ranged  # the bundled data has dates known only as a range ...
    assert all(e["meaning"].startswith(("on or", "one day between")) for e in ranged)


def test_events_beyond_the_window_are_marked_at_its_edge(lg: lineage.Lineage) -> None:
    layout = compute_layout(lg.graph, "jnim", start=lineage.parse_date("2016"))
    data = build_payload(lg.graph, layout, title="t")
    assert data["marks"]  # the 2011 split and the 2013 merger lie before 2016
    ids = [e["id"] for e in data["events"]]
    shown = [
        (data["lanes"][m["lane"]]["group"], m["side"], m["text"], m["events"])
        for m in data["marks"]
    ]
    assert shown == [
        (m.group, m.side, m.text, [ids.index(e) for e in m.events]) for m in layout.marks
    ]


def test_colours_come_from_the_one_palette(lg: lineage.Lineage) -> None:
    from lineage.views.palette import EDGE_STYLES, INDEPENDENT_COLOUR, camp_colour_map

    layout = compute_layout(lg.graph)
    data = build_payload(lg.graph, layout, title="t")
    colours = camp_colour_map(layout.camps)
    assert [(c["id"], c["colour"]) for c in data["camps"]] == list(colours.items())
    assert data["theme"]["independent"] == INDEPENDENT_COLOUR
    assert {k: v["colour"] for k, v in data["kinds"].items()} == {
        k: EDGE_STYLES[k].colour for k in data["kinds"]
    }
    assert data["kinds"]["undirected"]["directed"] is False


def test_the_page_is_self_contained(lg: lineage.Lineage) -> None:
    html = lg.view().html
    markup = outside_data(html).replace(SVG_NAMESPACE, "")
    assert "http://" not in markup
    assert "https://" not in markup
    assert not re.search(r"\b(src|href|xlink:href|action)\s*=", markup, re.I)
    assert not re.search(r"<link\b|@import|url\(\s*['\"]?(https?:|//)", markup, re.I)
    assert "default-src 'none'" in html  # and the page's policy forbids any load
    assert html.count("<script") == 2
    assert html.count("</script>") == 2


def test_hostile_text_stays_text_in_the_page(tmp_path: Path) -> None:
    html = lineage.load(hostile_data(tmp_path)).view().html
    assert html.count("<script") == 2
    assert html.count("</script>") == 2
    assert "<!--" not in html
    assert "<img" not in html
    assert "<svg onload" not in html
    assert "pwned" not in outside_data(html)
    assert "\u2028" not in html
    assert "\u2029" not in html
    assert "<title>&lt;" not in html  # the title is the diagram's, escaped where it is data
    data = payload_of(html)
    assert sorted(data["lanes"], key=lambda x: x["group"])[0]["name"] == HOSTILE[0]
    assert {lane["name"] for lane in data["lanes"]} == set(HOSTILE)
    assert {c["quote"] for e in data["events"] for c in e["citations"]} == set(HOSTILE[1:])
    assert data["sources"][0]["title"].startswith("</title>")


def test_the_script_never_parses_data_as_markup() -> None:
    script = page_asset("view.js")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script
    assert "new Function" not in script
    assert "textContent" in script


def test_conflicts_between_sources_are_in_the_payload(combined: lineage.Lineage) -> None:
    [conflict] = combined.conflicts()
    data = payload_of(combined.view().html)
    ids = {e["id"]: e for e in data["events"]}
    assert ids["art:mojwa-split"]["conflicts"] == ids["mmp:r1"]["conflicts"] == [0]
    [shown] = data["conflicts"]
    assert (shown["kind"], shown["summary"]) == (conflict.kind, conflict.summary)
    assert {s["dataset"] for s in shown["sides"]} == {"art", "mmp"}
    assert all(data["events"][s["event"]]["id"] == s["id"] for s in shown["sides"])
    assert payload_of(lineage.load().view().html)["conflicts"] == []


def test_a_view_saves_atomically_but_never_over_its_data(tmp_path: Path) -> None:
    path = crafted.write(tmp_path, crafted.dataset([crafted.group("a")]))
    before = path.read_bytes()
    page = lineage.load(path).view()
    with pytest.raises(lineage.ArgumentError, match="is also an input"):
        page.save(path)
    assert path.read_bytes() == before
    page.save(tmp_path / "view.html")
    assert (tmp_path / "view.html").read_text(encoding="utf-8") == page.html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.json", "view.html"]


def test_in_a_notebook_the_page_is_an_isolated_frame(lg: lineage.Lineage) -> None:
    page = lg.view("MOJWA")
    shown = page._repr_html_()
    assert shown.startswith('<iframe sandbox="allow-scripts"')
    assert "<script" not in shown  # the page is escaped into srcdoc, run inside the frame
    assert "&lt;script" in shown


def test_too_many_lanes_are_refused_before_any_layout(lg: lineage.Lineage) -> None:
    with pytest.raises(lineage.ArgumentError, match="too many for one interactive view"):
        view(lg.graph, max_lanes=3)
    assert isinstance(view(lg.graph, "mojwa", max_lanes=8), HtmlView)


def test_the_cli_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "jnim.html"
    result = CliRunner().invoke(cli, ["draw", "JNIM", "-o", str(out), "--start", "2010"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {out}\n"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert payload_of(html)["window"][0] == 2010.0
    assert CliRunner().invoke(cli, ["draw", "JNIM", "-o", str(tmp_path / "a.HTM")]).exit_code == 0


def test_the_cli_refuses_a_bad_output_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["draw", "JNIM", "-o", str(tmp_path / "no" / "page.html")])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output + result.stderr
    assert list(tmp_path.iterdir()) == []


# ---- in a real browser --------------------------------------------------------

SKIP = (
    "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver) "
    "and selenium (pip install -e '.[test]')"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium through its chromedriver (never Selenium Manager, which
    downloads); the suite's network guard lets only loopback connections (to the
    driver) through."""
    webdriver = pytest.importorskip("selenium.webdriver", reason=SKIP)
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if binary is None or driver_path is None:
        pytest.skip(SKIP)
    guard = socket.socket.connect

    def loopback_only(sock: socket.socket, address: Any) -> None:
        if isinstance(address, tuple) and address[0] in ("127.0.0.1", "::1", "localhost"):
            return _socket.socket.connect(sock, address)
        return guard(sock, address)

    socket.socket.connect = loopback_only  # type: ignore[method-assign,assignment]
    try:
        options = webdriver.ChromeOptions()
        options.binary_location = binary
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,900"):
            options.add_argument(arg)
        options.add_argument("--disable-background-networking")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            yield driver
        finally:
            driver.quit()
    finally:
        socket.socket.connect = guard  # type: ignore[method-assign]


def open_page(driver: Any, html: str, folder: Path, name: str = "page.html") -> None:
    path = folder / name
    path.write_text(html, encoding="utf-8")
    driver.get(path.as_uri())
    driver.get_log("browser")  # start each page with an empty log


def severe(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def visible_groups(driver: Any) -> list[str]:
    return list(
        driver.execute_script(
            "return [...document.querySelectorAll('#plot text.label')]"
            ".map(t => t.getAttribute('data-group'))"
        )
    )


def topmost(driver: Any, selector: str) -> list[Any]:
    """The elements matching ``selector`` that are the topmost at their own centre."""
    return list(
        driver.execute_script(
            "return [...document.querySelectorAll(arguments[0])].filter(e => {"
            " const r = e.getBoundingClientRect();"
            " e.scrollIntoView({block: 'center'});"
            " const s = e.getBoundingClientRect();"
            " return r.width > 0 && document.elementFromPoint(s.x + s.width / 2,"
            " s.y + s.height / 2) === e; })",
            selector,
        )
    )


def hover(driver: Any, element: Any) -> str:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).move_to_element(element).perform()
    tip = driver.find_element("id", "tip")
    assert tip.is_displayed()
    return str(tip.text)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_page_loads_with_no_console_error(
    browser: Any, lg: lineage.Lineage, tmp_path: Path
) -> None:
    open_page(browser, lg.view().html, tmp_path)
    assert severe(browser) == []
    assert len(visible_groups(browser)) == len(lg.groups)
    assert browser.find_element("id", "status").text.startswith(f"{len(lg.groups)} of")


def test_hovering_an_arrow_shows_its_quotes(
    browser: Any, lg: lineage.Lineage, tmp_path: Path
) -> None:
    html = lg.view("JNIM").html
    data = payload_of(html)
    open_page(browser, html, tmp_path)
    hits = topmost(browser, "#plot g.conn rect.hit")
    assert hits
    for element in hits[:4]:
        index = int(element.find_element("xpath", "..").get_attribute("data-i"))
        connector = data["connectors"][index]
        shown = flat(hover(browser, element))
        for quote in quotes_of(data, connector):
            assert flat(quote) in shown
        event = data["events"][connector["event"]]
        assert event["meaning"] in shown
        assert f"Confidence: {event['confidence']}" in shown
        assert data["lanes"][connector["source"]]["name"] in shown
    assert severe(browser) == []


def test_hovering_a_lane_shows_its_camp_and_pledge(
    browser: Any, lg: lineage.Lineage, tmp_path: Path
) -> None:
    html = lg.view("Boko Haram").html
    data = payload_of(html)
    [(i, j)] = [
        (i, j)
        for i, lane in enumerate(data["lanes"])
        if lane["group"] == "boko-haram"
        for j, seg in enumerate(lane["segments"])
        if seg["pledges"] and seg["camp"] >= 0
    ][:1]
    open_page(browser, html, tmp_path)
    [element] = list(topmost(browser, f'#plot rect.seg[data-i="{i}"][data-j="{j}"]'))[:1]
    shown = flat(hover(browser, element))
    pledge = data["events"][data["lanes"][i]["segments"][j]["pledges"][0]]
    assert "Islamic State camp" in shown
    assert flat(pledge["citations"][0]["quote"]) in shown


def test_clicking_a_group_refocuses_on_its_lineage(
    browser: Any, lg: lineage.Lineage, tmp_path: Path
) -> None:
    open_page(browser, lg.view().html, tmp_path)
    everyone = visible_groups(browser)
    for gid in ("mojwa", "boko-haram"):
        lineage_of = {gid, *q.origins(lg.graph, gid), *q.became(lg.graph, gid)}
        browser.find_element("css selector", f'#plot text.label[data-group="{gid}"]').click()
        shown = visible_groups(browser)
        assert len(shown) < len(everyone)
        assert sorted(shown) == sorted(lineage_of)
        assert shown == [g for g in everyone if g in lineage_of]  # the same order, re-packed
        bold = browser.find_elements("css selector", "#plot text.label.focus")
        assert [b.get_attribute("data-group") for b in bold] == [gid]  # the new focus
        browser.find_element("id", "show-all").click()
        assert visible_groups(browser) == everyone
    assert severe(browser) == []


def ticks(driver: Any) -> list[str]:
    return [t.text for t in driver.find_elements("css selector", "#axis text.tick")]


def test_the_time_window_zooms_the_axis(browser: Any, lg: lineage.Lineage, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    open_page(browser, lg.view("JNIM").html, tmp_path)
    before = ticks(browser)
    start = browser.find_element("id", "from")
    start.send_keys(Keys.CONTROL, "a")
    start.send_keys("2013")
    end = browser.find_element("id", "to")
    end.send_keys(Keys.CONTROL, "a")
    end.send_keys("2015", Keys.ENTER)
    zoomed = ticks(browser)
    assert zoomed != before
    assert zoomed[0].startswith("2013")
    assert zoomed[-1].startswith("2015")
    assert len(zoomed) > 2
    assert "-" in zoomed[1]
    browser.find_element("id", "zoom-reset").click()
    assert ticks(browser) == before
    axis = browser.find_element("id", "axis")
    ActionChains(browser).move_to_element_with_offset(axis, 60, 0).click_and_hold().move_by_offset(
        200, 0
    ).release().perform()
    lo, hi = (float(browser.find_element("id", x).get_attribute("value")) for x in ("from", "to"))
    window = payload_of(lg.view("JNIM").html)["window"]
    assert window[0] < lo < hi < window[1]
    assert ticks(browser) != before
    assert severe(browser) == []


def test_hovering_an_edge_mark_shows_the_events_beyond(
    browser: Any, lg: lineage.Lineage, tmp_path: Path
) -> None:
    html = lg.view("JNIM", start="2016").html
    data = payload_of(html)
    open_page(browser, html, tmp_path)
    marks = topmost(browser, "#plot text.mark")
    assert len(marks) == len(data["marks"])
    mark = data["marks"][int(marks[0].get_attribute("data-i"))]
    assert marks[0].text == mark["text"]
    shown = flat(hover(browser, marks[0]))
    assert "earlier than the window drawn" in shown
    for e in mark["events"]:
        assert flat(data["events"][e]["citations"][0]["quote"]) in shown
    assert severe(browser) == []


def test_turning_a_source_off_hides_its_facts(
    browser: Any, combined: lineage.Lineage, tmp_path: Path
) -> None:
    html = combined.view().html
    data = payload_of(html)
    open_page(browser, html, tmp_path)
    conns = "return [...document.querySelectorAll('#plot g.conn')].map(g => +g.dataset.i)"
    everything = browser.execute_script(conns)
    assert sorted(everything) == list(range(len(data["connectors"])))
    mmp = next(i for i, s in enumerate(data["sources"]) if s["id"] == "mmp:mmp")
    browser.find_element("css selector", "details.filters summary").click()
    browser.find_element("css selector", f'input[data-source="{mmp}"]').click()
    kept = [
        i
        for i, c in enumerate(data["connectors"])
        if set(data["events"][c["event"]]["sources"]) - {mmp}
    ]
    assert kept
    assert len(kept) < len(everything)
    assert sorted(browser.execute_script(conns)) == kept
    assert "mmp:g3" not in visible_groups(browser)  # known from MMP only
    browser.find_element("css selector", f'input[data-source="{mmp}"]').click()
    assert sorted(browser.execute_script(conns)) == everything
    assert severe(browser) == []


def test_turning_a_kind_off_hides_its_connectors(
    browser: Any, lg: lineage.Lineage, tmp_path: Path
) -> None:
    html = lg.view("JNIM").html
    data = payload_of(html)
    open_page(browser, html, tmp_path)
    kinds = "return [...document.querySelectorAll('#plot g.conn')].map(g => g.dataset.kind)"
    assert sorted(browser.execute_script(kinds)) == sorted(c["kind"] for c in data["connectors"])
    assert "pledge" in browser.execute_script(kinds)  # JNIM's leader pledged to AQIM's
    browser.find_element("css selector", "details.filters summary").click()
    browser.find_element("css selector", 'input[data-kind="pledge"]').click()
    left = browser.execute_script(kinds)
    assert "pledge" not in left
    assert sorted(left) == sorted(c["kind"] for c in data["connectors"] if c["kind"] != "pledge")
    browser.find_element("css selector", 'input[data-kind="pledge"]').click()
    assert len(browser.execute_script(kinds)) == len(data["connectors"])


def test_facts_in_conflict_are_marked(
    browser: Any, combined: lineage.Lineage, tmp_path: Path
) -> None:
    html = combined.view().html
    data = payload_of(html)
    open_page(browser, html, tmp_path)
    marked = browser.execute_script(
        "return [...document.querySelectorAll('#plot g.conn')]"
        ".filter(g => g.querySelector('.conflict')).map(g => +g.dataset.i)"
    )
    assert sorted(data["events"][data["connectors"][i]["event"]]["id"] for i in marked) == [
        "art:mojwa-split",
        "mmp:r1",
    ]
    [ours] = [i for i in marked if data["events"][data["connectors"][i]["event"]]["id"] == "mmp:r1"]
    [element] = browser.find_elements("css selector", f'#plot g.conn[data-i="{ours}"] rect.hit')
    shown = flat(hover(browser, element))
    assert "In conflict between sources (dates)" in shown
    assert "art:mojwa-split" in shown
    assert "mojwa-split in art" in shown


def test_hostile_names_are_inert_in_the_browser(browser: Any, tmp_path: Path) -> None:
    html = lineage.load(hostile_data(tmp_path)).view().html
    open_page(browser, html, tmp_path)
    assert severe(browser) == []
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.find_elements("css selector", "img, iframe, object, embed") == []
    assert browser.execute_script("return document.scripts.length") == 2
    names = browser.execute_script(
        "return [...document.querySelectorAll('#plot text.label')].map(t => t.textContent)"
    )
    squash = {re.sub(r"\s", "", n) for n in HOSTILE}
    assert {re.sub(r"\s", "", n) for n in names} == squash  # drawn whole, as written
    for element in topmost(browser, "#plot g.conn rect.hit"):
        hover(browser, element)
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.title == "Lineage of every group"


def test_the_notebook_frame_draws_the_page(
    browser: Any, lg: lineage.Lineage, tmp_path: Path
) -> None:
    page = lg.view("MOJWA")
    open_page(browser, f"<!DOCTYPE html><body>{page._repr_html_()}</body>", tmp_path)
    browser.switch_to.frame(browser.find_element("tag name", "iframe"))
    try:
        groups = visible_groups(browser)
        assert sorted(groups) == sorted(lane["group"] for lane in payload_of(page.html)["lanes"])
    finally:
        browser.switch_to.default_content()
    assert severe(browser) == []


def test_a_screenshot_is_not_blank(browser: Any, lg: lineage.Lineage, tmp_path: Path) -> None:
    import matplotlib.image

    open_page(browser, lg.view().html, tmp_path)
    pixels = matplotlib.image.imread(io.BytesIO(browser.get_screenshot_as_png()), format="png")
    rgb = (pixels[..., :3] * 255).round().astype(int)
    drawn = (rgb < 245).any(axis=-1).mean()
    colours = len({tuple(p) for p in rgb.reshape(-1, 3)[::7].tolist()})
    assert drawn > 0.04, f"only {drawn:.1%} of the screenshot is drawn on"
    assert colours > 40


def _synthetic(folder: Path) -> lineage.Lineage:
    path = folder / "synthetic.json"
    path.write_text(json.dumps(lineage.synthesize(260, seed=1)), encoding="utf-8")
    return lineage.load(path)


def _mmp(folder: Path) -> lineage.Lineage:
    if not REL.is_file() or not KEY.is_file():
        pytest.skip("the MMP files are not in ../shared/mmp")
    path = folder / "mmp.json"
    lineage.write_dataset(lineage.read_mmp(REL, KEY), path)
    return lineage.load([lineage.BUNDLED, path])


@pytest.mark.parametrize("make", [_synthetic, _mmp], ids=["synthetic-260", "mmp"])
def test_a_whole_mmp_sized_page_loads_and_answers_a_hover(
    browser: Any, tmp_path: Path, make: Any
) -> None:
    # how fast: bench/view.py, as ratios against baselines timed in the same run
    lg = make(tmp_path)
    html = lg.view().html
    data = payload_of(html)
    assert len(data["lanes"]) >= 250
    assert len(data["connectors"]) >= 200
    open_page(browser, html, tmp_path)
    assert len(visible_groups(browser)) == len(data["lanes"])
    [element] = topmost(browser, "#plot g.conn rect.hit")[:1]
    connector = data["connectors"][int(element.find_element("xpath", "..").get_attribute("data-i"))]
    shown = flat(hover(browser, element))
    assert flat(quotes_of(data, connector)[0]) in shown
    assert severe(browser) == []
