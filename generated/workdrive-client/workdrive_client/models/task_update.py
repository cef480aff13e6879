from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate:
    """Changes to a task; fields left out are not changed (judgement: the vendor's documentation does not say). No field is
    marked required.

    """

    title: str | Unset = UNSET
    """ Title of the task. """
    description: str | Unset = UNSET
    """ Description of the task, used by the task types `Video`, `QuizLink`, `Document` and `TrainingCourse`. """
    status: TaskStatus | Unset = UNSET
    """ Whether a task is published or a draft. A draft cannot be assigned to other users ([ERRATA: Task status
    values](/specs/workdrive/ERRATA.md#task-status-values)). """
    notification_template_id: UUID | Unset = UNSET
    """ Id of the notification template of the task (see the Enforcement Template listing). """
    task_type: TaskType | Unset = UNSET
    """ Kind of a task, which decides the field that carries its substance: `Article` the `content`, `Video` the
    `videoId`, `QuizLink` the `link`, `Document` the `documentId`, `TrainingCourse` the `trainingCourseTaskListId`
    ([ERRATA: Task types Link and Course](/specs/workdrive/ERRATA.md#task-types-link-and-course)). """
    content: str | Unset = UNSET
    """ New content of the task; the article content of an `Article` task. """
    time: int | Unset = UNSET
    """ Sent in the vendor's sample (`1`) but absent from its table; meaning and unit unknown ([ERRATA: Task time
    field](/specs/workdrive/ERRATA.md#task-time-field)). """
    video_id: UUID | Unset = UNSET
    """ Id of the video of a `Video` task: an existing video, or the media id of a video uploaded with the media
    upload API. """
    link: str | Unset = UNSET
    """ Link of a `QuizLink` task ([ERRATA: Task types Link and Course](/specs/workdrive/ERRATA.md#task-types-link-
    and-course)). """
    due_days: int | Unset = UNSET
    """ New number of days within which the task has to be done ([ERRATA: Task dueDays
    type](/specs/workdrive/ERRATA.md#task-duedays-type)). """
    document_id: UUID | Unset = UNSET
    """ Id of the document of a `Document` task (see the Document listing). """
    training_course_task_list_id: UUID | Unset = UNSET
    """ Id of the course of a `TrainingCourse` task (see the Courses listing; [ERRATA: Task types Link and
    Course](/specs/workdrive/ERRATA.md#task-types-link-and-course)). """
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

        task_update = cls(
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
        )

        task_update.additional_properties = d
        return task_update

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
