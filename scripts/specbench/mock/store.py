"""Resource storage for the mocks: SQLite, in memory by default or in a file (`--db PATH`).

Every item is a JSON document in a named collection, keyed by a string id and optionally grouped
under a parent (the conversation of a participant, the table of a row). Items come back in
creation order. Each call is one SQLite statement, run under one lock, so concurrent writers from
any thread never lose an update. Several mocks may share one file: each keeps its collections and
counters under its own namespace (the API's name).

A create costs one SQLite transaction: the insert finds the item's place in the order itself
(the largest `seq` so far plus one, read through an index, inside the same statement), and an
in-memory store keeps its counters in Python (nothing else can see them). A file store keeps
counters in the file, so that a restarted mock, or several server processes sharing the file
(`specbench serve --workers N --db PATH`), never hand out a number twice; it runs in WAL mode with
`synchronous=NORMAL` (a commit does not wait for the disk; a crash may lose the last writes, never
the file).
"""

from __future__ import annotations

import json
import sqlite3
import threading
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

# One statement, so one transaction: the new item goes after every item of the file (`seq` is
# global, read through items_by_seq); a replaced item keeps its `seq`.
_PUT = (
    "INSERT INTO items (collection, key, parent, seq, data) "
    "VALUES (?1, ?2, ?3, (SELECT IFNULL(MAX(seq), 0) + 1 FROM items), ?4) "
    "ON CONFLICT (collection, key) DO UPDATE SET data = excluded.data"
)


class Store:
    """A small document store over SQLite."""

    def __init__(self, path: str | None = None, namespace: str = "") -> None:
        self.path = path or ":memory:"
        self._prefix = f"{namespace}:" if namespace else ""
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        # An in-memory store's counters: no other connection can see them, so no SQL is needed.
        self._counters: dict[str, int] | None = {} if self.path == ":memory:" else None
        with self._lock:
            if self._counters is None:
                # Another process may be creating the file right now: wait for its lock.
                self._db.execute("PRAGMA busy_timeout = 10000")
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def next_number(self, name: str) -> int:
        """A counter that only goes up (row ids, sequence numbers); survives restarts."""
        with self._lock:
            if self._counters is not None:
                value = self._counters.get(name, 0) + 1
                self._counters[name] = value
                return value
            row = self._db.execute(
                "INSERT INTO counters (name, value) VALUES (?, 1) "
                "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",
                (self._prefix + name,),
            ).fetchone()
        return int(row[0])

    def put(self, collection: str, key: str, item: Any, parent: str = "") -> None:
        """Insert or replace an item; a replaced item keeps its place in the order."""
        data = json.dumps(item, separators=(",", ":"), ensure_ascii=False)
        with self._lock:
            self._db.execute(_PUT, (self._prefix + collection, key, parent, data))

    def get(self, collection: str, key: str) -> Any | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM items WHERE collection = ? AND key = ?",
                (self._prefix + collection, key),
            ).fetchone()
        return None if row is None else json.loads(row[0])

    def delete(self, collection: str, key: str) -> bool:
        with self._lock:
            cursor = self._db.execute(
                "DELETE FROM items WHERE collection = ? AND key = ?",
                (self._prefix + collection, key),
            )
        return cursor.rowcount > 0

    def delete_children(self, collection: str, parent: str) -> int:
        with self._lock:
            cursor = self._db.execute(
                "DELETE FROM items WHERE collection = ? AND parent = ?",
                (self._prefix + collection, parent),
            )
        return cursor.rowcount

    def items(self, collection: str, parent: str | None = None) -> list[Any]:
        """Every item of a collection (or of one parent in it), oldest first."""
        query = "SELECT data FROM items WHERE collection = ?"
        args: tuple[str, ...] = (self._prefix + collection,)
        if parent is not None:
            query += " AND parent = ?"
            args += (parent,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY seq", args).fetchall()
        return [json.loads(row[0]) for row in rows]

    def count(self, collection: str, parent: str | None = None) -> int:
        query = "SELECT COUNT(*) FROM items WHERE collection = ?"
        args: tuple[str, ...] = (self._prefix + collection,)
        if parent is not None:
            query += " AND parent = ?"
            args += (parent,)
        with self._lock:
            return int(self._db.execute(query, args).fetchone()[0])
