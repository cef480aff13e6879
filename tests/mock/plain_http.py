"""Plain-HTTP helpers for the mock tests."""

from __future__ import annotations

from typing import Any

import httpx


def created(http: httpx.Client, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """POST `body` to `path`, assert 201 and return the new item."""
    answer = http.post(path, json=body)
    assert answer.status_code == 201, answer.text
    item: dict[str, Any] = answer.json()
    return item
