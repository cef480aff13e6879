from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_form import CourseForm
    from ..models.file import File


T = TypeVar("T", bound="Course")


@_attrs_define
class Course:
    """A course of the user, as Get All Courses lists it: a task list with its tasks, progress, file and form ([ERRATA:
    Courses answer taskLists](/specs/workdrive/ERRATA.md#courses-answer-tasklists)).

    """

    id: str
    """ Id of the course (the `id` that Delete a Course takes). """
    course_id: str | Unset = UNSET
    """ Course id the vendor's documentation shows beside `id`; its meaning is not documented. """
    title: str | Unset = UNSET
    """ Title of the course. """
    description: str | Unset = UNSET
    """ Description of the course. """
    categories: list[str] | Unset = UNSET
    """ Categories of the course. """
    order: int | Unset = UNSET
    """ Order of the task list ([ERRATA: Course values written as descriptions](/specs/workdrive/ERRATA.md#course-
    values-written-as-descriptions)). """
    number_of_tasks: int | Unset = UNSET
    """ Total number of tasks in the task list: the tasks whose `trainingCourseTaskListId` is this course's `id`
    ([ERRATA: Course counts](/specs/workdrive/ERRATA.md#course-counts)). """
    users_count: int | Unset = UNSET
    """ Total number of users in the task list: the distinct users assigned a task of the course ([ERRATA: Course
    counts](/specs/workdrive/ERRATA.md#course-counts)). """
    total_time: float | Unset = UNSET
    """ Estimated time of the tasks; the vendor's documentation gives no unit. """
    org_id: str | Unset = UNSET
    """ Id of the organization. """
    tasks: int | Unset = UNSET
    """ Tasks of the course; the vendor's documentation shows the number `1`. """
    parent_task_list_id: str | Unset = UNSET
    """ Id of the parent task list. """
    progress: float | Unset = UNSET
    """ Progress of the user in the course. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the course was last changed. """
    status: str | Unset = UNSET
    """ Status of the course. """
    file: File | Unset = UNSET
    """ A stored media file (picture, video or document) as the API answers it: where it is, what it is, its
    renditions and its owner. """
    form: CourseForm | Unset = UNSET
    """ A form attached to a course (e.g. an employment form the user fills out). """
    due_date: datetime.datetime | None | Unset = UNSET
    """ When the course is due, `null` without a due date. The vendor's documentation shows `{}` ([ERRATA: Scalar
    fields shown as {}](/specs/workdrive/ERRATA.md#scalar-fields-shown-as-)). """
    started: bool | Unset = UNSET
    """ Whether the user has started the course. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the course. """
    notification_template_id: UUID | Unset = UNSET
    """ Id of the enforcement template whose reminders the course sends (see Get All Templates) ([ERRATA: Course
    notificationTemplateId](/specs/workdrive/ERRATA.md#course-notificationtemplateid)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        course_id = self.course_id

        title = self.title

        description = self.description

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        order = self.order

        number_of_tasks = self.number_of_tasks

        users_count = self.users_count

        total_time = self.total_time

        org_id = self.org_id

        tasks = self.tasks

        parent_task_list_id = self.parent_task_list_id

        progress = self.progress

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        status = self.status

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.form, Unset):
            form = self.form.to_dict()

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        started = self.started

        created_by = self.created_by

        notification_template_id: str | Unset = UNSET
        if not isinstance(self.notification_template_id, Unset):
            notification_template_id = str(self.notification_template_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if course_id is not UNSET:
            field_dict["courseId"] = course_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if categories is not UNSET:
            field_dict["categories"] = categories
        if order is not UNSET:
            field_dict["order"] = order
        if number_of_tasks is not UNSET:
            field_dict["numberOfTasks"] = number_of_tasks
        if users_count is not UNSET:
            field_dict["usersCount"] = users_count
        if total_time is not UNSET:
            field_dict["totalTime"] = total_time
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if parent_task_list_id is not UNSET:
            field_dict["parentTaskListId"] = parent_task_list_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if file is not UNSET:
            field_dict["file"] = file
        if form is not UNSET:
            field_dict["form"] = form
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if started is not UNSET:
            field_dict["started"] = started
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if notification_template_id is not UNSET:
            field_dict["notificationTemplateId"] = notification_template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_form import CourseForm  # noqa: PLC0415
        from ..models.file import File  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        course_id = d.pop("courseId", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        order = d.pop("order", UNSET)

        number_of_tasks = d.pop("numberOfTasks", UNSET)

        users_count = d.pop("usersCount", UNSET)

        total_time = d.pop("totalTime", UNSET)

        org_id = d.pop("orgId", UNSET)

        tasks = d.pop("tasks", UNSET)

        parent_task_list_id = d.pop("parentTaskListId", UNSET)

        progress = d.pop("progress", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        status = d.pop("status", UNSET)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File.from_dict(_file)

        _form = d.pop("form", UNSET)
        form: CourseForm | Unset
        if isinstance(_form, Unset):
            form = UNSET
        else:
            form = CourseForm.from_dict(_form)

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("dueDate", UNSET))

        started = d.pop("started", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _notification_template_id = d.pop("notificationTemplateId", UNSET)
        notification_template_id: UUID | Unset
        if isinstance(_notification_template_id, Unset):
            notification_template_id = UNSET
        else:
            notification_template_id = UUID(_notification_template_id)

        course = cls(
            id=id,
            course_id=course_id,
            title=title,
            description=description,
            categories=categories,
            order=order,
            number_of_tasks=number_of_tasks,
            users_count=users_count,
            total_time=total_time,
            org_id=org_id,
            tasks=tasks,
            parent_task_list_id=parent_task_list_id,
            progress=progress,
            updated_at=updated_at,
            status=status,
            file=file,
            form=form,
            due_date=due_date,
            started=started,
            created_by=created_by,
            notification_template_id=notification_template_id,
        )

        course.additional_properties = d
        return course

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
