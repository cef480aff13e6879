from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_training_course import TaskTrainingCourse
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task as the API answers it. The vendor's samples differ in what they show: the listing embeds the creator as a
    user object while create and update answer only the creator's id, and the assignment answers list the assignees as
    ids (create) or as user objects (assign); both forms are accepted ([ERRATA: Task creator and assignees: ids or
    users](/specs/workdrive/ERRATA.md#task-creator-and-assignees-ids-or-users)).

    """

    id: str
    """ Id of the task. """
    title: str | Unset = UNSET
    """ Title of the task. """
    content: str | Unset = UNSET
    """ Content of the task; the article text of an `Article` task. """
    time: int | Unset = UNSET
    """ Shown in every task sample (`1`) but never described; its meaning and unit are unknown ([ERRATA: Task time
    field](/specs/workdrive/ERRATA.md#task-time-field)). """
    video_id: str | Unset = UNSET
    """ Id of the video of a `Video` task. """
    description: str | Unset = UNSET
    """ Description of the task. """
    link: str | Unset = UNSET
    """ Link of a `QuizLink` task. """
    due_date: datetime.datetime | Unset = UNSET
    """ When the task is due. """
    status: str | Unset = UNSET
    """ Status of the task. Requests send `draft` or `publish`; the vendor's answers show only a placeholder
    ([ERRATA: Task status values](/specs/workdrive/ERRATA.md#task-status-values)). """
    created_by: str | Unset | UserSummary = UNSET
    """ The user who created the task, as an id or as a user object. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the task was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the task was last updated. """
    due_days: int | Unset = UNSET
    """ Number of days within which the task has to be done. """
    training_course: TaskTrainingCourse | Unset = UNSET
    """ The training course of a `TrainingCourse` task; the vendor's documentation shows `{}`. """
    training_course_task_list_id: str | Unset = UNSET
    """ Id of the training course of a `TrainingCourse` task. """
    assigned_user_ids: list[str | UserSummary] | Unset = UNSET
    """ The users the task is assigned to: ids in the create answer, user objects in the assign answer ([ERRATA:
    Task creator and assignees: ids or users](/specs/workdrive/ERRATA.md#task-creator-and-assignees-ids-or-users)).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        id = self.id

        title = self.title

        content = self.content

        time = self.time

        video_id = self.video_id

        description = self.description

        link = self.link

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        status = self.status

        created_by: dict[str, Any] | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserSummary):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        due_days = self.due_days

        training_course: dict[str, Any] | Unset = UNSET
        if not isinstance(self.training_course, Unset):
            training_course = self.training_course.to_dict()

        training_course_task_list_id = self.training_course_task_list_id

        assigned_user_ids: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.assigned_user_ids, Unset):
            assigned_user_ids = []
            for assigned_user_ids_item_data in self.assigned_user_ids:
                assigned_user_ids_item: dict[str, Any] | str
                if isinstance(assigned_user_ids_item_data, UserSummary):
                    assigned_user_ids_item = assigned_user_ids_item_data.to_dict()
                else:
                    assigned_user_ids_item = assigned_user_ids_item_data
                assigned_user_ids.append(assigned_user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if time is not UNSET:
            field_dict["time"] = time
        if video_id is not UNSET:
            field_dict["videoId"] = video_id
        if description is not UNSET:
            field_dict["description"] = description
        if link is not UNSET:
            field_dict["link"] = link
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if status is not UNSET:
            field_dict["status"] = status
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if due_days is not UNSET:
            field_dict["dueDays"] = due_days
        if training_course is not UNSET:
            field_dict["trainingCourse"] = training_course
        if training_course_task_list_id is not UNSET:
            field_dict["trainingCourseTaskListId"] = training_course_task_list_id
        if assigned_user_ids is not UNSET:
            field_dict["assignedUserIds"] = assigned_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_training_course import TaskTrainingCourse  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        time = d.pop("time", UNSET)

        video_id = d.pop("videoId", UNSET)

        description = d.pop("description", UNSET)

        link = d.pop("link", UNSET)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.datetime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        status = d.pop("status", UNSET)

        def _parse_created_by(data: object) -> str | Unset | UserSummary:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_1 = UserSummary.from_dict(data)

                return created_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | UserSummary, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        due_days = d.pop("dueDays", UNSET)

        _training_course = d.pop("trainingCourse", UNSET)
        training_course: TaskTrainingCourse | Unset
        if isinstance(_training_course, Unset):
            training_course = UNSET
        else:
            training_course = TaskTrainingCourse.from_dict(_training_course)

        training_course_task_list_id = d.pop("trainingCourseTaskListId", UNSET)

        _assigned_user_ids = d.pop("assignedUserIds", UNSET)
        assigned_user_ids: list[str | UserSummary] | Unset = UNSET
        if _assigned_user_ids is not UNSET:
            assigned_user_ids = []
            for assigned_user_ids_item_data in _assigned_user_ids:

                def _parse_assigned_user_ids_item(data: object) -> str | UserSummary:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        assigned_user_ids_item_type_1 = UserSummary.from_dict(data)

                        return assigned_user_ids_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | UserSummary, data)

                assigned_user_ids_item = _parse_assigned_user_ids_item(assigned_user_ids_item_data)

                assigned_user_ids.append(assigned_user_ids_item)

        task = cls(
            id=id,
            title=title,
            content=content,
            time=time,
            video_id=video_id,
            description=description,
            link=link,
            due_date=due_date,
            status=status,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            due_days=due_days,
            training_course=training_course,
            training_course_task_list_id=training_course_task_list_id,
            assigned_user_ids=assigned_user_ids,
        )

        task.additional_properties = d
        return task

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
