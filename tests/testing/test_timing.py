"""The fresh-mock timing script runs (the number itself is `make bench`'s, not a test's)."""

from __future__ import annotations

import json

import pytest

from specbench.testing import timing


def test_timing_reports_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert timing.main(["mspbots", "--rounds", "2", "--json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["api"] == "mspbots" and result["rounds"] == 2
    assert result["median_ms"] > 0
