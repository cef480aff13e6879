"""Posts and news of the WorkDrive mock: the feed's derived fields and its listing.

A new post or news is stamped `postedAt` and starts with no comments or reactions; the users
its body names by id (`mention`, `taggedUserIds`) are answered as user summaries (`mentions`,
`taggedUsers`). Get All Posts and Get All News list what was posted up to `time`, ordered by
`sort_key` (specs/workdrive/ERRATA.md "Feed items the mock derives").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from specbench.mock.apis.workdrive.account import registered_among, registered_media
from specbench.mock.apis.workdrive.crud import crud
from specbench.mock.apis.workdrive.listings import parse_time
from specbench.mock.apis.workdrive.members import SUMMARY_FIELDS, summary
from specbench.mock.behaviours.call import Behaviour, Call
from specbench.mock.behaviours.crud import Resource
from specbench.mock.behaviours.ids import UUID
from specbench.mock.behaviours.lists import ListItems
from specbench.mock.schemas import now

POSTS = Resource("posts", UUID)
NEWS = Resource("news", UUID)

# Body field of user ids -> answer field of user summaries.
NAMED_USERS = {"mention": "mentions", "taggedUserIds": "taggedUsers"}


def named_users(call: Call) -> dict[str, Any]:
    """`mentions`/`taggedUsers` for the ids the body sends in `mention`/`taggedUserIds`."""
    body = call.body if isinstance(call.body, dict) else {}
    fields: dict[str, Any] = {}
    for sent, answered in NAMED_USERS.items():
        if isinstance(body.get(sent), list):
            ids = [str(i) for i in body[sent] if isinstance(i, str)]
            fields[answered] = [summary(call, user_id, SUMMARY_FIELDS) for user_id in ids]
    return fields


def attached_media(call: Call) -> dict[str, Any]:
    """`files`: the first of body `fileIds` the media upload registered (the answers show one
    media object); `coverImage` (news): the media body `coverImage` names."""
    body = call.body if isinstance(call.body, dict) else {}
    fields: dict[str, Any] = {}
    media = registered_among(call, body.get("fileIds"))
    if media:
        fields["files"] = media[0]
    cover = registered_media(call, body.get("coverImage"))
    if cover is not None:
        fields["coverImage"] = cover
    return fields


def posted(call: Call) -> Mapping[str, Any]:
    """What a new post or news starts with besides its body's fields."""
    fresh = {"postedAt": now(), "commentsCount": 0, "reactions": [], "reactionUsers": []}
    return {**fresh, **named_users(call), **attached_media(call)}


def renamed_users(call: Call, item: dict[str, Any]) -> Mapping[str, Any]:
    return {**named_users(call), **attached_media(call)}


def posted_until(call: Call, item: dict[str, Any], moment: Any) -> bool:
    """`time`: only what was posted up to that moment (an item without `postedAt` stays)."""
    stamp = item.get("postedAt")
    return stamp is None or parse_time(str(stamp)) <= parse_time(str(moment))


def count(item: dict[str, Any], name: str) -> int:
    value = item.get(name)
    if isinstance(value, list):
        return len(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


Order = Callable[[dict[str, Any]], tuple[int, str]]

# sort_key: a most recent, b most reacted, c most commented first; ties: most recent first.
ORDERS: dict[str, Order] = {
    "a": lambda item: (0, str(item.get("postedAt") or "")),
    "b": lambda item: (count(item, "reactions"), str(item.get("postedAt") or "")),
    "c": lambda item: (count(item, "commentsCount"), str(item.get("postedAt") or "")),
}


@dataclass
class FeedList(ListItems):
    """Get All Posts / Get All News: up to `time`, ordered by `sort_key`, one page at a time."""

    def ordered(self, call: Call, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        key = ORDERS.get(str(call.query.get("sort_key") or "a"), ORDERS["a"])
        return sorted(items, key=key, reverse=True)


def feed(name: str, resource: Resource) -> dict[str, Behaviour]:
    """list/create/update/delete<Name> of posts or news."""
    listing = FeedList(resource, filters={"time": posted_until})
    return crud(name, resource, listing=listing, created=posted, changed=renamed_users)


BEHAVIOURS: dict[str, Behaviour] = {**feed("Post", POSTS), **feed("News", NEWS)}
