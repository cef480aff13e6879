from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """Pagination block of every listing. `nextPage` is the number to send as `cur_page` for the next page, `null` on the
    last page ([ERRATA: Paging](/specs/workdrive/ERRATA.md#paging)).

    """

    per_page: int
    """ Number of results per page (the request's `per_page`). """
    total_pages: int
    """ Number of pages the result set fills. """
    total_results: int
    """ Number of results across all pages. """
    cur_page: int
    """ This page's number (the request's `cur_page`). """
    next_page: int | None
    """ Number of the next page, or `null` when this is the last one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_page = self.per_page

        total_pages = self.total_pages

        total_results = self.total_results

        cur_page = self.cur_page

        next_page: int | None
        next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "perPage": per_page,
                "totalPages": total_pages,
                "totalResults": total_results,
                "curPage": cur_page,
                "nextPage": next_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        per_page = d.pop("perPage")

        total_pages = d.pop("totalPages")

        total_results = d.pop("totalResults")

        cur_page = d.pop("curPage")

        def _parse_next_page(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_page = _parse_next_page(d.pop("nextPage"))

        meta = cls(
            per_page=per_page,
            total_pages=total_pages,
            total_results=total_results,
            cur_page=cur_page,
            next_page=next_page,
        )

        meta.additional_properties = d
        return meta

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
