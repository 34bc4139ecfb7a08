"""What did MOJWA become? Each descendant with the chain of events and its quotes.

Run: python examples/what_did_mojwa_become.py
"""

import lineage

lg = lineage.load()
for group in lg.became("MOJWA"):
    print(f"{group.name} ({group.id})")
    for event in lg.explain("MOJWA", group):
        print(f"  {event.date}  {event.kind}: {event.description}")
        print(f"      “{event.citations[0].quote}”")
