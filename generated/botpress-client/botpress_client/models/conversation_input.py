from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="ConversationInput")


@_attrs_define
class ConversationInput:
    """Body of Create Conversation and Get Or Create Conversation: the channel the conversation happens on and its tags,
    both required (public fact about the real API; the vendor's documentation marks nothing as required, [ERRATA:
    Conversation bodies: required fields](/specs/botpress/ERRATA.md#conversation-bodies-required-fields)). The tags an
    integration requires depend on the integration.

    """

    channel: str
    """ Name of the channel, declared by the integration, where the Conversation happens. (The vendor's
    documentation describes this field as "Unique identifier of the integration that was installed on the bot",
    which contradicts the Conversation object; [ERRATA: Conversation channel
    description](/specs/botpress/ERRATA.md#conversation-channel-description).) """
    tags: Tags
    """ Set of tags attached to a resource, as key/value pairs. The set of tags available is restricted by the tags
    the bot (or integration) declares. Individual keys can be unset by posting an empty value to them. The vendor's
    documentation calls this a "map of objects"; the real API takes string values ([ERRATA: Tag values are
    strings](/specs/botpress/ERRATA.md#tag-values-are-strings)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        channel = d.pop("channel")

        tags = Tags.from_dict(d.pop("tags"))

        conversation_input = cls(
            channel=channel,
            tags=tags,
        )

        conversation_input.additional_properties = d
        return conversation_input

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
