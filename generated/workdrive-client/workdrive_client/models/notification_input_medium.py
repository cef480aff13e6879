from typing import Literal, cast

NotificationInputMedium = Literal["EMAIL", "INAPP", "PUSH", "SMS"]

NOTIFICATION_INPUT_MEDIUM_VALUES: set[NotificationInputMedium] = {
    "EMAIL",
    "INAPP",
    "PUSH",
    "SMS",
}


def check_notification_input_medium(value: str) -> NotificationInputMedium:
    if value in NOTIFICATION_INPUT_MEDIUM_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(NotificationInputMedium, value)
