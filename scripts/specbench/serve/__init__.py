"""`specbench serve`: Swagger UI, the bundled specs and every API's mock in one ASGI app."""

from specbench.serve.site import build_site

__all__ = ["build_site"]
