"""Swagger UI links the ERRATA of the API it shows, and the link opens the rendered page.

Drives Debian's chromium (installed by `make test`) against the site served on a free loopback
port, as tests/browser/test_swagger_ui.py does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from specbench.bundle import load_bundle
from specbench.serve import build_site
from specbench.serve.errata import errata_url
from tests.conftest import APIS
from tests.mock_server import serving

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db_path = tmp_path_factory.mktemp("errata") / "mock.sqlite3"
    with serving(build_site(APIS, str(db_path))) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} is missing: `make test` installs it"
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, site_url: str) -> Iterator[Page]:
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    # Only the served site: anything else is refused.
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(site_url) else route.abort()
        ),
    )
    errors: list[str] = []
    opened = context.new_page()
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert not errors, f"script errors on the page: {errors}"


def test_the_link_follows_the_selected_api_and_opens_its_errata(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    link = page.locator(".specbench-errata a")
    for api in [*APIS[1:], APIS[0]]:
        page.locator(".topbar select").select_option(label=api.name)
        title = load_bundle(api)["info"]["title"]
        expect(page.locator(".information-container .title")).to_contain_text(
            title, timeout=TIMEOUT_MS
        )
        expect(link).to_have_attribute("href", errata_url(api), timeout=TIMEOUT_MS)
    link.click()
    expect(page).to_have_url(f"{site_url}{errata_url(APIS[0])}", timeout=TIMEOUT_MS)
    expect(page.locator("h3[id]").first).to_be_visible(timeout=TIMEOUT_MS)
