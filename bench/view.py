"""The interactive view at MMP scale: building the page, and the page in a browser.

Run:  python bench/view.py [--groups 260] [--runs 5] [--out bench/results/view.json]

A synthetic dataset of ``--groups`` groups (a whole MMP import is about 260)
drawn whole, each cost a ratio against a baseline timed in the same run,
interleaved with it, so the ratios hold on any machine:

* building the page (``view(G).html``) against computing its layout alone
  (``compute_layout``, which the static diagram needs as well): what the
  evidence, the JSON and the page add;
* loading it in headless Chromium (Debian's chromium and chromium-driver,
  driven by selenium; skipped without them) until the page has drawn, against
  loading a page of the same bytes whose script only parses the JSON: what
  drawing the SVG adds;
* a hover answered (the tooltip shown) against a pointer moved to the same
  place on a page that does nothing on hover.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lineage
from lineage.views.html import view
from lineage.views.layout import compute_layout

SCRIPT_OPEN = '<script type="application/json" id="lineage-data">'


def timed(work: Callable[[], object]) -> float:
    t = time.perf_counter()
    work()
    return time.perf_counter() - t


def build(lg: lineage.Lineage, runs: int) -> dict[str, float]:
    page, layout = [], []
    for _ in range(runs):
        layout.append(timed(lambda: compute_layout(lg.graph)))
        page.append(timed(lambda: view(lg.graph).html))
    med = {"page_s": statistics.median(page), "layout_s": statistics.median(layout)}
    return {**med, "page_vs_layout": med["page_s"] / med["layout_s"]}


def _parse_only(html: str) -> str:
    """The same page, its script replaced by one that parses the data and stops."""
    start = html.index(SCRIPT_OPEN)
    data_end = html.index("</script>", start) + len("</script>")
    stub = (
        "<script>window.parsed = JSON.parse("
        "document.getElementById('lineage-data').textContent).lanes.length;</script>"
    )
    head = html[:start].split("<meta http-equiv", 1)[0]  # no CSP: the stub is not hashed
    return head + "</head><body>" + html[start:data_end] + stub + "</body></html>"


def _driver() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(arg)
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def browse(html: str, runs: int) -> dict[str, float] | None:
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        print("browser: skipped (apt-get install chromium chromium-driver)", file=sys.stderr)
        return None
    from selenium.webdriver.common.action_chains import ActionChains

    driver = _driver()
    load, bare, hover, still = [], [], [], []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            page, plain = Path(tmp) / "page.html", Path(tmp) / "plain.html"
            page.write_text(html, encoding="utf-8")
            plain.write_text(_parse_only(html), encoding="utf-8")
            for _ in range(runs):
                load.append(timed(lambda: driver.get(page.as_uri())))
                hit = driver.find_elements("css selector", "#plot g.conn rect.hit")[0]
                driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", hit)
                hover.append(timed(ActionChains(driver).move_to_element(hit).perform))
                assert driver.find_element("id", "tip").is_displayed()
                title = driver.find_element("css selector", "h1")
                still.append(timed(ActionChains(driver).move_to_element(title).perform))
                bare.append(timed(lambda: driver.get(plain.as_uri())))
                assert driver.execute_script("return window.parsed") > 0
    finally:
        driver.quit()
    med = {
        "load_s": statistics.median(load),
        "parse_only_load_s": statistics.median(bare),
        "hover_s": statistics.median(hover),
        "pointer_move_s": statistics.median(still),
    }
    return {
        **med,
        "load_vs_parse_only": med["load_s"] / med["parse_only_load_s"],
        "hover_vs_pointer_move": med["hover_s"] / med["pointer_move_s"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=260)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default="bench/results/view.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.json"
        path.write_text(json.dumps(lineage.synthesize(args.groups, seed=1)), encoding="utf-8")
        lg = lineage.load(path)
    html = view(lg.graph).html
    result: dict[str, Any] = {"groups": args.groups, "page_bytes": len(html.encode())}
    result["build"] = build(lg, args.runs)
    result["browser"] = browse(html, args.runs)
    b = result["build"]
    line = (
        f"{args.groups} groups, page {result['page_bytes'] / 1e6:.2f} MB: built in "
        f"{b['page_s']:.2f} s, x{b['page_vs_layout']:.2f} its layout alone"
    )
    if result["browser"]:
        w = result["browser"]
        line += (
            f"; loads in {w['load_s']:.2f} s, x{w['load_vs_parse_only']:.2f} a page that "
            f"only parses its data; a hover answers in {w['hover_s'] * 1000:.0f} ms, "
            f"x{w['hover_vs_pointer_move']:.2f} a pointer move that does nothing"
        )
    print(line)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
