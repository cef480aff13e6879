"""The per-API values the client templates read (`specbench_api.jinja`), derived from the bundle.

openapi-python-client's templates see the parsed endpoints but not the spec's vendor extensions,
so `specbench generate` renders this one extra template next to the shared ones: the API's error
class name, credential header, environment prefix and default base URL, and each list
operation's pagination (from its `x-specbench-pagination`).
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

TEMPLATES = Path(__file__).parent / "client_templates"
ERROR_CLASSES = {
    "botpress": "BotpressError",
    "koreai": "KoreAiError",
    "mspbots": "MspbotsError",
    "workdrive": "WorkDriveError",
    "botbye": "BotByeError",
}
# Where the message, code and type sit in the five vendors' error bodies, tried in order.
ERROR_FIELDS = {
    "message": [["message"], ["msg"], ["error_msg"], ["errors", 0, "msg"]],
    "code": [["code"], ["statusCode"], ["errors", 0, "code"]],
    "type": [["type"], ["error"]],
}


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


def credential_header(document: dict[str, Any]) -> tuple[str, str]:
    """(header name, prefix) of the document's first security scheme."""
    schemes = (document.get("components") or {}).get("securitySchemes", {})
    requirement: dict[str, Any] = next(iter(document.get("security") or [{}]), {})
    for name in requirement:
        scheme = schemes.get(name) or {}
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return str(scheme["name"]), ""
    return "Authorization", "Bearer"


def pagination(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each paginated operation's paging in the terms the endpoint template uses."""
    found: dict[str, dict[str, Any]] = {}
    for op in operations(document):
        paging = paging_of(op.node)
        if paging is not None:
            found[snake_case(str(op.operation_id))] = paging.client_entry()
    return found


# APIs whose client signs its own JWT from the app's client id and secret.
SIGNS_ITS_JWT = frozenset({"koreai"})
AUTH_NOTES = {
    "koreai": "The token is the JWT your app signs (HS256 with the client secret; claims `appId`, "
    "`sub`). `AuthenticatedClient.with_app_credentials(base_url, client_id, client_secret)` (or "
    "`from_env()` with `KOREAI_CLIENT_ID` and `KOREAI_CLIENT_SECRET`) signs it for you, afresh "
    "before it expires.",
    "botbye": "The token is the Base64-encoded API token, as BotBye hands it out.",
}


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


def api_values(api: Api) -> dict[str, Any]:
    document = load_bundle(api)
    header, prefix = credential_header(document)
    return {
        "name": api.name,
        "jwt": api.name in SIGNS_ITS_JWT,
        "auth_note": AUTH_NOTES.get(api.name, ""),
        "example": example(document),
        "title": document["info"]["title"],
        "error_class": ERROR_CLASSES.get(api.name, api.name.title().replace("-", "") + "Error"),
        "error_fields": ERROR_FIELDS,
        "env_prefix": api.name.upper(),
        "base_url": base_url(document),
        "auth_header": json.dumps(header),
        "auth_prefix": json.dumps(prefix),
        "pagination": pagination(document),
    }


def write_template_set(api: Api, into: Path) -> Path:
    """The shared client templates plus this API's `specbench_api.jinja`, in `into`."""
    shutil.copytree(TEMPLATES, into, dirs_exist_ok=True)
    values = jinja_literal(api_values(api))
    (into / "specbench_api.jinja").write_text(
        "{# written by specbench generate from the bundle #}\n{% set API = " + values + " %}\n",
        encoding="utf-8",
    )
    return into
