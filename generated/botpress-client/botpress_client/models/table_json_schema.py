from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_json_schema_properties import TableJsonSchemaProperties


T = TypeVar("T", bound="TableJsonSchema")


@_attrs_define
class TableJsonSchema:
    """The columns of a table written as a JSON schema of type `object`, one of the two forms a table body's `schema`
    accepts: `properties` maps each column name to its definition. Only the keys below are allowed, so that an object
    which is a map of columns is never mistaken for this form ([ERRATA: Table bodies and
    TableInput](/specs/botpress/ERRATA.md#table-bodies-and-tableinput)).

    """

    type_: Literal["object"]
    """ Always `object`. """
    properties: TableJsonSchemaProperties
    """ The columns of the table, by name. At most 20. """
    schema: str | Unset = UNSET
    """ URI of the JSON Schema dialect the schema is written in. """
    required: list[str] | Unset = UNSET
    """ Names of the columns every row must give a value for. """
    additional_properties: bool | Unset = UNSET
    """ Whether rows may carry keys that match no column. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties = self.properties.to_dict()

        schema = self.schema

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        additional_properties = self.additional_properties

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "properties": properties,
            }
        )
        if schema is not UNSET:
            field_dict["$schema"] = schema
        if required is not UNSET:
            field_dict["required"] = required
        if additional_properties is not UNSET:
            field_dict["additionalProperties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_json_schema_properties import TableJsonSchemaProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["object"], d.pop("type"))
        if type_ != "object":
            raise ValueError(f"type must match const 'object', got '{type_}'")

        properties = TableJsonSchemaProperties.from_dict(d.pop("properties"))

        schema = d.pop("$schema", UNSET)

        required = cast(list[str], d.pop("required", UNSET))

        additional_properties = d.pop("additionalProperties", UNSET)

        table_json_schema = cls(
            type_=type_,
            properties=properties,
            schema=schema,
            required=required,
            additional_properties=additional_properties,
        )

        return table_json_schema
