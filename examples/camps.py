"""The Al Qaeda and Islamic State camps in 2014 and in 2017.

Run: python examples/camps.py
"""

import lineage

lg = lineage.load()
for year in ("2014", "2017"):
    print(f"End of {year}:")
    for camp, members in lg.camps(year).items():
        print(f"  {camp}: {', '.join(sorted(g.name for g in members))}")
