from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """Pagination block of every paged answer. Send `endCursor` back as `cursor.after` for the next page, `startCursor` as
    `cursor.before` for the previous one. All five members are always present ([ERRATA: Paged
    answers](/specs/botbye/ERRATA.md#paged-answers)).

    """

    has_previous_page: bool
    """ Whether items exist before this page. """
    has_next_page: bool
    """ Whether items exist after this page. """
    start_cursor: None | str
    """ Cursor of the first item of the page; null when the page is empty. """
    end_cursor: None | str
    """ Cursor of the last item of the page; null when the page is empty. """
    total: int
    """ Number of matching items when the request set `total=true`; otherwise -1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_previous_page = self.has_previous_page

        has_next_page = self.has_next_page

        start_cursor: None | str
        start_cursor = self.start_cursor

        end_cursor: None | str
        end_cursor = self.end_cursor

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasPreviousPage": has_previous_page,
                "hasNextPage": has_next_page,
                "startCursor": start_cursor,
                "endCursor": end_cursor,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_previous_page = d.pop("hasPreviousPage")

        has_next_page = d.pop("hasNextPage")

        def _parse_start_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_cursor = _parse_start_cursor(d.pop("startCursor"))

        def _parse_end_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_cursor = _parse_end_cursor(d.pop("endCursor"))

        total = d.pop("total")

        page_info = cls(
            has_previous_page=has_previous_page,
            has_next_page=has_next_page,
            start_cursor=start_cursor,
            end_cursor=end_cursor,
            total=total,
        )

        page_info.additional_properties = d
        return page_info

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
