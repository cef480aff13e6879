"""What the generated clients put on the wire and how they read odd answers, without a server:
httpx's MockTransport answers in process."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import parse_qsl

import botpress_client
import httpx
import pytest
from botpress_client.api.conversation import list_conversations
from botpress_client.api.user import get_user, list_users
from botpress_client.errors import BotpressError
from botpress_client.models import Tags

USER = {
    "id": "user_1",
    "createdAt": "2024-01-01T00:00:00.000Z",
    "updatedAt": "2024-01-01T00:00:00.000Z",
    "tags": {},
}
Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler) -> botpress_client.AuthenticatedClient:
    return botpress_client.AuthenticatedClient(
        base_url="http://botpress.test",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def answering(status: int, body: object, seen: list[httpx.Request]) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, content=json.dumps(body).encode())

    return handle


def test_deep_object_tags_go_out_in_brackets() -> None:
    seen: list[httpx.Request] = []
    bp = client(answering(200, {"users": [], "meta": {}}, seen))
    tags = Tags.from_dict({"whatsapp:userId": "+15145550123", "plan": "pro"})
    list_users.sync(client=bp, x_bot_id="bot", tags=tags, next_token="abc")
    query = seen[0].url.query.decode()
    assert query == ("nextToken=abc&tags%5Bwhatsapp%3AuserId%5D=%2B15145550123&tags%5Bplan%5D=pro")
    assert parse_qsl(query) == [
        ("nextToken", "abc"),
        ("tags[whatsapp:userId]", "+15145550123"),
        ("tags[plan]", "pro"),
    ]


def test_deep_object_beside_an_exploded_array() -> None:
    seen: list[httpx.Request] = []
    bp = client(answering(200, {"conversations": [], "meta": {}}, seen))
    list_conversations.sync(
        client=bp, x_bot_id="bot", tags=Tags.from_dict({"k": "v"}), participant_ids=["a", "b"]
    )
    assert parse_qsl(seen[0].url.query.decode()) == [
        ("tags[k]", "v"),
        ("participantIds", "a"),
        ("participantIds", "b"),
    ]


def test_sync_returns_the_success_model() -> None:
    bp = client(answering(200, {"user": USER}, []))
    assert get_user.sync("user_1", client=bp, x_bot_id="bot").user.id == "user_1"


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (200, {"user": {"id": "user_1"}}, "does not match the documented schema"),
        (200, [1, 2], "does not match the documented schema"),
        (202, {"user": USER}, "a success status the API does not document"),
    ],
    ids=["missing-fields", "wrong-shape", "undocumented-2xx"],
)
def test_a_success_status_without_its_documented_body_raises(
    status: int, body: object, reason: str
) -> None:
    bp = client(answering(status, body, []))
    with pytest.raises(BotpressError, match=reason) as raised:
        get_user.sync("user_1", client=bp, x_bot_id="bot")
    assert raised.value.status_code == status and raised.value.body == body


def test_a_body_that_is_not_json_raises_the_api_error_from_every_function() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<html>gateway</html>")

    bp = client(handle)
    with pytest.raises(BotpressError, match="documented schema"):
        get_user.sync("user_1", client=bp, x_bot_id="bot")
    with pytest.raises(BotpressError) as raised:
        get_user.sync_detailed("user_1", client=bp, x_bot_id="bot")
    assert raised.value.body is None and raised.value.status_code == 200


def test_detailed_keeps_the_whole_union() -> None:
    error = {"id": "err_1", "code": 404, "type": "ResourceNotFound", "message": "no such user"}
    bp = client(answering(404, error, []))
    answer = get_user.sync_detailed("user_1", client=bp, x_bot_id="bot")
    assert answer.status_code == 404
    assert isinstance(answer.parsed, botpress_client.models.Error)
    assert answer.parsed.message == "no such user"
