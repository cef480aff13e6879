"""Fresh resource identifiers in the vendor's style, reproducible per store."""

from __future__ import annotations

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
    return prefix + _base32_head(digest)


# RFC 4648 base32, two characters (10 bits) at a time.
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_PAIRS = tuple(first + second for first in _BASE32 for second in _BASE32)
_SHIFTS = tuple(range(120, -1, -10))


def _base32_head(digest: bytes) -> str:
    """The first 26 characters of `base64.b32encode(digest)` (130 bits, from the first 17
    bytes), without encoding the rest."""
    bits = int.from_bytes(digest[:17], "big") >> 6
    return "".join([_PAIRS[(bits >> shift) & 1023] for shift in _SHIFTS])


UUID = "uuid"  # the `id_prefix` of resources whose ids are UUIDs
