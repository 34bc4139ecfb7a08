"""The article and Stanford's MMP data read as one: who is whom, what both report,
and where they disagree.

Run: python examples/combine_with_mmp.py [FOLDER]
(MMP's two CSV files are looked for in $LINEAGE_MMP, else ../shared/mmp beside
the repository; without them the script says so and stops.)
"""

import os
import sys
import tempfile
from pathlib import Path

import lineage

mmp_folder = Path(
    os.environ.get("LINEAGE_MMP", Path(__file__).resolve().parents[2] / "shared" / "mmp")
)
rel = mmp_folder / "Militant-Group-Relationships-clean.csv"
key = mmp_folder / "Militant-Group-Key.csv"
if not rel.is_file() or not key.is_file():
    print(f"skipped: MMP's files are not in {mmp_folder} (set LINEAGE_MMP)")
    sys.exit(0)

folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
mmp = folder / "mmp.json"
lineage.write_dataset(lineage.read_mmp(rel, key), mmp)

lg = lineage.load([lineage.BUNDLED, mmp])  # lineage's own links apply
print(lg)
print("MUJAO is", lg.group("MUJAO").id, "- its names:")
print("  " + "; ".join(n.name for n in lg.group("MUJAO").all_names()))

print("\nFrom the GIA to ISGS, through both sources:")
for event in lg.explain("Armed Islamic Group of Algeria", "ISGS"):
    sources = sorted({c.source for c in event.citations})
    print(f"  {event.date}  {event.kind}: {event.description}  [{', '.join(sources)}]")

print("\nWhere the sources disagree:")
print(lg.conflicts())
