import os
import ssl
import time
from collections.abc import Generator
from typing import Any, Self

import httpx
import jwt
from attrs import define, evolve, field
from httpx_retries import Retry, RetryTransport

IDEMPOTENT_METHODS = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE")
RETRY_STATUSES = (429, 502, 503, 504)


def default_retry(*, retry_non_idempotent: bool = False, total: int = 3) -> Retry:
    """Up to `total` retries with exponential backoff and jitter on 429/502/503/504 and connection
    errors, honouring `Retry-After`. Only idempotent methods unless `retry_non_idempotent`."""
    methods = IDEMPOTENT_METHODS + (("POST", "PATCH") if retry_non_idempotent else ())
    return Retry(
        total=total,
        allowed_methods=methods,
        status_forcelist=RETRY_STATUSES,
        backoff_factor=0.5,
        backoff_jitter=1.0,
        respect_retry_after_header=True,
    )


def default_timeout() -> httpx.Timeout:
    """30 s per request, 10 s to connect; override per client with `timeout=` or `with_timeout`."""
    return httpx.Timeout(30.0, connect=10.0)


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(factory=default_timeout, kw_only=True, alias="timeout")
    retry: Retry | None = field(factory=default_retry, kw_only=True)
    """Retry policy (see `default_retry`); None switches retries off."""
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _transport_args(self) -> dict[str, Any]:
        """`httpx_args`, plus the retrying transport unless retries are off or a transport is given."""
        args = dict(self._httpx_args)
        if self.retry is not None and "transport" not in args:
            args["transport"] = RetryTransport(retry=self.retry)
        return args

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._transport_args(),
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._transport_args(),
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(factory=default_timeout, kw_only=True, alias="timeout")
    retry: Retry | None = field(factory=default_retry, kw_only=True)
    """Retry policy (see `default_retry`); None switches retries off."""
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str
    """The token to use for authentication"""
    prefix: str = ""
    """The prefix before the token in the credential header"""
    auth_header_name: str = "auth"
    """The name of the header carrying the credential"""

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _transport_args(self) -> dict[str, Any]:
        """`httpx_args`, plus the retrying transport unless retries are off or a transport is given."""
        args = dict(self._httpx_args)
        if self.retry is not None and "transport" not in args:
            args["transport"] = RetryTransport(retry=self.retry)
        return args

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._transport_args(),
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._transport_args(),
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    @classmethod
    def from_env(cls, **kwargs: Any) -> "AuthenticatedClient":
        """A client for `KOREAI_BASE_URL` (default `https://bots.kore.ai`) with the
        token in `KOREAI_TOKEN`, or a JWT signed afresh from
        `KOREAI_CLIENT_ID` and `KOREAI_CLIENT_SECRET`;
        keyword arguments override these."""
        client_id = os.environ.get("KOREAI_CLIENT_ID")
        client_secret = os.environ.get("KOREAI_CLIENT_SECRET")
        if "token" not in kwargs and client_id and client_secret:
            base_url = kwargs.pop("base_url", None) or os.environ.get("KOREAI_BASE_URL", "https://bots.kore.ai")
            return cls.with_app_credentials(base_url, client_id, client_secret, **kwargs)
        token = kwargs.pop("token", None) or os.environ.get("KOREAI_TOKEN")
        if not token:
            raise RuntimeError("set KOREAI_TOKEN (or pass token=...)")
        base_url = kwargs.pop("base_url", None) or os.environ.get("KOREAI_BASE_URL", "https://bots.kore.ai")
        return cls(base_url=base_url, token=token, **kwargs)

    @classmethod
    def with_app_credentials(
        cls, base_url: str, client_id: str, client_secret: str, **kwargs: Any
    ) -> "AuthenticatedClient":
        """A client that signs its own JWT (HS256 with the app's client secret; claims: appId, sub)
        and signs a fresh one before the previous expires."""
        signer = JwtSigner(client_id, client_secret)
        httpx_args = {**kwargs.pop("httpx_args", {}), "auth": JwtAuth(signer)}
        return cls(base_url=base_url, token=signer.token(), httpx_args=httpx_args, **kwargs)


class JwtSigner:
    """Makes the app's JWT, and a new one when the current one is within a minute of expiry."""

    def __init__(self, client_id: str, client_secret: str, subject: str = "api-client", lifetime: int = 3600) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.subject = subject
        self.lifetime = lifetime
        self._token = ""
        self._expires = 0.0

    def token(self) -> str:
        now = time.time()
        if now > self._expires - 60:
            self._expires = now + self.lifetime
            claims = {
                "appId": self.client_id,
                "sub": self.subject,
                "iat": int(now),
                "exp": int(self._expires),
            }
            self._token = jwt.encode(claims, self.client_secret, algorithm="HS256")
        return self._token


class JwtAuth(httpx.Auth):
    """Puts a current JWT into the `auth` header of every request."""

    def __init__(self, signer: JwtSigner) -> None:
        self.signer = signer

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["auth"] = self.signer.token()
        yield request
