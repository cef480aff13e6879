"""The mock engine: one ASGI app per bundled spec, with validation, auth and state."""

from specbench.mock.app import build_mock_app

__all__ = ["build_mock_app"]
