from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.table_column import TableColumn


T = TypeVar("T", bound="TableColumns")


@_attrs_define
class TableColumns:
    """The columns of a table written as a plain object, the other form a table body's `schema` accepts: each key is a
    column name, each value the definition of that column. At most 20 columns ([ERRATA: Table bodies and
    TableInput](/specs/botpress/ERRATA.md#table-bodies-and-tableinput)).

    """

    additional_properties: dict[str, TableColumn] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_column import TableColumn  # noqa: PLC0415

        d = dict(src_dict)
        table_columns = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = TableColumn.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        table_columns.additional_properties = additional_properties
        return table_columns

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TableColumn:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TableColumn) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
