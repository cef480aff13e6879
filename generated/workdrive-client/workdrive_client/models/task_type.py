from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_TYPE_VALUES!r}")
