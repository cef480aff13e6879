from typing import Literal

EventRepeatEndRuleType = Literal["on"]

EVENT_REPEAT_END_RULE_TYPE_VALUES: set[EventRepeatEndRuleType] = {
    "on",
}


def check_event_repeat_end_rule_type(value: str) -> EventRepeatEndRuleType:
    if value in EVENT_REPEAT_END_RULE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_REPEAT_END_RULE_TYPE_VALUES!r}")
