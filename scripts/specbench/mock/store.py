"""Resource storage for the mocks: in memory by default, or a SQLite file (`--db PATH`).

Every item is a JSON document in a named collection, keyed by a string id and optionally grouped
under a parent (the conversation of a participant, the table of a row). Items come back in
creation order; a replaced item keeps its place (and its parent). Every item is stored as JSON
text and parsed afresh when read, so callers get their own copy, whatever the backend. Each call
runs under one lock, so concurrent writers from any thread never lose an update.

In memory (the default) the items live in Python dicts (insertion order is creation order): no
SQL to run, nothing for another process to see. A file keeps them in SQLite, so that a restarted
mock, or several server processes sharing the file (`specbench serve --workers N --db PATH`), sees
every item and never hands out a number twice. Several mocks may share one file: each keeps its
collections and counters under its own namespace (the API's name). The file runs in WAL mode with
`synchronous=NORMAL` (a commit does not wait for the disk; a crash may lose the last writes, never
the file). A create is one SQLite transaction: `transaction()` groups the counter that makes its
id and the insert, which finds the item's place in the order itself (the largest `seq` so far plus
one, read through an index, inside the same statement).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    collection TEXT NOT NULL,
    key TEXT NOT NULL,
    parent TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (collection, key)
);
CREATE INDEX IF NOT EXISTS items_by_parent ON items (collection, parent, seq);
CREATE INDEX IF NOT EXISTS items_by_seq ON items (seq);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""

# One statement: the new item goes after every item of the file (`seq` is global, read through
# items_by_seq); a replaced item keeps its `seq` and its parent.
_PUT = (
    "INSERT INTO items (collection, key, parent, seq, data) "
    "VALUES (?1, ?2, ?3, (SELECT IFNULL(MAX(seq), 0) + 1 FROM items), ?4) "
    "ON CONFLICT (collection, key) DO UPDATE SET data = excluded.data"
)

# Made once: `json.dumps` with options builds a new encoder for every call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
_loads = json.loads
_NO_TRANSACTION: AbstractContextManager[None] = nullcontext()


class _Memory:
    """The items of one in-memory store: per collection, key -> JSON text in creation order;
    for the items that have a parent, their parent and each parent's keys, in the same order
    (an item without one costs no more than its key and text)."""

    def __init__(self) -> None:
        self.counters: dict[str, int] = {}
        self.collections: dict[str, dict[str, str]] = {}
        self.parents: dict[str, dict[str, str]] = {}
        self.children: dict[tuple[str, str], dict[str, None]] = {}

    def next_number(self, name: str) -> int:
        value = self.counters.get(name, 0) + 1
        self.counters[name] = value
        return value

    def put(self, collection: str, key: str, data: str, parent: str) -> None:
        items = self.collections.setdefault(collection, {})
        known = key in items
        items[key] = data  # a replaced item keeps its place and its parent
        if parent and not known:
            self.parents.setdefault(collection, {})[key] = parent
            self.children.setdefault((collection, parent), {})[key] = None

    def get(self, collection: str, key: str) -> str | None:
        return self.collections.get(collection, {}).get(key)

    def delete(self, collection: str, key: str) -> bool:
        if self.collections.get(collection, {}).pop(key, None) is None:
            return False
        parent = self.parents.get(collection, {}).pop(key, "")
        if parent:
            del self.children[(collection, parent)][key]
        return True

    def _keys(self, collection: str, parent: str) -> list[str]:
        """The keys of `parent`'s items (of the items without a parent for "")."""
        if parent:
            return list(self.children.get((collection, parent), {}))
        owned = self.parents.get(collection, {})
        return [key for key in self.collections.get(collection, {}) if key not in owned]

    def delete_children(self, collection: str, parent: str) -> int:
        keys = self._keys(collection, parent)
        for key in keys:
            self.delete(collection, key)
        return len(keys)

    def texts(self, collection: str, parent: str | None) -> list[str]:
        items = self.collections.get(collection, {})
        if parent is None:
            return list(items.values())
        return [items[key] for key in self._keys(collection, parent)]

    def count(self, collection: str, parent: str | None) -> int:
        if parent is None:
            return len(self.collections.get(collection, {}))
        if parent:
            return len(self.children.get((collection, parent), {}))
        return len(self._keys(collection, parent))


class Store:
    """A small document store: in memory, or over a SQLite file."""

    def __init__(self, path: str | None = None, namespace: str = "") -> None:
        self.path = path or ":memory:"
        self._prefix = f"{namespace}:" if namespace else ""
        self._lock = threading.RLock()
        self._memory: _Memory | None = None
        self._db: sqlite3.Connection | None = None
        self._in_transaction = False
        if self.path == ":memory:":
            self._memory = _Memory()
            return
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        with self._lock:
            # Another process may be creating the file right now: wait for its lock.
            self._db.execute("PRAGMA busy_timeout = 10000")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()

    def transaction(self) -> AbstractContextManager[None]:
        """`with store.transaction():` makes every call inside one transaction of the file (one
        commit, whatever happens inside, as if each had committed on its own) that no other
        thread's call comes between. In memory each call is already all or nothing: nothing to do.
        """
        return _NO_TRANSACTION if self._db is None else self._file_transaction()

    @contextmanager
    def _file_transaction(self) -> Iterator[None]:
        assert self._db is not None
        with self._lock:
            if self._in_transaction:
                yield
                return
            self._db.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
            try:
                yield
            finally:
                self._in_transaction = False
                self._db.execute("COMMIT")

    def next_number(self, name: str) -> int:
        """A counter that only goes up (row ids, sequence numbers); survives restarts."""
        with self._lock:
            if self._memory is not None:
                return self._memory.next_number(name)
            assert self._db is not None
            row = self._db.execute(
                "INSERT INTO counters (name, value) VALUES (?, 1) "
                "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",
                (self._prefix + name,),
            ).fetchone()
        return int(row[0])

    def put(self, collection: str, key: str, item: Any, parent: str = "") -> None:
        """Insert or replace an item; a replaced item keeps its place in the order."""
        data = _ENCODER.encode(item)
        with self._lock:
            if self._memory is not None:
                self._memory.put(collection, key, data, parent)
                return
            assert self._db is not None
            self._db.execute(_PUT, (self._prefix + collection, key, parent, data))

    def get(self, collection: str, key: str) -> Any | None:
        with self._lock:
            if self._memory is not None:
                data = self._memory.get(collection, key)
            else:
                assert self._db is not None
                row = self._db.execute(
                    "SELECT data FROM items WHERE collection = ? AND key = ?",
                    (self._prefix + collection, key),
                ).fetchone()
                data = None if row is None else row[0]
        return None if data is None else _loads(data)

    def delete(self, collection: str, key: str) -> bool:
        with self._lock:
            if self._memory is not None:
                return self._memory.delete(collection, key)
            assert self._db is not None
            cursor = self._db.execute(
                "DELETE FROM items WHERE collection = ? AND key = ?",
                (self._prefix + collection, key),
            )
        return cursor.rowcount > 0

    def delete_children(self, collection: str, parent: str) -> int:
        with self._lock:
            if self._memory is not None:
                return self._memory.delete_children(collection, parent)
            assert self._db is not None
            cursor = self._db.execute(
                "DELETE FROM items WHERE collection = ? AND parent = ?",
                (self._prefix + collection, parent),
            )
        return cursor.rowcount

    def items(self, collection: str, parent: str | None = None) -> list[Any]:
        """Every item of a collection (or of one parent in it), oldest first."""
        with self._lock:
            if self._memory is not None:
                texts = self._memory.texts(collection, parent)
            else:
                texts = [
                    row[0] for row in self._select("data", collection, parent, " ORDER BY seq")
                ]
        return [_loads(text) for text in texts]

    def count(self, collection: str, parent: str | None = None) -> int:
        with self._lock:
            if self._memory is not None:
                return self._memory.count(collection, parent)
            return int(self._select("COUNT(*)", collection, parent)[0][0])

    def _select(self, what: str, collection: str, parent: str | None, order: str = "") -> list[Any]:
        """Rows of `SELECT what` over a collection's items (or one parent's); under the lock."""
        assert self._db is not None
        query = f"SELECT {what} FROM items WHERE collection = ?"
        args: tuple[str, ...] = (self._prefix + collection,)
        if parent is not None:
            query += " AND parent = ?"
            args += (parent,)
        return self._db.execute(query + order, args).fetchall()
