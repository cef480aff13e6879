"""Map a JSON pointer of the bundle back to the hand-written file it came from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from specbench.layout import ROOT
from specbench.openapi import split_pointer


class SourceMap:
    """Knows which file of a split spec holds each path item and component."""

    def __init__(self, root_document: Path) -> None:
        self.root_document = root_document
        self._files: dict[tuple[str, ...], Path] = {}
        try:
            root: Any = yaml.safe_load(root_document.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            root = None
        if not isinstance(root, dict):
            return
        for path, item in (root.get("paths") or {}).items():
            self._remember(("paths", path), item)
        for section, entries in (root.get("components") or {}).items():
            for name, entry in (entries or {}).items():
                self._remember(("components", section, name), entry)

    def _remember(self, key: tuple[str, ...], entry: Any) -> None:
        if isinstance(entry, dict) and isinstance(entry.get("$ref"), str):
            ref = entry["$ref"]
            if not ref.startswith("#"):
                self._files[key] = (self.root_document.parent / ref.split("#")[0]).resolve()

    def file_for(self, ptr: str) -> str:
        """The spec file (relative to the repo) that a bundle pointer comes from."""
        tokens = tuple(split_pointer(ptr))
        for length in (3, 2):
            found = self._files.get(tokens[:length])
            if found is not None:
                return _relative(found)
        return _relative(self.root_document)


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
