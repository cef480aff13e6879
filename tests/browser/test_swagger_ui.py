"""`make serve` as a person sees it: Swagger UI renders every spec and tries the mock out.

Drives Debian's chromium (installed by `make test`, never downloaded by Playwright) against the
site served by uvicorn on a free loopback port. The browser may reach 127.0.0.1 only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Playwright, Route, expect, sync_playwright

from specbench.bundle import load_bundle, mock_root
from specbench.mock.app import mock_token
from specbench.openapi import operations
from specbench.serve import build_site
from tests.conftest import APIS, api_named
from tests.mock_server import serving

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT = Path(os.environ.get("SPECBENCH_SCREENSHOT", "/tmp/swagger.png"))
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The whole site (docs, specs, mocks) served by uvicorn in a background thread."""
    db_path = tmp_path_factory.mktemp("mock") / "mock.sqlite3"
    with serving(build_site(APIS, str(db_path))) as url:
        yield url


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's chromium; a missing or broken one fails the test (no skip)."""
    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} is missing: `make test` installs it"
    launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield launched
    launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page that may only talk to 127.0.0.1 and must raise no script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    elsewhere: list[str] = []
    script_errors: list[str] = []

    def loopback_only(route: Route) -> None:
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            elsewhere.append(url)
            route.abort()

    context.route("**/*", loopback_only)
    opened = context.new_page()
    opened.on("pageerror", lambda error: script_errors.append(str(error)))
    yield opened
    context.close()
    assert not elsewhere, f"the page tried to leave the machine: {elsewhere}"
    assert not script_errors, f"script errors on the page: {script_errors}"


def _operation_count(name: str) -> int:
    return sum(1 for _ in operations(load_bundle(api_named(name))))


def _shows_spec(page: Page, name: str) -> None:
    """The page shows the API's title and (at least) one block per operation."""
    title = load_bundle(api_named(name))["info"]["title"]
    expect(page.locator(".information-container .title")).to_contain_text(title)
    page.wait_for_function(
        "n => document.querySelectorAll('#swagger-ui .opblock').length >= n",
        arg=_operation_count(name),
    )


def test_every_spec_renders_with_its_operations(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    first = APIS[0].name
    _shows_spec(page, first)
    picker = page.locator(".topbar select")
    expect(picker.locator("option")).to_have_text([api.name for api in APIS])
    for api in [*APIS[1:], APIS[0]]:
        picker.select_option(label=api.name)
        _shows_spec(page, api.name)


def test_try_it_out_against_the_botpress_mock(page: Page, site_url: str) -> None:
    botpress = api_named("botpress")
    page.goto(f"{site_url}/")
    page.locator(".topbar select").select_option(label=botpress.name)
    _shows_spec(page, botpress.name)

    # The vendor's server comes first; the local mock is the one to try.
    page.locator(".servers select").select_option(value=mock_root(botpress))

    page.locator("button.authorize").first.click()
    page.locator("input[aria-label='auth-bearer-value']").fill(mock_token())
    page.locator(".auth-container button.authorize").click()
    page.locator(".auth-container button.btn-done").click()

    block = page.locator(
        ".opblock-get:has(.opblock-summary-path[data-path='/v1/chat/users'])"
    ).first
    block.locator(".opblock-summary").click()
    expect(block.locator(".opblock-summary-description")).to_have_text("List Users")
    block.locator("button.try-out__btn").click()
    block.locator("tr[data-param-name='x-bot-id'][data-param-in='header'] input").fill("bot")
    # Swagger UI pre-fills the optional `tags` filter with a sample object: send no filter.
    block.locator("tr[data-param-name='tags'][data-param-in='query'] textarea").fill("")
    block.locator("button.execute").click()

    request_url = block.locator(".request-url pre")
    expect(request_url).to_have_text(f"{site_url}{mock_root(botpress)}/v1/chat/users")
    status = block.locator(".live-responses-table .response .response-col_status").first
    expect(status).to_have_text(re.compile(r"^\s*2\d\d"))
    # For a person to look at: the top of the page, then the mock's answer.
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOT))
    block.locator(".live-responses-table").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOT.with_name(f"{SCREENSHOT.stem}-response.png")))
