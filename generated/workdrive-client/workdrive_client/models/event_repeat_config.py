from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_repeat_config_details import EventRepeatConfigDetails


T = TypeVar("T", bound="EventRepeatConfig")


@_attrs_define
class EventRepeatConfig:
    """Recurrence of an event as the API answers it (`repeatConfig`). Its shape differs from the `repeat` object sent in
    requests ([ERRATA: Recurrence in responses](/specs/workdrive/ERRATA.md#recurrence-in-responses)).

    """

    config: EventRepeatConfigDetails | Unset = UNSET
    """ Stored recurrence settings of an event. The vendor's documentation shows both fields as `{}` only ([ERRATA:
    Placeholders shown as {}](/specs/workdrive/ERRATA.md#placeholders-shown-as-)). """
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
        from ..models.event_repeat_config_details import EventRepeatConfigDetails  # noqa: PLC0415

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: EventRepeatConfigDetails | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = EventRepeatConfigDetails.from_dict(_config)

        event_repeat_config = cls(
            config=config,
        )

        event_repeat_config.additional_properties = d
        return event_repeat_config

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
