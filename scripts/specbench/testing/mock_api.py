"""`MockApi`: one API's mock in this process, with its own store, for a test of the user's code."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Self

from specbench.layout import Api, discover_apis
from specbench.mock.apis import credential_headers_for, vendor_for
from specbench.mock.app import MockApp, build_mock_app, compiled_bundle, mock_token
from specbench.mock.behaviours import Create, GetOrCreate, new_id
from specbench.mock.faults import Faults
from specbench.mock.journal import Exchange, Journal
from specbench.mock.schemas import now, synthesize
from specbench.testing.transport import AsgiTransport

Data = Mapping[str, Iterable[Mapping[str, Any]]]


class CheckedOnExit:
    """A context manager that, on a clean exit, `check()`s what the mock saw, then `close()`s."""

    def check(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self.check()
        finally:
            self.close()


class RejectedRequest(AssertionError):
    """A mock in strict mode saw requests its spec does not allow."""


def _known_api(name: str) -> Api:
    api = Api(name)
    if not api.bundle_json.is_file():
        known = ", ".join(a.name for a in discover_apis() if a.bundle_json.is_file())
        raise ValueError(f"no bundled spec for API {name!r}; known: {known or '(none)'}")
    return api


class MockApi(CheckedOnExit):
    """The mock of API `name`, in process, with a fresh in-memory store of its own.

    `token` is the secret the mock accepts (default `SPECBENCH_MOCK_TOKEN`, else
    `specbench-token`); `credential` is what a client presents, made from it as the vendor's
    scheme wants. `data` starts the store with items, as `preload` does, by resource name.
    With `strict` (the default) every request the spec rejects is a test failure (see `check`),
    even when the code under test swallowed the 4xx; `strict=False` only answers the 4xx.
    """

    def __init__(
        self,
        name: str,
        *,
        token: str | None = None,
        data: Data | None = None,
        strict: bool = True,
    ) -> None:
        self.api = _known_api(name)
        self.name = name
        self.token = token or mock_token()
        self.strict = strict
        self.faults = Faults(count=0)
        self.journal = Journal()
        self.app: MockApp = build_mock_app(
            self.api, token=self.token, rate_limits=False, faults=self.faults, journal=self.journal
        )
        self.base_url = f"http://{name}.mock.invalid"
        with warnings.catch_warnings():  # e.g. a short JWT secret: fine for a loopback mock
            warnings.simplefilter("ignore")
            self.credential: str = vendor_for(name).credential(self.token)
        self.transport = AsgiTransport(self.app)
        self.async_transport = self.transport
        self._reported = 0
        self._closed = False
        for resource, items in (data or {}).items():
            self.preload(resource, items)

    # --- what a client needs --------------------------------------------------------------------

    @property
    def headers(self) -> dict[str, str]:
        """The header(s) presenting `credential`, for a plain HTTP client."""
        document, _ = compiled_bundle(self.name, self.api.bundle_json.stat().st_mtime_ns)
        return credential_headers_for(self.name, document, self.token)

    def client(self, **kwargs: Any) -> Any:
        """The API's generated `AuthenticatedClient`, answering from this mock, credential set.

        Keyword arguments go to the client (`retry=None` switches its retries off, `timeout=` …);
        its retrying transport stays in front of the mock, so `fail_next` drives the retries.
        Works for the sync and the asyncio functions alike.
        """
        # The generated clients' own dependencies: present wherever a client is installed.
        import attrs
        from httpx_retries import RetryTransport

        package = importlib.import_module(self.api.client_package)
        extra = dict(kwargs.pop("httpx_args", None) or {})
        client = package.AuthenticatedClient(
            base_url=self.base_url, token=self.credential, httpx_args=extra, **kwargs
        )
        transport: Any = self.transport
        if client.retry is not None:
            transport = RetryTransport(transport=self.transport, retry=client.retry)
        return attrs.evolve(client, httpx_args={**extra, "transport": transport})

    # --- what the mock saw ----------------------------------------------------------------------

    @property
    def requests(self) -> list[Exchange]:
        """Every request the mock answered, oldest first."""
        return self.journal.snapshot()

    @property
    def rejections(self) -> list[Exchange]:
        """The requests the spec rejected (an invalid parameter or body, an unknown path …)."""
        return [exchange for exchange in self.journal if exchange.rejected]

    def check(self) -> None:
        """In strict mode, raise `RejectedRequest` for rejected requests not reported yet."""
        rejected = self.rejections
        new, self._reported = rejected[self._reported :], len(rejected)
        if self.strict and new:
            lines = "\n".join(f"  {exchange}" for exchange in new)
            raise RejectedRequest(
                f"the {self.name} mock rejected {len(new)} request(s) its spec does not allow "
                f"(with strict=False it would only answer them):\n{lines}"
            )

    # --- steering ---------------------------------------------------------------------------------

    def fail_next(self, status: int, *, times: int = 1, retry_after: int | None = None) -> None:
        """Answer the next `times` requests with `status` in the vendor's error body (with a
        `Retry-After` header when `retry_after` seconds are given), then behave normally."""
        self.faults.arm(status, times, retry_after)

    def resources(self) -> list[str]:
        """The resource names `preload` completes and checks (those the API creates plainly)."""
        return sorted(self._creators())

    def preload(self, resource: str, items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Store `items` in `resource` as if the API had created them; answer the stored items.

        For a resource of `resources()` an item may be partial: it is completed as the API's
        create operation would (defaults, a fresh `id`, `createdAt`/`updatedAt`) and checked
        against the resource's schema (`ValueError` if it does not fit). Any other name stores
        the items as given; each needs its `id`.
        """
        creator = self._creators().get(resource)
        stored = []
        for given in items:
            item = dict(given)
            if creator is not None:
                item = self._complete(creator, item)
            if "id" not in item:
                raise ValueError(f"an item of {resource!r} needs an 'id': {item!r}")
            self.app.store.put(resource, str(item["id"]), item)
            stored.append(item)
        return stored

    def _creators(self) -> dict[str, Create]:
        found: dict[str, Create] = {}
        for behaviour in self.app.behaviours.values():
            create = behaviour.create if isinstance(behaviour, GetOrCreate) else behaviour
            if isinstance(create, Create) and create.schema:
                found.setdefault(create.resource.collection, create)
        return found

    def _complete(self, creator: Create, given: dict[str, Any]) -> dict[str, Any]:
        document, _ = compiled_bundle(self.name, self.api.bundle_json.stat().st_mtime_ns)
        schema = creator.schema
        properties = schema.get("properties", {})
        item: dict[str, Any] = synthesize(document, schema) or {}
        item.update(given)
        if "id" in properties and "id" not in given:
            item["id"] = new_id(self.app.store, creator.resource.id_prefix)
        stamp = now()
        for key in ("createdAt", "updatedAt"):
            if key in properties and key not in given:
                item[key] = stamp
        errors = creator.guard.validator.errors(item) if creator.guard is not None else []
        if errors:
            raise ValueError(
                f"not a valid {creator.resource.collection} item: " + "; ".join(errors)
            )
        return item

    # --- life cycle -------------------------------------------------------------------------------

    def close(self) -> None:
        """Free the store. The mock answers nothing afterwards."""
        if not self._closed:
            self._closed = True
            self.app.store.close()

    def __repr__(self) -> str:
        return f"MockApi({self.name!r}, strict={self.strict}, requests={len(self.journal)})"
