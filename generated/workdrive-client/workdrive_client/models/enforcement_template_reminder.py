from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enforcement_template_reminder_reminder_time_unit import (
    EnforcementTemplateReminderReminderTimeUnit,
    check_enforcement_template_reminder_reminder_time_unit,
)
from ..models.enforcement_template_reminder_reminder_type import (
    EnforcementTemplateReminderReminderType,
    check_enforcement_template_reminder_reminder_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnforcementTemplateReminder")


@_attrs_define
class EnforcementTemplateReminder:
    """One reminder of an enforcement template: how (`reminderType`) and when (`reminderTime` `reminderTimeUnit`) it is
    sent. The vendor's documentation writes the allowed values of the two enumerations as one string each, `"email |
    push | text | restrict"` and `"week | days | hours | minutes"` ([ERRATA: Reminder values written as
    alternatives](/specs/workdrive/ERRATA.md#reminder-values-written-as-alternatives)).

    """

    reminder_type: EnforcementTemplateReminderReminderType | Unset = UNSET
    """ How the reminder is given (e-mail, push notification, text message, or restriction). """
    reminder_time_unit: EnforcementTemplateReminderReminderTimeUnit | Unset = UNSET
    """ Unit of `reminderTime`. """
    reminder_time: int | Unset = UNSET
    """ When the reminder is sent, in `reminderTimeUnit`s. """
    ref_id: str | Unset = UNSET
    """ Reference id of the reminder (the vendor's documentation shows `"1"`). """
    org_content_template_id: str | Unset = UNSET
    """ Id of the organization's content template the reminder uses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reminder_type: str | Unset = UNSET
        if not isinstance(self.reminder_type, Unset):
            reminder_type = self.reminder_type

        reminder_time_unit: str | Unset = UNSET
        if not isinstance(self.reminder_time_unit, Unset):
            reminder_time_unit = self.reminder_time_unit

        reminder_time = self.reminder_time

        ref_id = self.ref_id

        org_content_template_id = self.org_content_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reminder_type is not UNSET:
            field_dict["reminderType"] = reminder_type
        if reminder_time_unit is not UNSET:
            field_dict["reminderTimeUnit"] = reminder_time_unit
        if reminder_time is not UNSET:
            field_dict["reminderTime"] = reminder_time
        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
        if org_content_template_id is not UNSET:
            field_dict["orgContentTemplateId"] = org_content_template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reminder_type = d.pop("reminderType", UNSET)
        reminder_type: EnforcementTemplateReminderReminderType | Unset
        if isinstance(_reminder_type, Unset):
            reminder_type = UNSET
        else:
            reminder_type = check_enforcement_template_reminder_reminder_type(_reminder_type)

        _reminder_time_unit = d.pop("reminderTimeUnit", UNSET)
        reminder_time_unit: EnforcementTemplateReminderReminderTimeUnit | Unset
        if isinstance(_reminder_time_unit, Unset):
            reminder_time_unit = UNSET
        else:
            reminder_time_unit = check_enforcement_template_reminder_reminder_time_unit(_reminder_time_unit)

        reminder_time = d.pop("reminderTime", UNSET)

        ref_id = d.pop("refId", UNSET)

        org_content_template_id = d.pop("orgContentTemplateId", UNSET)

        enforcement_template_reminder = cls(
            reminder_type=reminder_type,
            reminder_time_unit=reminder_time_unit,
            reminder_time=reminder_time,
            ref_id=ref_id,
            org_content_template_id=org_content_template_id,
        )

        enforcement_template_reminder.additional_properties = d
        return enforcement_template_reminder

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
