from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.overview import Overview
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    project_id: str,
    *,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["where"] = where

    params["order_by"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/{account_id}/projects/{project_id}/overviews/requests".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Overview] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Overview.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[Overview]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[Error | list[Overview]]:
    """List Request Overviews

     Answers the project's request counts hour by hour (allowed, declined and total per hour of each
    day). Not paged: the answer is a plain array ([ERRATA: Overview is not
    paged](/specs/botbye/ERRATA.md#overview-is-not-paged)). The period is chosen with a `where` on the
    data points' fields and the order with `order_by`; the reference mentions time-period filters
    without naming them ([ERRATA: Field paths](/specs/botbye/ERRATA.md#field-paths)). Vendor
    documentation: API reference, section “Overview: events overview (Get Requests Overview)”.

    Args:
        account_id (str):
        project_id (str):
        where (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Overview]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        where=where,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Error | list[Overview] | None:
    """List Request Overviews

     Answers the project's request counts hour by hour (allowed, declined and total per hour of each
    day). Not paged: the answer is a plain array ([ERRATA: Overview is not
    paged](/specs/botbye/ERRATA.md#overview-is-not-paged)). The period is chosen with a `where` on the
    data points' fields and the order with `order_by`; the reference mentions time-period filters
    without naming them ([ERRATA: Field paths](/specs/botbye/ERRATA.md#field-paths)). Vendor
    documentation: API reference, section “Overview: events overview (Get Requests Overview)”.

    Args:
        account_id (str):
        project_id (str):
        where (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Overview]
    """

    response = sync_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
        where=where,
        order_by=order_by,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[Error | list[Overview]]:
    """List Request Overviews

     Answers the project's request counts hour by hour (allowed, declined and total per hour of each
    day). Not paged: the answer is a plain array ([ERRATA: Overview is not
    paged](/specs/botbye/ERRATA.md#overview-is-not-paged)). The period is chosen with a `where` on the
    data points' fields and the order with `order_by`; the reference mentions time-period filters
    without naming them ([ERRATA: Field paths](/specs/botbye/ERRATA.md#field-paths)). Vendor
    documentation: API reference, section “Overview: events overview (Get Requests Overview)”.

    Args:
        account_id (str):
        project_id (str):
        where (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Overview]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        where=where,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    where: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Error | list[Overview] | None:
    """List Request Overviews

     Answers the project's request counts hour by hour (allowed, declined and total per hour of each
    day). Not paged: the answer is a plain array ([ERRATA: Overview is not
    paged](/specs/botbye/ERRATA.md#overview-is-not-paged)). The period is chosen with a `where` on the
    data points' fields and the order with `order_by`; the reference mentions time-period filters
    without naming them ([ERRATA: Field paths](/specs/botbye/ERRATA.md#field-paths)). Vendor
    documentation: API reference, section “Overview: events overview (Get Requests Overview)”.

    Args:
        account_id (str):
        project_id (str):
        where (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Overview]
    """

    response = await asyncio_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
        where=where,
        order_by=order_by,
    )
    errors.raise_for_error(response)
    return response.parsed
