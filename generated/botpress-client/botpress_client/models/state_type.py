from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATE_TYPE_VALUES!r}")
