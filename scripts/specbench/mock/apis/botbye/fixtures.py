"""The read-only data the BotBye mock serves for every project: evaluated requests, hourly
overviews, multi-accounts and compromised users.

Generated from the project's id alone (a seeded `random.Random`), so the same project always
shows the same rows, in every run and after a restart. Enough rows to page through, with varied
and sometimes missing fields (for `where`), and repeated timestamps (for the tiebreak on id).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

REQUESTS = 60
MULTI_ACCOUNTS = 30
COMPROMISED_USERS = 25
OVERVIEW_DAYS = (date(2024, 8, 22), date(2024, 8, 23), date(2024, 8, 24))

COUNTRIES = ("DEU", "FRA", "USA", "GBR", "NLD", "POL")
ASNS = {"DEU": "AS3320", "FRA": "AS3215", "USA": "AS7922", "GBR": "AS2856"}
METHODS = ("GET", "GET", "POST", "PUT", "DELETE")
URIS = ("/login", "/login/verify", "/signup", "/api/cart", "/checkout", "/search?q=shoes")
PORTS = (443, 443, 80, 8443)
AGENTS = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "python-requests/2.32.3",
    "curl/8.8.0",
)
PHISHING_ORIGINS = (
    "https://shop-example.login-verify.net",
    "https://secure-shop-example.com",
    "https://shop.example.com.account-check.io",
)
NAMESPACE = uuid.UUID("5b0f6a43-9f0e-4c2e-8d0a-2f6c1b7e9d31")


def stamp(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, as the API writes timestamps."""
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _host(project: Mapping[str, Any]) -> str:
    url = str(project.get("url") or "")
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host or "shop.example.com"


def requests_for(project: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The requests BotBye evaluated for the project, oldest first.

    Every third request shares its predecessor's `createdAt`; a quarter have no `referer`,
    most no `remoteUser`; non-protected and rule-banned ones are mixed in.
    """
    project_id = str(project["id"])
    rng = random.Random(f"botbye-requests:{project_id}")
    base = datetime(2024, 6, 3, 12, 0, 0, 513000, tzinfo=UTC)
    host = _host(project)
    rows = []
    for n in range(REQUESTS):
        seconds = 97 * n - (97 if n % 3 == 2 else 0)
        country = rng.choice(COUNTRIES)
        method = rng.choice(METHODS)
        banned = n % 6 == 0
        row: dict[str, Any] = {
            "id": str(uuid.uuid5(NAMESPACE, f"{project_id}/request/{n}")),
            "token": f"{rng.getrandbits(128):032x}",
            "customerId": str(project.get("customerId", "")),
            "projectId": project_id,
            "siteKey": str(project.get("siteKey", "")),
            "serverKey": str(project.get("serverKey", "")),
            "userAgent": rng.choice(AGENTS),
            "host": host,
            "requestMethod": method,
            "requestUri": rng.choice(URIS),
            "remoteAddr": f"172.18.{rng.randint(0, 3)}.{rng.randint(1, 254)}",
            "serverName": host,
            "serverPort": rng.choice(PORTS),
            "requestInfo": f'{{"method":"{method}"}}',
            "customFields": [],
            "headers": f'{{"host":"{host}"}}',
            "createdAt": stamp(base + timedelta(seconds=seconds)),
            "realIp": f"203.0.113.{rng.randint(1, 254)}",
            "country": country,
            "asn": ASNS.get(country, "AS1299"),
            "isProtected": n % 9 != 4,
            "isBanByRule": banned,
        }
        if n % 4 != 3:
            row["referer"] = f"https://{host}/"
        if n % 10 == 0:
            row["remoteUser"] = "alice"
        if banned:
            row["failedMessage"] = "Blocked by a custom rule"
            row["failedChecks"] = '["rule"]'
        rows.append(row)
    return rows


def overviews_for(project: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Hourly request counts of the project over three days."""
    project_id = str(project["id"])
    rng = random.Random(f"botbye-overviews:{project_id}")
    rows = []
    for day in OVERVIEW_DAYS:
        for hour in range(24):
            allowed, declined = rng.randint(40, 220), rng.randint(0, 25)
            rows.append(
                {
                    "id": f"{project_id}_{day.isoformat()}_{hour}",
                    "day": day.isoformat(),
                    "hour": hour,
                    "projectId": project_id,
                    "customerId": None,
                    "allowedReqCount": allowed,
                    "declinedReqCount": declined,
                    "total": allowed + declined,
                }
            )
    return rows


def multi_accounts_for(project: Mapping[str, Any]) -> list[dict[str, Any]]:
    """End-user accounts seen on devices shared with other accounts (`userId` groups them)."""
    project_id = str(project["id"])
    rng = random.Random(f"botbye-multiaccounts:{project_id}")
    base = datetime(2024, 8, 1, 9, 0, tzinfo=UTC)
    rows = []
    for n in range(MULTI_ACCOUNTS):
        rows.append(
            {
                "userId": f"usr-{rng.randint(1, 10):04d}",
                "accountId": f"account-{n + 1:03d}",
                "siteKey": str(project.get("siteKey", "")),
                "createdAt": stamp(base + timedelta(hours=7 * n, minutes=rng.randint(0, 59))),
            }
        )
    return rows


def compromised_users_for(project: Mapping[str, Any]) -> list[dict[str, Any]]:
    """End users whose logins went through a phishing proxy; `lastLoginAt` in epoch millis."""
    project_id = str(project["id"])
    rng = random.Random(f"botbye-compromised:{project_id}")
    base = int(datetime(2024, 8, 20, tzinfo=UTC).timestamp() * 1000)
    rows = []
    for n in range(COMPROMISED_USERS):
        account = f"user{n + 1:02d}@example.com"
        rows.append(
            {
                "id": f"{account}:{project_id}",
                "accountId": account,
                "phishingOrigin": rng.choice(PHISHING_ORIGINS),
                "lastLoginAt": str(base + 3_600_000 * rng.randint(0, 96)),
            }
        )
    return rows
