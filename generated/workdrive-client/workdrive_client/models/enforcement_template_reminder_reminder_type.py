from typing import Literal

EnforcementTemplateReminderReminderType = Literal["email", "push", "restrict", "text"]

ENFORCEMENT_TEMPLATE_REMINDER_REMINDER_TYPE_VALUES: set[EnforcementTemplateReminderReminderType] = {
    "email",
    "push",
    "restrict",
    "text",
}


def check_enforcement_template_reminder_reminder_type(value: str) -> EnforcementTemplateReminderReminderType:
    if value in ENFORCEMENT_TEMPLATE_REMINDER_REMINDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENFORCEMENT_TEMPLATE_REMINDER_REMINDER_TYPE_VALUES!r}"
    )
