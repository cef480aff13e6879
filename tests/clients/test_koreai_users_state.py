"""The Kore.ai mock keeps state a user's test relies on (issue 13), seen through the generated
client: created users are read back, updated and removed; counts agree; duplicates and unknown users
fail in the documented per-user shape; the audit log records what was done; widgets answer the same
rows for the same request."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from koreai_client import AuthenticatedClient
from koreai_client.api.admin_console import list_audit_logs
from koreai_client.api.dashboards import get_widget_data, query_widget_data
from koreai_client.api.users import create_users, query_users_info, remove_users, update_users
from koreai_client.models import (
    AuditLogsResponse,
    CreateUsersRequest,
    QueryUsersInfoRequest,
    QueryWidgetDataRequest,
    RemoveUsersRequest,
    UpdateUsersRequest,
    UserDetails,
    UsersResponse,
    WidgetData,
)

from specbench.mock import build_mock_app
from specbench.mock.apis.koreai.jwt_auth import sign
from tests.conftest import api_named
from tests.mock_server import serving

SECRET = "koreai-users-secret"


@pytest.fixture
def client() -> Iterator[AuthenticatedClient]:
    with serving(build_mock_app(api_named("koreai"), token=SECRET)) as url:
        yield AuthenticatedClient(
            base_url=url, token=sign(SECRET), auth_header_name="auth", prefix=""
        )


def users_answer(answer: object) -> dict[str, Any]:
    assert isinstance(answer, UsersResponse), answer
    return answer.to_dict()


def details(client: AuthenticatedClient, **body: Any) -> list[dict[str, Any]]:
    answer = query_users_info.sync(client=client, body=QueryUsersInfoRequest.from_dict(body))
    assert isinstance(answer, list), answer
    assert all(isinstance(entry, UserDetails) for entry in answer)
    return [entry.to_dict() for entry in answer]


def new_user(email: str, first: str, **extra: Any) -> dict[str, Any]:
    return {"userInfo": {"emailId": email, "firstName": first}, **extra}


def test_created_users_are_read_updated_and_removed(client: AuthenticatedClient) -> None:
    created = users_answer(
        create_users.sync(
            client=client,
            body=CreateUsersRequest.from_dict(
                {
                    "users": [
                        new_user(
                            "jane.doe@example.com",
                            "Jane",
                            groups=["e-1"],
                            roles=[{"roleId": "r-admin"}, {"roleId": "r-dev", "botId": "st-1"}],
                        ),
                        new_user("john.doe@example.com", "John", canCreateBot=False),
                        new_user("not-an-email", "Nobody"),
                    ],
                    "sendEmail": False,
                }
            ),
        )
    )
    assert created["msg"] == "User is created Successfully."
    assert created["total"] == 3 and created["moreAvailable"] is False
    outcomes = {d["userInfo"]["emailId"]: d["userInfo"] for d in created["failedUserDetails"]}
    assert outcomes["jane.doe@example.com"]["status"] == "success"
    invalid = outcomes["not-an-email"]
    assert invalid["status"] == "failure"
    assert invalid["reason"]["errors"][0] == {"msg": "INVALID_EMAIL", "code": 400}

    again = users_answer(
        create_users.sync(
            client=client,
            body=CreateUsersRequest.from_dict({"users": [new_user("JANE.DOE@example.com", "J")]}),
        )
    )
    assert "msg" not in again and again["total"] == 1
    assert again["failedUserDetails"][0]["userInfo"]["status"] == "failure"

    both = details(client, emailIds=["jane.doe@example.com", "john.doe@example.com"])
    assert [d["userInfo"]["firstName"] for d in both] == ["Jane", "John"]
    jane, john = both
    assert jane["userInfo"]["status"] == "active" and jane["userInfo"]["userId"].startswith("u-")
    assert jane["groups"] == [{"groupId": "e-1", "groupName": "e-1"}]
    assert [r["roleId"] for r in jane["roles"]["btRoles"]] == ["r-dev"]
    assert [r["roleId"] for r in jane["roles"]["adminRoles"]] == ["r-admin"]
    assert john["canCreateBot"] is False and john["isDeveloper"] is True
    assert all(d["total"] == 2 for d in both)
    assert len(details(client)) == 2, "without names, every user of the account"

    updated = users_answer(
        update_users.sync(
            client=client,
            body=UpdateUsersRequest.from_dict(
                {
                    "users": [
                        {
                            "userInfo": {"emailId": "jane.doe@example.com", "dept": "Sales"},
                            "groups": {"addTo": ["e-2"], "removeFrom": ["e-1"]},
                            "roles": {"removeFrom": [{"roleId": "r-dev", "botId": "st-1"}]},
                            "includeMeta": False,
                        },
                        {"userInfo": {"emailId": "nobody@example.com"}},
                    ]
                }
            ),
        )
    )
    assert updated["msg"] == "User is updated Successfully." and updated["total"] == 2
    unknown = updated["failedUserDetails"][1]["userInfo"]
    assert unknown["status"] == "failure"
    assert unknown["reason"]["errors"][0]["msg"].startswith("User not found")
    (jane,) = details(client, emailIds=["jane.doe@example.com"])
    assert jane["userInfo"]["dept"] == "Sales" and jane["userInfo"]["firstName"] == "Jane"
    assert [g["groupId"] for g in jane["groups"]] == ["e-2"]
    assert jane["roles"]["btRoles"] == []

    removed = users_answer(
        remove_users.sync(
            client=client,
            body=RemoveUsersRequest.from_dict(
                {"deleteEmailIds": ["john.doe@example.com", "ghost@example.com"]}
            ),
        )
    )
    assert removed["msg"] == "Users are removed Successfully" and removed["total"] == 2
    assert removed["failedUserDetails"] == [
        {
            "emailId": "ghost@example.com",
            "reason": removed["failedUserDetails"][0]["reason"],
        }
    ]
    (gone,) = details(client, emailIds=["john.doe@example.com"])
    assert gone["userInfo"]["status"] == "failure"
    assert [d["userInfo"]["emailId"] for d in details(client)] == ["jane.doe@example.com"]

    logs = list_audit_logs.sync(client=client)
    assert isinstance(logs, AuditLogsResponse), logs
    names = [record.name for record in logs.auditlogs or []]
    assert names == ["User Creation", "User Creation", "User Update", "User Deletion"]
    ids = [str(record.audit_log_id) for record in logs.auditlogs or []]
    assert ids == sorted(ids) and len(set(ids)) == 4
    assert logs.total == 4 and logs.more_available is False
    after = list_audit_logs.sync(client=client, fetch_after=str(ids[1]), size=1, offset=1)
    assert isinstance(after, AuditLogsResponse), after
    assert [r.name for r in after.auditlogs or []] == ["User Deletion"]
    assert after.more_available is False


def test_widgets_answer_consistently(client: AuthenticatedClient) -> None:
    args: dict[str, Any] = {
        "bot_id": "st-1",
        "dashboard_name": "Support",
        "widget_name": "Sessions",
        "start_date": date(2024, 3, 1),
        "end_date": date(2024, 3, 10),
    }
    first = get_widget_data.sync(client=client, **args)
    second = get_widget_data.sync(client=client, **args)
    assert isinstance(first, WidgetData) and isinstance(second, WidgetData)
    assert first.to_dict() == second.to_dict()
    rows = first.to_dict()["queryResponse"]["queryResponse"]
    assert len(rows) == 10 and rows[0]["date"] == "2024-03-01"
    assert first.name == "Sessions" and first.to_dict()["sqlQuery"]["botId"] == "st-1"
    limited = get_widget_data.sync(client=client, limit=3, **args)
    assert isinstance(limited, WidgetData)
    assert limited.to_dict()["queryResponse"]["queryResponse"] == rows[:3]
    metric = rows[0]["metricType"]
    filtered = query_widget_data.sync(
        client=client,
        body=QueryWidgetDataRequest.from_dict(
            {
                "customFilters": [
                    {"filterSource": "x", "fieldName": "metricType", "values": [metric]}
                ]
            }
        ),
        **args,
    )
    assert isinstance(filtered, WidgetData)
    kept = filtered.to_dict()["queryResponse"]["queryResponse"]
    assert kept == [row for row in rows if row["metricType"] == metric]
