"""Tolerant readers: every enum-typed field of every success answer, in all five clients, accepts
a value the spec does not list (a newer API may send one). For each operation's 2xx JSON schema
a valid answer is built from the bundle, then one enum at a time is set to an unknown value; the
endpoint's own parser must read it and keep the value as received."""

from __future__ import annotations

import copy
import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

from specbench.bundle import load_bundle
from specbench.layout import Api
from specbench.openapi import operations

UNKNOWN = "specbench-unknown-value"
Path_ = tuple[str | int, ...]

FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "someone@example.com",
    "uri": "https://example.com/",
}


class Sampler:
    """A valid instance of a schema (every property present, one item per array) and the paths
    at which it holds a string enum."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.enums: list[Path_] = []

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            node: Any = self.document
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = {**node, **{k: v for k, v in schema.items() if k != "$ref"}}
        return schema

    def sample(self, schema: Any, path: Path_ = (), depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return None
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            if values and all(isinstance(v, str) for v in values):
                self.enums.append(path)
            return values[0] if values else None
        if "examples" in schema and schema.get("type") not in ("object", "array"):
            return schema["examples"][0]
        for key in ("allOf",):
            if key in schema:
                merged: dict[str, Any] = {}
                for part in schema[key]:
                    value = self.sample(part, path, depth)
                    if isinstance(value, dict):
                        merged.update(value)
                return merged
        for key in ("oneOf", "anyOf"):
            if key in schema:
                options = [self.resolve(o) for o in schema[key]]
                typed = [o for o in options if o.get("type") != "null"] or options
                return self.sample(typed[0], path, depth)
        types = schema.get("type", "object" if "properties" in schema else "string")
        kind = next((t for t in types if t != "null"), "null") if isinstance(types, list) else types
        if kind == "object":
            props = schema.get("properties") or {}
            required = set(schema.get("required") or [])
            names = list(props) if depth < 6 else [n for n in props if n in required]
            return {n: self.sample(props[n], (*path, n), depth + 1) for n in names}
        if kind == "array":
            if depth >= 6 and not schema.get("minItems"):
                return []
            return [self.sample(schema.get("items") or {}, (*path, 0), depth + 1)]
        if kind == "string":
            return FORMATS.get(schema.get("format", ""), "x" * max(1, schema.get("minLength", 1)))
        if kind in ("integer", "number"):
            return max(1, schema.get("minimum", 1))
        if kind == "boolean":
            return True
        return None


def endpoint_modules(package: str) -> dict[str, ModuleType]:
    api = importlib.import_module(f"{package}.api")
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found[info.name.rsplit(".", 1)[1]] = module
    return found


def snake(name: str) -> str:
    return str(snake_case(name))


def cases(api: Api) -> Iterator[tuple[str, ModuleType, int, Any, Path_]]:
    """(label, endpoint module, status, answer, enum path) for every enum of every 2xx answer."""
    document = load_bundle(api)
    modules = endpoint_modules(api.client_package)
    for op in operations(document):
        module = modules[snake(str(op.operation_id))]
        for status, response in (op.node.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            response = Sampler(document).resolve(response)
            schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            if schema is None:
                continue
            sampler = Sampler(document)
            answer = sampler.sample(schema)
            yield f"{op.operation_id} {status}", module, int(status), answer, ()
            for path in sampler.enums:
                yield f"{op.operation_id} {status} {path}", module, int(status), answer, path


def with_unknown(answer: Any, path: Path_) -> Any:
    changed = copy.deepcopy(answer)
    node = changed
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = UNKNOWN
    return changed


def parse(module: ModuleType, package: str, status: int, answer: Any) -> Any:
    client = importlib.import_module(package).Client(base_url="http://api.test")
    response = httpx.Response(status, json=answer)
    return module._parse_response(client=client, response=response)


def as_data(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [as_data(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def test_every_answer_enum_accepts_an_unknown_value(api: Api) -> None:
    checked, failures = 0, []
    for label, module, status, answer, path in cases(api):
        body = with_unknown(answer, path) if path else answer
        try:
            parsed = parse(module, api.client_package, status, body)
        except Exception as error:  # reported below with the case
            failures.append(f"{label}: {error!r}")
            continue
        if path:
            checked += 1
            if UNKNOWN not in repr(as_data(parsed)):
                failures.append(f"{label}: the unknown value was not kept")
    assert not failures, "\n".join(failures)
    if api.name in ("botpress", "workdrive"):  # the others' answers carry no enum today
        assert checked > 0, f"{api.name}: no enum-typed field found in any success answer"


@pytest.mark.parametrize(
    "package", ["botbye_client", "botpress_client", "koreai_client", "workdrive_client"]
)
def test_check_functions_keep_the_known_values_typed(package: str) -> None:
    """The Literal aliases and their VALUES sets stay; check_*() passes any value through (in
    every model, request models included: MSPbots has no enum at all)."""
    models = importlib.import_module(f"{package}.models")
    checks = [
        (name, getattr(module, name))
        for module in (
            importlib.import_module(f"{package}.models.{info.name}")
            for info in pkgutil.iter_modules(models.__path__)
        )
        for name in dir(module)
        if name.startswith("check_")
    ]
    assert checks
    for name, check in checks:
        values = getattr(check, "__globals__", {})
        known = next(v for k, v in values.items() if k.endswith("_VALUES") and isinstance(v, set))
        sample = sorted(known, key=str)[0]
        assert check(sample) == sample, name
        assert check(UNKNOWN) == UNKNOWN, name
