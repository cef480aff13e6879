"""The endpoint inventory: a Markdown table of the endpoints the vendor's documentation lists,
checked against the spec.

Each `specs/<api>/INVENTORY.md` holds one table with the columns
`Method | Path | Vendor section | As written by the vendor` (the older header
`Method | Path | Seed section | As written in the seed` is still read). `Path` is the path as the
spec has it; the last column keeps the vendor document's own spelling where the spec corrected it
(else it is empty). An operation in the spec but not in the inventory must say where it comes from
with `x-specbench-source: public` (a public fact beyond the vendor's document).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from specbench.openapi import operations, pointer

COLUMNS = ("method", "path", "vendor section", "as written by the vendor")
PUBLIC_SOURCE_KEY = "x-specbench-source"


@dataclass(frozen=True)
class Entry:
    """One endpoint the vendor's documentation lists."""

    method: str
    path: str
    section: str
    as_written: str
    line: int

    @property
    def key(self) -> tuple[str, str]:
        return self.method.lower(), self.path


def _cells(line: str) -> list[str]:
    return [cell.strip().strip("`").strip() for cell in line.strip().strip("|").split("|")]


def read_inventory(path: Path) -> list[Entry]:
    """Parse the inventory table; raise ValueError naming the line when it is malformed."""
    entries: list[Entry] = []
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.lstrip().startswith("|"):
            continue
        cells = _cells(line)
        if not header_seen:
            if tuple(c.lower() for c in cells) != COLUMNS:
                raise ValueError(f"{path}:{number}: expected columns {' | '.join(COLUMNS)}")
            header_seen = True
            continue
        if all(re.fullmatch(r":?-+:?", c) for c in cells):
            continue
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{path}:{number}: expected {len(COLUMNS)} cells, got {len(cells)}")
        method, api_path, section, as_written = cells
        if method.upper() not in {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}:
            raise ValueError(f"{path}:{number}: {method!r} is not an HTTP method")
        entries.append(Entry(method.upper(), api_path, section, as_written, number))
    if not header_seen:
        raise ValueError(f"{path}: no inventory table found")
    return entries


def compare(document: dict[str, Any], entries: list[Entry], source: str) -> Iterator[str]:
    """Messages for every mismatch between the spec and the inventory."""
    listed: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        if entry.key in listed:
            yield f"{source}:{entry.line}: {entry.method} {entry.path} is listed twice"
        listed[entry.key] = entry
    in_spec = {(op.method, op.path): op for op in operations(document)}
    for key, entry in listed.items():
        if key not in in_spec:
            yield (
                f"{source}:{entry.line}: the vendor documents {entry.method} {entry.path} "
                f"({entry.section!r}) but the spec has no such operation"
            )
    for key, op in in_spec.items():
        if key not in listed and op.node.get(PUBLIC_SOURCE_KEY) != "public":
            yield (
                f"{pointer('paths', op.path, op.method)}: {op.label} is not in {source}; "
                f"list it there, or mark it `{PUBLIC_SOURCE_KEY}: public` if it comes from "
                "public facts beyond the vendor's document"
            )
