from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotTaskAssignment")


@_attrs_define
class BotTaskAssignment:
    """Tasks of one bot the user may work on ([ERRATA: Role bot identifier](/specs/koreai/ERRATA.md#role-bot-identifier))."""

    bot_id: str | Unset = UNSET
    """ ID of the bot (`st-…`). """
    stream_id: str | Unset = UNSET
    """ Older name of `botId`. """
    dialogs: list[str] | Unset = UNSET
    """ IDs of the dialog tasks (`dg-…`) assigned. """
    actions: list[str] | Unset = UNSET
    """ IDs of the action tasks assigned. """
    alerts: list[str] | Unset = UNSET
    """ IDs of the alert tasks assigned. """
    knowledge_task: list[str] | Unset = UNSET
    """ IDs of the knowledge tasks assigned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        stream_id = self.stream_id

        dialogs: list[str] | Unset = UNSET
        if not isinstance(self.dialogs, Unset):
            dialogs = self.dialogs

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        alerts: list[str] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = self.alerts

        knowledge_task: list[str] | Unset = UNSET
        if not isinstance(self.knowledge_task, Unset):
            knowledge_task = self.knowledge_task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if stream_id is not UNSET:
            field_dict["streamId"] = stream_id
        if dialogs is not UNSET:
            field_dict["dialogs"] = dialogs
        if actions is not UNSET:
            field_dict["actions"] = actions
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if knowledge_task is not UNSET:
            field_dict["knowledgeTask"] = knowledge_task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bot_id = d.pop("botId", UNSET)

        stream_id = d.pop("streamId", UNSET)

        dialogs = cast(list[str], d.pop("dialogs", UNSET))

        actions = cast(list[str], d.pop("actions", UNSET))

        alerts = cast(list[str], d.pop("alerts", UNSET))

        knowledge_task = cast(list[str], d.pop("knowledgeTask", UNSET))

        bot_task_assignment = cls(
            bot_id=bot_id,
            stream_id=stream_id,
            dialogs=dialogs,
            actions=actions,
            alerts=alerts,
            knowledge_task=knowledge_task,
        )

        bot_task_assignment.additional_properties = d
        return bot_task_assignment

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
