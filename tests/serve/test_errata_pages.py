"""`specbench serve` serves each API's ERRATA.md as HTML, with GitHub's heading ids, and the
Swagger UI page links the selected API's ERRATA."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from specbench.layout import Api
from specbench.serve import build_site
from specbench.serve.errata import errata_url, render_markdown, slug
from specbench.serve.specs import spec_url
from tests.conftest import APIS
from tests.mock_server import serving


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """The whole site, served on a free loopback port."""
    db = tmp_path_factory.mktemp("site") / "mock.sqlite3"
    with serving(build_site(APIS, str(db))) as url, httpx.Client(base_url=url) as client:
        yield client


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Tags query filter", "tags-query-filter"),
        ("`per_page` maximum", "per_page-maximum"),
        ("Delete a Group Chat (query `id`, not path)", "delete-a-group-chat-query-id-not-path"),
        ("Rate limits: 60/min", "rate-limits-60min"),
        ("Kore.ai — JWT `auth` header", "koreai--jwt-auth-header"),
        ("  Trailing  spaces ", "trailing--spaces"),
        ("Über-Größe 2", "über-größe-2"),
    ],
)
def test_slug_is_githubs_anchor(heading: str, anchor: str) -> None:
    assert slug(heading.replace("`", "")) == anchor


def test_headings_get_ids_and_repeats_are_numbered() -> None:
    rendered = render_markdown("# Errata\n\n### `per_page` maximum\n\n### Same\n\n### Same\n")
    assert '<h1 id="errata">' in rendered
    assert '<h3 id="per_page-maximum"><code>per_page</code> maximum</h3>' in rendered
    assert '<h3 id="same">' in rendered
    assert '<h3 id="same-1">' in rendered


def test_raw_html_in_markdown_is_shown_as_text() -> None:
    assert "<script>" not in render_markdown("<script>alert(1)</script>\n")


def _headings(errata: Path) -> Iterator[str]:
    for line in errata.read_text(encoding="utf-8").splitlines():
        if re.match(r"#{1,6} ", line):
            yield line.lstrip("#").strip()


def test_each_errata_is_served_as_html_with_heading_ids(api: Api, site: httpx.Client) -> None:
    answer = site.get(errata_url(api))
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    page = answer.text
    headings = list(_headings(api.errata))
    assert headings, f"{api.errata} has no heading"
    missing = [h for h in headings if f'id="{slug(h.replace("`", ""))}"' not in page]
    assert not missing, f"headings without their GitHub id on {errata_url(api)}: {missing}"
    assert 'href="/"' in page, "the page links back to Swagger UI"


def test_an_api_that_is_not_served_has_no_errata_page(site: httpx.Client) -> None:
    assert site.get("/specs/nowhere/ERRATA.md").status_code == 404


def test_swagger_ui_page_links_each_bundle_to_its_errata(site: httpx.Client) -> None:
    page = site.get("/").text
    found = re.search(r"const ERRATA = (\{.*?\});", page)
    assert found, "the docs page carries no ERRATA links"
    expected = {spec_url(api, "json"): errata_url(api) for api in APIS}
    assert json.loads(found[1]) == expected
    assert "ErrataLink]" in page.replace(" ", ""), "the plugin is not registered"
