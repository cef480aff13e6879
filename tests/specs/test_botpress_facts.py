"""The Botpress spec as a reader and a client meet it (issues 12 and 14): no project-internal words,
the vendor's documentation linked per operation, ERRATA links that land on a heading, and answer
schemas no stricter than the vendor's published OpenAPI (npm `@botpress/api` 1.70.2)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from specbench.layout import ROOT
from specbench.openapi import operations
from tests.conftest import api_named

# `draft-07` (the JSON Schema dialect URI in examples) is not an internal word.
INTERNAL_WORDS = re.compile(r"\b(seeds?|drafts|helpers?)\b|shared/", re.IGNORECASE)
ERRATA_LINK = re.compile(r"\[ERRATA: ([^\]]+)\]\(/specs/botpress/ERRATA\.md#([^)\s]*)\)")
VENDOR_DOCS = "https://botpress.com/docs/api-reference/"


def bundle() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        api_named("botpress").bundle_json.read_text(encoding="utf-8")
    )
    return document


def slug(heading: str) -> str:
    """GitHub's anchor of a Markdown heading."""
    return re.sub(r"[^a-z0-9\-_ ]", "", heading.lower()).replace(" ", "-")


def test_no_internal_words_in_the_bundle_spec_folder_or_client() -> None:
    texts: dict[str, str] = {"bundle": api_named("botpress").bundle_json.read_text("utf-8")}
    for folder in (ROOT / "specs" / "botpress", ROOT / "generated" / "botpress-client"):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in {".yaml", ".md", ".py", ".json", ".toml"}:
                texts[str(path.relative_to(ROOT))] = path.read_text("utf-8")
    found = {
        name: sorted({m.group(0) for m in INTERNAL_WORDS.finditer(text)})
        for name, text in texts.items()
        if INTERNAL_WORDS.search(text)
        and not name.endswith("INVENTORY.md")  # the validator fixes its column names
    }
    assert not found


def test_errata_links_land_on_headings() -> None:
    errata = (ROOT / "specs" / "botpress" / "ERRATA.md").read_text("utf-8")
    headings = {line.lstrip("#").strip() for line in errata.splitlines() if line.startswith("#")}
    text = api_named("botpress").bundle_json.read_text("utf-8")
    links = ERRATA_LINK.findall(text)
    assert links
    wrong = [(t, s) for t, s in links if t not in headings or slug(t) != s]
    assert not wrong


def test_every_operation_links_its_vendor_page_and_names_its_section() -> None:
    document = bundle()
    assert str(document["externalDocs"]["url"]).startswith(VENDOR_DOCS.rstrip("/"))
    for op in operations(document):
        url = str(op.node["externalDocs"]["url"])
        assert url.startswith(VENDOR_DOCS) and url.endswith(f"/{op.operation_id}"), op.label
        assert "Vendor documentation: section “" in op.node["description"], op.label


def test_answers_are_no_stricter_than_the_vendor_spec() -> None:
    schemas = bundle()["components"]["schemas"]
    assert "canceled" in schemas["EventStatus"]["enum"]
    assert "workflow" in schemas["StateType"]["enum"]
    assert "array" in schemas["TableColumn"]["properties"]["type"]["enum"]
    assert set(schemas["Table"]["required"]) == {"id", "name", "schema"}
    assert "$schema" not in schemas["TableSchema"]["required"]
    for name in ("GetTableResponse", "GetOrCreateTableResponse"):
        assert "indexingCount" not in schemas[name]["required"]
        assert {"stale", "indexing", "indexingCount"} <= set(schemas[name]["properties"])


def test_no_model_is_named_after_an_operation_status_or_body() -> None:
    models = Path(ROOT / "generated" / "botpress-client" / "botpress_client" / "models")
    names = [p.name for p in models.glob("*.py")]
    assert not [n for n in names if re.search(r"_response_\d{3}|_body", n)]
