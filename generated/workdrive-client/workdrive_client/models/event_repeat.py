from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_repeat_rule import EventRepeatRule


T = TypeVar("T", bound="EventRepeat")


@_attrs_define
class EventRepeat:
    """Recurrence of an event as it is sent to Create an Event and Update an Event: repeat at a frequency until an end
    date.

    """

    config: EventRepeatRule | Unset = UNSET
    """ Recurrence rule of an event (the vendor's `repeat.config`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_repeat_rule import EventRepeatRule  # noqa: PLC0415

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: EventRepeatRule | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = EventRepeatRule.from_dict(_config)

        event_repeat = cls(
            config=config,
        )

        event_repeat.additional_properties = d
        return event_repeat

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
