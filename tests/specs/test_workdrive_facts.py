"""Facts of the WorkDrive bundle checked against the vendor's documentation (issue 14)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from specbench.bundle import load_bundle
from specbench.inventory import read_inventory
from specbench.layout import Api
from specbench.openapi import operations

API = Api("workdrive")


@pytest.fixture(scope="module")
def bundle() -> dict[str, Any]:
    return load_bundle(API)


def parameter(document: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    ref = raw.get("$ref")
    if ref is None:
        return raw
    found: dict[str, Any] = document["components"]["parameters"][ref.rsplit("/", 1)[-1]]
    return found


def test_per_page_has_no_maximum_anywhere(bundle: dict[str, Any]) -> None:
    """The vendor gives `per_page` no maximum and its own Get All Events sample asks for 1000."""
    shared = bundle["components"]["parameters"]["PerPage"]
    assert shared["name"] == "per_page" and shared["in"] == "query"
    assert "maximum" not in shared["schema"] and shared["schema"]["minimum"] == 1
    assert shared["schema"]["default"] == 10
    assert 1000 in [example["value"] for example in shared["examples"].values()]
    paged = [op for op in operations(bundle) if op.node.get("x-specbench-pagination")]
    assert len(paged) >= 15
    for op in paged:
        declared = [parameter(bundle, p) for p in op.node.get("parameters", [])]
        (per_page,) = [p for p in declared if p["name"] == "per_page"]
        assert "maximum" not in per_page["schema"], op.label
        assert {"$ref": "#/components/parameters/PerPage"} in op.node["parameters"], op.label


def test_errata_agrees_that_per_page_has_no_maximum() -> None:
    text = API.errata.read_text(encoding="utf-8")
    paging = text.split("### Paging", 1)[1].split("\n### ", 1)[0]
    assert "`per_page` has no maximum" in " ".join(paging.replace("*", "").split())
    assert not re.search(r"caps?\b[^.]*\b100\b", text), "ERRATA still caps per_page at 100"


def test_delete_a_group_chat_takes_its_ids_in_the_query(bundle: dict[str, Any]) -> None:
    """`Delete /api/group-chats` with `id` (an Array) under Query Parameters, as documented."""
    paths = bundle["paths"]
    assert "delete" not in paths["/api/group-chats/{id}"]
    op = paths["/api/group-chats"]["delete"]
    assert op["operationId"] == "deleteGroupChat"
    assert "requestBody" not in op
    (ids,) = [parameter(bundle, p) for p in op["parameters"]]
    assert (ids["name"], ids["in"], ids["required"]) == ("id", "query", True)
    assert (ids["style"], ids["explode"]) == ("form", True)
    assert ids["schema"]["type"] == "array" and ids["schema"]["minItems"] == 1
    assert ids["schema"]["items"]["type"] == "string"
    assert set(op["responses"]) >= {"200", "404"}
    assert "“Delete a Group Chat”" in op["description"]
    assert "/specs/workdrive/ERRATA.md#delete-a-group-chat-ids-in-the-query" in op["description"]
    listed = {(e.method, e.path): e for e in read_inventory(API.inventory)}
    assert ("DELETE", "/api/group-chats/{id}") not in listed
    assert listed[("DELETE", "/api/group-chats")].section == "Delete a Group Chat"


def test_every_operation_names_its_vendor_section(bundle: dict[str, Any]) -> None:
    sections = {(e.method.lower(), e.path): e.section for e in read_inventory(API.inventory)}
    for op in operations(bundle):
        titles = [title.strip() for title in sections[(op.method, op.path)].split(";")]
        for title in titles:
            assert f"“{title}”" in op.node["description"], op.label
        assert "Vendor documentation: section" in op.node["description"], op.label


def test_no_public_documentation_address_is_claimed(bundle: dict[str, Any]) -> None:
    assert "externalDocs" not in bundle
    assert "no known public address" in bundle["info"]["description"]


def errata_entry(heading: str) -> str:
    text = API.errata.read_text(encoding="utf-8")
    return text.split(f"\n### {heading}\n", 1)[1].split("\n#", 1)[0]


def test_feed_answers_derive_from_the_request(bundle: dict[str, Any]) -> None:
    """Posts and news answer `postedAt`, `mentions` and `taggedUsers` for what the request sent
    (`mention`, `taggedUserIds`); the listing's `sort_key` orders by recency, reactions or
    comments, as the vendor's tables say."""
    link = "/specs/workdrive/ERRATA.md#feed-items-derived-from-the-request"
    schemas = bundle["components"]["schemas"]
    for name in ("Post", "News"):
        props = schemas[name]["properties"]
        assert props["postedAt"]["format"] == "date-time"
        assert props["commentsCount"] == {**props["commentsCount"], "type": "integer", "minimum": 0}
        for field, sent in (("mentions", "mention"), ("taggedUsers", "taggedUserIds")):
            assert props[field]["items"] == {"$ref": "#/components/schemas/UserSummary"}
            assert (
                f"`{sent}`" in props[field]["description"] and link in props[field]["description"]
            )
        assert link in props["postedAt"]["description"]
    sort_key = bundle["components"]["parameters"]["PostSortKey"]
    assert sort_key["schema"]["enum"] == ["a", "b", "c"] and "default" not in sort_key["schema"]
    entry = " ".join(errata_entry("Feed items derived from the request").split())
    assert "`commentsCount` is 0" in entry and "ties latest first" in entry


def test_course_counts_come_from_the_tasks_that_name_the_course(bundle: dict[str, Any]) -> None:
    props = bundle["components"]["schemas"]["Course"]["properties"]
    for name in ("numberOfTasks", "usersCount"):
        assert (props[name]["type"], props[name]["minimum"]) == ("integer", 0)
        assert "/specs/workdrive/ERRATA.md#course-counts" in props[name]["description"]
    task = bundle["components"]["schemas"]["Task"]["properties"]
    assert task["trainingCourseTaskListId"]["type"] == "string"
    assert "`trainingCourseTaskListId`" in errata_entry("Course counts")


def test_an_uploaded_faq_is_described_by_its_first_question(bundle: dict[str, Any]) -> None:
    faq = bundle["components"]["schemas"]["Faq"]
    assert "/specs/workdrive/ERRATA.md#faq-fields-derived-from-the-upload" in faq["description"]
    assert {"question", "answer", "category", "tags", "owners"} <= set(faq["properties"])
    kb = bundle["components"]["schemas"]["FaqKbInput"]["properties"]
    assert {"ownerIds", "tags", "category"} <= set(kb)
    entry = " ".join(errata_entry("FAQ fields derived from the upload").split())
    assert "the first question of `qas`" in entry and "`kb.ownerIds` as `owners`" in entry


def test_tasks_sort_by_creation_and_published_means_status_publish(
    bundle: dict[str, Any],
) -> None:
    op = bundle["paths"]["/api/tasks"]["get"]
    params = {p["name"]: p for p in (parameter(bundle, raw) for raw in op["parameters"])}
    sort = params["sort_direction"]
    assert (sort["schema"]["enum"], sort["schema"]["default"]) == (["ASC", "DESC"], "ASC")
    assert "created" in sort["description"] and "`ASC` oldest first" in sort["description"]
    assert params["published"]["schema"]["type"] == "boolean"
    assert "`status` is `publish`" in params["published"]["description"]
    assert "publish" in bundle["components"]["schemas"]["TaskStatus"]["enum"]


def test_document_owners_file_and_publishing_come_from_the_upload(
    bundle: dict[str, Any],
) -> None:
    schemas = bundle["components"]["schemas"]
    document = schemas["Document"]
    link = "/specs/workdrive/ERRATA.md#document-fields-derived-from-the-upload"
    assert link in document["description"]
    props = document["properties"]
    assert props["owners"]["items"] == {"$ref": "#/components/schemas/UserSummary"}
    assert props["file"] == {"$ref": "#/components/schemas/File"}
    assert props["isPublished"]["type"] == "boolean"
    assert {"ownerIds", "docId"} <= set(schemas["DocumentInput"]["properties"])
    assert {"newOwnerIds", "removeOwnerIds", "isPublished"} <= set(
        schemas["DocumentKbUpdate"]["properties"]
    )
    (publish,) = [
        p for p in bundle["paths"]["/api/documents"]["post"]["parameters"] if p["name"] == "publish"
    ]
    assert (publish["in"], publish["schema"]["type"]) == ("query", "boolean")


def test_event_invitees_come_from_the_request(bundle: dict[str, Any]) -> None:
    schemas = bundle["components"]["schemas"]
    props = schemas["Event"]["properties"]
    link = "/specs/workdrive/ERRATA.md#event-fields-derived-from-the-request"
    assert props["rsvpUsers"]["items"] == {"$ref": "#/components/schemas/EventRsvpUser"}
    assert (
        "`userIds`" in props["rsvpUsers"]["description"]
        and link in props["rsvpUsers"]["description"]
    )
    assert "`externalUserEmails`" in props["externalAttendees"]["description"]
    assert (props["going"]["type"], props["comments"]["type"]) == ("integer", "integer")
    assert props["isExternalEvent"]["type"] == "boolean"
    assert {"userIds", "externalUserEmails"} <= set(schemas["EventInput"]["properties"])


def test_media_ids_in_become_media_objects_out(bundle: dict[str, Any]) -> None:
    schemas = bundle["components"]["schemas"]
    for name in ("Post", "News"):
        files = schemas[name]["properties"]["files"]
        assert files["$ref"] == "#/components/schemas/File" and "`fileIds`" in files["description"]
    assert schemas["News"]["properties"]["coverImage"]["$ref"] == "#/components/schemas/File"
    assert schemas["NewsInput"]["properties"]["coverImage"]["format"] == "uuid"
    photo = schemas["Photo"]["properties"]["photo"]
    assert (
        photo["type"] == "object"
        and "/specs/workdrive/ERRATA.md#photo-media" in photo["description"]
    )
    assert schemas["PhotoInput"]["properties"]["fileId"]["format"] == "uuid"
