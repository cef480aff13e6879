"""botbye_client against the BotBye mock over real HTTP: the keyset query builder, typed.

The client takes `cursor`, `where` and `order_by` as strings (specs/botbye/ERRATA.md "Typed
query-builder values in the generated client"): callers build the generated models (`Cursor`,
`WhereBranch`, `WhereLeaf`, `OrderByTerm`) and pass their JSON text. These tests prove that
this reaches the server URI-encoded and intact, and walk the characteristic flow: an `and` of
two leaves, ordered, paged forward with `after` and back with `before`/`last`, with `total`.
Expectations come from the mock itself (every request, fetched unfiltered in one page), filtered
and sorted here by the documented rules.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import parse_qs, unquote_plus

import httpx
import pytest
from botbye_client import AuthenticatedClient
from botbye_client.api.compromised_users import list_compromised_users
from botbye_client.api.multi_accounts import list_multi_accounts
from botbye_client.api.projects import create_project, get_project, list_projects
from botbye_client.api.rate_limiters import create_rate_limiter, update_rate_limiter
from botbye_client.api.requests import list_request_overviews, list_requests
from botbye_client.api.rules import create_rule, update_rule
from botbye_client.errors import BotByeError
from botbye_client.models import (
    CompromisedUserConnection,
    Condition,
    Cursor,
    Empty,
    Error,
    MultiAccountConnection,
    OrderByTerm,
    Overview,
    Project,
    ProjectConnection,
    ProjectInput,
    RateLimiterInput,
    RateLimiterUpdate,
    RequestConnection,
    Rule,
    RuleInput,
    RuleUpdate,
    WhereBranch,
    WhereLeaf,
)
from botbye_client.types import UNSET

from specbench.mock import build_mock_app
from tests.conftest import api_named
from tests.mock_server import serving

TOKEN = "botbye-token"
ACCOUNT = "6c1f2a9e-3b7d-4e55-9a01-2f8c4d7e9b10"
PAGE = 6


def as_json(value: Cursor | WhereLeaf | WhereBranch | Sequence[OrderByTerm]) -> str:
    """The JSON text of a typed query-builder value, as the `cursor`/`where`/`order_by`
    parameters take it (compact, so that only values may hold spaces)."""
    data: Any = value.to_dict() if not isinstance(value, Sequence) else [t.to_dict() for t in value]
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serving(build_mock_app(api_named("botbye"), token=TOKEN)) as base:
        yield base


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(url: str, sent: list[httpx.Request]) -> AuthenticatedClient:
    """The seed's credential: `X-Api-Key` holding `echo -n "<token>" | base64`."""
    return AuthenticatedClient(
        base_url=url,
        token=base64.b64encode(TOKEN.encode()).decode(),
        auth_header_name="X-Api-Key",
        prefix="",
        httpx_args={"event_hooks": {"request": [sent.append]}},
    )


@pytest.fixture
def project(client: AuthenticatedClient) -> Project:
    created = create_project.sync(
        ACCOUNT,
        client=client,
        body=ProjectInput(name="Shop login", url="https://shop.example.com"),
    )
    assert isinstance(created, Project), created
    assert isinstance(created.id, str)
    return created


def project_id(project: Project) -> str:
    assert isinstance(project.id, str)
    return project.id


def requests_page(client: AuthenticatedClient, project: Project, **query: Any) -> RequestConnection:
    answer = list_requests.sync(ACCOUNT, project_id(project), client=client, **query)
    assert isinstance(answer, RequestConnection), answer
    return answer


def ids(page: RequestConnection) -> list[str]:
    return [str(edge.node.id) for edge in page.edges]


# The characteristic query: requests from three countries on port 443 or above, by country,
# newest first within a country (the mock breaks remaining ties by id).
WHERE = WhereBranch(
    predicate="and",
    operands=[
        WhereLeaf(field_path="country", predicate="in", value="DEU,FRA,USA"),
        WhereLeaf(field_path="serverPort", predicate="gte", value="443"),
    ],
)
ORDER = [
    OrderByTerm(field_path="country", direction="ASC"),
    OrderByTerm(field_path="createdAt", direction="DESC"),
]


def expected_ids(client: AuthenticatedClient, project: Project) -> list[str]:
    """Every request of the project (one unfiltered page of 100), filtered and sorted here."""
    everything = requests_page(client, project, cursor=as_json(Cursor(first=100)), total=True)
    assert not everything.page_info.has_next_page
    assert everything.page_info.total == len(everything.edges) == 60
    rows = [edge.node.to_dict() for edge in everything.edges]
    rows = [r for r in rows if r["country"] in ("DEU", "FRA", "USA") and r["serverPort"] >= 443]
    rows.sort(key=lambda r: r["id"])
    rows.sort(key=lambda r: r["createdAt"], reverse=True)
    rows.sort(key=lambda r: r["country"])
    return [r["id"] for r in rows]


def test_query_builder_values_are_sent_uri_encoded(
    client: AuthenticatedClient, project: Project, sent: list[httpx.Request]
) -> None:
    cursor = Cursor(first=PAGE)
    requests_page(
        client, project, where=as_json(WHERE), order_by=as_json(ORDER), cursor=as_json(cursor)
    )
    query = sent[-1].url.query.decode("ascii")
    for char in '{}[]":,':
        assert char not in query, f"{char!r} travels unencoded in {query}"
    values = {name: raw[0] for name, raw in parse_qs(query, strict_parsing=True).items()}
    assert json.loads(values["where"]) == {
        "predicate": "and",
        "operands": [
            {"fieldPath": "country", "predicate": "in", "value": "DEU,FRA,USA"},
            {"fieldPath": "serverPort", "predicate": "gte", "value": "443"},
        ],
    }
    assert json.loads(values["order_by"]) == [
        {"fieldPath": "country", "direction": "ASC"},
        {"fieldPath": "createdAt", "direction": "DESC"},
    ]
    assert json.loads(values["cursor"]) == {"first": PAGE}
    # A value with spaces, slashes and a plus sign comes through exactly.
    agent = WhereLeaf(field_path="userAgent", predicate="like", value="Mozilla/5.0 (X11; a+b")
    requests_page(client, project, where=as_json(agent))
    raw = sent[-1].url.query.decode("ascii").removeprefix("where=")
    assert json.loads(unquote_plus(raw)) == agent.to_dict()


def test_and_of_two_leaves_ordered_paged_forward_and_back(
    client: AuthenticatedClient, project: Project
) -> None:
    expected = expected_ids(client, project)
    assert PAGE * 2 < len(expected) < 60, "the query should select several pages, not all"
    where, order_by = as_json(WHERE), as_json(ORDER)

    # Forward: `first` after each page's endCursor, counting the matches every time.
    forward: list[list[str]] = []
    second_start: str | None = None
    cursor = Cursor(first=PAGE)
    while True:
        page = requests_page(
            client, project, where=where, order_by=order_by, cursor=as_json(cursor), total=True
        )
        assert page.page_info.total == len(expected)
        assert page.page_info.has_previous_page == bool(forward)
        assert 0 < len(page.edges) <= PAGE
        assert page.page_info.start_cursor == page.edges[0].cursor
        assert page.page_info.end_cursor == page.edges[-1].cursor
        forward.append(ids(page))
        if len(forward) == 2:
            second_start = page.page_info.start_cursor
        if not page.page_info.has_next_page:
            break
        assert isinstance(page.page_info.end_cursor, str)
        cursor = Cursor(first=PAGE, after=page.page_info.end_cursor)
    assert [item for chunk in forward for item in chunk] == expected  # each once, in order
    assert len(forward) == -(-len(expected) // PAGE)

    # Backward from the end: `last` alone, then `last` before each page's startCursor.
    backward: list[list[str]] = []
    cursor = Cursor(last=PAGE)
    while True:
        page = requests_page(
            client, project, where=where, order_by=order_by, cursor=as_json(cursor)
        )
        assert page.page_info.total == -1  # not asked for
        assert page.page_info.has_next_page == bool(backward)
        backward.insert(0, ids(page))
        if not page.page_info.has_previous_page:
            break
        assert isinstance(page.page_info.start_cursor, str)
        cursor = Cursor(last=PAGE, before=page.page_info.start_cursor)
    assert [item for chunk in backward for item in chunk] == expected

    # Back from the middle: the page before the second page is the first one.
    assert isinstance(second_start, str)
    before_second = requests_page(
        client,
        project,
        where=where,
        order_by=order_by,
        cursor=as_json(Cursor(last=PAGE, before=second_start)),
    )
    assert ids(before_second) == forward[0]
    assert not before_second.page_info.has_previous_page
    assert before_second.page_info.has_next_page


def test_malformed_query_builder_values_get_400(
    client: AuthenticatedClient, project: Project
) -> None:
    branch_with_value = (
        '{"predicate":"and","operands":[{"fieldPath":"country","predicate":"eq","value":"DEU"}],'
        '"value":"25"}'
    )
    bad: list[dict[str, Any]] = [
        {"where": branch_with_value},
        {"where": '{"fieldPath":"country","predicate":"near","value":"DEU"}'},
        {"where": "{not json"},
        {"order_by": '[{"fieldPath":"country","direction":"UP"}]'},
        {"cursor": as_json(Cursor(after="a", before="b"))},
        {"cursor": as_json(Cursor(first=101))},
        {"cursor": as_json(Cursor(last=0))},
    ]
    for query in bad:
        answer = list_requests.sync_detailed(ACCOUNT, project_id(project), client=client, **query)
        assert answer.status_code == 400 and isinstance(answer.parsed, Error), (query, answer)
        assert answer.parsed.message.startswith("Invalid "), answer.parsed.message
    with pytest.raises(BotByeError) as raised:  # sync() raises the API's error class
        list_requests.sync(ACCOUNT, project_id(project), client=client, where=branch_with_value)
    assert raised.value.status_code == 400
    assert "value should not be used in branches" in raised.value.message


def test_other_lists_take_the_query_builder(client: AuthenticatedClient, project: Project) -> None:
    pid = project_id(project)
    early = WhereLeaf(field_path="hour", predicate="lt", value="3")
    points = list_request_overviews.sync(
        ACCOUNT,
        pid,
        client=client,
        where=as_json(early),
        order_by=as_json(
            [
                OrderByTerm(field_path="day", direction="DESC"),
                OrderByTerm(field_path="hour", direction="ASC"),
            ]
        ),
    )
    assert isinstance(points, list) and len(points) == 9, points
    assert all(isinstance(point, Overview) for point in points)
    assert [(str(p.day), p.hour) for p in points[:3]] == [
        ("2024-08-24", 0),
        ("2024-08-24", 1),
        ("2024-08-24", 2),
    ]

    accounts = list_multi_accounts.sync(
        ACCOUNT, pid, client=client, cursor=as_json(Cursor(first=100)), total=True
    )
    assert isinstance(accounts, MultiAccountConnection), accounts
    assert accounts.page_info.total == len(accounts.edges) == 30

    proxied = WhereLeaf(
        field_path="phishing_origin", predicate="starts_with", value="https://secure-"
    )
    users = list_compromised_users.sync(ACCOUNT, pid, client=client, where=as_json(proxied))
    assert isinstance(users, CompromisedUserConnection), users
    assert users.edges and all(
        str(edge.node.phishing_origin).startswith("https://secure-") for edge in users.edges
    )
    stamps = [str(edge.node.last_login_at) for edge in users.edges]
    assert stamps == sorted(stamps, reverse=True)  # newest login first by default


def test_projects_rules_and_rate_limiters(client: AuthenticatedClient, project: Project) -> None:
    pid = project_id(project)
    assert project.customer_id == ACCOUNT and project.site_key and project.server_key
    again = get_project.sync(ACCOUNT, pid, client=client)
    assert isinstance(again, Project) and again.to_dict() == project.to_dict()
    other = get_project.sync_detailed("another-account", pid, client=client)
    assert other.status_code == 404 and isinstance(other.parsed, Error)

    condition = Condition(field_name="country", predicate="EQ", value="DEU", type_="criteria")
    rule = create_rule.sync(
        ACCOUNT,
        pid,
        client=client,
        body=RuleInput(name="Block Germany", action="block", is_active=True, condition=condition),
    )
    assert isinstance(rule, Rule) and isinstance(rule.id, str), rule
    assert rule.name == "Block Germany" and rule.condition == condition
    done = update_rule.sync(
        ACCOUNT, pid, client=client, body=RuleUpdate(id=rule.id, is_active=False)
    )
    assert isinstance(done, Empty), done
    unknown = update_rule.sync_detailed(
        ACCOUNT, pid, client=client, body=RuleUpdate(id="no-such-rule")
    )
    assert unknown.status_code == 400 and isinstance(unknown.parsed, Error), unknown

    limiter = create_rate_limiter.sync(
        ACCOUNT,
        pid,
        client=client,
        body=RateLimiterInput(name="Login burst", action="block", period_in_sec=60, limit=100),
    )
    assert isinstance(limiter, Project) and limiter.rate_limits, limiter
    assert limiter.rate_limits.rate_limits and limiter.rate_limits.order
    limiter_id = limiter.rate_limits.rate_limits[0].id
    assert isinstance(limiter_id, str) and limiter.rate_limits.order == [limiter_id]
    raised = update_rate_limiter.sync(
        ACCOUNT, pid, client=client, body=RateLimiterUpdate(id=limiter_id, limit=200)
    )
    assert isinstance(raised, Project) and raised.rate_limits, raised
    assert raised.rate_limits.rate_limits and raised.rate_limits.rate_limits[0].limit == 200
    assert raised.rate_limits.rate_limits[0].name == "Login burst"

    stored = get_project.sync(ACCOUNT, pid, client=client)
    assert isinstance(stored, Project) and stored.rules and stored.rules.rules, stored
    assert stored.rules.order == [rule.id]
    assert stored.rules.rules[0].is_active is False
    assert stored.rules.rules[0].name == "Block Germany"


def test_projects_list_pages_with_total(client: AuthenticatedClient) -> None:
    account = "account-with-three-projects"
    made = []
    for name in ("Alpha", "Beta", "Gamma"):
        created = create_project.sync(account, client=client, body=ProjectInput(name=name))
        assert isinstance(created, Project), created
        made.append(created.id)
    by_name = as_json([OrderByTerm(field_path="name", direction="DESC")])
    first = list_projects.sync(
        account, client=client, order_by=by_name, cursor=as_json(Cursor(first=2)), total=True
    )
    assert isinstance(first, ProjectConnection), first
    assert [edge.node.name for edge in first.edges] == ["Gamma", "Beta"]
    assert first.page_info.total == 3 and first.page_info.has_next_page
    assert isinstance(first.page_info.end_cursor, str)
    rest = list_projects.sync(
        account,
        client=client,
        order_by=by_name,
        cursor=as_json(Cursor(first=2, after=first.page_info.end_cursor)),
    )
    assert isinstance(rest, ProjectConnection), rest
    assert [edge.node.name for edge in rest.edges] == ["Alpha"]
    assert rest.page_info.total == -1 and not rest.page_info.has_next_page
    named = WhereLeaf(field_path="name", predicate="eq", value="Beta")
    only = list_projects.sync(account, client=client, where=as_json(named))
    assert isinstance(only, ProjectConnection), only
    assert [edge.node.id for edge in only.edges] == [made[1]]
    assert UNSET not in (only.edges[0].node.created_at, only.edges[0].node.updated_at)
