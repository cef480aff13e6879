"""The pytest plugin (entry point `pytest11`): fixtures `specbench_mock` and `specbench_server`.

Both are factories: `specbench_mock("botpress")` gives a fresh `MockApi`, `specbench_server(
"workdrive")` a fresh `MockServer`; each is closed after the test. In strict mode (the default) a
request the spec rejected fails the test when it ends, with the mock's message, even if the code
under test swallowed the error answer.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from specbench.testing.mock_api import MockApi
    from specbench.testing.server import MockServer

# The mocks and servers made for one test item, in order.
MADE = pytest.StashKey[list[Any]]()


def _made(node: pytest.Item | Any) -> list[Any]:
    return node.stash.setdefault(MADE, [])


def _rejections(made: list[Any]) -> list[str]:
    """The strict-mode failures not reported yet, each marked reported."""
    from specbench.testing.mock_api import RejectedRequest

    found = []
    for mock in made:
        try:
            mock.check()
        except RejectedRequest as failure:
            found.append(str(failure))
    return found


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    """After the test body: fail it for requests a strict mock rejected."""
    try:
        result = yield
    except BaseException:
        # The test failed on its own: the rejections go beside its failure, not over it.
        found = _rejections(item.stash.get(MADE, []))
        if found:
            item.add_report_section("call", "specbench mock", "\n".join(found))
        raise
    found = _rejections(item.stash.get(MADE, []))
    if found:
        raise pytest.fail.Exception("\n".join(found), pytrace=False)
    return result


def _factory(
    request: pytest.FixtureRequest, make: Callable[..., Any]
) -> Iterator[Callable[..., Any]]:
    made = _made(request.node)
    mine: list[Any] = []

    def create(name: str, **options: Any) -> Any:
        instance = make(name, **options)
        made.append(instance)
        mine.append(instance)
        return instance

    yield create
    try:
        # Requests made after the test body (by other fixtures' teardown) are checked here.
        found = _rejections(mine)
    finally:
        for instance in reversed(mine):
            instance.close()
    if found:
        pytest.fail("\n".join(found), pytrace=False)


@pytest.fixture
def specbench_mock(request: pytest.FixtureRequest) -> Iterator[Callable[..., MockApi]]:
    """A factory of in-process mocks: `specbench_mock("botpress", strict=True, data=…)`."""
    from specbench.testing.mock_api import MockApi

    yield from _factory(request, MockApi)


@pytest.fixture
def specbench_server(request: pytest.FixtureRequest) -> Iterator[Callable[..., MockServer]]:
    """A factory of served mocks on 127.0.0.1: `specbench_server("workdrive").url`."""
    from specbench.testing.server import MockServer

    yield from _factory(request, MockServer)
