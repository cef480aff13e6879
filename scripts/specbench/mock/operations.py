"""Each operation of a bundled spec, compiled once at start-up: parameters, body, responses."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from specbench.mock.schemas import SchemaCompiler, SchemaValidator, resolve, synthesize
from specbench.openapi import Operation, deref, operations, parameters
from specbench.pagination import Paging, paging_of

# Header parameters that OpenAPI says are described elsewhere (security, content negotiation).
_IGNORED_HEADERS = {"authorization", "content-type", "accept"}


@dataclass
class Parameter:
    """One path, query or header parameter with its compiled schema."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    items: dict[str, Any]
    style: str
    validator: SchemaValidator


@dataclass
class RequestBody:
    required: bool
    media_types: tuple[str, ...]
    validator: SchemaValidator | None
    schema: dict[str, Any]


@dataclass
class CompiledOperation:
    """Everything the mock needs to serve one operation, without walking the spec again."""

    operation_id: str
    method: str
    path: str
    parameters: list[Parameter]
    body: RequestBody | None
    responses: dict[int, SchemaValidator | None]
    success_status: int
    security: list[dict[str, list[str]]]
    node: dict[str, Any]
    compiler: SchemaCompiler = field(repr=False)

    @property
    def document(self) -> dict[str, Any]:
        return self.compiler.document

    @functools.cached_property
    def paging(self) -> Paging | None:
        """The operation's paging (`x-specbench-pagination`), read once."""
        return paging_of(self.node)

    @functools.cached_property
    def query_names(self) -> frozenset[str]:
        """Names of the declared query parameters (a free-form object takes every other key)."""
        return frozenset(p.name for p in self.parameters if p.location == "query")

    def parameter_default(self, name: str) -> Any:
        """The schema default of the named parameter (None when it has none)."""
        for param in self.parameters:
            if param.name == name:
                return param.schema.get("default")
        return None

    def success_schema(self) -> dict[str, Any]:
        """The flattened JSON schema of the main success response."""
        response = deref(self.document, self.node["responses"][str(self.success_status)])
        media = (response.get("content") or {}).get("application/json") or {}
        return resolve(self.document, media.get("schema", {}))

    def success_example(self) -> Any:
        """The first documented example of the success response, else a synthesized one."""
        response = deref(self.document, self.node["responses"][str(self.success_status)])
        media = (response.get("content") or {}).get("application/json") or {}
        for example in (media.get("examples") or {}).values():
            value = deref(self.document, example)
            if isinstance(value, dict) and "value" in value:
                return value["value"]
        if "example" in media:
            return media["example"]
        return synthesize(self.document, media.get("schema", {}))


def _parameter(compiler: SchemaCompiler, raw: dict[str, Any]) -> Parameter:
    document = compiler.document
    schema = resolve(document, raw.get("schema", {}))
    location = raw["in"]
    style = raw.get("style") or ("form" if location == "query" else "simple")
    if "array" in str(schema.get("type")):
        items = resolve(document, schema.get("items", {}))
    else:
        extra = schema.get("additionalProperties")
        items = resolve(document, extra) if isinstance(extra, dict) else {"type": "string"}
    return Parameter(
        name=raw["name"],
        location=location,
        required=bool(raw.get("required")) or location == "path",
        schema=schema,
        items=items,
        style=style,
        validator=compiler.compile(raw.get("schema", {})),
    )


def _parameters(compiler: SchemaCompiler, op: Operation) -> list[Parameter]:
    return [
        _parameter(compiler, raw)
        for raw in parameters(compiler.document, op)
        if raw["in"] in ("path", "query") or raw["name"].lower() not in _IGNORED_HEADERS
        if raw["in"] != "cookie"
    ]


def _body(compiler: SchemaCompiler, op: Operation) -> RequestBody | None:
    raw = op.node.get("requestBody")
    if raw is None:
        return None
    body = deref(compiler.document, raw)
    content = body.get("content") or {}
    schema = (content.get("application/json") or {}).get("schema")
    return RequestBody(
        required=bool(body.get("required")),
        media_types=tuple(content),
        validator=compiler.compile(schema) if schema is not None else None,
        schema=schema or {},
    )


def _responses(compiler: SchemaCompiler, op: Operation) -> dict[int, SchemaValidator | None]:
    compiled: dict[int, SchemaValidator | None] = {}
    for code, raw in (op.node.get("responses") or {}).items():
        if not str(code).isdigit():
            continue
        response = deref(compiler.document, raw)
        schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
        compiled[int(code)] = compiler.compile(schema) if schema is not None else None
    return compiled


def compile_operations(document: dict[str, Any]) -> list[CompiledOperation]:
    """Compile every operation of the document."""
    compiler = SchemaCompiler(document)
    compiled = []
    for op in operations(document):
        responses = _responses(compiler, op)
        success = min((code for code in responses if 200 <= code < 300), default=200)
        compiled.append(
            CompiledOperation(
                operation_id=op.operation_id or f"{op.method} {op.path}",
                method=op.method.upper(),
                path=op.path,
                parameters=_parameters(compiler, op),
                body=_body(compiler, op),
                responses=responses,
                success_status=success,
                security=op.node.get("security", document.get("security", [])),
                node=op.node,
                compiler=compiler,
            )
        )
    return compiled
