"""The Kore.ai mock's audit logs and widgets over HTTP: records a test preloads into the mock's
store, the period, `fetchAfter` and page filters, preloaded widget rows, and the documented 429."""

from __future__ import annotations

import httpx
from koreai_client.api.admin_console import list_audit_logs

from specbench.mock import build_mock_app
from specbench.mock.apis.koreai import RATE_LIMITED
from specbench.mock.apis.koreai.audit import AUDIT
from specbench.mock.apis.koreai.jwt_auth import sign
from specbench.mock.apis.koreai.widgets import WIDGETS
from specbench.mock.faults import Faults
from specbench.testing import MockApi
from tests.conftest import api_named
from tests.mock_server import serving

SECRET = "koreai-state-secret"
WIDGET = "/api/public/bot/st-1/dashboard/Support/widget/Sessions"


def record(number: int, day: str) -> dict[str, object]:
    return {
        "AuditLogId": f"{number:024x}",
        "Date/Time": f"{day}T10:00:00.000Z",
        "Description": f"event {number}",
        "Name": "Logout",
        "Category": "Login/Logout",
    }


def test_preloaded_audit_logs_are_filtered_and_paged() -> None:
    app = build_mock_app(api_named("koreai"), token=SECRET)
    days = ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"]
    for number, day in enumerate(days, start=1):
        app.store.put(AUDIT, f"{number:024x}", record(number, day))
    with serving(app) as url, httpx.Client(base_url=url, headers={"auth": sign(SECRET)}) as http:

        def described(**query: str | int) -> tuple[list[str], bool]:
            answer = http.get("/api/public/auditlogs", params=query)
            assert answer.status_code == 200, answer.text
            body = answer.json()
            assert body["total"] == len(body["auditlogs"])
            return [r["Description"] for r in body["auditlogs"]], body["moreAvailable"]

        assert described() == ([f"event {n}" for n in range(1, 6)], False)
        assert described(fromDate="2024-01-02", toDate="2024-01-03") == (
            ["event 2", "event 3"],
            False,
        )
        assert described(fetchAfter=f"{3:024x}") == (["event 4", "event 5"], False)
        assert described(size=2, offset=1) == (["event 3", "event 4"], True)
        assert described(size=2, offset=2) == (["event 5"], False)
        impossible = http.get("/api/public/auditlogs", params={"fromDate": "2024-13-45"})
        assert impossible.status_code == 400


def test_preloaded_widget_rows_and_reversed_period() -> None:
    app = build_mock_app(api_named("koreai"), token=SECRET)
    rows = [{"channel": "web", "sessions": 3}, {"channel": "voice", "sessions": 1}]
    app.store.put(WIDGETS, "st-1/Support/Sessions", {"rows": rows})
    with serving(app) as url, httpx.Client(base_url=url, headers={"auth": sign(SECRET)}) as http:
        period = {"startDate": "2024-03-01", "endDate": "2024-03-02"}
        answer = http.get(WIDGET, params=period).json()
        assert answer["queryResponse"] == {
            "metaData": {"channel": "string", "sessions": "number"},
            "queryResponse": rows,
        }
        filtered = http.post(
            WIDGET,
            params=period,
            json={
                "customFilters": [
                    {"filterSource": "s", "fieldName": "channel", "values": ["voice"]}
                ]
            },
        ).json()
        assert filtered["queryResponse"]["queryResponse"] == rows[1:]
        reversed_period = {"startDate": "2024-03-02", "endDate": "2024-03-01"}
        assert http.get(WIDGET, params=reversed_period).status_code == 400


def test_a_429_carries_the_documented_message_and_retry_after() -> None:
    app = build_mock_app(
        api_named("koreai"), token=SECRET, faults=Faults(status=429, count=1, retry_after=7)
    )
    with serving(app) as url, httpx.Client(base_url=url, headers={"auth": sign(SECRET)}) as http:
        refused = http.get("/api/public/auditlogs")
        assert refused.status_code == 429 and refused.headers["retry-after"] == "7"
        assert refused.json() == {"errors": [{"msg": RATE_LIMITED, "code": 429}]}
        assert http.get("/api/public/auditlogs").status_code == 200


def test_the_client_iterates_audit_logs_page_by_page() -> None:
    """`offset` counts pages (offsetUnit: page): iterate asks for 0, 1, 2 … and sees each record
    once, in order."""
    with MockApi("koreai", token=SECRET) as mock:
        for number in range(1, 8):
            mock.app.store.put(AUDIT, f"{number:024x}", record(number, "2024-01-01"))
        seen = [log.description for log in list_audit_logs.iterate(client=mock.client(), size=3)]
        queries = [request.query for request in mock.requests]
    assert seen == [f"event {n}" for n in range(1, 8)]
    assert queries == ["size=3&offset=0", "size=3&offset=1", "size=3&offset=2"]
