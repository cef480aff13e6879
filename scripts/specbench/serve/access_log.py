"""A cheap access log for `specbench serve`: one line per request, written in batches.

uvicorn's own access log formats each line through the `logging` machinery (a LogRecord, a
formatter, colour handling, one write and flush per request), which cost `make serve` about a third
of its GET throughput. This middleware formats one plain line when the response starts and hands
it to a buffer that is written to stdout when it holds enough lines or a short moment after the
first unwritten one, whichever comes first, and when the server stops.

    2026-12-02 15:04:05 127.0.0.1:53122 "GET /mock/botpress/v1/chat/users HTTP/1.1" 200
"""

from __future__ import annotations

import asyncio
import sys
import time
from typing import TextIO

from starlette.types import ASGIApp, Message, Receive, Scope, Send

FLUSH_LINES = 256  # write as soon as this many lines wait
FLUSH_SECONDS = 0.25  # … or this long after the first of them


class AccessLog:
    """ASGI middleware: logs every HTTP request's client, method, path, version and status."""

    def __init__(self, app: ASGIApp, stream: TextIO | None = None) -> None:
        self.app = app
        self.stream = stream
        self._lines: list[str] = []
        self._timer: asyncio.TimerHandle | None = None
        self._second = -1
        self._stamp = ""

    def _now(self) -> str:
        """The local time to the second, formatted once per second."""
        second = int(time.time())
        if second != self._second:
            self._second = second
            self._stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(second))
        return self._stamp

    def flush(self) -> None:
        """Write every waiting line now."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._lines:
            stream = self.stream or sys.stdout
            stream.write("".join(self._lines))
            stream.flush()
            self._lines.clear()

    def _log(self, scope: Scope, status: int) -> None:
        client = scope.get("client")
        where = f"{client[0]}:{client[1]}" if client else "-"
        path = scope.get("raw_path")
        shown = path.decode("latin-1") if isinstance(path, bytes) else scope["path"]
        query = scope.get("query_string", b"")
        if query and isinstance(path, bytes) and b"?" not in path:
            shown += "?" + query.decode("latin-1")
        self._lines.append(
            f'{self._now()} {where} "{scope["method"]} {shown} HTTP/{scope["http_version"]}"'
            f" {status}\n"
        )
        if len(self._lines) >= FLUSH_LINES:
            self.flush()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(FLUSH_SECONDS, self.flush)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            try:
                await self.app(scope, receive, send)
            finally:
                self.flush()
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        logged = False

        async def sending(message: Message) -> None:
            nonlocal logged
            if message["type"] == "http.response.start" and not logged:
                logged = True
                self._log(scope, int(message["status"]))
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except BaseException:
            if not logged:
                self._log(scope, 500)
            raise
