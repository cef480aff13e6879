from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_schema_properties import TableSchemaProperties


T = TypeVar("T", bound="TableSchema")


@_attrs_define
class TableSchema:
    """The columns of a table, as the API stores them: a JSON Schema of type `object` whose `properties` are the columns.
    The vendor's documentation only says "schema : object (5)"; the five fields are public facts about the real API
    ([ERRATA: Table schema fields](/specs/botpress/ERRATA.md#table-schema-fields)).

    """

    properties: TableSchemaProperties
    """ The columns of the table: each key is a column name, each value the definition of that column. """
    additional_properties: bool
    """ Whether rows may carry keys that match no column; such keys are accepted but not stored as columns. """
    type_: Literal["object"]
    """ Always `object`. """
    schema: str | Unset = UNSET
    """ URI of the JSON Schema dialect the schema is written in. """
    required: list[str] | Unset = UNSET
    """ Names of the columns every row must give a value for. """

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties.to_dict()

        additional_properties = self.additional_properties

        type_ = self.type_

        schema = self.schema

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "properties": properties,
                "additionalProperties": additional_properties,
                "type": type_,
            }
        )
        if schema is not UNSET:
            field_dict["$schema"] = schema
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_schema_properties import TableSchemaProperties  # noqa: PLC0415

        d = dict(src_dict)
        properties = TableSchemaProperties.from_dict(d.pop("properties"))

        additional_properties = d.pop("additionalProperties")

        type_ = cast(Literal["object"], d.pop("type"))
        if type_ != "object":
            raise ValueError(f"type must match const 'object', got '{type_}'")

        schema = d.pop("$schema", UNSET)

        required = cast(list[str], d.pop("required", UNSET))

        table_schema = cls(
            properties=properties,
            additional_properties=additional_properties,
            type_=type_,
            schema=schema,
            required=required,
        )

        return table_schema
