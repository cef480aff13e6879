from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sso import Sso
from ...models.sso_input import SsoInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SsoInput,
    manage: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["manage"] = manage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/sso",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Sso | None:
    if response.status_code == 201:
        response_201 = Sso.from_dict(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Sso]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SsoInput,
    manage: bool | Unset = False,
) -> Response[ApiError | Sso]:
    """Create a SSO

     Creates an SSO or a quick link at admin level (`manage=true`), for a department (`departmentId`),
    for a location (`locationId`) or for the calling user ([ERRATA: SSO
    levels](/specs/workdrive/ERRATA.md#sso-levels)). A quick link needs `link` ([ERRATA: SSO link for
    quick links](/specs/workdrive/ERRATA.md#sso-link-for-quick-links)); the image is a media file
    uploaded beforehand (`fileId`). Answers 201 with the new SSO, which the answer shows with its `file`
    in place of `fileId` ([ERRATA: SSO name in responses](/specs/workdrive/ERRATA.md#sso-name-in-
    responses)). No operation reads, changes or deletes one SSO, so the answer carries no links. Vendor
    documentation: section “Create a SSO”.

    Args:
        manage (bool | Unset):  Default: False.
        body (SsoInput): Body of Create a SSO. No field is marked required; `link` is required
            when `type` is `QUICK_LINK` ([ERRATA: SSO link for quick
            links](/specs/workdrive/ERRATA.md#sso-link-for-quick-links)). Give `departmentId` or
            `locationId` to create the SSO for that department or location ([ERRATA: SSO
            levels](/specs/workdrive/ERRATA.md#sso-levels)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Sso]
    """

    kwargs = _get_kwargs(
        body=body,
        manage=manage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SsoInput,
    manage: bool | Unset = False,
) -> ApiError | Sso | None:
    """Create a SSO

     Creates an SSO or a quick link at admin level (`manage=true`), for a department (`departmentId`),
    for a location (`locationId`) or for the calling user ([ERRATA: SSO
    levels](/specs/workdrive/ERRATA.md#sso-levels)). A quick link needs `link` ([ERRATA: SSO link for
    quick links](/specs/workdrive/ERRATA.md#sso-link-for-quick-links)); the image is a media file
    uploaded beforehand (`fileId`). Answers 201 with the new SSO, which the answer shows with its `file`
    in place of `fileId` ([ERRATA: SSO name in responses](/specs/workdrive/ERRATA.md#sso-name-in-
    responses)). No operation reads, changes or deletes one SSO, so the answer carries no links. Vendor
    documentation: section “Create a SSO”.

    Args:
        manage (bool | Unset):  Default: False.
        body (SsoInput): Body of Create a SSO. No field is marked required; `link` is required
            when `type` is `QUICK_LINK` ([ERRATA: SSO link for quick
            links](/specs/workdrive/ERRATA.md#sso-link-for-quick-links)). Give `departmentId` or
            `locationId` to create the SSO for that department or location ([ERRATA: SSO
            levels](/specs/workdrive/ERRATA.md#sso-levels)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Sso
    """

    response = sync_detailed(
        client=client,
        body=body,
        manage=manage,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SsoInput,
    manage: bool | Unset = False,
) -> Response[ApiError | Sso]:
    """Create a SSO

     Creates an SSO or a quick link at admin level (`manage=true`), for a department (`departmentId`),
    for a location (`locationId`) or for the calling user ([ERRATA: SSO
    levels](/specs/workdrive/ERRATA.md#sso-levels)). A quick link needs `link` ([ERRATA: SSO link for
    quick links](/specs/workdrive/ERRATA.md#sso-link-for-quick-links)); the image is a media file
    uploaded beforehand (`fileId`). Answers 201 with the new SSO, which the answer shows with its `file`
    in place of `fileId` ([ERRATA: SSO name in responses](/specs/workdrive/ERRATA.md#sso-name-in-
    responses)). No operation reads, changes or deletes one SSO, so the answer carries no links. Vendor
    documentation: section “Create a SSO”.

    Args:
        manage (bool | Unset):  Default: False.
        body (SsoInput): Body of Create a SSO. No field is marked required; `link` is required
            when `type` is `QUICK_LINK` ([ERRATA: SSO link for quick
            links](/specs/workdrive/ERRATA.md#sso-link-for-quick-links)). Give `departmentId` or
            `locationId` to create the SSO for that department or location ([ERRATA: SSO
            levels](/specs/workdrive/ERRATA.md#sso-levels)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Sso]
    """

    kwargs = _get_kwargs(
        body=body,
        manage=manage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SsoInput,
    manage: bool | Unset = False,
) -> ApiError | Sso | None:
    """Create a SSO

     Creates an SSO or a quick link at admin level (`manage=true`), for a department (`departmentId`),
    for a location (`locationId`) or for the calling user ([ERRATA: SSO
    levels](/specs/workdrive/ERRATA.md#sso-levels)). A quick link needs `link` ([ERRATA: SSO link for
    quick links](/specs/workdrive/ERRATA.md#sso-link-for-quick-links)); the image is a media file
    uploaded beforehand (`fileId`). Answers 201 with the new SSO, which the answer shows with its `file`
    in place of `fileId` ([ERRATA: SSO name in responses](/specs/workdrive/ERRATA.md#sso-name-in-
    responses)). No operation reads, changes or deletes one SSO, so the answer carries no links. Vendor
    documentation: section “Create a SSO”.

    Args:
        manage (bool | Unset):  Default: False.
        body (SsoInput): Body of Create a SSO. No field is marked required; `link` is required
            when `type` is `QUICK_LINK` ([ERRATA: SSO link for quick
            links](/specs/workdrive/ERRATA.md#sso-link-for-quick-links)). Give `departmentId` or
            `locationId` to create the SSO for that department or location ([ERRATA: SSO
            levels](/specs/workdrive/ERRATA.md#sso-levels)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Sso
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
        manage=manage,
    )
    errors.raise_for_error(response)
    return response.parsed
