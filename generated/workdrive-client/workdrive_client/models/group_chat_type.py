from typing import Literal

GroupChatType = Literal["CHAT_GROUP", "ROOM"]

GROUP_CHAT_TYPE_VALUES: set[GroupChatType] = {
    "CHAT_GROUP",
    "ROOM",
}


def check_group_chat_type(value: str) -> GroupChatType:
    if value in GROUP_CHAT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_CHAT_TYPE_VALUES!r}")
