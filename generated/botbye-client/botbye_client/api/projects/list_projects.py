import json
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project_connection import ProjectConnection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    cursor: str | Unset = UNSET,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["where"] = where

    params["order_by"] = order_by

    params["total"] = total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/{account_id}/projects".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProjectConnection | None:
    if response.status_code == 200:
        response_200 = ProjectConnection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProjectConnection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    total: bool | Unset = UNSET,
) -> Response[Error | ProjectConnection]:
    """List Projects

     Lists the projects of the account one page at a time, filtered, sorted and paged with the query
    builder (`cursor`, `where`, `order_by`, `total`; [ERRATA: Endpoints beyond the API
    page](/specs/botbye/ERRATA.md#endpoints-beyond-the-api-page)). Vendor documentation: API reference,
    section “Projects: find all”.

    Args:
        account_id (str):
        cursor (str | Unset):
        where (str | Unset):
        order_by (str | Unset):
        total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectConnection]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        cursor=cursor,
        where=where,
        order_by=order_by,
        total=total,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    total: bool | Unset = UNSET,
) -> Error | ProjectConnection | None:
    """List Projects

     Lists the projects of the account one page at a time, filtered, sorted and paged with the query
    builder (`cursor`, `where`, `order_by`, `total`; [ERRATA: Endpoints beyond the API
    page](/specs/botbye/ERRATA.md#endpoints-beyond-the-api-page)). Vendor documentation: API reference,
    section “Projects: find all”.

    Args:
        account_id (str):
        cursor (str | Unset):
        where (str | Unset):
        order_by (str | Unset):
        total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectConnection
    """

    response = sync_detailed(
        account_id=account_id,
        client=client,
        cursor=cursor,
        where=where,
        order_by=order_by,
        total=total,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    total: bool | Unset = UNSET,
) -> Response[Error | ProjectConnection]:
    """List Projects

     Lists the projects of the account one page at a time, filtered, sorted and paged with the query
    builder (`cursor`, `where`, `order_by`, `total`; [ERRATA: Endpoints beyond the API
    page](/specs/botbye/ERRATA.md#endpoints-beyond-the-api-page)). Vendor documentation: API reference,
    section “Projects: find all”.

    Args:
        account_id (str):
        cursor (str | Unset):
        where (str | Unset):
        order_by (str | Unset):
        total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectConnection]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        cursor=cursor,
        where=where,
        order_by=order_by,
        total=total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    total: bool | Unset = UNSET,
) -> Error | ProjectConnection | None:
    """List Projects

     Lists the projects of the account one page at a time, filtered, sorted and paged with the query
    builder (`cursor`, `where`, `order_by`, `total`; [ERRATA: Endpoints beyond the API
    page](/specs/botbye/ERRATA.md#endpoints-beyond-the-api-page)). Vendor documentation: API reference,
    section “Projects: find all”.

    Args:
        account_id (str):
        cursor (str | Unset):
        where (str | Unset):
        order_by (str | Unset):
        total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectConnection
    """

    response = await asyncio_detailed(
        account_id=account_id,
        client=client,
        cursor=cursor,
        where=where,
        order_by=order_by,
        total=total,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.project import Project


def iterate(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    total: bool | Unset = UNSET,
) -> Iterator[Project]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cursor` (keyset pagination). Raises `errors.BotByeError` on an
    error answer."""
    while True:
        page = sync(
            account_id=account_id,
            client=client,
            cursor=cursor,
            where=where,
            order_by=order_by,
            total=total,
        )
        if not isinstance(page, ProjectConnection):
            return
        listed = page.edges
        if not isinstance(listed, list) or not listed:
            return
        items = [entry.node for entry in listed]

        yield from items
        if page.page_info.has_next_page is not True:
            return
        following = page.page_info.end_cursor
        if not isinstance(following, str):
            return
        position = json.loads(cursor) if isinstance(cursor, str) else {}
        for backward in ["before", "last"]:
            position.pop(backward, None)
        position["after"] = following
        cursor = json.dumps(position)


async def aiterate(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    total: bool | Unset = UNSET,
) -> AsyncIterator[Project]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            account_id=account_id,
            client=client,
            cursor=cursor,
            where=where,
            order_by=order_by,
            total=total,
        )
        if not isinstance(page, ProjectConnection):
            return
        listed = page.edges
        if not isinstance(listed, list) or not listed:
            return
        items = [entry.node for entry in listed]

        for item in items:
            yield item
        if page.page_info.has_next_page is not True:
            return
        following = page.page_info.end_cursor
        if not isinstance(following, str):
            return
        position = json.loads(cursor) if isinstance(cursor, str) else {}
        for backward in ["before", "last"]:
            position.pop(backward, None)
        position["after"] = following
        cursor = json.dumps(position)
