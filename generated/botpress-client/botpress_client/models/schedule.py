from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """When to deliver a scheduled Event or Message: either at a given date and time, or after a delay. Both fields are
    optional. The vendor's documentation only names this object "schedule : object (2)"; its two fields are those of the
    real API (public fact, [ERRATA: Schedule object fields](/specs/botpress/ERRATA.md#schedule-object-fields)).

    """

    date_time: datetime.datetime | Unset = UNSET
    """ When to send, as an ISO 8601 date-time. """
    delay: float | Unset = UNSET
    """ How long to wait before sending, in milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_time: str | Unset = UNSET
        if not isinstance(self.date_time, Unset):
            date_time = self.date_time.isoformat()

        delay = self.delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time
        if delay is not UNSET:
            field_dict["delay"] = delay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date_time = d.pop("dateTime", UNSET)
        date_time: datetime.datetime | Unset
        if isinstance(_date_time, Unset):
            date_time = UNSET
        else:
            date_time = datetime.datetime.fromisoformat(_date_time)

        delay = d.pop("delay", UNSET)

        schedule = cls(
            date_time=date_time,
            delay=delay,
        )

        schedule.additional_properties = d
        return schedule

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
