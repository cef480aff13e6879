from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_repeat_config_config_config import MeetingRepeatConfigConfigConfig
    from ..models.meeting_repeat_config_config_extras import MeetingRepeatConfigConfigExtras


T = TypeVar("T", bound="MeetingRepeatConfigConfig")


@_attrs_define
class MeetingRepeatConfigConfig:
    """The repetition settings; the vendor's documentation shows only empty objects."""

    extras: MeetingRepeatConfigConfigExtras | Unset = UNSET
    """ Further repetition settings; the vendor's documentation shows `{}`. """
    config: MeetingRepeatConfigConfigConfig | Unset = UNSET
    """ The repetition rule; the vendor's documentation shows `{}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            extras = self.extras.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extras is not UNSET:
            field_dict["extras"] = extras
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_repeat_config_config_config import MeetingRepeatConfigConfigConfig  # noqa: PLC0415
        from ..models.meeting_repeat_config_config_extras import MeetingRepeatConfigConfigExtras  # noqa: PLC0415

        d = dict(src_dict)
        _extras = d.pop("extras", UNSET)
        extras: MeetingRepeatConfigConfigExtras | Unset
        if isinstance(_extras, Unset):
            extras = UNSET
        else:
            extras = MeetingRepeatConfigConfigExtras.from_dict(_extras)

        _config = d.pop("config", UNSET)
        config: MeetingRepeatConfigConfigConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = MeetingRepeatConfigConfigConfig.from_dict(_config)

        meeting_repeat_config_config = cls(
            extras=extras,
            config=config,
        )

        meeting_repeat_config_config.additional_properties = d
        return meeting_repeat_config_config

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
