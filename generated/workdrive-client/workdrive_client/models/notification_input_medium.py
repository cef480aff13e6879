from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTIFICATION_INPUT_MEDIUM_VALUES!r}")
