"""What the network guard's audit hook costs outside replay (it is installed for the whole process).

``sys._getframe()`` raises an audit event and costs almost nothing itself, so it shows the price of one
event. It is timed in three fresh processes, side by side: no hook, a hook that does nothing (CPython's
own cost of calling a Python hook), and ``harness.guard`` imported. Then it counts the audit events one
replayed demo page raises, to put the per-event price in per-page terms.
Run: ``python bench/guard_overhead.py``.
"""

from __future__ import annotations

import subprocess
import sys

TIME = """
import sys, timeit
if sys.argv[1] == "empty":
    sys.addaudithook(lambda event, args: None)
elif sys.argv[1] == "guard":
    import harness.guard
n = 300_000
print(min(timeit.repeat("f()", number=n, repeat=7, globals={"f": sys._getframe})) / n * 1e9)
"""

COUNT = """
import collections, sys, time
from pathlib import Path
from harness import runner
from harness.capture import cassette
from harness.config import load_config
ctx = runner.make_context(load_config(Path(".")), "generic")
refs = cassette.discover(Path("cassettes"))
for ref in refs:
    runner.replay_page(ref, ctx)
events = collections.Counter()
sys.addaudithook(lambda event, args: events.update((event,)))
start = time.perf_counter()
for ref in refs:
    runner.replay_page(ref, ctx)
print(sum(events.values()) / len(refs), (time.perf_counter() - start) / len(refs) * 1e9)
"""


def run(code: str, *args: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    bare, empty, guard = (run(TIME, mode)[0] for mode in ("bare", "empty", "guard"))
    print(
        f"one audit event: {bare:.0f} ns without a hook, {empty:.0f} ns with an empty hook, "
        f"{guard:.0f} ns with the guard's hook (the gate itself: {guard - empty:+.0f} ns)"
    )
    per_page, page_ns = run(COUNT)
    cost = per_page * (guard - bare)
    print(
        f"a demo page raises {per_page:.0f} audit events and replays in {page_ns / 1e6:.1f} ms: "
        f"the hook adds about {cost / 1e3:.0f} µs a page ({cost / page_ns:.1%})"
    )


if __name__ == "__main__":
    main()
