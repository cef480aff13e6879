"""Documented rate limits: off by default, enforced per credential (and per table/bot) when on."""

from __future__ import annotations

import httpx
import pytest

from specbench.mock import build_mock_app
from specbench.mock.apis.koreai.jwt_auth import sign
from specbench.mock.errors import ApiError
from specbench.mock.rate_limits import RateLimiter
from specbench.mock.vendor import RateLimit
from tests.conftest import api_named
from tests.mock_server import serving

SECRET = "rate-limit-secret-of-32-bytes-at-least"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_budget_per_window_bucket_credential_and_scope() -> None:
    clock = Clock()
    limiter = RateLimiter({"a": RateLimit("ab", 2, per="table"), "b": RateLimit("ab", 2)}, clock)
    limiter.check("a", "key-1", {"table": "t1"})
    limiter.check("a", "key-1", {"table": "t1"})
    with pytest.raises(ApiError) as refused:
        limiter.check("a", "key-1", {"table": "t1"})
    assert refused.value.status == 429 and refused.value.headers["Retry-After"] == "60"
    limiter.check("a", "key-1", {"table": "t2"})  # another table, another budget
    limiter.check("a", "key-2", {"table": "t1"})  # another credential, another budget
    limiter.check("unlimited", "key-1", {})
    clock.now += 59.5
    with pytest.raises(ApiError) as still:
        limiter.check("a", "key-1", {"table": "t1"})
    assert still.value.headers["Retry-After"] == "1"
    clock.now += 0.5
    limiter.check("a", "key-1", {"table": "t1"})  # a new window


def test_koreai_admin_limit_over_http() -> None:
    """61 audit-log reads in a minute: the 61st answers 429 in Kore.ai's error body."""
    app = build_mock_app(api_named("koreai"), token=SECRET, rate_limits=True)
    with serving(app) as url, httpx.Client(base_url=url) as http:
        headers = {"auth": sign(SECRET)}
        statuses = [
            http.get("/api/public/auditlogs", headers=headers).status_code for _ in range(60)
        ]
        assert statuses == [200] * 60
        refused = http.get("/api/public/auditlogs", headers=headers)
        assert refused.status_code == 429
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert refused.json()["errors"][0]["code"] == 429
        other = {"auth": sign(SECRET, subject="another-user")}
        assert http.get("/api/public/auditlogs", headers=other).status_code == 200


def test_limits_are_off_unless_asked_for() -> None:
    app = build_mock_app(api_named("koreai"), token=SECRET, rate_limits=False)
    with serving(app) as url, httpx.Client(base_url=url) as http:
        headers = {"auth": sign(SECRET)}
        assert {
            http.get("/api/public/auditlogs", headers=headers).status_code for _ in range(70)
        } == {200}


def test_mspbots_limit_is_per_key_across_both_endpoints() -> None:
    """ "Rate Limit : 60/min" per API key: datasets and widgets share the budget."""
    app = build_mock_app(api_named("mspbots"), token="key", rate_limits=True)
    with serving(app) as url, httpx.Client(base_url=url, headers={"apikey": "key"}) as http:
        paths = ["/api/dataset/1534956341424005122", "/api/widget/1534956341424005123"] * 30
        assert {http.get(path).status_code for path in paths} == {200}
        refused = http.get(paths[0])
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
        assert refused.json() == {"error_msg": "429 Too Many Requests"}
