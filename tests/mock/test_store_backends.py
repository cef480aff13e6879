"""The in-memory store and the SQLite file store answer every call alike: same items, same
order, same counters (the memory store is the default; `--db` takes the file)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from specbench.mock.store import Store

COLLECTIONS = ("a", "b")
KEYS = tuple(str(i) for i in range(12))
PARENTS = ("", "p", "q")


def call(store: Store, step: random.Random) -> Any:
    """One random call, drawn from `step` (both stores get the same draws)."""
    collection = step.choice(COLLECTIONS)
    kind = step.choice(("put", "put", "get", "delete", "delete_children", "items", "count", "next"))
    if kind == "put":
        key, parent = step.choice(KEYS), step.choice(PARENTS)
        item = {"key": key, "value": step.random(), "pair": (1, 2), "none": None, "é": "ü"}
        return store.put(collection, key, item, parent=parent)
    if kind == "get":
        return store.get(collection, step.choice(KEYS))
    if kind == "delete":
        return store.delete(collection, step.choice(KEYS))
    if kind == "delete_children":
        return store.delete_children(collection, step.choice(PARENTS))
    if kind == "items":
        return store.items(collection, step.choice((*PARENTS, None)))
    if kind == "count":
        return store.count(collection, step.choice((*PARENTS, None)))
    return store.next_number(step.choice(("ids", "rows")))


def test_memory_and_file_stores_answer_alike(tmp_path: Path) -> None:
    memory, file = Store(None, namespace="x"), Store(str(tmp_path / "s.sqlite"), namespace="x")
    for seed in range(2000):
        answers = [call(store, random.Random(seed)) for store in (memory, file)]
        assert answers[0] == answers[1], f"call {seed}"


def test_items_are_copies() -> None:
    store = Store()
    store.put("users", "u1", {"id": "u1", "tags": {"a": "1"}})
    store.get("users", "u1")["tags"]["a"] = "changed"  # type: ignore[index]
    store.items("users")[0]["id"] = "changed"
    assert store.get("users", "u1") == {"id": "u1", "tags": {"a": "1"}}


def test_a_transaction_commits_all_its_calls(tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    store = Store(db, namespace="x")
    with store.transaction():
        number = store.next_number("ids")
        with store.transaction():  # nested: still the one transaction
            store.put("users", f"u{number}", {"n": number})
    again = Store(db, namespace="x")
    assert again.items("users") == [{"n": 1}] and again.next_number("ids") == 2
