"""Where did JNIM come from? Its ancestors, nearest first, and who led them.

Run: python examples/where_did_jnim_come_from.py
"""

import lineage

lg = lineage.load()
print("JNIM came from:")
for group in lg.origins("JNIM"):
    leaders = ", ".join(p.name for p in lg.leaders(group)) or "leader not stated"
    print(f"  {group.name:<52} {leaders}")
print()
print("Led in 2017 by:", ", ".join(p.name for p in lg.leaders("JNIM", at="2017")))
print("Pledged in 2017 to:", ", ".join(g.name for g in lg.allegiance("JNIM", at="2017")))
