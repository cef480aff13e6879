"""The generated Botpress client against the vendor's own published OpenAPI (an oracle).

Botpress publishes the OpenAPI of its API on npm as `@botpress/api`. At test time (never
committed) the pinned version is installed, its document exported, and served by Stoplight Prism
with dynamic (random, but valid for the vendor's spec) answers. Every operation of our spec is then
called several times through `botpress_client`:

- our requests must be valid for the vendor's spec (Prism answers 4xx/422 when they are not);
- the client must parse every 2xx answer the vendor's spec allows without raising.

See specs/botpress/ERRATA.md, "Answers the vendor's published spec allows". The test is skipped,
with the reason, when npm cannot install the package (no registry access).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import os
import shutil
import socket
import subprocess
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import httpx
import pytest
from botpress_client import AuthenticatedClient
from botpress_client.models import Error

from specbench.layout import ROOT

# The vendor's published spec used as the oracle (exact version; bump it deliberately).
VENDOR_PACKAGE = "@botpress/api"
VENDOR_VERSION = "1.70.2"
CALLS_PER_OPERATION = 6
ORACLE_DIR = ROOT / "build" / "oracle"
PRISM = ROOT / "node_modules" / ".bin" / "prism"

BOT = "bot_oracle"
TABLE = "customersTable"
SCHEMA = {"type": "object", "properties": {"email": {"type": "string"}}}
TAGS = {"channel": "web"}
# IDs as long as the real ones (the vendor's spec: 28 to 36 characters).
USER = "user_01HY2M3P9QW4E5R6T7Y8U9I0OA"
CONVERSATION = "conv_01HY2M3P9QW4E5R6T7Y8U9I0OA"
MESSAGE = "msg_01HY2M3P9QW4E5R6T7Y8U9I0OA"
EVENT = "evt_01HY2M3P9QW4E5R6T7Y8U9I0OA"
TABLE_ID = "table_01HY2M3P9QW4E5R6T7Y8U9I0OA"

# operationId -> (client module under botpress_client.api, keyword arguments as plain JSON values).
OPERATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "createUser": ("user.create_user", {"body": {"tags": TAGS, "name": "Ada"}}),
    "getUser": ("user.get_user", {"id": USER}),
    "listUsers": ("user.list_users", {}),
    "getOrCreateUser": ("user.get_or_create_user", {"body": {"tags": TAGS}}),
    "updateUser": ("user.update_user", {"id": USER, "body": {"name": "Ada K"}}),
    "deleteUser": ("user.delete_user", {"id": USER}),
    "createConversation": (
        "conversation.create_conversation",
        {"body": {"channel": "channel", "tags": TAGS}},
    ),
    "getConversation": ("conversation.get_conversation", {"id": CONVERSATION}),
    "listConversations": ("conversation.list_conversations", {}),
    "getOrCreateConversation": (
        "conversation.get_or_create_conversation",
        {"body": {"channel": "channel", "tags": TAGS}},
    ),
    "updateConversation": (
        "conversation.update_conversation",
        {"id": CONVERSATION, "body": {"tags": TAGS}},
    ),
    "deleteConversation": ("conversation.delete_conversation", {"id": CONVERSATION}),
    "listParticipants": ("conversation.list_participants", {"id": CONVERSATION}),
    "addParticipant": (
        "conversation.add_participant",
        {"id": CONVERSATION, "body": {"userId": USER}},
    ),
    "getParticipant": ("conversation.get_participant", {"id": CONVERSATION, "user_id": USER}),
    "removeParticipant": (
        "conversation.remove_participant",
        {"id": CONVERSATION, "user_id": USER},
    ),
    "createEvent": (
        "event.create_event",
        {
            "body": {
                "type": "telegram:typing",
                "payload": {"on": True},
                "conversationId": CONVERSATION,
            }
        },
    ),
    "getEvent": ("event.get_event", {"id": EVENT}),
    "listEvents": ("event.list_events", {}),
    "createMessage": (
        "message.create_message",
        {
            "body": {
                "payload": {"text": "Hello"},
                "userId": USER,
                "conversationId": CONVERSATION,
                "type": "text",
                "tags": TAGS,
            }
        },
    ),
    "getOrCreateMessage": (
        "message.get_or_create_message",
        {
            "body": {
                "payload": {"text": "Hello"},
                "userId": USER,
                "conversationId": CONVERSATION,
                "type": "text",
                "tags": TAGS,
            }
        },
    ),
    "getMessage": ("message.get_message", {"id": MESSAGE}),
    "updateMessage": ("message.update_message", {"id": MESSAGE, "body": {"tags": TAGS}}),
    "listMessages": ("message.list_messages", {}),
    "deleteMessage": ("message.delete_message", {"id": MESSAGE}),
    "getState": ("state.get_state", {"type_": "user", "id": USER, "name": "profile"}),
    "setState": (
        "state.set_state",
        {"type_": "user", "id": USER, "name": "profile", "body": {"payload": {"a": 1}}},
    ),
    "getOrSetState": (
        "state.get_or_set_state",
        {"type_": "user", "id": USER, "name": "profile", "body": {"payload": {"a": 1}}},
    ),
    "patchState": (
        "state.patch_state",
        {"type_": "user", "id": USER, "name": "profile", "body": {"payload": {"a": 2}}},
    ),
    "callAction": (
        "action.call_action",
        {"body": {"type": "slack:addReaction", "input": {"name": "smile"}}},
    ),
    "listTables": ("tables.list_tables", {}),
    "getTable": ("tables.get_table", {"table": TABLE}),
    "getOrCreateTable": (
        "tables.get_or_create_table",
        {"table": TABLE, "body": {"schema": SCHEMA}},
    ),
    "createTable": ("tables.create_table", {"body": {"name": TABLE, "schema": SCHEMA}}),
    "duplicateTable": (
        "tables.duplicate_table",
        {"source_table_id": TABLE_ID, "body": {"tableName": "copyTable"}},
    ),
    "updateTable": ("tables.update_table", {"table": TABLE, "body": {"frozen": False}}),
    "renameTableColumn": (
        "tables.rename_table_column",
        {"table": TABLE, "body": {"name": "email", "newName": "mail"}},
    ),
    "deleteTable": ("tables.delete_table", {"table": TABLE}),
    "getTableRow": ("tables.get_table_row", {"table": TABLE, "id": 1}),
    "findTableRows": ("tables.find_table_rows", {"table": TABLE, "body": {"limit": 10}}),
    "createTableRows": (
        "tables.create_table_rows",
        {"table": TABLE, "body": {"rows": [{"email": "ada@example.com"}]}},
    ),
    "deleteTableRows": ("tables.delete_table_rows", {"table": TABLE, "body": {"ids": [1]}}),
    "updateTableRows": (
        "tables.update_table_rows",
        {"table": TABLE, "body": {"rows": [{"id": 1, "email": "ada@example.com"}]}},
    ),
    "upsertTableRows": (
        "tables.upsert_table_rows",
        {"table": TABLE, "body": {"rows": [{"email": "ada@example.com"}], "keyColumn": "email"}},
    ),
}


def _our_operation_ids() -> set[str]:
    bundle = json.loads((ROOT / "build" / "specs" / "botpress" / "openapi.json").read_text())
    return {
        operation["operationId"]
        for item in bundle["paths"].values()
        for method, operation in item.items()
        if method in {"get", "put", "post", "patch", "delete"}
    }


def _npm_install(target: Path) -> None:
    """Install the pinned vendor package into `target` (a fresh directory)."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed: cannot fetch the vendor's published OpenAPI")
    target.mkdir(parents=True)
    spec = f"{VENDOR_PACKAGE}@{VENDOR_VERSION}"
    try:
        subprocess.run(
            [npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(target), spec],
            cwd=target,
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        shutil.rmtree(target, ignore_errors=True)
        output = getattr(error, "stderr", "") or ""
        pytest.skip(f"npm could not install {spec} (no registry access?): {output.strip()[-300:]}")


EXPORT_SCRIPT = """
const fs = require('fs');
const { api } = require('@botpress/api');
fs.mkdirSync(process.argv[1], { recursive: true });
api.exportOpenapi(process.argv[1]);
"""


@pytest.fixture(scope="session")
def vendor_spec() -> Path:
    """The vendor's published OpenAPI document, exported from the pinned npm package.

    Cached in build/oracle/ (ignored by git); installed in a private directory and moved into
    place in one rename, so parallel sessions never see a half-installed package.
    """
    final = ORACLE_DIR / f"botpress-api-{VENDOR_VERSION}"
    document = final / "openapi" / "openapi.json"
    if document.is_file():
        return document
    staging = ORACLE_DIR / f".staging-{os.getpid()}-{time.monotonic_ns()}"
    _npm_install(staging)
    node = shutil.which("node")
    assert node is not None
    subprocess.run(
        [node, "-e", EXPORT_SCRIPT, str(staging / "openapi")],
        cwd=staging,
        capture_output=True,
        check=True,
        timeout=300,
    )
    try:
        staging.rename(final)
    except OSError:  # another session got there first; its copy is as good
        shutil.rmtree(staging, ignore_errors=True)
    assert document.is_file()
    return document


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def prism(vendor_spec: Path) -> Iterator[str]:
    """Prism serving the vendor's spec with dynamic data on a free loopback port."""
    if not PRISM.exists():
        pytest.skip("node_modules/.bin/prism is missing (run `npm ci`)")
    for _attempt in range(3):
        port = _free_port()
        process = subprocess.Popen(
            [str(PRISM), "mock", "-d", str(vendor_spec), "-p", str(port), "-h", "127.0.0.1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while process.poll() is None and time.monotonic() < deadline:
            try:
                httpx.get(f"{url}/v1/chat/users", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.3)
        if process.poll() is None and time.monotonic() < deadline:
            try:
                yield url
            finally:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
            return
        process.kill()
        process.wait()
    pytest.fail("Prism did not start")


def _model_class(annotation: Any) -> Any:
    """The model or enum class of a parameter annotation (`X`, `X | Unset`)."""
    candidates = get_args(annotation) if get_origin(annotation) in {Union, types.UnionType} else ()
    for candidate in (annotation, *candidates):
        if inspect.isclass(candidate) and (
            hasattr(candidate, "from_dict") or issubclass(candidate, enum.Enum)
        ):
            return candidate
    return None


def _call(url: str, operation_id: str) -> httpx.Response | str:
    """Call one operation; the raw answer, or a description of why the client failed."""
    module_name, arguments = OPERATIONS[operation_id]
    module = importlib.import_module(f"botpress_client.api.{module_name}")
    signature = inspect.signature(module.sync_detailed)
    kwargs: dict[str, Any] = {}
    for name, value in arguments.items():
        cls = _model_class(signature.parameters[name].annotation)
        if cls is None:
            kwargs[name] = value
        elif issubclass(cls, enum.Enum):
            kwargs[name] = cls(value)
        else:
            kwargs[name] = cls.from_dict(value)
    if "x_bot_id" in signature.parameters:
        kwargs["x_bot_id"] = BOT
    raw: list[httpx.Response] = []
    client = AuthenticatedClient(
        base_url=url, token="oracle-token", httpx_args={"event_hooks": {"response": [raw.append]}}
    )
    try:
        answer = module.sync_detailed(client=client, **kwargs)
    except Exception as error:  # any failure to parse is the finding
        status = raw[-1].status_code if raw else "?"
        body = raw[-1].read()[:300] if raw else b""
        return f"{type(error).__name__}: {error} (status {status}, body {body!r})"
    if not 200 <= answer.status_code < 300:
        violations = answer.headers.get("sl-violations", "")
        return f"status {answer.status_code}: {violations or answer.content[:300]!r}"
    if answer.parsed is None or isinstance(answer.parsed, Error):
        return f"2xx answer parsed as {answer.parsed!r}"
    response: httpx.Response = raw[-1]
    return response


def test_every_operation_is_driven() -> None:
    assert set(OPERATIONS) == _our_operation_ids()


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_client_parses_vendor_spec_answers(prism: str, operation_id: str) -> None:
    failures = []
    for _ in range(CALLS_PER_OPERATION):
        outcome = _call(prism, operation_id)
        if isinstance(outcome, str):
            failures.append(outcome)
    assert not failures, f"{operation_id}: " + "\n".join(failures)
