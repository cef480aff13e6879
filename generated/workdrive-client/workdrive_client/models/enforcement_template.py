from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enforcement_template_reminder import EnforcementTemplateReminder


T = TypeVar("T", bound="EnforcementTemplate")


@_attrs_define
class EnforcementTemplate:
    """An enforcement template of the organization: the reminders sent on a system event. Tasks and courses refer to one by
    its id (`notificationTemplateId`).

    """

    id: UUID
    """ Id of the template. """
    title: str | Unset = UNSET
    """ Title of the template. """
    system_event: str | Unset = UNSET
    """ System event the template reacts to. """
    type_: str | Unset = UNSET
    """ Type of the template. """
    sub_type: str | Unset = UNSET
    """ Sub-type of the template. """
    reminders: list[EnforcementTemplateReminder] | Unset = UNSET
    """ Reminders the template sends. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        system_event = self.system_event

        type_ = self.type_

        sub_type = self.sub_type

        reminders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reminders, Unset):
            reminders = []
            for reminders_item_data in self.reminders:
                reminders_item = reminders_item_data.to_dict()
                reminders.append(reminders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if system_event is not UNSET:
            field_dict["systemEvent"] = system_event
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sub_type is not UNSET:
            field_dict["subType"] = sub_type
        if reminders is not UNSET:
            field_dict["reminders"] = reminders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enforcement_template_reminder import EnforcementTemplateReminder  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title", UNSET)

        system_event = d.pop("systemEvent", UNSET)

        type_ = d.pop("type", UNSET)

        sub_type = d.pop("subType", UNSET)

        _reminders = d.pop("reminders", UNSET)
        reminders: list[EnforcementTemplateReminder] | Unset = UNSET
        if _reminders is not UNSET:
            reminders = []
            for reminders_item_data in _reminders:
                reminders_item = EnforcementTemplateReminder.from_dict(reminders_item_data)

                reminders.append(reminders_item)

        enforcement_template = cls(
            id=id,
            title=title,
            system_event=system_event,
            type_=type_,
            sub_type=sub_type,
            reminders=reminders,
        )

        enforcement_template.additional_properties = d
        return enforcement_template

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
