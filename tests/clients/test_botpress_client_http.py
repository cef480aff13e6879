"""The generated botpress_client talks HTTP to a local server and returns typed models.

The server answers with the examples of the bundled spec itself, so this checks that the client
and the spec agree on paths, headers, status codes and body shapes.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest
from botpress_client import AuthenticatedClient
from botpress_client.api.user import create_user, get_user
from botpress_client.errors import BotpressError
from botpress_client.models import CreateUserRequest, Error, Tags, UserResponse

from specbench.bundle import load_bundle
from tests.conftest import api_named

TOKEN = "test-token"
BOT_ID = "bot-123"


def example(document: dict[str, Any], path: str, method: str, status: str) -> Any:
    media = document["paths"][path][method]["responses"][status]["content"]["application/json"]
    return next(iter(media["examples"].values()))["value"]


class SpecExampleHandler(BaseHTTPRequestHandler):
    """Answers the two user operations with the spec's examples; records what it received."""

    document: ClassVar[dict[str, Any]] = {}
    received: ClassVar[list[dict[str, Any]]] = []

    def _answer(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> bool:
        if self.headers.get("Authorization") == f"Bearer {TOKEN}" and self.headers.get("x-bot-id"):
            return True
        error = self.document["components"]["responses"]["Unauthorized"]["content"]
        self._answer(401, next(iter(error["application/json"]["examples"].values()))["value"])
        return False

    def do_GET(self) -> None:
        self.received.append({"method": "GET", "path": self.path, "headers": dict(self.headers)})
        if not self._authorised():
            return
        if self.path == "/v1/chat/users/user_01HXYZ8V3K2M4N5P6Q7R8S9T0V":
            self._answer(200, example(self.document, "/v1/chat/users/{id}", "get", "200"))
        else:
            not_found = self.document["components"]["responses"]["NotFound"]["content"]
            self._answer(
                404, next(iter(not_found["application/json"]["examples"].values()))["value"]
            )

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"null")
        self.received.append({"method": "POST", "path": self.path, "body": body})
        if self._authorised():
            self._answer(201, example(self.document, "/v1/chat/users", "post", "201"))

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet."""


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    SpecExampleHandler.document = load_bundle(api_named("botpress"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), SpecExampleHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def client(server_url: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server_url, token=TOKEN)


def test_get_user_returns_a_typed_user(client: AuthenticatedClient) -> None:
    response = get_user.sync_detailed(
        id="user_01HXYZ8V3K2M4N5P6Q7R8S9T0V", client=client, x_bot_id=BOT_ID
    )
    assert response.status_code == 200
    assert isinstance(response.parsed, UserResponse)
    user = response.parsed.user
    assert user.id == "user_01HXYZ8V3K2M4N5P6Q7R8S9T0V"
    assert user.name == "Ada Lovelace"
    assert user.created_at.year == 2024
    assert user.tags.additional_properties == {"whatsapp:userId": "+15145550123"}
    sent = SpecExampleHandler.received[-1]["headers"]
    assert sent["Authorization"] == f"Bearer {TOKEN}"
    assert sent["x-bot-id"] == BOT_ID


def test_create_user_sends_the_body_and_parses_201(client: AuthenticatedClient) -> None:
    tags = Tags.from_dict({"whatsapp:userId": "+15145550123"})
    body = CreateUserRequest(tags=tags, name="Ada Lovelace")
    parsed = create_user.sync(client=client, body=body, x_bot_id=BOT_ID)
    assert isinstance(parsed, UserResponse)
    assert SpecExampleHandler.received[-1]["body"] == {
        "tags": {"whatsapp:userId": "+15145550123"},
        "name": "Ada Lovelace",
    }


def test_unknown_user_raises_the_typed_error(client: AuthenticatedClient) -> None:
    with pytest.raises(BotpressError) as raised:
        get_user.sync(id="user_missing", client=client, x_bot_id=BOT_ID)
    error = raised.value
    assert (error.status_code, error.code, error.type) == (404, 404, "ResourceNotFound")
    assert error.message and isinstance(error.parsed, Error) and error.parsed.code == 404
    detailed = get_user.sync_detailed(id="user_missing", client=client, x_bot_id=BOT_ID)
    assert detailed.status_code == 404 and isinstance(detailed.parsed, Error)  # no raise


def test_wrong_token_raises_unauthorized(server_url: str) -> None:
    other = AuthenticatedClient(base_url=server_url, token="wrong")
    with pytest.raises(BotpressError) as raised:
        get_user.sync(id="user_01HXYZ8V3K2M4N5P6Q7R8S9T0V", client=other, x_bot_id=BOT_ID)
    assert (raised.value.status_code, raised.value.type) == (401, "Unauthorized")
