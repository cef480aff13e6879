"""Every API's mock under /mock/<api>, dispatched by path prefix in front of the site."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.types import ASGIApp, Receive, Scope, Send

from specbench.bundle import mock_root
from specbench.layout import Api
from specbench.mock import build_mock_app


def build_mocks(apis: list[Api], db_path: str | None) -> dict[str, ASGIApp]:
    """One mock app per API, keyed by the path it is served at."""
    return {mock_root(api): build_mock_app(api, db_path) for api in apis}


class MockDispatcher:
    """Sends `/mock/<api>/…` to that API's mock, everything else to the site.

    A plain prefix test rather than a Starlette `Mount`: Mount's pattern does not match paths
    holding a newline, and fuzzers send those; the mock must answer them in the vendor's shape.
    """

    def __init__(self, mocks: Mapping[str, ASGIApp], site: ASGIApp) -> None:
        self.mocks = dict(mocks)
        self.site = site

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            for root, app in self.mocks.items():
                if path == root or path.startswith(root + "/"):
                    mounted = {**scope, "root_path": scope.get("root_path", "") + root}
                    await app(mounted, receive, send)
                    return
        await self.site(scope, receive, send)
