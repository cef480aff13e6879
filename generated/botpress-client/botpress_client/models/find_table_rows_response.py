from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row import Row


T = TypeVar("T", bound="FindTableRowsResponse")


@_attrs_define
class FindTableRowsResponse:
    rows: list[Row]
    """ The matching rows of this page. """
    has_more: bool
    """ True when more matching rows follow this page. """
    offset: int
    """ Offset of this page, as applied. """
    limit: int
    """ Page size, as applied. """
    warnings: list[str] | Unset = UNSET
    """ Warnings about the query. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        has_more = self.has_more

        offset = self.offset

        limit = self.limit

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
                "hasMore": has_more,
                "offset": offset,
                "limit": limit,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row import Row  # noqa: PLC0415

        d = dict(src_dict)
        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = Row.from_dict(rows_item_data)

            rows.append(rows_item)

        has_more = d.pop("hasMore")

        offset = d.pop("offset")

        limit = d.pop("limit")

        warnings = cast(list[str], d.pop("warnings", UNSET))

        find_table_rows_response = cls(
            rows=rows,
            has_more=has_more,
            offset=offset,
            limit=limit,
            warnings=warnings,
        )

        find_table_rows_response.additional_properties = d
        return find_table_rows_response

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
