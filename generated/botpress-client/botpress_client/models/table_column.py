from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_column_format import TableColumnFormat, check_table_column_format
from ..models.table_column_type import TableColumnType, check_table_column_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TableColumn")


@_attrs_define
class TableColumn:
    """Definition of one column of a table, a JSON Schema fragment. Besides the keys listed here it may carry others (for
    example `nullable`, or the `x-zui` settings the Botpress Studio uses), so further keys are allowed ([ERRATA: Table
    schema fields](/specs/botpress/ERRATA.md#table-schema-fields)).

    """

    type_: TableColumnType | Unset = UNSET
    """ Type of the values of the column. """
    format_: TableColumnFormat | Unset = UNSET
    """ Format of a string column; `date-time` marks a date column. """
    description: str | Unset = UNSET
    """ Human-readable description of the column. """
    enum: list[str] | Unset = UNSET
    """ The only values a string column accepts. """
    pattern: str | Unset = UNSET
    """ Regular expression the values of a string column must match. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        description = self.description

        enum: list[str] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if description is not UNSET:
            field_dict["description"] = description
        if enum is not UNSET:
            field_dict["enum"] = enum
        if pattern is not UNSET:
            field_dict["pattern"] = pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TableColumnType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_table_column_type(_type_)

        _format_ = d.pop("format", UNSET)
        format_: TableColumnFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_table_column_format(_format_)

        description = d.pop("description", UNSET)

        enum = cast(list[str], d.pop("enum", UNSET))

        pattern = d.pop("pattern", UNSET)

        table_column = cls(
            type_=type_,
            format_=format_,
            description=description,
            enum=enum,
            pattern=pattern,
        )

        table_column.additional_properties = d
        return table_column

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
