"""What every pagination style offers the mock and the client templates."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any, Self


class PagingError(ValueError):
    """A paging parameter the style cannot read: the parameter's name and why (the mock answers
    it with a 400 naming both)."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def attribute_path(dotted: str) -> list[str]:
    """`pageInfo.endCursor` as the generated models' attribute names: `page_info`, `end_cursor`
    (a reserved name gets the generator's suffix: `next` is `next_`)."""
    # Imported here: only generation asks, and the mocks run where the generator (the `tooling`
    # extra) is not installed (docs/packages.md).
    from openapi_python_client.strings import PythonIdentifier

    return [str(PythonIdentifier(part, prefix="field_")) for part in dotted.split(".")]


def set_path(target: dict[str, Any], dotted: str, value: Any) -> None:
    """Set `a.b.c` inside nested dicts, creating them."""
    *parents, last = dotted.split(".")
    for name in parents:
        target = target.setdefault(name, {})
    target[last] = value


def size_from(query: Mapping[str, Any], name: str | None, default: int) -> int:
    """The page size the request asks for in query parameter `name`, else `default`."""
    value = query.get(name) if name else None
    return int(value) if value is not None else default


class Paging(ABC):
    """One operation's paging: the names it uses and how a page is made and followed."""

    style: str
    items: str  # the answer's member holding the page's items
    size_param: str | None  # the query parameter asking for a page size, if any
    page_size: int | None  # the declared page size, where the API has no size parameter

    @classmethod
    @abstractmethod
    def from_extension(cls, declared: Mapping[str, Any]) -> Self:
        """Read the operation's `x-specbench-pagination` declaration."""

    @abstractmethod
    def query_parameters(self) -> frozenset[str]:
        """The query parameters that page (never filter)."""

    @abstractmethod
    def answer_paths(self) -> list[str]:
        """Dotted paths into the 2xx answer that this style reads or writes (the house rule
        checks that the answer schema declares each)."""

    def default_size(self, parameter_default: Any) -> int:
        """The page size when the request names none: the size parameter's schema default
        (`parameter_default`), else the declared page size."""
        if parameter_default is not None:
            return int(parameter_default)
        if self.page_size is None:
            raise ValueError(f"{self.style} paging declares no default page size")
        return self.page_size

    def page(self, items: list[Any], query: Mapping[str, Any], default_size: int) -> dict[str, Any]:
        """The answer's paging members (items included) for the page `query` asks for."""
        raise NotImplementedError(f"{self.style} paging is done by the API's own query language")

    @abstractmethod
    def client_entry(self) -> dict[str, Any]:
        """What the endpoint template needs to iterate: the style, names as the generated
        models spell them (snake_case attributes), and the parameter to advance."""
