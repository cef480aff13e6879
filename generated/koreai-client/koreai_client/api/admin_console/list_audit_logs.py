from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_logs_response import AuditLogsResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    size: int | Unset = UNSET,
    offset: int | Unset = 0,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    fetch_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["size"] = size

    params["offset"] = offset

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["fetchAfter"] = fetch_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/auditlogs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLogsResponse | Error | None:
    if response.status_code == 200:
        response_200 = AuditLogsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditLogsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=errors.parse_answer(_parse_response, client, response),
    )


def _success(response: Response[AuditLogsResponse | Error]) -> AuditLogsResponse:
    """The documented 2xx answer; raises `errors.KoreAiError` for any other answer."""
    errors.raise_for_error(response)
    if response.status_code == 200:
        return cast(AuditLogsResponse, response.parsed)
    raise errors.KoreAiError(response, response.parsed, reason="a success status the API does not document")


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = UNSET,
    offset: int | Unset = 0,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    fetch_after: str | Unset = UNSET,
) -> Response[AuditLogsResponse | Error]:
    """Get Admin Console Audit Logs

     Retrieves the audit logs of the Bot Admin Console, one page at a time, optionally limited to a
    period and to the records after a given one. Needs a JWT of an app with the Admin Console scope
    "Logs > Admin Console Audit Logs". Introduced in platform version 7.2 ([ERRATA: Audit logs
    answer](/specs/koreai/ERRATA.md#audit-logs-answer)). Rate limit: 60 requests per minute per account
    ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Get
    Admin Console Audit Logs API”.

    Args:
        size (int | Unset):
        offset (int | Unset):  Default: 0.
        from_date (str | Unset):
        to_date (str | Unset):
        fetch_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogsResponse | Error]
    """

    kwargs = _get_kwargs(
        size=size,
        offset=offset,
        from_date=from_date,
        to_date=to_date,
        fetch_after=fetch_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = UNSET,
    offset: int | Unset = 0,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    fetch_after: str | Unset = UNSET,
) -> AuditLogsResponse:
    """Get Admin Console Audit Logs

     Retrieves the audit logs of the Bot Admin Console, one page at a time, optionally limited to a
    period and to the records after a given one. Needs a JWT of an app with the Admin Console scope
    "Logs > Admin Console Audit Logs". Introduced in platform version 7.2 ([ERRATA: Audit logs
    answer](/specs/koreai/ERRATA.md#audit-logs-answer)). Rate limit: 60 requests per minute per account
    ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Get
    Admin Console Audit Logs API”.

    Args:
        size (int | Unset):
        offset (int | Unset):  Default: 0.
        from_date (str | Unset):
        to_date (str | Unset):
        fetch_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogsResponse
    """

    return _success(
        sync_detailed(
            client=client,
            size=size,
            offset=offset,
            from_date=from_date,
            to_date=to_date,
            fetch_after=fetch_after,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = UNSET,
    offset: int | Unset = 0,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    fetch_after: str | Unset = UNSET,
) -> Response[AuditLogsResponse | Error]:
    """Get Admin Console Audit Logs

     Retrieves the audit logs of the Bot Admin Console, one page at a time, optionally limited to a
    period and to the records after a given one. Needs a JWT of an app with the Admin Console scope
    "Logs > Admin Console Audit Logs". Introduced in platform version 7.2 ([ERRATA: Audit logs
    answer](/specs/koreai/ERRATA.md#audit-logs-answer)). Rate limit: 60 requests per minute per account
    ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Get
    Admin Console Audit Logs API”.

    Args:
        size (int | Unset):
        offset (int | Unset):  Default: 0.
        from_date (str | Unset):
        to_date (str | Unset):
        fetch_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogsResponse | Error]
    """

    kwargs = _get_kwargs(
        size=size,
        offset=offset,
        from_date=from_date,
        to_date=to_date,
        fetch_after=fetch_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = UNSET,
    offset: int | Unset = 0,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    fetch_after: str | Unset = UNSET,
) -> AuditLogsResponse:
    """Get Admin Console Audit Logs

     Retrieves the audit logs of the Bot Admin Console, one page at a time, optionally limited to a
    period and to the records after a given one. Needs a JWT of an app with the Admin Console scope
    "Logs > Admin Console Audit Logs". Introduced in platform version 7.2 ([ERRATA: Audit logs
    answer](/specs/koreai/ERRATA.md#audit-logs-answer)). Rate limit: 60 requests per minute per account
    ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)). Vendor documentation: section “Get
    Admin Console Audit Logs API”.

    Args:
        size (int | Unset):
        offset (int | Unset):  Default: 0.
        from_date (str | Unset):
        to_date (str | Unset):
        fetch_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogsResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            size=size,
            offset=offset,
            from_date=from_date,
            to_date=to_date,
            fetch_after=fetch_after,
        )
    )


from ...models.audit_log import AuditLog


def iterate(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = UNSET,
    offset: int | Unset = 0,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    fetch_after: str | Unset = UNSET,
) -> Iterator[AuditLog]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `offset` (offset pagination). Raises `errors.KoreAiError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            size=size,
            offset=offset,
            from_date=from_date,
            to_date=to_date,
            fetch_after=fetch_after,
        )
        listed = page.auditlogs
        if isinstance(listed, Unset) or not listed:
            return
        items = listed

        yield from items
        if page.more_available is not True:
            return
        offset = (0 if isinstance(offset, Unset) else offset) + 1


async def aiterate(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = UNSET,
    offset: int | Unset = 0,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    fetch_after: str | Unset = UNSET,
) -> AsyncIterator[AuditLog]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            size=size,
            offset=offset,
            from_date=from_date,
            to_date=to_date,
            fetch_after=fetch_after,
        )
        listed = page.auditlogs
        if isinstance(listed, Unset) or not listed:
            return
        items = listed

        for item in items:
            yield item
        if page.more_available is not True:
            return
        offset = (0 if isinstance(offset, Unset) else offset) + 1
