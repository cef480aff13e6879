"""The Makefile keeps its promises: incremental, self-describing."""

from __future__ import annotations

import subprocess

from specbench.layout import ROOT


def test_second_make_has_nothing_to_do() -> None:
    # `make test` has just run `make all`; with nothing changed, make must find no work.
    result = subprocess.run(
        ["make", "--question", "all"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, (
        "make would redo work:\n"
        + subprocess.run(
            ["make", "--dry-run", "all"], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout
    )


def test_make_help_lists_the_main_targets() -> None:
    result = subprocess.run(["make", "help"], cwd=ROOT, capture_output=True, text=True, check=True)
    for target in ("all", "test", "validate", "generate", "bundle", "lint"):
        assert f"make {target} " in result.stdout
