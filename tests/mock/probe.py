"""Build requests to any spec's mock from its document alone, and send raw bytes over HTTP.

The hostile-input tests use these so they run unchanged for every API in `specs/`.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import jsonschema_rs

from specbench.mock.apis import credential_headers_for
from specbench.mock.schemas import resolve, synthesize
from specbench.openapi import Operation, deref, operations, parameters

TOKEN = "probe-token"


@dataclass
class Answer:
    """Status, headers (lower-case names) and decoded JSON body of one response."""

    status: int
    headers: dict[str, str]
    body: Any


@dataclass
class Probe:
    """A valid request to one operation, to be spoiled one way at a time."""

    op: Operation
    path: str
    headers: dict[str, str]
    body: Any = field(default=None)

    def head(self, method: str | None = None, extra: dict[str, str] | None = None) -> bytes:
        """The request line and headers (without the blank line) as bytes."""
        lines = [f"{method or self.op.method.upper()} {self.path} HTTP/1.1", "Host: 127.0.0.1"]
        lines += [f"{name}: {value}" for name, value in {**self.headers, **(extra or {})}.items()]
        lines.append("Connection: close")
        return "\r\n".join(lines).encode("utf-8")


def sample(document: dict[str, Any], schema: Any) -> Any:
    """A valid value for a parameter: like `synthesize`, but never an empty string."""
    flat = resolve(document, schema)
    value = synthesize(document, flat)
    if isinstance(value, str) and not value and not flat.get("enum"):
        return "probe"
    return value


def probe_for(api_name: str, document: dict[str, Any], op: Operation, root: str = "") -> Probe:
    """A request the mock must accept for `op` (404 aside): params, credentials, body."""
    path = op.path
    headers = credential_headers_for(api_name, document, TOKEN)
    for param in parameters(document, op):
        value = sample(document, param.get("schema", {}))
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
        elif param["in"] == "header" and param.get("required"):
            headers[param["name"]] = str(value)
    body = None
    request_body = deref(document, op.node.get("requestBody") or {})
    media = (request_body.get("content") or {}).get("application/json")
    if media is not None:
        body = synthesize(document, media.get("schema", {}))
    return Probe(op, root + path, headers, body)


def first_operation(document: dict[str, Any], *, with_body: bool) -> Operation:
    """The first operation that takes (or does not take) a JSON request body, preferring one
    without path parameters (a made-up path value may name nothing: 404)."""
    found = [
        op
        for op in operations(document)
        if with_body
        == (
            "application/json"
            in (deref(document, op.node.get("requestBody") or {}).get("content") or {})
        )
    ]
    if not found:
        raise LookupError("no such operation in the document")
    return next((op for op in found if "{" not in op.path), found[0])


def send(base_url: str, data: bytes) -> Answer:
    """Send raw bytes to the server and parse its HTTP answer."""
    where = urlsplit(base_url)
    with socket.create_connection((where.hostname, where.port or 80), timeout=30) as sock:
        sock.sendall(data)
        response = http.client.HTTPResponse(sock)
        response.begin()
        raw = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
        body: Any = raw.decode("utf-8", "replace")
        if "json" in headers.get("content-type", ""):
            body = json.loads(raw)
        return Answer(response.status, headers, body)


def with_body(probe: Probe, body: bytes, content_type: str = "application/json") -> bytes:
    """The probe's request carrying `body` as it is, with a Content-Length."""
    extra = {"Content-Type": content_type, "Content-Length": str(len(body))}
    return probe.head(extra=extra) + b"\r\n\r\n" + body


def error_schema(document: dict[str, Any], op: Operation) -> jsonschema_rs.Validator:
    """The vendor's error body schema, as the operation's first 4xx response declares it."""
    for status, raw in sorted(op.node.get("responses", {}).items()):
        if re.fullmatch(r"4\d\d", str(status)):
            media = deref(document, raw)["content"]["application/json"]
            schema = {**media["schema"], "components": document["components"]}
            return jsonschema_rs.validator_for(schema)
    raise LookupError(f"{op.label} documents no 4xx response")
