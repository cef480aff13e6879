"""httpx transports that answer from an ASGI app in the calling thread: no socket, no thread.

The async side awaits the app in the caller's event loop. The sync side drives the app's
coroutine to its end by hand, without any event loop: the mock never waits on anything outside
the request (its body is already in memory, its store answers at once), so the coroutine runs
from start to finish in one step. That also works from sync code called inside a running loop,
where starting another loop would fail.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any
from urllib.parse import unquote

import httpx
from starlette.types import ASGIApp, Message


async def exchange(app: ASGIApp, request: httpx.Request, body: bytes) -> httpx.Response:
    """Send `request` (whose body is `body`) to `app`; the app's answer as an httpx response."""
    raw_path, _, query = request.url.raw_path.partition(b"?")
    port = request.url.port or (443 if request.url.scheme == "https" else 80)
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": request.url.scheme,
        "path": unquote(raw_path.decode("ascii")),
        "raw_path": raw_path,
        "query_string": query,
        "root_path": "",
        "headers": [(key.lower(), value) for key, value in request.headers.raw],
        "client": ("127.0.0.1", 0),
        "server": (request.url.host, port),
        "state": {},
    }
    sent_body = False
    status = 500
    headers: list[tuple[bytes, bytes]] = []
    chunks: list[bytes] = []

    async def receive() -> Message:
        nonlocal sent_body
        if sent_body:
            return {"type": "http.disconnect"}
        sent_body = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status = int(message["status"])
            headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            chunks.append(bytes(message.get("body", b"")))

    await app(scope, receive, send)
    return httpx.Response(
        status, headers=headers, stream=httpx.ByteStream(b"".join(chunks)), request=request
    )


def run_now(coroutine: Coroutine[Any, Any, httpx.Response]) -> httpx.Response:
    """Run a coroutine that never suspends to its end, here, without an event loop."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        response: httpx.Response = done.value
        return response
    coroutine.close()
    raise RuntimeError(
        "the in-process mock waited on something outside the request; use async_transport "
        "from async code, or the served mock (specbench_server)"
    )


class AsgiTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One transport for `httpx.Client` and `httpx.AsyncClient` alike, answering from `app`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        return run_now(exchange(self.app, request, body))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        return await exchange(self.app, request, body)
