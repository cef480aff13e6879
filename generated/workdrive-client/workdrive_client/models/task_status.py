from typing import Literal, cast

TaskStatus = Literal["draft", "publish"]

TASK_STATUS_VALUES: set[TaskStatus] = {
    "draft",
    "publish",
}


def check_task_status(value: str) -> TaskStatus:
    if value in TASK_STATUS_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(TaskStatus, value)
