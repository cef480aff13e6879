"""Where things live in the repository: one place that knows the folder layout.

Outside a checkout (the `specbench` wheel installed in a venv) there are no specs and no build/:
the bundles come from the package data `specbench/bundles/<api>/openapi.{json,yaml}`, which
`make dist` copies from build/specs into the wheel (docs/packages.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# The bundles shipped inside the wheel (absent in a checkout, which reads build/specs/).
PACKAGED_BUNDLES = PACKAGE_DIR / "bundles"
ROOT = Path(os.environ.get("SPECBENCH_ROOT", PACKAGE_DIR.parents[1]))
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
BUILD = ROOT / "build"
NODE_BIN = ROOT / "node_modules" / ".bin"


@dataclass(frozen=True)
class Api:
    """One described API: its spec folder and everything derived from it."""

    name: str

    @property
    def spec_dir(self) -> Path:
        return SPECS / self.name

    @property
    def root_document(self) -> Path:
        """The hand-written root of the split spec."""
        return self.spec_dir / "openapi.yaml"

    @property
    def inventory(self) -> Path:
        """The table of endpoints the vendor's documentation lists."""
        return self.spec_dir / "INVENTORY.md"

    @property
    def errata(self) -> Path:
        return self.spec_dir / "ERRATA.md"

    @property
    def client_config(self) -> Path:
        """openapi-python-client configuration for this API's client."""
        return self.spec_dir / "client.yaml"

    @property
    def bundle_json(self) -> Path:
        """The single-document bundle every consumer reads: build/specs/ in a checkout, the
        package data of an installed wheel elsewhere."""
        return self._bundle("openapi.json")

    @property
    def bundle_yaml(self) -> Path:
        return self._bundle("openapi.yaml")

    def _bundle(self, name: str) -> Path:
        built = BUILD / "specs" / self.name / name
        packaged = PACKAGED_BUNDLES / self.name / name
        return packaged if not in_checkout() and packaged.exists() else built

    @property
    def client_project(self) -> str:
        return f"{self.name}-client"

    @property
    def client_package(self) -> str:
        return f"{self.name}_client"

    @property
    def client_dir(self) -> Path:
        return GENERATED / self.client_project


def in_checkout() -> bool:
    """True when running from the repository (its specs/ beside the tooling)."""
    return SPECS.is_dir()


def discover_apis() -> list[Api]:
    """Every folder under specs/ that holds an openapi.yaml (outside a checkout: every bundle
    shipped in the package), sorted by name."""
    if not in_checkout():
        return [Api(p.parent.name) for p in sorted(PACKAGED_BUNDLES.glob("*/openapi.json"))]
    return [Api(p.parent.name) for p in sorted(SPECS.glob("*/openapi.yaml"))]


def select_apis(names: list[str]) -> list[Api]:
    """The named APIs, or all of them when no name is given."""
    known = {api.name: api for api in discover_apis()}
    if not names:
        return list(known.values())
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"unknown API(s): {', '.join(unknown)}; known: {', '.join(known)}")
    return [known[n] for n in names]
