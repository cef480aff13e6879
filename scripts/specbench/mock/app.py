"""The mock of one API: route, authenticate, validate, act on the store, answer per the spec."""

from __future__ import annotations

import functools
import json
import logging
import os
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import Headers, QueryParams
from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope, Send

from specbench import strict_json
from specbench.bundle import load_bundle
from specbench.layout import Api
from specbench.mock.apis import vendor_for
from specbench.mock.auth import Authenticator, issued_in
from specbench.mock.behaviours import Behaviour, Call, Example
from specbench.mock.errors import ApiError, Reason
from specbench.mock.faults import Faults
from specbench.mock.journal import Exchange, Journal
from specbench.mock.operations import CompiledOperation, Parameter, compile_operations
from specbench.mock.params import coerce, read_header, read_query
from specbench.mock.rate_limits import RateLimiter, enabled_by_environment
from specbench.mock.routing import Router
from specbench.mock.store import Store
from specbench.mock.vendor import Vendor

DEFAULT_TOKEN = "specbench-token"
log = logging.getLogger("specbench.mock")


def mock_token() -> str:
    """The credential every mock accepts: `SPECBENCH_MOCK_TOKEN`, else the documented default."""
    return os.environ.get("SPECBENCH_MOCK_TOKEN") or DEFAULT_TOKEN


# Made once: `json.dumps` with options builds a new encoder for every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_JSON = (b"content-type", b"application/json")


def _encode(payload: Any) -> bytes:
    return _ENCODER.encode(payload).encode("utf-8")


async def _send_json(
    send: Send, status: int, body: bytes, headers: dict[str, str] | None = None
) -> None:
    """Send a JSON answer with the headers Starlette's `Response` would (content-length unless
    the status has no body), without building a `Response` per request."""
    raw = (
        [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        if headers
        else []
    )
    if not (status < 200 or status in (204, 304)):
        raw.append((b"content-length", str(len(body)).encode("latin-1")))
    raw.append(_JSON)
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class _RequestHeaders(Headers):
    """Starlette's read-only request headers, looked up in a dict made once per request instead
    of a scan of the list per lookup (a request's headers are looked up several times)."""

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope=scope)
        self._first = dict(reversed(self._list))  # the first of repeated headers wins, as in a scan

    def __getitem__(self, key: str) -> str:
        value = self._first.get(key.lower().encode("latin-1"))
        if value is None:
            raise KeyError(key)
        return value.decode("latin-1")

    def __contains__(self, key: Any) -> bool:
        return isinstance(key, str) and key.lower().encode("latin-1") in self._first

    def get(self, key: str, default: Any = None) -> Any:
        value = self._first.get(key.lower().encode("latin-1"))
        return default if value is None else value.decode("latin-1")


class Rejected(Exception):
    """An `ApiError` raised while checking the request against the spec (not by a behaviour)."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(str(error))
        self.error = error


class _Checking:
    """`with _checking():` marks the `ApiError`s raised inside as the spec's rejection of the
    request (a plain class: cheaper per request than a generator-based context manager)."""

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: Any
    ) -> None:
        if isinstance(error, ApiError):
            raise Rejected(error) from None

    def __call__(self) -> _Checking:
        return self


_checking = _Checking()


@dataclass
class _Seen:
    """What one request reached, for the journal."""

    operation_id: str | None = None


class MockApp:
    """An ASGI app serving every operation of one bundled spec."""

    def __init__(
        self,
        document: dict[str, Any],
        vendor: Vendor,
        store: Store,
        token: str,
        rate_limits: bool = False,
        operations: list[CompiledOperation] | None = None,
        faults: Faults | None = None,
        journal: Journal | None = None,
        router: Router | None = None,
    ):
        self.vendor = vendor
        self.faults = faults
        self.journal = journal
        self.limiter = RateLimiter(vendor.rate_limits) if rate_limits else None
        self.store = store
        self.operations = compile_operations(document) if operations is None else operations
        self.router = Router(self.operations) if router is None else router
        issued = issued_in(store, vendor.issued_tokens) if vendor.issued_tokens else None
        self.auth = Authenticator(document, token, vendor.verify, issued)
        # This mock's own behaviours: made afresh by the vendor's factory, bound here only.
        declared = vendor.behaviours()
        self.behaviours: dict[str, Behaviour] = {}
        for op in self.operations:
            behaviour = declared.get(op.operation_id) or Example()
            behaviour.bind(op)
            self.behaviours[op.operation_id] = behaviour

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        seen = _Seen()
        message: str | None = None
        rejected = False
        headers: dict[str, str] | None = None
        try:
            status, payload = await self.handle(scope, receive, seen)
            body = _encode(payload)
        except Rejected as rejection:
            status, body, headers = self.error(rejection.error)
            message, rejected = rejection.error.message, True
        except ApiError as error:
            status, body, headers = self.error(error)
            message = error.message
        except Exception as failure:  # never let a request crash the server
            log.exception("mock failure on %s %s", scope["method"], scope["path"])
            status, body, headers = self.error(ApiError(500, "An internal error occurred"))
            message = f"the mock failed: {failure!r}"
        if self.journal is not None:
            self.journal.add(
                Exchange(
                    method=scope["method"],
                    path=scope["path"],
                    query=scope.get("query_string", b"").decode("latin-1"),
                    status=status,
                    operation_id=seen.operation_id,
                    message=message,
                    rejected=rejected,
                )
            )
        await _send_json(send, status, body, headers)

    def error(self, error: ApiError) -> tuple[int, bytes, dict[str, str] | None]:
        """Status, body (in the vendor's error shape) and headers of an error answer."""
        return error.status, _encode(self.vendor.error_body(error)), error.headers or None

    async def handle(
        self, scope: Scope, receive: Receive, seen: _Seen | None = None
    ) -> tuple[int, Any]:
        """Status and payload of the answer to one request; raises `ApiError` for an error."""
        path: str = scope["path"]
        root: str = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :] or "/"
        with _checking():
            op, path_values = self.router.match(scope["method"], path)
        if seen is not None:
            seen.operation_id = op.operation_id
        if self.faults is not None:
            self.faults.maybe_fail()
        headers = _RequestHeaders(scope)
        with _checking():
            credential = self.auth.check(op, headers)
            path_params = self.path_parameters(op, path_values)
        if self.limiter is not None:
            self.limiter.check(op.operation_id, credential, path_params)
        with _checking():
            query_params = self.query_parameters(op, scope)
            self.header_parameters(op, headers)
            body = await self.read_body(op, headers, receive)
        call = Call(
            op=op,
            path=path_params,
            query=query_params,
            headers=headers,
            body=body,
            store=self.store,
        )
        status, payload = self.behaviours[op.operation_id](call)
        self.check_response(op, status, payload)
        return status, payload

    # --- input ---------------------------------------------------------------------------------

    @staticmethod
    def _validated(
        params: tuple[Parameter, ...], location: str, values: dict[str, Any], reason: Reason
    ) -> dict[str, Any]:
        """`values` (the parameters of `location` the request holds), or the 400 for the first
        missing required one or invalid one."""
        for param in params:
            if param.name not in values:
                if param.required:
                    raise ApiError(
                        400, f"The {location} parameter {param.name!r} is required", reason=reason
                    )
                continue
            errors = param.validator.errors(values[param.name])
            if errors:
                raise ApiError(
                    400,
                    f"The {location} parameter {param.name!r} is invalid: " + "; ".join(errors),
                    reason=reason,
                )
        return values

    def path_parameters(self, op: CompiledOperation, raw: dict[str, str]) -> dict[str, Any]:
        if not raw:
            return self._validated(op.path_parameters, "path", {}, Reason.INVALID_PATH_PARAMETER)
        if any(value == "" for value in raw.values()):
            # `/users/` names no user: an empty segment routes nowhere, as on a real server.
            raise ApiError(404, f"No endpoint matches {op.method} {op.path} with an empty segment")
        values = {
            p.name: coerce(raw[p.name], p.schema) for p in op.path_parameters if p.name in raw
        }
        return self._validated(op.path_parameters, "path", values, Reason.INVALID_PATH_PARAMETER)

    def query_parameters(self, op: CompiledOperation, scope: Scope) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if not op.query_parameters:
            return values
        query = QueryParams(scope["query_string"])
        for p in op.query_parameters:
            present, value = read_query(query, p.name, p.schema, p.style, p.items, op.query_names)
            if present:
                values[p.name] = value
        return self._validated(op.query_parameters, "query", values, Reason.INVALID_QUERY)

    def header_parameters(self, op: CompiledOperation, headers: Headers) -> None:
        values: dict[str, Any] = {}
        for p in op.header_parameters:
            present, value = read_header(headers, p.name, p.schema)
            if present:
                values[p.name] = value
        self._validated(op.header_parameters, "header", values, Reason.INVALID_HEADER)

    async def read_body(self, op: CompiledOperation, headers: Headers, receive: Receive) -> Any:
        raw = await self._read_limited(headers, receive)
        if op.body is None:
            return None
        if not raw:
            if op.body.required:
                raise ApiError(400, "The request body is required", reason=Reason.INVALID_BODY)
            return None
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            raise ApiError(
                415, f"Content-Type {media or '(none)'!r} is not supported; send application/json"
            )
        try:
            body = strict_json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            raise ApiError(
                400, f"The request body is not valid JSON: {error}", reason=Reason.INVALID_BODY
            ) from None
        validator = op.body.validator
        if validator is not None:
            errors = validator.errors(body)
            if errors:
                raise ApiError(
                    400,
                    "The request payload is invalid: " + "; ".join(errors),
                    reason=Reason.INVALID_BODY,
                )
        return body

    async def _read_limited(self, headers: Headers, receive: Receive) -> bytes:
        """The whole request body (at most the vendor's limit), read from ASGI `receive`."""
        limit = self.vendor.max_body_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ApiError(413, f"The request payload is larger than {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.request":
                chunk: bytes = message.get("body", b"")
                if chunk:
                    size += len(chunk)
                    if size > limit:
                        raise ApiError(413, f"The request payload is larger than {limit} bytes")
                    chunks.append(chunk)
                if not message.get("more_body", False):
                    break
            elif message["type"] == "http.disconnect":
                raise ClientDisconnect()
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    # --- output --------------------------------------------------------------------------------

    def check_response(self, op: CompiledOperation, status: int, payload: Any) -> None:
        """Refuse to answer anything the spec does not document (a mock bug, not a client's)."""
        if status not in op.responses:
            raise RuntimeError(f"{op.operation_id} answered undocumented status {status}")
        validator = op.responses[status]
        if validator is not None and not validator.is_valid(payload):
            raise RuntimeError(
                f"{op.operation_id} answered {status} violating its schema: "
                + "; ".join(validator.errors(payload))
            )


def build_mock_app(
    api: Api,
    db_path: str | None = None,
    token: str | None = None,
    rate_limits: bool | None = None,
    faults: Faults | None = None,
    journal: Journal | None = None,
) -> MockApp:
    """The mock of `api`: a plain ASGI app serving the bundled spec's operations at its root.

    `rate_limits` (default: `SPECBENCH_MOCK_RATE_LIMITS`) enforces the vendor's documented limits;
    `faults` makes the next requests fail on purpose (client retry tests); `journal`, when given,
    records every request and its answer.

    Not wrapped in a Starlette router: its regex routes do not match paths holding a newline,
    and every path, however odd, must get the vendor's own answer.
    """
    store = Store(db_path, namespace=api.name)
    enforce = enabled_by_environment() if rate_limits is None else rate_limits
    mtime = api.bundle_json.stat().st_mtime_ns
    document, operations = compiled_bundle(api.name, mtime)
    vendor = vendor_for(api.name)
    return MockApp(
        document,
        vendor,
        store,
        token or mock_token(),
        enforce,
        operations,
        faults,
        journal,
        compiled_router(api.name, mtime),
    )


@functools.lru_cache(maxsize=8)
def compiled_bundle(
    api_name: str, _bundle_mtime_ns: int
) -> tuple[dict[str, Any], list[CompiledOperation]]:
    """The bundle and its compiled operations, shared by every mock of one API.

    Validators are stateless, so the contract tests' one mock per operation (74 for WorkDrive)
    share one compilation instead of holding 74. Keyed by the bundle's mtime: a re-bundled spec
    is compiled afresh.
    """
    document = load_bundle(Api(api_name))
    return document, compile_operations(document)


@functools.lru_cache(maxsize=8)
def compiled_router(api_name: str, _bundle_mtime_ns: int) -> Router:
    """The router over `compiled_bundle`'s operations: it only reads them, so mocks share it."""
    return Router(compiled_bundle(api_name, _bundle_mtime_ns)[1])
