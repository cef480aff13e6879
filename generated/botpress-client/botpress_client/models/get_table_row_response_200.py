from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.row import Row


T = TypeVar("T", bound="GetTableRowResponse200")


@_attrs_define
class GetTableRowResponse200:
    row: Row
    """ A row of a table: the system fields below plus one key per column of the table holding the row's value for
    that column. The seed is cut off before rows are described; this shape is a public fact about the real API
    (ERRATA.md "Tables section cut off"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row = self.row.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row": row,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row import Row  # noqa: PLC0415

        d = dict(src_dict)
        row = Row.from_dict(d.pop("row"))

        get_table_row_response_200 = cls(
            row=row,
        )

        get_table_row_response_200.additional_properties = d
        return get_table_row_response_200

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
