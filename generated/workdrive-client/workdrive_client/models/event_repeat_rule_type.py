from typing import Literal, cast

EventRepeatRuleType = Literal["frequency"]

EVENT_REPEAT_RULE_TYPE_VALUES: set[EventRepeatRuleType] = {
    "frequency",
}


def check_event_repeat_rule_type(value: str) -> EventRepeatRuleType:
    if value in EVENT_REPEAT_RULE_TYPE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(EventRepeatRuleType, value)
