from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    """ Name identifying the table. (The seed starts this text with "Required.", which holds for Create Table only;
    ERRATA.md "Table name marked Required".) """
    schema: TableSchema
    """ The columns of a table, as the API stores them: a JSON Schema of type `object` whose `properties` are the
    columns. The seed only says "schema : object (5)"; the five fields are public facts about the real API
    (ERRATA.md "Table schema fields"). """
    created_at: datetime.datetime
    """ Timestamp of table creation. """
    updated_at: datetime.datetime
    """ Timestamp of the last table update. """
    factor: float = 1.0
    """ Multiplies the storage limit of each row (4KB per unit of factor) and the number of rows each row counts for
    in the quota; a factor of 2 gives 8KB rows that count as 2 rows. Set at creation only, it cannot be changed
    afterwards. Ranges from 1 to 30 (public fact, ERRATA.md "Table factor range"). """
    frozen: bool | Unset = UNSET
    """ A frozen table cannot be renamed and its schema cannot be changed; it can only be deleted. To change it,
    duplicate it with the wanted changes. """
    tags: Tags | Unset = UNSET
    """ Set of tags attached to a resource, as key/value pairs. The set of tags available is restricted by the tags
    the bot (or integration) declares. Individual keys can be unset by posting an empty value to them. The seed
    calls this a "map of objects"; the real API takes string values (ERRATA.md "Tag values are strings"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        factor = self.factor

        schema = self.schema.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        frozen = self.frozen

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "factor": factor,
                "schema": schema,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_schema import TableSchema  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        factor = d.pop("factor")

        schema = TableSchema.from_dict(d.pop("schema"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        frozen = d.pop("frozen", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        table = cls(
            id=id,
            name=name,
            factor=factor,
            schema=schema,
            created_at=created_at,
            updated_at=updated_at,
            frozen=frozen,
            tags=tags,
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
