"""Redraw the README's pictures from the bundled data: docs/jnim.png and docs/view.png.

Run:  python docs/make_images.py

docs/jnim.png is ``lineage draw JNIM -o docs/jnim.png``. docs/view.png is the
interactive view of the same lineage (``lg.view("JNIM")``) in Debian's headless
Chromium, driven by selenium (the test extra), with the pointer on the arrow of
Al Murabitoun's formation, so the picture shows the evidence panel a reader
gets: the event, its date and what the date means, and each source's quote.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import lineage

HERE = Path(__file__).resolve().parent


def static(lg: lineage.Lineage) -> None:
    lg.diagram("JNIM").save(HERE / "jnim.png", dpi=110)


def interactive(lg: lineage.Lineage) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,860"):
        options.add_argument(arg)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "jnim.html"
        lg.view("JNIM").save(page)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.get(page.as_uri())
            script = "return JSON.parse(document.getElementById('lineage-data').textContent)"
            data = driver.execute_script(script)
            ids = [e["id"] for e in data["events"]]
            wanted = ids.index("al-murabitoun-formed")  # the merger that made Al Murabitoun
            i = next(i for i, c in enumerate(data["connectors"]) if c["event"] == wanted)
            arrow = driver.find_element(By.CSS_SELECTOR, f'#plot g.conn[data-i="{i}"] rect.hit')
            ActionChains(driver).move_to_element(arrow).perform()
            driver.save_screenshot(str(HERE / "view.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    bundled = lineage.load()
    static(bundled)
    interactive(bundled)
    print(f"wrote {HERE / 'jnim.png'} and {HERE / 'view.png'}")
