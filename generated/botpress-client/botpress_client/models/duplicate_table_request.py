from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateTableRequest")


@_attrs_define
class DuplicateTableRequest:
    table_name: str | Unset = UNSET
    """ Name of the new table. """
    schema_only: bool | Unset = UNSET
    """ Copy only the schema, not the rows. """
    factor: float | Unset = UNSET
    """ Factor of the new table, when it should differ from the source table's; left out, the source table's factor
    is kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table_name = self.table_name

        schema_only = self.schema_only

        factor = self.factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if table_name is not UNSET:
            field_dict["tableName"] = table_name
        if schema_only is not UNSET:
            field_dict["schemaOnly"] = schema_only
        if factor is not UNSET:
            field_dict["factor"] = factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        table_name = d.pop("tableName", UNSET)

        schema_only = d.pop("schemaOnly", UNSET)

        factor = d.pop("factor", UNSET)

        duplicate_table_request = cls(
            table_name=table_name,
            schema_only=schema_only,
            factor=factor,
        )

        duplicate_table_request.additional_properties = d
        return duplicate_table_request

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
