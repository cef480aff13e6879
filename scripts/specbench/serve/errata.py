"""Each API's ERRATA.md, rendered to HTML once at start-up and served at /specs/<api>/ERRATA.md.

Every heading gets the id GitHub gives it, so that a link written for the repository
(`ERRATA.md#tags-query-filter`) and a link in a bundle's descriptions
(`/specs/botpress/ERRATA.md#tags-query-filter`) reach the same entry.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from string import Template

from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from specbench.layout import Api
from specbench.serve.html_head import HEAD
from specbench.serve.specs import spec_url

# Anything but a letter, a digit, `_`, `-` or a space (`\w` is Unicode-aware, like GitHub's).
_NOT_IN_SLUG = re.compile(r"[^\w\- ]")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lowercase, drop every character that is not a letter,
    digit, `-`, `_` or space, then each space becomes `-` (`Tags query filter` →
    `tags-query-filter`, `` `per_page` (maximum) `` → `per_page-maximum`)."""
    return _NOT_IN_SLUG.sub("", heading.strip().lower()).replace(" ", "-")


def markdown_renderer() -> MarkdownIt:
    """CommonMark plus tables; raw HTML in the Markdown is shown as text, not passed through.

    Headings of every level get GitHub's ids (a repeated heading gets `-1`, `-2` … appended).
    """
    renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
    anchors_plugin(renderer, min_level=1, max_level=6, slug_func=slug)
    return renderer


def render_markdown(text: str) -> str:
    """The HTML body of one Markdown document."""
    return str(markdown_renderer().render(text))


def errata_url(api: Api) -> str:
    """Where the site serves an API's rendered ERRATA.md."""
    return f"/specs/{api.name}/ERRATA.md"


_PAGE = Template(
    HEAD
    + """  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto;
           padding: 0 1rem; color: #1f2328; }
    code, pre { font: 0.9em ui-monospace, monospace; background: #f6f8fa; }
    pre { padding: 0.75rem; overflow-x: auto; }
    table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: 0.3rem; }
    :target { background: #fff8c5; }
    nav { margin-bottom: 1rem; }
  </style>
</head>
<body>
  <nav><a href="/">← API docs (Swagger UI)</a> · <a href="$spec">$api bundle</a></nav>
$body</body>
</html>
"""
)


@dataclass(frozen=True)
class ErrataPage:
    """One API's rendered ERRATA.md, as bytes ready to send."""

    api: Api
    url: str
    body: bytes


def load_errata(api: Api, title: str) -> ErrataPage | None:
    """Render `specs/<api>/ERRATA.md`, or None when the API has none."""
    if not api.errata.is_file():
        return None
    page = _PAGE.substitute(
        title=html.escape(f"{title}: ERRATA"),
        api=html.escape(api.name),
        spec=html.escape(spec_url(api, "json")),
        body=render_markdown(api.errata.read_text(encoding="utf-8")),
    )
    return ErrataPage(api, errata_url(api), page.encode("utf-8"))


def errata_routes(pages: list[ErrataPage]) -> list[Route]:
    """One route per API that has an ERRATA.md: the rendered page."""

    def route(page: ErrataPage) -> Route:
        async def endpoint(request: Request) -> HTMLResponse:
            return HTMLResponse(page.body)

        return Route(page.url, endpoint, methods=["GET", "HEAD"])

    return [route(page) for page in pages]
