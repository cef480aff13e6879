"""The WorkDrive mock's listings answer their query parameters as the spec describes them:
events by `time`, `fromDate`, `toDate` and `onlyPast`; videos by `search` and `userId`; tasks in
`sort_direction` and by `published`; FAQs made from their upload and found by `category`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from specbench.testing import MockApi
from tests.mock.plain_http import created

LATER = "2100-01-01T00:00:00Z"
OWNER = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
OTHER = "6187fcb0-6151-11ec-9294-cfe91ad8177f"


@pytest.fixture
def mock() -> Iterator[MockApi]:
    with MockApi("workdrive") as api:
        yield api


def listed(http: httpx.Client, path: str, key: str, field: str, **query: str) -> list[Any]:
    answer = http.get(path, params=query)
    assert answer.status_code == 200, answer.text
    return [item.get(field) for item in answer.json()[key]]


def test_events_by_time_and_dates(http: httpx.Client) -> None:
    for title, start, end in [
        ("past", "2022-01-01T10:00:00Z", "2022-01-01T11:00:00Z"),
        ("future", "2090-01-01T10:00:00Z", "2090-01-01T11:00:00Z"),
    ]:
        created(
            http,
            "/api/events/meeting",
            {"title": title, "startDateTime": start, "endDateTime": end},
        )

    def titles(**query: str) -> list[Any]:
        return listed(http, "/api/events", "events", "title", **query)

    assert titles(time=LATER) == ["future", "past"]
    assert titles(time="2000-01-01T00:00:00Z") == []
    assert titles(time=LATER, onlyPast="true") == ["past"]
    assert titles(time=LATER, onlyPast="false") == ["future", "past"]
    assert titles(time=LATER, fromDate="2050-01-01T00:00:00Z") == ["future"]
    assert titles(time=LATER, toDate="2050-01-01T00:00:00Z") == ["past"]


def test_videos_by_keywords_and_uploader(mock: MockApi, http: httpx.Client) -> None:
    created(http, "/api/videos", {"title": "Payroll intro", "description": "For new staff"})
    created(http, "/api/videos", {"title": "Safety walk", "description": "Fire exits"})
    mock.preload("videos", [{"title": "Owner's", "user": {"id": OWNER}}])

    def titles(**query: str) -> list[Any]:
        return listed(http, "/api/videos", "videos", "title", **query)

    assert titles(search="payroll") == ["Payroll intro"]
    assert titles(search="NEW staff") == ["Payroll intro"]
    assert titles(search="fire walk") == ["Safety walk"]
    assert titles(search="payroll fire") == []
    assert titles(userId=OWNER) == ["Owner's"]


def test_tasks_in_sort_direction_and_by_published(http: httpx.Client) -> None:
    for title, status in [("first", "publish"), ("second", "draft"), ("third", "publish")]:
        created(http, "/api/tasks", {"title": title, "status": status})

    def titles(**query: str) -> list[Any]:
        return listed(http, "/api/tasks", "tasks", "title", **query)

    assert titles() == ["first", "second", "third"]  # the documented default: ASC
    assert titles(sort_direction="ASC") == ["first", "second", "third"]
    assert titles(sort_direction="DESC") == ["third", "second", "first"]
    assert titles(published="true") == ["first", "third"]
    assert titles(published="false", sort_direction="DESC") == ["second"]
    assert titles(per_page="2", cur_page="2") == ["third"]


def test_an_faq_is_listed_as_uploaded_and_updated(http: httpx.Client) -> None:
    faq = created(
        http,
        "/api/faqs",
        {
            "kb": {
                "name": "Refunds",
                "ownerIds": [OWNER],
                "tags": ["Refund Policy"],
                "category": "Human resource",
            },
            "qas": [
                {"question": "How long?", "answer": "30 days", "description": "Returns"},
                {"question": "Where?", "answer": "Online"},
            ],
        },
    )
    assert {k: faq[k] for k in ("question", "answer", "category", "tags", "owners")} == {
        "question": "How long?",
        "answer": "30 days",
        "category": "Human resource",
        "tags": ["Refund Policy"],
        "owners": [OWNER],
    }
    assert listed(http, "/api/faqs", "data", "id", category="Human resource") == [faq["id"]]
    assert listed(http, "/api/faqs", "data", "id", category="Finance") == []
    change = {
        "kb": {"newOwnerIds": [OTHER], "removeOwnerIds": [OWNER], "category": "Finance"},
        "updatedQAs": [{"id": "q-1", "question": "How long, really?", "answer": "14 days"}],
    }
    answer = http.patch(f"/api/faqs/{faq['id']}", json=change)
    assert answer.status_code == 200, answer.text
    updated = answer.json()
    assert (updated["owners"], updated["category"]) == ([OTHER], "Finance")
    assert (updated["question"], updated["answer"]) == ("How long, really?", "14 days")
    assert listed(http, "/api/faqs", "data", "id", category="Finance") == [faq["id"]]


def test_a_document_is_listed_as_uploaded_and_updated(mock: MockApi, http: httpx.Client) -> None:
    mock.preload("users", [{"id": OWNER, "firstName": "Ann", "lastName": "Lee"}])
    media = http.get(
        "/api/media", params={"mime": "application/pdf", "name": "leave.pdf", "moduleCode": 5}
    )
    assert media.status_code == 200, media.text
    file_id = media.json()["fileId"]
    body = {"name": "Leave", "ownerIds": [OWNER], "category": "Human resource", "docId": file_id}
    answer = http.post("/api/documents", params={"publish": "true"}, json=body)
    assert answer.status_code == 201, answer.text
    document = answer.json()
    assert document["isPublished"] is True
    assert (document["file"]["id"], document["file"]["name"]) == (file_id, "leave.pdf")
    assert [(o["id"], o["firstName"]) for o in document["owners"]] == [(OWNER, "Ann")]
    draft = created(http, "/api/documents", {"name": "Draft", "category": "Human resource"})
    assert draft["isPublished"] is False
    change = {
        "kb": {"newOwnerIds": [OTHER], "removeOwnerIds": [OWNER], "category": "Finance"},
    }
    answer = http.patch(f"/api/documents/{draft['id']}", params={"publish": "true"}, json=change)
    assert answer.status_code == 200, answer.text
    assert answer.json()["isPublished"] is True
    assert [o["id"] for o in answer.json()["owners"]] == [OTHER]
    assert listed(http, "/api/documents", "docs", "name", category="Finance") == ["Draft"]
    assert listed(http, "/api/documents", "docs", "name", category="Human resource") == ["Leave"]


def test_an_event_answers_its_invitees(mock: MockApi, http: httpx.Client) -> None:
    mock.preload("users", [{"id": OWNER, "firstName": "Ann", "lastName": "Lee"}])
    body = {"title": "Sync", "userIds": [OWNER], "externalUserEmails": ["guest@example.com"]}
    event = created(http, "/api/events/meeting", body)
    assert (event["isExternalEvent"], event["going"], event["comments"]) == (False, 0, 0)
    assert event["reactions"] == [] and event["externalAttendees"] == ["guest@example.com"]
    (ann,) = event["rsvpUsers"]
    assert (ann["id"], ann["firstName"]) == (OWNER, "Ann") and ann["invited"].endswith("Z")
    answer = http.patch(f"/api/events/{event['id']}", json={"userIds": [OTHER, OWNER]})
    assert answer.status_code == 200, answer.text
    invitees = answer.json()["rsvpUsers"]
    assert [u["id"] for u in invitees] == [OTHER, OWNER]
    assert invitees[1] == ann  # invited before: same entry, same moment
    assert answer.json()["externalAttendees"] == ["guest@example.com"]
