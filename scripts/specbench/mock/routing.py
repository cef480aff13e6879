"""Match a request path to one of the spec's path templates; literal segments win."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from specbench.mock.errors import ApiError
from specbench.mock.operations import CompiledOperation

_PARAM = re.compile(r"\{([^}/]+)\}")


@dataclass
class Template:
    """One spec path with its operations by method."""

    path: str
    pattern: re.Pattern[str]
    names: list[str]
    literal_segments: tuple[bool, ...]
    operations: dict[str, CompiledOperation]


def _compile(path: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []
    regex = ""
    last = 0
    for match in _PARAM.finditer(path):
        # A parameter may match an empty segment (`/users/` is `/users/{id}` with id ""), so that
        # the mock answers it as the item path (404), never as the collection `/users`.
        regex += re.escape(path[last : match.start()]) + "([^/]*)"
        names.append(match.group(1))
        last = match.end()
    regex += re.escape(path[last:])
    return re.compile(regex), names


class Router:
    """Finds the operation for (method, path), or raises the vendor's 404 / 405."""

    def __init__(self, operations: list[CompiledOperation]) -> None:
        templates: dict[str, Template] = {}
        for op in operations:
            if op.path not in templates:
                pattern, names = _compile(op.path)
                literals = tuple("{" not in seg for seg in op.path.strip("/").split("/"))
                templates[op.path] = Template(op.path, pattern, names, literals, {})
            templates[op.path].operations[op.method] = op
        # Most specific first: a literal segment beats a parameter at the same position.
        self._templates = sorted(
            templates.values(), key=lambda t: tuple(not lit for lit in t.literal_segments)
        )
        # A template without parameters matches only its own path, and would be the first to
        # match it in the scan (a parameter matches no `/`, so only templates with as many
        # segments can match, and an all-literal one sorts first among them): a dict finds it.
        self._literal = {t.path: t for t in self._templates if not t.names}

    def match(self, method: str, path: str) -> tuple[CompiledOperation, dict[str, str]]:
        literal = self._literal.get(path)
        if literal is not None:
            return _pick(literal, method), {}
        for template in self._templates:
            found = template.pattern.fullmatch(path)
            if found is None:
                continue
            op = _pick(template, method)
            values = {
                name: unquote(value)
                for name, value in zip(template.names, found.groups(), strict=True)
            }
            return op, values
        raise ApiError(404, f"No endpoint matches {method} {path}")


def _pick(template: Template, method: str) -> CompiledOperation:
    """The template's operation for `method`, or the vendor's 405 naming the allowed ones."""
    op = template.operations.get(method)
    if op is None:
        allowed = ", ".join(sorted(template.operations))
        raise ApiError(
            405,
            f"The method {method} is not allowed on {template.path}",
            headers={"Allow": allowed},
        )
    return op
