from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_repeat_end_rule_type import EventRepeatEndRuleType, check_event_repeat_end_rule_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRepeatEndRule")


@_attrs_define
class EventRepeatEndRule:
    """When a recurring event stops repeating. The vendor's documentation lists one kind of end only: `on` a given date."""

    type_: EventRepeatEndRuleType | Unset = UNSET
    """ Kind of end; `on` ends the series on `date`. """
    date: datetime.date | Unset = UNSET
    """ Date of the last occurrence. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: EventRepeatEndRuleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_event_repeat_end_rule_type(_type_)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        event_repeat_end_rule = cls(
            type_=type_,
            date=date,
        )

        event_repeat_end_rule.additional_properties = d
        return event_repeat_end_rule

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
