from typing import Literal, cast

EnforcementTemplateReminderReminderTimeUnit = Literal["days", "hours", "minutes", "week"]

ENFORCEMENT_TEMPLATE_REMINDER_REMINDER_TIME_UNIT_VALUES: set[EnforcementTemplateReminderReminderTimeUnit] = {
    "days",
    "hours",
    "minutes",
    "week",
}


def check_enforcement_template_reminder_reminder_time_unit(value: str) -> EnforcementTemplateReminderReminderTimeUnit:
    if value in ENFORCEMENT_TEMPLATE_REMINDER_REMINDER_TIME_UNIT_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(EnforcementTemplateReminderReminderTimeUnit, value)
