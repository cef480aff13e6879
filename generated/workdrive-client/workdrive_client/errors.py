"""Contains shared errors types that can be raised from API functions"""

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

_T = TypeVar("_T")


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


def _first(body: Any, paths: list[list[str | int]]) -> Any:
    """The value at the first of `paths` (keys and list indexes) that `body` has."""
    for path in paths:
        node = body
        for step in path:
            if isinstance(step, int) and isinstance(node, list) and len(node) > step:
                node = node[step]
            elif isinstance(step, str) and isinstance(node, dict) and step in node:
                node = node[step]
            else:
                break
        else:
            return node
    return None


class WorkDriveError(Exception):
    """An error answer of the WorkDrive API Access: HTTP status, the vendor's error code and type (where
    its error body has them), message, the decoded body and the raw response.

    The sync/asyncio functions raise it for every answer but a documented success; every
    function raises it for an answer whose body does not match the documented schema."""

    def __init__(self, response: httpx.Response | Any, parsed: Any = None, reason: str | None = None) -> None:
        self.status_code: int = int(response.status_code)
        self.response = response
        self.parsed = parsed
        try:
            self.body: Any = json.loads(response.content)
        except ValueError:
            self.body = None
        self.code: Any = _first(self.body, [["statusCode"]])
        self.type: Any = _first(self.body, [["error"]])
        message = _first(self.body, [["message"]])
        if reason is not None:
            self.message: str = reason
        else:
            self.message = str(message) if message is not None else response.content.decode(errors="replace")
        super().__init__(f"{self.status_code} {self.type or self.code or ''} {self.message}".replace("  ", " "))


def raise_for_error(response: Any) -> None:
    """Raise `WorkDriveError` when the answer (a `types.Response`) is not a 2xx."""
    if not 200 <= int(response.status_code) < 300:
        raise WorkDriveError(response, response.parsed)


def parse_answer(parse: Callable[..., _T], client: Any, response: httpx.Response) -> _T:
    """`parse(client=client, response=response)`; an answer whose body does not match the
    documented schema raises `WorkDriveError` (with the body as received)."""
    try:
        return parse(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise WorkDriveError(
            response, None, reason=f"the answer does not match the documented schema ({error!r})"
        ) from error


__all__ = ["UnexpectedStatus", "WorkDriveError", "raise_for_error", "parse_answer"]
