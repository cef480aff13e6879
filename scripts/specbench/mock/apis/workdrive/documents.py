"""Documents of the WorkDrive mock: what Upload a Document and Update a Document (its `kb`,
`docId`, the `publish` query parameter) make of the document that Get All Documents lists."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from specbench.mock.apis.workdrive.account import registered_media
from specbench.mock.apis.workdrive.crud import crud
from specbench.mock.apis.workdrive.members import (
    SUMMARY_FIELDS,
    owners_changed,
    strings,
    summary,
)
from specbench.mock.behaviours.call import Behaviour, Call
from specbench.mock.behaviours.crud import Resource
from specbench.mock.behaviours.ids import UUID

DOCUMENTS = Resource("documents", UUID)
# `kb` fields an update copies as they are.
KB_FIELDS = ("name", "expiry", "tags", "category", "isPublished")


def owners(call: Call, ids: list[str]) -> list[dict[str, Any]]:
    return [summary(call, user_id, SUMMARY_FIELDS) for user_id in ids]


def attached(call: Call, body: Mapping[str, Any]) -> dict[str, Any]:
    """`file`: the media `docId` names, when the mock's media upload registered it."""
    found = registered_media(call, body.get("docId"))
    return {"file": found} if found is not None else {}


def published(call: Call) -> dict[str, Any]:
    """`publish=true` publishes the document."""
    return {"isPublished": True} if call.query.get("publish") is True else {}


def uploaded(call: Call) -> Mapping[str, Any]:
    """Upload a Document: owners from `ownerIds`, the uploaded file, unpublished unless
    `publish=true`."""
    body = call.body if isinstance(call.body, dict) else {}
    fields: dict[str, Any] = {"isPublished": False, **attached(call, body), **published(call)}
    if isinstance(body.get("ownerIds"), list):
        fields["owners"] = owners(call, strings(body["ownerIds"]))
    return fields


def changed(call: Call, document: dict[str, Any]) -> Mapping[str, Any]:
    """Update a Document: `kb`'s name, expiry, tags, category and `isPublished` replace the
    document's; `kb.newOwnerIds` join its owners and `kb.removeOwnerIds` leave them; `docId`
    attaches another file; `publish=true` publishes it."""
    body = call.body if isinstance(call.body, dict) else {}
    sent = body.get("kb")
    kb: dict[str, Any] = sent if isinstance(sent, dict) else {}
    fields: dict[str, Any] = {key: kb[key] for key in KB_FIELDS if key in kb}
    fields.update(attached(call, body))
    fields.update(published(call))
    current = [o["id"] for o in document.get("owners") or [] if isinstance(o, dict)]
    changed_owners = owners_changed(current, kb)
    if changed_owners is not None:
        fields["owners"] = owners(call, changed_owners)
    return fields


BEHAVIOURS: dict[str, Behaviour] = crud("Document", DOCUMENTS, created=uploaded, changed=changed)
