from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskInput")


@_attrs_define
class TaskInput:
    """A new task. The vendor's documentation lists creation twice, as "Create a Task" and "Create and Assign a Task", both
    `POST /api/tasks`; this body is the union of the two, and `userIds` assigns the new task at once ([ERRATA: Create
    and Assign a Task is Create a Task](/specs/workdrive/ERRATA.md#create-and-assign-a-task-is-create-a-task)). No field
    is marked required.

    """

    title: str | Unset = UNSET
    """ Title of the task. """
    description: str | Unset = UNSET
    """ Description of the task, used by the task types `Video`, `QuizLink`, `Document` and `TrainingCourse`. The
    vendor's documentation lists this field twice ([ERRATA: Task description listed
    twice](/specs/workdrive/ERRATA.md#task-description-listed-twice)). """
    status: TaskStatus | Unset = UNSET
    """ Whether a task is published or a draft. A draft cannot be assigned to other users ([ERRATA: Task status
    values](/specs/workdrive/ERRATA.md#task-status-values)). """
    notification_template_id: UUID | Unset = UNSET
    """ Id of the notification template of the task (see the Enforcement Template listing). The vendor's
    documentation calls it the task list's ([ERRATA: Task fields described as a task
    list's](/specs/workdrive/ERRATA.md#task-fields-described-as-a-task-lists)). """
    task_type: TaskType | Unset = UNSET
    """ Kind of a task, which decides the field that carries its substance: `Article` the `content`, `Video` the
    `videoId`, `QuizLink` the `link`, `Document` the `documentId`, `TrainingCourse` the `trainingCourseTaskListId`
    ([ERRATA: Task types Link and Course](/specs/workdrive/ERRATA.md#task-types-link-and-course)). """
    content: str | Unset = UNSET
    """ Content of the task; the vendor's documentation says an `Article` task needs it for the article's text. """
    time: int | Unset = UNSET
    """ Sent in the vendor's samples (`1`) but absent from its tables; meaning and unit unknown ([ERRATA: Task time
    field](/specs/workdrive/ERRATA.md#task-time-field)). """
    video_id: UUID | Unset = UNSET
    """ Id of the video of a `Video` task: an existing video, or the media id of a video uploaded with the media
    upload API. """
    link: str | Unset = UNSET
    """ Link of a `QuizLink` task ([ERRATA: Task types Link and Course](/specs/workdrive/ERRATA.md#task-types-link-
    and-course)). """
    due_days: int | Unset = UNSET
    """ Number of days within which the task has to be done ([ERRATA: Task dueDays
    type](/specs/workdrive/ERRATA.md#task-duedays-type)). """
    document_id: UUID | Unset = UNSET
    """ Id of the document of a `Document` task (see the Document listing). """
    training_course_task_list_id: UUID | Unset = UNSET
    """ Id of the course of a `TrainingCourse` task (see the Courses listing; [ERRATA: Task types Link and
    Course](/specs/workdrive/ERRATA.md#task-types-link-and-course)). """
    user_ids: list[UUID] | Unset = UNSET
    """ Ids of the users to assign the new task to (see the User listing). Only in the "Create and Assign a Task"
    section. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        notification_template_id: str | Unset = UNSET
        if not isinstance(self.notification_template_id, Unset):
            notification_template_id = str(self.notification_template_id)

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type

        content = self.content

        time = self.time

        video_id: str | Unset = UNSET
        if not isinstance(self.video_id, Unset):
            video_id = str(self.video_id)

        link = self.link

        due_days = self.due_days

        document_id: str | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = str(self.document_id)

        training_course_task_list_id: str | Unset = UNSET
        if not isinstance(self.training_course_task_list_id, Unset):
            training_course_task_list_id = str(self.training_course_task_list_id)

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = str(user_ids_item_data)
                user_ids.append(user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if notification_template_id is not UNSET:
            field_dict["notificationTemplateId"] = notification_template_id
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if content is not UNSET:
            field_dict["content"] = content
        if time is not UNSET:
            field_dict["time"] = time
        if video_id is not UNSET:
            field_dict["videoId"] = video_id
        if link is not UNSET:
            field_dict["link"] = link
        if due_days is not UNSET:
            field_dict["dueDays"] = due_days
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if training_course_task_list_id is not UNSET:
            field_dict["trainingCourseTaskListId"] = training_course_task_list_id
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_task_status(_status)

        _notification_template_id = d.pop("notificationTemplateId", UNSET)
        notification_template_id: UUID | Unset
        if isinstance(_notification_template_id, Unset):
            notification_template_id = UNSET
        else:
            notification_template_id = UUID(_notification_template_id)

        _task_type = d.pop("task_type", UNSET)
        task_type: TaskType | Unset
        if isinstance(_task_type, Unset):
            task_type = UNSET
        else:
            task_type = check_task_type(_task_type)

        content = d.pop("content", UNSET)

        time = d.pop("time", UNSET)

        _video_id = d.pop("videoId", UNSET)
        video_id: UUID | Unset
        if isinstance(_video_id, Unset):
            video_id = UNSET
        else:
            video_id = UUID(_video_id)

        link = d.pop("link", UNSET)

        due_days = d.pop("dueDays", UNSET)

        _document_id = d.pop("documentId", UNSET)
        document_id: UUID | Unset
        if isinstance(_document_id, Unset):
            document_id = UNSET
        else:
            document_id = UUID(_document_id)

        _training_course_task_list_id = d.pop("trainingCourseTaskListId", UNSET)
        training_course_task_list_id: UUID | Unset
        if isinstance(_training_course_task_list_id, Unset):
            training_course_task_list_id = UNSET
        else:
            training_course_task_list_id = UUID(_training_course_task_list_id)

        _user_ids = d.pop("userIds", UNSET)
        user_ids: list[UUID] | Unset = UNSET
        if _user_ids is not UNSET:
            user_ids = []
            for user_ids_item_data in _user_ids:
                user_ids_item = UUID(user_ids_item_data)

                user_ids.append(user_ids_item)

        task_input = cls(
            title=title,
            description=description,
            status=status,
            notification_template_id=notification_template_id,
            task_type=task_type,
            content=content,
            time=time,
            video_id=video_id,
            link=link,
            due_days=due_days,
            document_id=document_id,
            training_course_task_list_id=training_course_task_list_id,
            user_ids=user_ids,
        )

        task_input.additional_properties = d
        return task_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
