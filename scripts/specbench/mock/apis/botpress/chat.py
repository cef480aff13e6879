"""Users, conversations, participants, events, messages and actions of the Botpress mock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from specbench.mock.behaviours import (
    Behaviour,
    Call,
    Create,
    Delete,
    GetOrCreate,
    ListItems,
    Read,
    Reply,
    Resource,
    Unbound,
    Update,
    paginate,
)
from specbench.mock.errors import not_found

USERS = Resource("users", "user_")
CONVERSATIONS = Resource("conversations", "conv_")
EVENTS = Resource("events", "evt_")
MESSAGES = Resource("messages", "msg_")
PARTICIPANTS = "participants"  # key "<conversationId>/<userId>", parent conversationId

TAGS = ("tags",)


def participant_key(conversation_id: str, user_id: str) -> str:
    return f"{conversation_id}/{user_id}"


def takes_part(call: Call, user: dict[str, Any], conversation_id: Any) -> bool:
    """listUsers?conversationId=…: the user is a participant of that conversation."""
    key = participant_key(str(conversation_id), user["id"])
    return call.store.get(PARTICIPANTS, key) is not None


def has_participants(call: Call, conversation: dict[str, Any], user_ids: Any) -> bool:
    """listConversations?participantIds=…: every given user takes part."""
    return all(
        call.store.get(PARTICIPANTS, participant_key(conversation["id"], str(user))) is not None
        for user in user_ids
    )


def delete_conversation_children(call: Call, conversation_id: str) -> None:
    """Deleting a conversation also deletes its messages and participants (seed)."""
    for message in call.store.items(MESSAGES.collection):
        if message.get("conversationId") == conversation_id:
            call.store.delete(MESSAGES.collection, message["id"])
    call.store.delete_children(PARTICIPANTS, conversation_id)


def delete_user_memberships(call: Call, user_id: str) -> None:
    for conversation in call.store.items(CONVERSATIONS.collection):
        call.store.delete(PARTICIPANTS, participant_key(conversation["id"], user_id))


def conversation_of(call: Call) -> dict[str, Any]:
    conversation = call.store.get(CONVERSATIONS.collection, str(call.path["id"]))
    if conversation is None:
        raise not_found(f"Conversation {call.path['id']}")
    return dict(conversation)


def user_named(call: Call, user_id: str) -> dict[str, Any]:
    user = call.store.get(USERS.collection, user_id)
    if user is None:
        raise not_found(f"User {user_id}")
    return dict(user)


@dataclass
class AddParticipant(Unbound):
    """Add an existing user to an existing conversation; answer the user."""

    def __call__(self, call: Call) -> Reply:
        conversation = conversation_of(call)
        user = user_named(call, str(call.body["userId"]))
        key = participant_key(conversation["id"], user["id"])
        call.store.put(PARTICIPANTS, key, {"userId": user["id"]}, parent=conversation["id"])
        return call.op.success_status, {"participant": user}


@dataclass
class GetParticipant(Unbound):
    def __call__(self, call: Call) -> Reply:
        conversation = conversation_of(call)
        user_id = str(call.path["userId"])
        if call.store.get(PARTICIPANTS, participant_key(conversation["id"], user_id)) is None:
            raise not_found(f"Participant {user_id} of conversation {conversation['id']}")
        return call.op.success_status, {"participant": user_named(call, user_id)}


@dataclass
class ListParticipants(Unbound):
    """The users taking part in a conversation, newest first, paged."""

    def __call__(self, call: Call) -> Reply:
        conversation = conversation_of(call)
        links = reversed(call.store.items(PARTICIPANTS, parent=conversation["id"]))
        users = [call.store.get(USERS.collection, link["userId"]) for link in links]
        return call.op.success_status, paginate(call, [u for u in users if u], {})


@dataclass
class RemoveParticipant(Unbound):
    def __call__(self, call: Call) -> Reply:
        conversation = conversation_of(call)
        user_id = str(call.path["userId"])
        if not call.store.delete(PARTICIPANTS, participant_key(conversation["id"], user_id)):
            raise not_found(f"Participant {user_id} of conversation {conversation['id']}")
        return call.op.success_status, {}


@dataclass
class CallAction(Unbound):
    """No integration runs here: the action answers its input as output, never cached."""

    def __call__(self, call: Call) -> Reply:
        return call.op.success_status, {"output": call.body["input"], "meta": {"cached": False}}


def conversation_defaults(call: Call) -> dict[str, Any]:
    """The integration that created a conversation: the caller's, else the API itself."""
    return {"integration": call.headers.get("x-integration-id") or "api"}


def event_defaults(call: Call) -> dict[str, Any]:
    scheduled = bool((call.body or {}).get("schedule"))
    return {"status": "scheduled" if scheduled else "pending", "failureReason": None}


def message_defaults(call: Call) -> dict[str, Any]:
    """Messages created through the API are sent by the bot."""
    return {"direction": "outgoing"}


BEHAVIOURS: dict[str, Behaviour] = {
    "createUser": Create(USERS, "user"),
    "getUser": Read(USERS, "user"),
    "listUsers": ListItems(USERS, filters={"conversationId": takes_part}),
    "getOrCreateUser": GetOrCreate(USERS, "user", match=TAGS),
    "updateUser": Update(USERS, "user", merge_maps=TAGS),
    "deleteUser": Delete(USERS, cascade=delete_user_memberships),
    "createConversation": Create(CONVERSATIONS, "conversation", conversation_defaults),
    "getConversation": Read(CONVERSATIONS, "conversation"),
    "listConversations": ListItems(CONVERSATIONS, filters={"participantIds": has_participants}),
    "getOrCreateConversation": GetOrCreate(
        CONVERSATIONS, "conversation", match=("channel", "tags"), extra=conversation_defaults
    ),
    "updateConversation": Update(CONVERSATIONS, "conversation", merge_maps=TAGS),
    "deleteConversation": Delete(CONVERSATIONS, cascade=delete_conversation_children),
    "listParticipants": ListParticipants(),
    "addParticipant": AddParticipant(),
    "getParticipant": GetParticipant(),
    "removeParticipant": RemoveParticipant(),
    "createEvent": Create(EVENTS, "event", event_defaults),
    "getEvent": Read(EVENTS, "event"),
    "listEvents": ListItems(EVENTS),
    "createMessage": Create(MESSAGES, "message", message_defaults),
    "getOrCreateMessage": GetOrCreate(
        MESSAGES, "message", match=("conversationId", "tags"), extra=message_defaults
    ),
    "getMessage": Read(MESSAGES, "message"),
    "updateMessage": Update(MESSAGES, "message", merge_maps=TAGS),
    "listMessages": ListItems(MESSAGES),
    "deleteMessage": Delete(MESSAGES),
    "callAction": CallAction(),
}
