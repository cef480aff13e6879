"""What a behaviour is and what it receives: one validated request (`Call`)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.datastructures import Headers

from specbench.mock.operations import CompiledOperation
from specbench.mock.store import Store

Reply = tuple[int, Any]


@dataclass
class Call:
    """One validated request, as behaviours see it."""

    op: CompiledOperation
    path: dict[str, Any]
    query: dict[str, Any]
    headers: Headers
    body: Any
    store: Store


class Behaviour(Protocol):
    def bind(self, op: CompiledOperation) -> None: ...

    def __call__(self, call: Call) -> Reply: ...


class Unbound:
    """Base of the behaviours that need nothing from their operation before the first call."""

    def bind(self, op: CompiledOperation) -> None:
        """Nothing to prepare."""


Behaviours = Callable[[], Mapping[str, Behaviour]]


def per_mock(*declared: Mapping[str, Behaviour]) -> Behaviours:
    """A factory giving each mock its own copy of the declared behaviours (by operationId).

    The declarations stay unbound templates; every call deep-copies them all at once, so that
    objects two behaviours share (a list of example items, an inner `Create`) stay shared within
    one mock and are never shared between two.
    """
    merged: dict[str, Behaviour] = {}
    for mapping in declared:
        merged.update(mapping)

    def fresh() -> dict[str, Behaviour]:
        return copy.deepcopy(merged)

    return fresh
