from typing import Literal

EventRepeatRuleType = Literal["frequency"]

EVENT_REPEAT_RULE_TYPE_VALUES: set[EventRepeatRuleType] = {
    "frequency",
}


def check_event_repeat_rule_type(value: str) -> EventRepeatRuleType:
    if value in EVENT_REPEAT_RULE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_REPEAT_RULE_TYPE_VALUES!r}")
