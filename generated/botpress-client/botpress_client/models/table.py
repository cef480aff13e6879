from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_schema import TableSchema
    from ..models.tags import Tags


T = TypeVar("T", bound="Table")


@_attrs_define
class Table:
    """A table of a bot: a named set of rows whose columns are described by a JSON schema."""

    id: str
    """ Unique identifier for the table """
    name: str
    """ Name identifying the table. (The vendor's documentation starts this text with "Required.", which holds for
    Create Table only; [ERRATA: Table name marked Required](/specs/botpress/ERRATA.md#table-name-marked-required).)
    """
    schema: TableSchema
    """ The columns of a table, as the API stores them: a JSON Schema of type `object` whose `properties` are the
    columns. The vendor's documentation only says "schema : object (5)"; the five fields are public facts about the
    real API ([ERRATA: Table schema fields](/specs/botpress/ERRATA.md#table-schema-fields)). """
    factor: float | Unset = 1.0
    """ Multiplies the storage limit of each row (4KB per unit of factor) and the number of rows each row counts for
    in the quota; a factor of 2 gives 8KB rows that count as 2 rows. Set at creation only, it cannot be changed
    afterwards. Ranges from 1 to 30 (public fact, [ERRATA: Table factor range](/specs/botpress/ERRATA.md#table-
    factor-range)). """
    frozen: bool | Unset = UNSET
    """ A frozen table cannot be renamed and its schema cannot be changed; it can only be deleted. To change it,
    duplicate it with the wanted changes. """
    key_column: None | str | Unset = UNSET
    """ Column whose values identify a row: it has a unique index and makes upserts on it faster. `null` when the
    table has none. """
    is_compute_enabled: bool | Unset = UNSET
    """ Whether the computed columns of the table are evaluated. """
    tags: Tags | Unset = UNSET
    """ Set of tags attached to a resource, as key/value pairs. The set of tags available is restricted by the tags
    the bot (or integration) declares. Individual keys can be unset by posting an empty value to them. The vendor's
    documentation calls this a "map of objects"; the real API takes string values ([ERRATA: Tag values are
    strings](/specs/botpress/ERRATA.md#tag-values-are-strings)). """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp of table creation. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp of the last table update. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        schema = self.schema.to_dict()

        factor = self.factor

        frozen = self.frozen

        key_column: None | str | Unset
        if isinstance(self.key_column, Unset):
            key_column = UNSET
        else:
            key_column = self.key_column

        is_compute_enabled = self.is_compute_enabled

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "schema": schema,
            }
        )
        if factor is not UNSET:
            field_dict["factor"] = factor
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if key_column is not UNSET:
            field_dict["keyColumn"] = key_column
        if is_compute_enabled is not UNSET:
            field_dict["isComputeEnabled"] = is_compute_enabled
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_schema import TableSchema  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        schema = TableSchema.from_dict(d.pop("schema"))

        factor = d.pop("factor", UNSET)

        frozen = d.pop("frozen", UNSET)

        def _parse_key_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_column = _parse_key_column(d.pop("keyColumn", UNSET))

        is_compute_enabled = d.pop("isComputeEnabled", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        table = cls(
            id=id,
            name=name,
            schema=schema,
            factor=factor,
            frozen=frozen,
            key_column=key_column,
            is_compute_enabled=is_compute_enabled,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        table.additional_properties = d
        return table

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
