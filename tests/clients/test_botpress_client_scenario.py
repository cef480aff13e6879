"""botpress_client drives the Botpress mock over real HTTP through a whole scenario."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from botpress_client import AuthenticatedClient
from botpress_client.api.conversation import (
    add_participant,
    create_conversation,
    get_participant,
    list_conversations,
    list_participants,
)
from botpress_client.api.message import create_message, delete_message, get_message
from botpress_client.api.state import get_state, patch_state, set_state
from botpress_client.api.tables import (
    create_table,
    create_table_rows,
    delete_table,
    find_table_rows,
    get_table,
)
from botpress_client.api.user import create_user, delete_user, get_user, list_users, update_user
from botpress_client.models import (
    AddParticipantRequest,
    ConversationInput,
    CreateMessageRequest,
    CreateTableRequest,
    CreateTableRowsRequest,
    CreateUserRequest,
    Error,
    FindTableRowsRequest,
    MessageInputPayload,
    PatchStateRequest,
    PatchStateRequestPayload,
    StateInput,
    StateInputPayloadType0,
    TableJsonSchema,
    Tags,
    UserInput,
)
from botpress_client.types import UNSET

from specbench.mock import build_mock_app
from tests.conftest import api_named
from tests.mock_server import serving

TOKEN = "scenario-token"
BOT = "bot-scenario"


@pytest.fixture(scope="module")
def client() -> Iterator[AuthenticatedClient]:
    with serving(build_mock_app(api_named("botpress"), token=TOKEN)) as url:
        yield AuthenticatedClient(base_url=url, token=TOKEN)


def tags(**values: str) -> Tags:
    return Tags.from_dict(values)


def test_users_create_get_update_page_delete(client: AuthenticatedClient) -> None:
    created = create_user.sync(
        client=client, x_bot_id=BOT, body=CreateUserRequest(tags=tags(channel="web"), name="Ada")
    )
    assert not isinstance(created, Error) and created is not None
    user_id = created.user.id

    fetched = get_user.sync(id=user_id, client=client, x_bot_id=BOT)
    assert not isinstance(fetched, Error) and fetched is not None
    assert fetched.user.name == "Ada"

    renamed = update_user.sync(
        id=user_id, client=client, x_bot_id=BOT, body=UserInput(name="Ada K")
    )
    assert not isinstance(renamed, Error) and renamed is not None
    assert renamed.user.name == "Ada K"
    assert renamed.user.tags.additional_properties == {"channel": "web"}

    for number in range(45):
        body = CreateUserRequest(tags=tags(batch="pages", n=str(number)))
        assert create_user.sync_detailed(client=client, x_bot_id=BOT, body=body).status_code == 201
    seen: list[str] = []
    token: str | None = None
    pages = 0
    while True:
        page = list_users.sync(client=client, x_bot_id=BOT, next_token=token or UNSET)
        assert not isinstance(page, Error) and page is not None
        pages += 1
        seen += [user.id for user in page.users]
        if not page.meta.next_token:
            break
        token = page.meta.next_token
    assert pages == 3  # 46 users, 20 per page
    assert len(seen) == len(set(seen)) == 46
    assert seen[-1] == user_id  # newest first: the first user created comes last

    assert delete_user.sync_detailed(id=user_id, client=client, x_bot_id=BOT).status_code == 200
    gone = get_user.sync_detailed(id=user_id, client=client, x_bot_id=BOT).parsed
    assert isinstance(gone, Error)
    assert gone.code == 404 and gone.type_ == "ResourceNotFound"


def test_conversation_with_participant_and_message(client: AuthenticatedClient) -> None:
    user = create_user.sync(client=client, x_bot_id=BOT, body=CreateUserRequest(tags=tags(u="1")))
    assert not isinstance(user, Error) and user is not None
    conversation = create_conversation.sync(
        client=client, x_bot_id=BOT, body=ConversationInput(channel="web", tags=tags(topic="a"))
    )
    assert not isinstance(conversation, Error) and conversation is not None
    conversation_id = conversation.conversation.id

    added = add_participant.sync(
        id=conversation_id, client=client, x_bot_id=BOT, body=AddParticipantRequest(user.user.id)
    )
    assert not isinstance(added, Error) and added is not None
    participant = get_participant.sync(
        id=conversation_id, user_id=user.user.id, client=client, x_bot_id=BOT
    )
    assert not isinstance(participant, Error) and participant is not None
    listed = list_participants.sync(id=conversation_id, client=client, x_bot_id=BOT)
    assert not isinstance(listed, Error) and listed is not None
    assert [p.id for p in listed.participants] == [user.user.id]
    found = list_conversations.sync(client=client, x_bot_id=BOT, participant_ids=[user.user.id])
    assert not isinstance(found, Error) and found is not None
    assert [c.id for c in found.conversations] == [conversation_id]

    message = create_message.sync(
        client=client,
        x_bot_id=BOT,
        body=CreateMessageRequest(
            payload=MessageInputPayload.from_dict({"text": "Hello"}),
            user_id=user.user.id,
            conversation_id=conversation_id,
            type_="text",
            tags=tags(),
        ),
    )
    assert not isinstance(message, Error) and message is not None
    assert message.message.direction == "outgoing"
    assert message.message.payload.additional_properties == {"text": "Hello"}
    message_id = message.message.id
    assert (
        delete_message.sync_detailed(id=message_id, client=client, x_bot_id=BOT).status_code == 200
    )
    assert isinstance(
        get_message.sync_detailed(id=message_id, client=client, x_bot_id=BOT).parsed, Error
    )


def test_state_set_get_patch(client: AuthenticatedClient) -> None:
    body = StateInput(payload=StateInputPayloadType0.from_dict({"step": 1, "lang": "en"}))
    saved = set_state.sync("conversation", "conv_1", "flow", client=client, x_bot_id=BOT, body=body)
    assert not isinstance(saved, Error) and saved is not None
    fetched = get_state.sync("conversation", "conv_1", "flow", client=client, x_bot_id=BOT)
    assert not isinstance(fetched, Error) and fetched is not None
    assert fetched.state.payload.additional_properties == {"step": 1, "lang": "en"}
    assert fetched.state.conversation_id == "conv_1"
    patch = PatchStateRequest(payload=PatchStateRequestPayload.from_dict({"step": 2}))
    patched = patch_state.sync(
        "conversation", "conv_1", "flow", client=client, x_bot_id=BOT, body=patch
    )
    assert not isinstance(patched, Error) and patched is not None
    assert patched.state.payload.additional_properties == {"step": 2, "lang": "en"}
    missing = get_state.sync_detailed("user", "nobody", "flow", client=client, x_bot_id=BOT).parsed
    assert isinstance(missing, Error) and missing.code == 404


def test_table_with_rows(client: AuthenticatedClient) -> None:
    schema = TableJsonSchema.from_dict(
        {
            "type": "object",
            "properties": {"email": {"type": "string"}, "age": {"type": "number"}},
            "required": ["email"],
        }
    )
    created = create_table.sync(
        client=client, x_bot_id=BOT, body=CreateTableRequest(name="customersTable", schema=schema)
    )
    assert not isinstance(created, Error) and created is not None
    rows = [{"email": "ada@example.com", "age": 36}, {"email": "alan@example.com", "age": 41}]
    inserted = create_table_rows.sync(
        "customersTable",
        client=client,
        x_bot_id=BOT,
        body=CreateTableRowsRequest.from_dict({"rows": rows}),
    )
    assert not isinstance(inserted, Error) and inserted is not None
    assert [row.id for row in inserted.rows] == [1, 2]
    found = find_table_rows.sync(
        "customersTable",
        client=client,
        x_bot_id=BOT,
        body=FindTableRowsRequest.from_dict({"filter": {"age": {"$gt": 40}}}),
    )
    assert not isinstance(found, Error) and found is not None
    assert [row.additional_properties["email"] for row in found.rows] == ["alan@example.com"]
    details = get_table.sync("customersTable", client=client, x_bot_id=BOT)
    assert not isinstance(details, Error) and details is not None
    assert details.rows == 2
    assert sorted(details.table.schema.properties.additional_properties) == ["age", "email"]
    assert details.table.schema.required == ["email"]
    assert (
        delete_table.sync_detailed("customersTable", client=client, x_bot_id=BOT).status_code == 200
    )
    gone = get_table.sync_detailed("customersTable", client=client, x_bot_id=BOT).parsed
    assert isinstance(gone, Error) and gone.code == 404
