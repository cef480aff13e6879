from typing import Literal, cast

StateType = Literal["bot", "conversation", "integration", "task", "user", "workflow"]

STATE_TYPE_VALUES: set[StateType] = {
    "bot",
    "conversation",
    "integration",
    "task",
    "user",
    "workflow",
}


def check_state_type(value: str) -> StateType:
    if value in STATE_TYPE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(StateType, value)
