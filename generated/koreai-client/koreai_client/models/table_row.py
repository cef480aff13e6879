from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TableRow")


@_attrs_define
class TableRow:
    """A row of a Data Table: one key per column of the table holding the row's value (free-form, depends on the table),
    plus the system fields below that the platform maintains. Field names and casing are the API's own ([ERRATA: Free-
    form table columns](/specs/koreai/ERRATA.md#free-form-table-columns)).

    """

    sys_id: str | Unset = UNSET
    """ Unique identifier of the row, assigned by the platform (`sys-…`). """
    created_on: datetime.datetime | Unset = UNSET
    """ When the row was created (ISO 8601). """
    updated_on: datetime.datetime | Unset = UNSET
    """ When the row was last updated (ISO 8601). """
    created_by: str | Unset = UNSET
    """ ID of the app (stream) or user that created the row. """
    updated_by: str | Unset = UNSET
    """ ID of the app (stream) or user that last updated the row. """
    field_id: str | Unset = UNSET
    """ Internal database identifier of the row; shown in some versions of the documented answers only ([ERRATA:
    Insert answer](/specs/koreai/ERRATA.md#insert-answer)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        created_by = self.created_by

        updated_by = self.updated_by

        field_id = self.field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sys_id is not UNSET:
            field_dict["sys_Id"] = sys_id
        if created_on is not UNSET:
            field_dict["Created_On"] = created_on
        if updated_on is not UNSET:
            field_dict["Updated_On"] = updated_on
        if created_by is not UNSET:
            field_dict["Created_By"] = created_by
        if updated_by is not UNSET:
            field_dict["Updated_By"] = updated_by
        if field_id is not UNSET:
            field_dict["_id"] = field_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sys_id = d.pop("sys_Id", UNSET)

        _created_on = d.pop("Created_On", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _updated_on = d.pop("Updated_On", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        created_by = d.pop("Created_By", UNSET)

        updated_by = d.pop("Updated_By", UNSET)

        field_id = d.pop("_id", UNSET)

        table_row = cls(
            sys_id=sys_id,
            created_on=created_on,
            updated_on=updated_on,
            created_by=created_by,
            updated_by=updated_by,
            field_id=field_id,
        )

        table_row.additional_properties = d
        return table_row

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
