from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLog")


@_attrs_define
class AuditLog:
    """One event of the Bot Admin Console audit report. Property names (capitalised, and `Date/Time` with its slash) are
    the API's own ([ERRATA: Audit logs answer](/specs/koreai/ERRATA.md#audit-logs-answer)).

    """

    audit_log_id: str | Unset = UNSET
    """ Unique, incremental ID of the record; pass it as `fetchAfter` to read the records after it. """
    timestamp_value: int | Unset = UNSET
    """ When the event happened, in milliseconds since the Unix epoch. """
    date_time: datetime.datetime | Unset = UNSET
    """ When the event happened (ISO 8601), same instant as `timestampValue`. """
    description: str | Unset = UNSET
    """ Human-readable description of the event. """
    name: str | Unset = UNSET
    """ Name of the event (e.g. `Logout`, `App creation - Success`). """
    category: str | Unset = UNSET
    """ Event category (e.g. `Login/Logout`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_log_id = self.audit_log_id

        timestamp_value = self.timestamp_value

        date_time: str | Unset = UNSET
        if not isinstance(self.date_time, Unset):
            date_time = self.date_time.isoformat()

        description = self.description

        name = self.name

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_log_id is not UNSET:
            field_dict["AuditLogId"] = audit_log_id
        if timestamp_value is not UNSET:
            field_dict["timestampValue"] = timestamp_value
        if date_time is not UNSET:
            field_dict["Date/Time"] = date_time
        if description is not UNSET:
            field_dict["Description"] = description
        if name is not UNSET:
            field_dict["Name"] = name
        if category is not UNSET:
            field_dict["Category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audit_log_id = d.pop("AuditLogId", UNSET)

        timestamp_value = d.pop("timestampValue", UNSET)

        _date_time = d.pop("Date/Time", UNSET)
        date_time: datetime.datetime | Unset
        if isinstance(_date_time, Unset):
            date_time = UNSET
        else:
            date_time = datetime.datetime.fromisoformat(_date_time)

        description = d.pop("Description", UNSET)

        name = d.pop("Name", UNSET)

        category = d.pop("Category", UNSET)

        audit_log = cls(
            audit_log_id=audit_log_id,
            timestamp_value=timestamp_value,
            date_time=date_time,
            description=description,
            name=name,
            category=category,
        )

        audit_log.additional_properties = d
        return audit_log

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
