"""How long a fresh `MockApi` takes, per API: `python -m specbench.testing.timing [api …]`.

The first mock of an API in a process compiles its operations (cached for the process); every
later one only makes its store and its own behaviours. The target for a later one is 50 ms.
Prints one line per API, or JSON with `--json` (for `make bench`).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from typing import Any

from specbench.layout import discover_apis

ROUNDS = 30


def measure(name: str, rounds: int = ROUNDS) -> dict[str, Any]:
    """Milliseconds for the first mock of `name` and for `rounds` later ones (median, p90, max)."""
    from specbench.testing import MockApi

    start = time.perf_counter()
    MockApi(name).close()
    first = (time.perf_counter() - start) * 1000
    later = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        mock = MockApi(name)
        later.append((time.perf_counter() - start) * 1000)
        mock.close()
    later.sort()
    return {
        "api": name,
        "first_ms": round(first, 1),
        "median_ms": round(statistics.median(later), 2),
        "p90_ms": round(later[int(len(later) * 0.9) - 1], 2),
        "max_ms": round(later[-1], 2),
        "rounds": rounds,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("apis", nargs="*", help="API names (default: every API)")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    names = args.apis or [api.name for api in discover_apis() if api.bundle_json.is_file()]
    results = [measure(name, args.rounds) for name in names]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print(
                f"{r['api']:<10} first {r['first_ms']:>7.1f} ms   then median "
                f"{r['median_ms']:>6.2f} ms, p90 {r['p90_ms']:>6.2f}, max {r['max_ms']:>6.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
