from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_repeat_monthly import EventRepeatMonthly, check_event_repeat_monthly
from ..models.event_repeat_rule_type import EventRepeatRuleType, check_event_repeat_rule_type
from ..models.event_repeat_seconds import EventRepeatSeconds, check_event_repeat_seconds
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_repeat_end import EventRepeatEnd


T = TypeVar("T", bound="EventRepeatRule")


@_attrs_define
class EventRepeatRule:
    """Recurrence rule of an event (the vendor's `repeat.config`)."""

    type_: EventRepeatRuleType | Unset = UNSET
    """ Kind of rule; the vendor's documentation lists only `frequency` (repeat at a fixed frequency). """
    frequency: EventRepeatMonthly | EventRepeatSeconds | Unset = UNSET
    """ How often a recurring event repeats: the seconds between two occurrences (`86400` daily, `604800` weekly,
    `1209600` bi-weekly) or the word `monthly`. The vendor's table types it `'string'` while its samples send the
    number 86400 ([ERRATA: Recurrence frequency](/specs/workdrive/ERRATA.md#recurrence-frequency)). """
    ends: EventRepeatEnd | Unset = UNSET
    """ End of a recurring event's series (the vendor's `repeat.config.ends`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        frequency: int | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        elif isinstance(self.frequency, int):
            frequency = self.frequency
        else:
            frequency = self.frequency

        ends: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ends, Unset):
            ends = self.ends.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if ends is not UNSET:
            field_dict["ends"] = ends

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_repeat_end import EventRepeatEnd  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: EventRepeatRuleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_event_repeat_rule_type(_type_)

        def _parse_frequency(data: object) -> EventRepeatMonthly | EventRepeatSeconds | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_event_repeat_frequency_event_repeat_seconds = check_event_repeat_seconds(data)

                return componentsschemas_event_repeat_frequency_event_repeat_seconds
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_event_repeat_frequency_event_repeat_monthly = check_event_repeat_monthly(data)

            return componentsschemas_event_repeat_frequency_event_repeat_monthly

        frequency = _parse_frequency(d.pop("frequency", UNSET))

        _ends = d.pop("ends", UNSET)
        ends: EventRepeatEnd | Unset
        if isinstance(_ends, Unset):
            ends = UNSET
        else:
            ends = EventRepeatEnd.from_dict(_ends)

        event_repeat_rule = cls(
            type_=type_,
            frequency=frequency,
            ends=ends,
        )

        event_repeat_rule.additional_properties = d
        return event_repeat_rule

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
