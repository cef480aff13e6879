"""The WorkDrive mock's listing filters and orders for events, videos and tasks, as the spec's
query parameters describe them (the parameters a field of the items answers by equality are
filtered by `ListItems` itself)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from specbench.mock.behaviours.call import Call
from specbench.mock.behaviours.lists import Filter, ListItems


def parse_time(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def moment(item: dict[str, Any], key: str) -> datetime | None:
    """The item's date-time field `key`, or None when it has none (or not a date-time)."""
    value = item.get(key)
    try:
        return parse_time(value) if isinstance(value, str) else None
    except ValueError:
        return None


def compared(key: str, keep: str) -> Filter:
    """Keep items whose `key` is at or before (`keep="before"`) or at or after the value; an
    item without that field is kept (nothing says it is outside)."""

    def check(call: Call, item: dict[str, Any], value: Any) -> bool:
        have = moment(item, key)
        if have is None:
            return True
        wanted = parse_time(str(value))
        return have <= wanted if keep == "before" else have >= wanted

    return check


def only_past(call: Call, item: dict[str, Any], value: Any) -> bool:
    """`onlyPast=true`: events that have ended (`endDateTime` before now)."""
    if value is not True:
        return True
    ended = moment(item, "endDateTime")
    return ended is not None and ended < datetime.now(UTC)


EVENT_FILTERS: dict[str, Filter] = {
    "time": compared("createdAt", "before"),
    "fromDate": compared("startDateTime", "after"),
    "toDate": compared("endDateTime", "before"),
    "onlyPast": only_past,
}


def uploaded_by(call: Call, item: dict[str, Any], value: Any) -> bool:
    """`userId`: the items the user uploaded (`user.id`, else `createdBy`)."""
    user = item.get("user")
    owner = user.get("id") if isinstance(user, dict) else item.get("createdBy")
    return owner == str(value)


def searched(call: Call, item: dict[str, Any], value: Any) -> bool:
    """`search`: every keyword appears in the title or the description (any case)."""
    text = f"{item.get('title') or ''} {item.get('description') or ''}".casefold()
    return all(word in text for word in str(value).casefold().split())


VIDEO_FILTERS: dict[str, Filter] = {"userId": uploaded_by, "search": searched}
PHOTO_FILTERS: dict[str, Filter] = {"userId": uploaded_by}


def published(call: Call, item: dict[str, Any], value: Any) -> bool:
    """`published`: tasks whose status is `publish` (true) or anything else (false)."""
    return (item.get("status") == "publish") is bool(value)


@dataclass
class TaskList(ListItems):
    """Get All Tasks: in order of creation, `sort_direction` ASC (the default) or DESC."""

    def ordered(self, call: Call, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        oldest_first = list(reversed(items))  # ListItems hands them over newest first
        if str(call.query.get("sort_direction") or "ASC") == "DESC":
            return items
        return oldest_first
