"""FAQs of the WorkDrive mock: what an upload or an update (`kb`, `qas`) makes of the FAQ that
Get All FAQs lists (specs/workdrive/ERRATA.md "FAQ fields the mock derives")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from specbench.mock.apis.workdrive.crud import crud
from specbench.mock.apis.workdrive.members import owners_changed, strings
from specbench.mock.behaviours.call import Behaviour, Call
from specbench.mock.behaviours.crud import Resource
from specbench.mock.behaviours.ids import UUID

FAQS = Resource("faqs", UUID)


def kb_fields(kb: Any) -> dict[str, Any]:
    """`category` and `tags` of the body's `kb`, as sent."""
    if not isinstance(kb, dict):
        return {}
    fields: dict[str, Any] = {}
    if isinstance(kb.get("category"), str):
        fields["category"] = kb["category"]
    if isinstance(kb.get("tags"), list):
        fields["tags"] = strings(kb["tags"])
    return fields


def first_question(entries: Any) -> dict[str, Any]:
    """`question`, `answer` and `description` of the first question sent."""
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict):
            keys = ("question", "answer", "description")
            return {key: entry[key] for key in keys if isinstance(entry.get(key), str)}
    return {}


def uploaded(call: Call) -> Mapping[str, Any]:
    """Upload a FAQ: its first question, `kb`'s category and tags, `kb.ownerIds` as `owners`."""
    body = call.body if isinstance(call.body, dict) else {}
    kb = body.get("kb")
    fields = {**first_question(body.get("qas")), **kb_fields(kb)}
    if isinstance(kb, dict) and isinstance(kb.get("ownerIds"), list):
        fields["owners"] = strings(kb["ownerIds"])
    return fields


def changed(call: Call, faq: dict[str, Any]) -> Mapping[str, Any]:
    """Update a FAQ: `kb`'s category and tags replace the FAQ's; `kb.newOwnerIds` join its
    owners and `kb.removeOwnerIds` leave them; the first of `updatedQAs` changes its question
    (and the first of `newQas` gives one to an FAQ that has none)."""
    body = call.body if isinstance(call.body, dict) else {}
    kb = body.get("kb")
    fields: dict[str, Any] = {**kb_fields(kb), **first_question(body.get("updatedQAs"))}
    if "question" not in faq and "question" not in fields:
        fields.update(first_question(body.get("newQas")))
    owners = owners_changed(strings(faq.get("owners")), kb)
    if owners is not None:
        fields["owners"] = owners
    return fields


BEHAVIOURS: dict[str, Behaviour] = crud("Faq", FAQS, created=uploaded, changed=changed)
