from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.module_code_entry import ModuleCodeEntry
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/module-codes",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[ModuleCodeEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ModuleCodeEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[ModuleCodeEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | list[ModuleCodeEntry]]:
    """Get Module Codes

     Lists every module of WorkDrive with its code, all at once (no paging). Categories and media uploads
    name a module by this code ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)). Vendor
    documentation: section “Get Module Codes”.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[ModuleCodeEntry]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[ModuleCodeEntry] | None:
    """Get Module Codes

     Lists every module of WorkDrive with its code, all at once (no paging). Categories and media uploads
    name a module by this code ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)). Vendor
    documentation: section “Get Module Codes”.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[ModuleCodeEntry]
    """

    response = sync_detailed(
        client=client,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | list[ModuleCodeEntry]]:
    """Get Module Codes

     Lists every module of WorkDrive with its code, all at once (no paging). Categories and media uploads
    name a module by this code ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)). Vendor
    documentation: section “Get Module Codes”.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[ModuleCodeEntry]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[ModuleCodeEntry] | None:
    """Get Module Codes

     Lists every module of WorkDrive with its code, all at once (no paging). Categories and media uploads
    name a module by this code ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)). Vendor
    documentation: section “Get Module Codes”.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[ModuleCodeEntry]
    """

    response = await asyncio_detailed(
        client=client,
    )
    errors.raise_for_error(response)
    return response.parsed
