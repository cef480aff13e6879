from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_columns import TableColumns
    from ..models.table_json_schema import TableJsonSchema
    from ..models.tags import Tags


T = TypeVar("T", bound="CreateTableRequest")


@_attrs_define
class CreateTableRequest:
    schema: TableColumns | TableJsonSchema
    """ The columns of the table, given either as an object mapping column names to their definitions
    (`TableColumns`) or as a JSON schema (`TableJsonSchema`); at most 20 columns either way ([ERRATA: Table bodies
    and TableInput](/specs/botpress/ERRATA.md#table-bodies-and-tableinput)). """
    name: str
    """ Name identifying the table. """
    frozen: bool | Unset = UNSET
    """ Makes the table frozen: it can no longer be renamed and its schema can no longer be changed; it can only be
    deleted. To change a frozen table, duplicate it with the wanted changes. """
    tags: Tags | Unset = UNSET
    """ Set of tags attached to a resource, as key/value pairs. The set of tags available is restricted by the tags
    the bot (or integration) declares. Individual keys can be unset by posting an empty value to them. The vendor's
    documentation calls this a "map of objects"; the real API takes string values ([ERRATA: Tag values are
    strings](/specs/botpress/ERRATA.md#tag-values-are-strings)). """
    factor: float | Unset = 1.0
    """ Multiplies the storage limit of each row (4KB per unit) and the number of rows each row counts for in the
    quota. Can only be set here, at creation, from 1 to 30. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.table_json_schema import TableJsonSchema  # noqa: PLC0415

        schema: dict[str, Any]
        if isinstance(self.schema, TableJsonSchema):
            schema = self.schema.to_dict()
        else:
            schema = self.schema.to_dict()

        name = self.name

        frozen = self.frozen

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        factor = self.factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "name": name,
            }
        )
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if tags is not UNSET:
            field_dict["tags"] = tags
        if factor is not UNSET:
            field_dict["factor"] = factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_columns import TableColumns  # noqa: PLC0415
        from ..models.table_json_schema import TableJsonSchema  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_schema(data: object) -> TableColumns | TableJsonSchema:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = TableJsonSchema.from_dict(data)

                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            schema_type_1 = TableColumns.from_dict(data)

            return schema_type_1

        schema = _parse_schema(d.pop("schema"))

        name = d.pop("name")

        frozen = d.pop("frozen", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        factor = d.pop("factor", UNSET)

        create_table_request = cls(
            schema=schema,
            name=name,
            frozen=frozen,
            tags=tags,
            factor=factor,
        )

        create_table_request.additional_properties = d
        return create_table_request

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
