from typing import Literal, cast

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
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(EnforcementTemplateReminderReminderType, value)
