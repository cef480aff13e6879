from typing import Literal, cast

EventRepeatEndRuleType = Literal["on"]

EVENT_REPEAT_END_RULE_TYPE_VALUES: set[EventRepeatEndRuleType] = {
    "on",
}


def check_event_repeat_end_rule_type(value: str) -> EventRepeatEndRuleType:
    if value in EVENT_REPEAT_END_RULE_TYPE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(EventRepeatEndRuleType, value)
