from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.organization import Organization
from ...models.organization_input import OrganizationInput
from ...types import Response


def _get_kwargs(
    *,
    body: OrganizationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/organization",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Organization | None:
    if response.status_code == 201:
        response_201 = Organization.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Organization]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationInput,
) -> Response[ApiError | Organization]:
    """Create a new Organization

     Creates an organization with its first administrator (`admin`) and its sign-in method
    (`auth.method`: `internal` or `ldap`; [ERRATA: Organization auth
    method](/specs/workdrive/ERRATA.md#organization-auth-method)). Answers the new organization, whose
    unset details are `null`, with the administrator's API access token in `accessToken`. The vendor's
    documentation marks no field required ([ERRATA: Required
    fields](/specs/workdrive/ERRATA.md#required-fields)). Vendor documentation: section “Create a new
    Organization”.

    Args:
        body (OrganizationInput): A new organization, as Create a new Organization takes it. The
            vendor's documentation marks no field required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Organization]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationInput,
) -> ApiError | Organization | None:
    """Create a new Organization

     Creates an organization with its first administrator (`admin`) and its sign-in method
    (`auth.method`: `internal` or `ldap`; [ERRATA: Organization auth
    method](/specs/workdrive/ERRATA.md#organization-auth-method)). Answers the new organization, whose
    unset details are `null`, with the administrator's API access token in `accessToken`. The vendor's
    documentation marks no field required ([ERRATA: Required
    fields](/specs/workdrive/ERRATA.md#required-fields)). Vendor documentation: section “Create a new
    Organization”.

    Args:
        body (OrganizationInput): A new organization, as Create a new Organization takes it. The
            vendor's documentation marks no field required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Organization
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationInput,
) -> Response[ApiError | Organization]:
    """Create a new Organization

     Creates an organization with its first administrator (`admin`) and its sign-in method
    (`auth.method`: `internal` or `ldap`; [ERRATA: Organization auth
    method](/specs/workdrive/ERRATA.md#organization-auth-method)). Answers the new organization, whose
    unset details are `null`, with the administrator's API access token in `accessToken`. The vendor's
    documentation marks no field required ([ERRATA: Required
    fields](/specs/workdrive/ERRATA.md#required-fields)). Vendor documentation: section “Create a new
    Organization”.

    Args:
        body (OrganizationInput): A new organization, as Create a new Organization takes it. The
            vendor's documentation marks no field required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Organization]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationInput,
) -> ApiError | Organization | None:
    """Create a new Organization

     Creates an organization with its first administrator (`admin`) and its sign-in method
    (`auth.method`: `internal` or `ldap`; [ERRATA: Organization auth
    method](/specs/workdrive/ERRATA.md#organization-auth-method)). Answers the new organization, whose
    unset details are `null`, with the administrator's API access token in `accessToken`. The vendor's
    documentation marks no field required ([ERRATA: Required
    fields](/specs/workdrive/ERRATA.md#required-fields)). Vendor documentation: section “Create a new
    Organization”.

    Args:
        body (OrganizationInput): A new organization, as Create a new Organization takes it. The
            vendor's documentation marks no field required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Organization
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
