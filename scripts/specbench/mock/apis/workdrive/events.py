"""Events of the WorkDrive mock: what Create an Event and Update an Event make of the event the
listing answers (specs/workdrive/ERRATA.md "Event fields derived from the request")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from specbench.mock.apis.workdrive.listings import EVENT_FILTERS
from specbench.mock.apis.workdrive.members import SUMMARY_FIELDS, strings, summary
from specbench.mock.behaviours.call import Behaviour, Call
from specbench.mock.behaviours.crud import Create, Delete, Resource, Update
from specbench.mock.behaviours.ids import UUID
from specbench.mock.behaviours.lists import ListItems
from specbench.mock.schemas import now

EVENTS = Resource("events", UUID)


def invited(call: Call, event: Mapping[str, Any]) -> dict[str, Any]:
    """`rsvpUsers` for body `userIds` (those invited before keep when they were invited) and
    `externalAttendees` for body `externalUserEmails`."""
    body = call.body if isinstance(call.body, dict) else {}
    fields: dict[str, Any] = {}
    if isinstance(body.get("userIds"), list):
        before = {
            str(entry.get("id")): entry
            for entry in event.get("rsvpUsers") or []
            if isinstance(entry, dict)
        }
        stamp = now()
        fields["rsvpUsers"] = [
            before.get(user_id) or {**summary(call, user_id, SUMMARY_FIELDS), "invited": stamp}
            for user_id in dict.fromkeys(strings(body["userIds"]))
        ]
    if isinstance(body.get("externalUserEmails"), list):
        fields["externalAttendees"] = strings(body["externalUserEmails"])
    return fields


def scheduled(call: Call) -> Mapping[str, Any]:
    """Create an Event: made here, not imported; no one going, no comments or reactions yet."""
    fresh = {"isExternalEvent": False, "going": 0, "comments": 0, "reactions": []}
    return {**fresh, **invited(call, {})}


def rescheduled(call: Call, event: dict[str, Any]) -> Mapping[str, Any]:
    return invited(call, event)


BEHAVIOURS: dict[str, Behaviour] = {
    "listEvents": ListItems(EVENTS, filters=EVENT_FILTERS),
    "createEvent": Create(EVENTS, None, extra=scheduled, lenient=True),
    "updateEvent": Update(EVENTS, None, lenient=True, extra=rescheduled),
    "deleteEvent": Delete(EVENTS),
}
