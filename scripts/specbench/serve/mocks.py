"""Every API's mock, mounted under /mock/<api>, with their start-up and shut-down run."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.types import StatefulLifespan

from specbench.bundle import mock_root
from specbench.layout import Api
from specbench.mock import build_mock_app


def build_mocks(apis: list[Api], db_path: str | None) -> dict[str, Starlette]:
    """One mock app per API, keyed by the path it is mounted at."""
    return {mock_root(api): build_mock_app(api, db_path) for api in apis}


def mock_mounts(mocks: Mapping[str, Starlette]) -> list[Mount]:
    return [Mount(root, app=app) for root, app in mocks.items()]


def mocks_lifespan(mocks: Mapping[str, Starlette]) -> StatefulLifespan[Starlette]:
    """A lifespan for the site that runs each mock's own (Starlette skips mounted apps')."""

    @asynccontextmanager
    async def lifespan(site: Starlette) -> AsyncIterator[dict[str, Any]]:
        state: dict[str, Any] = {}
        async with AsyncExitStack() as stack:
            for root, app in mocks.items():
                own = await stack.enter_async_context(app.router.lifespan_context(app))
                if isinstance(own, Mapping):
                    clash = state.keys() & own.keys()
                    if clash:
                        raise RuntimeError(f"mock {root} reuses lifespan state keys {clash}")
                    state.update(own)
            yield state

    return lifespan
