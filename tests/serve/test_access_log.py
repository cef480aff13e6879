"""`specbench serve`'s access log: one readable line per request, written in batches."""

from __future__ import annotations

import asyncio
import contextlib
import io
import re

from starlette.types import Message, Receive, Scope, Send

from specbench.serve.access_log import AccessLog

LINE = re.compile(
    r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d 127\.0\.0\.1:5000 "(GET|POST) (\S+) HTTP/1\.1" (\d{3})$'
)


async def answer(scope: Scope, receive: Receive, send: Send) -> None:
    status = 201 if scope["method"] == "POST" else 200
    await send({"type": "http.response.start", "status": status, "headers": []})
    await send({"type": "http.response.body", "body": b"{}"})


async def failing(scope: Scope, receive: Receive, send: Send) -> None:
    raise RuntimeError("boom")


def request(method: str, path: bytes, query: bytes = b"") -> Scope:
    return {
        "type": "http",
        "method": method,
        "path": path.decode(),
        "raw_path": path,
        "query_string": query,
        "http_version": "1.1",
        "client": ("127.0.0.1", 5000),
    }


async def call(app: AccessLog, scope: Scope) -> None:
    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        return None

    await app(scope, receive, send)


def test_one_line_per_request_flushed_after_a_moment() -> None:
    stream = io.StringIO()
    log = AccessLog(answer, stream)

    async def run() -> str:
        await call(log, request("GET", b"/mock/botpress/v1/chat/users", b"limit=2"))
        await call(log, request("POST", b"/mock/botpress/v1/chat/users"))
        before = stream.getvalue()
        await asyncio.sleep(0.4)
        return before

    assert asyncio.run(run()) == "", "lines are buffered, not written per request"
    matches = [LINE.match(line) for line in stream.getvalue().splitlines()]
    assert [match.groups() if match else None for match in matches] == [
        ("GET", "/mock/botpress/v1/chat/users?limit=2", "200"),
        ("POST", "/mock/botpress/v1/chat/users", "201"),
    ]


def test_a_failing_request_is_logged_as_500() -> None:
    stream = io.StringIO()
    log = AccessLog(failing, stream)

    async def run() -> None:
        with contextlib.suppress(RuntimeError):
            await call(log, request("GET", b"/boom"))
        log.flush()

    asyncio.run(run())
    assert stream.getvalue().endswith('"GET /boom HTTP/1.1" 500\n')
