from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row_computed import RowComputed


T = TypeVar("T", bound="Row")


@_attrs_define
class Row:
    """A row of a table: the system fields below plus one key per column of the table holding the row's value for that
    column. The vendor's documentation is cut off before rows are described; this shape is a public fact about the real
    API ([ERRATA: Tables section cut off](/specs/botpress/ERRATA.md#tables-section-cut-off)).

    """

    id: int
    """ Unique identifier of the row within its table, assigned by the API. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp of row creation. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp of the last row update. """
    computed: RowComputed | Unset = UNSET
    """ State of the computed columns of the row, by column name. """
    stale: list[str] | Unset = UNSET
    """ Names of the computed columns whose value is out of date. """
    similarity: float | Unset = UNSET
    """ How closely the row matches the `search` text; present only on the results of a Find Table Rows call with
    `search`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        computed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.computed, Unset):
            computed = self.computed.to_dict()

        stale: list[str] | Unset = UNSET
        if not isinstance(self.stale, Unset):
            stale = self.stale

        similarity = self.similarity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if computed is not UNSET:
            field_dict["computed"] = computed
        if stale is not UNSET:
            field_dict["stale"] = stale
        if similarity is not UNSET:
            field_dict["similarity"] = similarity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_computed import RowComputed  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        _computed = d.pop("computed", UNSET)
        computed: RowComputed | Unset
        if isinstance(_computed, Unset):
            computed = UNSET
        else:
            computed = RowComputed.from_dict(_computed)

        stale = cast(list[str], d.pop("stale", UNSET))

        similarity = d.pop("similarity", UNSET)

        row = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            computed=computed,
            stale=stale,
            similarity=similarity,
        )

        row.additional_properties = d
        return row

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
