from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """A conversation of a bot, held on a channel of one of the bot's integrations. `currentTaskId` is only present when a
    task is running in the conversation.

    """

    id: str
    """ ID of the Conversation """
    created_at: datetime.datetime
    """ Creation date of the Conversation in ISO 8601 format """
    updated_at: datetime.datetime
    """ Updating date of the Conversation in ISO 8601 format """
    channel: str
    """ Name of the channel where the Conversation is happening """
    integration: str
    """ Name of the integration that created the Conversation """
    tags: Tags
    """ Set of tags attached to a resource, as key/value pairs. The set of tags available is restricted by the tags
    the bot (or integration) declares. Individual keys can be unset by posting an empty value to them. The vendor's
    documentation calls this a "map of objects"; the real API takes string values ([ERRATA: Tag values are
    strings](/specs/botpress/ERRATA.md#tag-values-are-strings)). """
    current_task_id: str | Unset = UNSET
    """ Id of the current Task """
    current_workflow_id: str | Unset = UNSET
    """ ID of the workflow currently running in the Conversation, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        channel = self.channel

        integration = self.integration

        tags = self.tags.to_dict()

        current_task_id = self.current_task_id

        current_workflow_id = self.current_workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "channel": channel,
                "integration": integration,
                "tags": tags,
            }
        )
        if current_task_id is not UNSET:
            field_dict["currentTaskId"] = current_task_id
        if current_workflow_id is not UNSET:
            field_dict["currentWorkflowId"] = current_workflow_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        channel = d.pop("channel")

        integration = d.pop("integration")

        tags = Tags.from_dict(d.pop("tags"))

        current_task_id = d.pop("currentTaskId", UNSET)

        current_workflow_id = d.pop("currentWorkflowId", UNSET)

        conversation = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            channel=channel,
            integration=integration,
            tags=tags,
            current_task_id=current_task_id,
            current_workflow_id=current_workflow_id,
        )

        conversation.additional_properties = d
        return conversation

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
