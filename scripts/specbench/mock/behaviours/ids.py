"""Fresh resource identifiers in the vendor's style, reproducible per store."""

from __future__ import annotations

import base64
import hashlib
import uuid

from specbench.mock.store import Store


def new_id(store: Store, prefix: str) -> str:
    """A fresh identifier in the vendor's style: prefix + 26 upper-case base32 characters, or a
    UUID (version 4 layout) when `prefix` is `UUID`.

    Derived from the store's counter, so a fresh mock hands out the same ids in the same order
    (reproducible test runs) and a restarted one (`--db`) never repeats one.
    """
    number = store.next_number("ids")
    digest = hashlib.sha256(f"specbench-id:{number}".encode()).digest()
    if prefix == UUID:
        return str(uuid.UUID(bytes=digest[:16], version=4))
    return prefix + base64.b32encode(digest).decode()[:26]


UUID = "uuid"  # the `id_prefix` of resources whose ids are UUIDs
