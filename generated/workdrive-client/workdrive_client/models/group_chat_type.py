from typing import Literal, cast

GroupChatType = Literal["CHAT_GROUP", "ROOM"]

GROUP_CHAT_TYPE_VALUES: set[GroupChatType] = {
    "CHAT_GROUP",
    "ROOM",
}


def check_group_chat_type(value: str) -> GroupChatType:
    if value in GROUP_CHAT_TYPE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(GroupChatType, value)
