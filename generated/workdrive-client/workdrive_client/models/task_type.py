from typing import Literal, cast

TaskType = Literal["Article", "Document", "QuizLink", "TrainingCourse", "Video"]

TASK_TYPE_VALUES: set[TaskType] = {
    "Article",
    "Document",
    "QuizLink",
    "TrainingCourse",
    "Video",
}


def check_task_type(value: str) -> TaskType:
    if value in TASK_TYPE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(TaskType, value)
