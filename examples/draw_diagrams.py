"""Draw the family trees analysts ask for, as PNG files.

Run: python examples/draw_diagrams.py [OUTPUT_DIR]   (default: the current directory)
"""

import sys
from pathlib import Path

import lineage

out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path()
out.mkdir(parents=True, exist_ok=True)
lg = lineage.load()
for focus, name in [("JNIM", "jnim"), ("MOJWA", "mojwa"), (None, "all-groups")]:
    path = out / f"{name}.png"
    lg.diagram(focus).save(path)
    print(f"wrote {path}")
