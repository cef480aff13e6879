"""A program a Botpress user would write against botpress_client: users, conversations and
messages, paging, async, and the typed error. Type-checked by `make lint` (mypy --strict) with
no casts, no isinstance narrowing and no ignores; run against the mock by test_usage.py."""

from __future__ import annotations

import asyncio

from botpress_client import AuthenticatedClient
from botpress_client.api.conversation import create_conversation, list_conversations
from botpress_client.api.message import create_message, list_messages
from botpress_client.api.user import create_user, get_user, list_users, update_user
from botpress_client.errors import BotpressError
from botpress_client.models import (
    ConversationInput,
    CreateMessageRequest,
    CreateUserRequest,
    Tags,
    UserInput,
)

BOT = "bot_usage"


def onboard(client: AuthenticatedClient, name: str, phone: str) -> str:
    """Create a user tagged with their phone number and return its id."""
    body = CreateUserRequest(tags=Tags.from_dict({"whatsapp:userId": phone}), name=name)
    created = create_user.sync(client=client, body=body, x_bot_id=BOT)
    return created.user.id


async def names_async(client: AuthenticatedClient) -> list[str]:
    return [str(user.name) async for user in list_users.aiterate(client=client, x_bot_id=BOT)]


def main(base_url: str, token: str) -> dict[str, object]:
    client = AuthenticatedClient(base_url=base_url, token=token)
    ada = onboard(client, "Ada", "+15145550123")
    for n in range(24):
        onboard(client, f"user-{n}", f"+1000000{n:04d}")

    fetched = get_user.sync(ada, client=client, x_bot_id=BOT).user
    renamed = update_user.sync(
        ada, client=client, body=UserInput.from_dict({"name": "Ada L."}), x_bot_id=BOT
    ).user

    first_page = list_users.sync(client=client, x_bot_id=BOT)
    by_phone = list_users.sync(
        client=client, x_bot_id=BOT, tags=Tags.from_dict({"whatsapp:userId": "+15145550123"})
    )
    everyone = [user.id for user in list_users.iterate(client=client, x_bot_id=BOT)]

    conversation = create_conversation.sync(
        client=client,
        body=ConversationInput.from_dict({"channel": "channel", "tags": {"topic": "billing"}}),
        x_bot_id=BOT,
    ).conversation
    message = create_message.sync(
        client=client,
        body=CreateMessageRequest.from_dict(
            {
                "conversationId": conversation.id,
                "userId": ada,
                "type": "text",
                "payload": {"text": "Hello"},
                "tags": {},
            }
        ),
        x_bot_id=BOT,
    ).message
    messages = list_messages.sync(client=client, conversation_id=conversation.id, x_bot_id=BOT)
    billing = list_conversations.sync(
        client=client, x_bot_id=BOT, tags=Tags.from_dict({"topic": "billing"})
    )

    try:
        get_user.sync("user_does_not_exist", client=client, x_bot_id=BOT)
        missing: tuple[int, object] = (0, None)
    except BotpressError as error:
        missing = (error.status_code, error.type)

    return {
        "created": fetched.created_at.year > 2000,
        "renamed": renamed.name,
        "first_page": len(first_page.users),
        "next_token": bool(first_page.meta.next_token),
        "by_phone": [user.id for user in by_phone.users] == [ada],
        "iterated": len(everyone),
        "async": len(asyncio.run(names_async(client))),
        "message": (message.direction, message.conversation_id == conversation.id),
        "messages": len(messages.messages),
        "billing": [c.id for c in billing.conversations] == [conversation.id],
        "missing": missing,
    }
