"""The per-API values the client templates read (`specbench_api.jinja`), derived from the bundle.

openapi-python-client's templates see the parsed endpoints but not the spec's vendor extensions,
so `specbench generate` renders this one extra template next to the shared ones: what the root
`x-specbench-client` extension declares (error class, where the error body keeps its message,
code and type, the credential form and JWT claims, the README's auth note), the credential
header, environment prefix and default base URL, each list operation's pagination (from its
`x-specbench-pagination`) and its deepObject query parameters. Nothing here names an API.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from specbench.bundle import load_bundle
from specbench.layout import Api
from specbench.openapi import operations, parameters
from specbench.pagination import EXTENSION, paging_of
from specbench.security import credential_header

TEMPLATES = Path(__file__).parent / "client_templates"
CLIENT = "x-specbench-client"  # schema: schemas/x-specbench-client.schema.json
DEEP_OBJECT = "deepObject"


def jinja_literal(value: Any) -> str:
    """`value` written as a Jinja expression (dicts, lists, strings, numbers, booleans, none)."""
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{json.dumps(k)}: {jinja_literal(v)}" for k, v in value.items()) + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(jinja_literal(v) for v in value) + "]"
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value)


def base_url(document: dict[str, Any]) -> str:
    server = (document.get("servers") or [{"url": ""}])[0]
    url = str(server.get("url", ""))
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return url


def client_settings(api: Api, document: dict[str, Any]) -> dict[str, Any]:
    """The document's `x-specbench-client` (validated by the client-settings house rule), with
    defaults for an API that declares none: `<Name>Error`, a top-level `message`, and the
    credential form its security scheme implies."""
    settings: dict[str, Any] = dict(document.get(CLIENT) or {})
    settings.setdefault("errorClass", api.name.title().replace("-", "") + "Error")
    fields = {"message": [["message"]], "code": [], "type": [], **settings.get("errorFields", {})}
    settings["errorFields"] = fields
    prefix = credential_header(document).prefix
    settings.setdefault("credential", {"form": "bearer" if prefix else "header"})
    return settings


def deep_objects(document: dict[str, Any]) -> dict[str, list[str]]:
    """Each operation's query parameters declared `style: deepObject`, by operation."""
    found: dict[str, list[str]] = {}
    for op in operations(document):
        names = [
            str(param["name"])
            for param in parameters(document, op)
            if param.get("in") == "query" and param.get("style") == DEEP_OBJECT
        ]
        if names:
            found[snake_case(str(op.operation_id))] = names
    return found


def pagination(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each paginated operation's paging in the terms the endpoint template uses."""
    found: dict[str, dict[str, Any]] = {}
    for op in operations(document):
        paging = paging_of(op.node)
        if paging is not None:
            found[snake_case(str(op.operation_id))] = paging.client_entry()
    return found


def example(document: dict[str, Any]) -> dict[str, str] | None:
    """The first paginated operation without path parameters: the README's first call."""
    for op in operations(document):
        if EXTENSION in op.node and "{" not in op.path:
            required = [
                param
                for param in parameters(document, op)
                if param.get("required") and param.get("in") == "header"
            ]
            arguments = "".join(f', {snake_case(p["name"])}="…"' for p in required)
            return {
                "tag": snake_case(str((op.node.get("tags") or ["default"])[0])),
                "function": snake_case(str(op.operation_id)),
                "arguments": arguments,
                "style": str(op.node[EXTENSION].get("style")),
            }
    return None


def api_values(api: Api, document: dict[str, Any] | None = None) -> dict[str, Any]:
    """The template values of `api`, from its bundle (`document`, read if not given)."""
    if document is None:
        document = load_bundle(api)
    header = credential_header(document)
    settings = client_settings(api, document)
    credential = settings["credential"]
    return {
        "name": api.name,
        "credential": credential["form"],
        "jwt": credential["form"] == "jwt-hs256",
        "claims": credential.get("claims", {}),
        "auth_note": " ".join(str(settings.get("authNote", "")).split()),
        "example": example(document),
        "title": document["info"]["title"],
        "error_class": settings["errorClass"],
        "error_fields": settings["errorFields"],
        "env_prefix": api.name.upper(),
        "base_url": base_url(document),
        "auth_header": json.dumps(header.name),
        "auth_prefix": json.dumps(header.prefix),
        "pagination": pagination(document),
        "deep_objects": deep_objects(document),
    }


def write_template_set(api: Api, into: Path, document: dict[str, Any] | None = None) -> Path:
    """The shared client templates plus this API's `specbench_api.jinja` (from its bundle,
    `document`, read if not given), in `into`."""
    shutil.copytree(TEMPLATES, into, dirs_exist_ok=True)
    values = jinja_literal(api_values(api, document))
    (into / "specbench_api.jinja").write_text(
        "{# written by specbench generate from the bundle #}\n{% set API = " + values + " %}\n",
        encoding="utf-8",
    )
    return into
