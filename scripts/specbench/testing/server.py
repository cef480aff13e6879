"""`MockServer`: one API's mock served over HTTP on a free loopback port, for any client."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any

import uvicorn

from specbench.mock.journal import Exchange
from specbench.testing.mock_api import CheckedOnExit, Data, MockApi


class MockServer(CheckedOnExit):
    """A `MockApi` served by uvicorn on 127.0.0.1 (a free port) in a background thread.

    For code that makes its own connections (requests, aiohttp, a subprocess in another
    language): give it `url` and `credential`. `requests`, `fail_next`, `preload` and strict
    checking work as on `MockApi` (the in-process mock behind it is `mock`).
    """

    def __init__(
        self,
        name: str,
        *,
        token: str | None = None,
        data: Data | None = None,
        strict: bool = True,
        start_timeout: float = 20.0,
    ) -> None:
        self.mock = MockApi(name, token=token, data=data, strict=strict)
        config = uvicorn.Config(
            self.mock.app,
            host="127.0.0.1",
            port=0,
            loop="asyncio",
            log_level="warning",
            access_log=False,
            lifespan="off",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, name=f"specbench-{name}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + start_timeout
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                self.close()
                raise RuntimeError(f"the {name} mock server did not start")
            time.sleep(0.005)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    @property
    def name(self) -> str:
        return self.mock.name

    @property
    def credential(self) -> str:
        return self.mock.credential

    @property
    def headers(self) -> dict[str, str]:
        return self.mock.headers

    @property
    def requests(self) -> list[Exchange]:
        return self.mock.requests

    @property
    def rejections(self) -> list[Exchange]:
        return self.mock.rejections

    def fail_next(self, status: int, *, times: int = 1, retry_after: int | None = None) -> None:
        self.mock.fail_next(status, times=times, retry_after=retry_after)

    def preload(self, resource: str, items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        return self.mock.preload(resource, items)

    def check(self) -> None:
        self.mock.check()

    def close(self) -> None:
        """Stop serving (waits for the server thread), then free the mock."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self.mock.close()

    def __repr__(self) -> str:
        return f"MockServer({self.name!r}, url={self.url!r})"
