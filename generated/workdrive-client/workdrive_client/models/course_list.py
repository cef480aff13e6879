from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course import Course
    from ..models.meta import Meta


T = TypeVar("T", bound="CourseList")


@_attrs_define
class CourseList:
    """One page of courses, under the key `taskLists` as the vendor's documentation answers it ([ERRATA: Courses answer
    taskLists](/specs/workdrive/ERRATA.md#courses-answer-tasklists)).

    """

    task_lists: list[Course]
    """ The courses of this page. """
    meta: Meta
    """ Pagination block of every listing. `nextPage` is the number to send as `cur_page` for the next page, `null`
    on the last page ([ERRATA: Paging](/specs/workdrive/ERRATA.md#paging)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_lists = []
        for task_lists_item_data in self.task_lists:
            task_lists_item = task_lists_item_data.to_dict()
            task_lists.append(task_lists_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskLists": task_lists,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course import Course  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        task_lists = []
        _task_lists = d.pop("taskLists")
        for task_lists_item_data in _task_lists:
            task_lists_item = Course.from_dict(task_lists_item_data)

            task_lists.append(task_lists_item)

        meta = Meta.from_dict(d.pop("meta"))

        course_list = cls(
            task_lists=task_lists,
            meta=meta,
        )

        course_list.additional_properties = d
        return course_list

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
