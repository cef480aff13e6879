"""A house-rule finding and how it is printed."""

from __future__ import annotations

from dataclasses import dataclass

from specbench.openapi import split_pointer


@dataclass(frozen=True, order=True)
class Problem:
    """One violation: which rule, where (JSON pointer in the bundle, source file) and why."""

    source: str
    pointer: str
    rule: str
    message: str

    def __str__(self) -> str:
        place = " > ".join(split_pointer(self.pointer)) or "(document)"
        return f"{self.source}: {place}: [{self.rule}] {self.message}"
