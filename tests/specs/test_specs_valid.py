"""Every spec in specs/ bundles and passes openapi-spec-validator, house rules, inventory."""

from __future__ import annotations

import re

import pytest

from specbench.bundle import load_bundle
from specbench.inventory import read_inventory
from specbench.layout import Api
from specbench.openapi import operations
from specbench.validate import validate_document


def test_spec_passes_every_check(api: Api) -> None:
    problems = validate_document(api, load_bundle(api))
    assert not problems, "\n".join(str(p) for p in problems)


def test_spec_has_errata_inventory_and_client_config(api: Api) -> None:
    for path in (api.errata, api.inventory, api.client_config):
        assert path.is_file(), f"{path} is missing"
    assert "### " in api.errata.read_text(encoding="utf-8"), "the errata file lists no decision"


def test_every_inventory_entry_is_one_operation(api: Api) -> None:
    document = load_bundle(api)
    in_spec = {(op.method.upper(), op.path) for op in operations(document)}
    listed = {(entry.method, entry.path) for entry in read_inventory(api.inventory)}
    assert listed <= in_spec


@pytest.mark.parametrize(
    ("name", "count"),
    [("botbye", 11), ("botpress", 44), ("koreai", 11), ("mspbots", 2), ("workdrive", 74)],
)
def test_operation_count_matches_the_seed(name: str, count: int) -> None:
    api = Api(name)
    ops = list(operations(load_bundle(api)))
    assert len(ops) == count
    listed = read_inventory(api.inventory)
    if all(op.node.get("x-specbench-source") == "public" for op in ops):
        # A seed that names no endpoint (BotBye's documents only auth and the query builder):
        # every operation comes from public facts, and the inventory has no row.
        assert listed == [], "an operation listed in the inventory is not a public fact"
    else:
        assert len(listed) == count


def test_every_cited_errata_entry_exists(api: Api) -> None:
    headings = {
        line[4:].strip()
        for line in api.errata.read_text(encoding="utf-8").splitlines()
        if line.startswith("### ")
    }
    cited = set()
    link = re.compile(rf"\[ERRATA: ([^\]]+)\]\(/specs/{api.name}/ERRATA\.md#([^)\s]+)\)")
    for path in [*api.spec_dir.rglob("*.yaml"), api.errata]:
        text = path.read_text(encoding="utf-8")
        cited |= {" ".join(title.split()) for title in re.findall(r'ERRATA\.md "([^"]+)"', text)}
        for title, anchor in link.findall(text):
            title = " ".join(title.split())
            cited.add(title)
            slug = re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")
            assert anchor == slug, f"{path.name}: the anchor of {title!r} is {slug!r}"
    missing = sorted(cited - headings)
    assert not missing, f"cited but not in {api.errata.name}: {missing}"
