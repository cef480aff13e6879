from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.organization import Organization
from ...models.organization_update import OrganizationUpdate
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: OrganizationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/organization/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Organization | None:
    if response.status_code == 200:
        response_200 = Organization.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
) -> Response[ApiError | Organization]:
    """Update an Organization

     Changes the organization's details and answers the updated organization; fields left out stay as
    they are. Its picture is uploaded first with Upload a Media and attached by `fileId`; the answer
    then carries the media object in `file`. The vendor's documentation writes the method `Patch`
    ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)), garbles the address part of
    its table ([ERRATA: Update an Organization table](/specs/workdrive/ERRATA.md#update-an-organization-
    table)) and answers `authMethod` as a list ([ERRATA: Organization auth
    method](/specs/workdrive/ERRATA.md#organization-auth-method)). Vendor documentation: section “Update
    an Organization”.

    Args:
        id (UUID):
        body (OrganizationUpdate): The fields of an organization that Update an Organization can
            change; fields left out stay as they are. The vendor's sample sends `null` for `street2`
            and `industry`; the spec reads `null` as "clear the value" for every text field
            (judgement).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Organization]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
) -> ApiError | Organization | None:
    """Update an Organization

     Changes the organization's details and answers the updated organization; fields left out stay as
    they are. Its picture is uploaded first with Upload a Media and attached by `fileId`; the answer
    then carries the media object in `file`. The vendor's documentation writes the method `Patch`
    ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)), garbles the address part of
    its table ([ERRATA: Update an Organization table](/specs/workdrive/ERRATA.md#update-an-organization-
    table)) and answers `authMethod` as a list ([ERRATA: Organization auth
    method](/specs/workdrive/ERRATA.md#organization-auth-method)). Vendor documentation: section “Update
    an Organization”.

    Args:
        id (UUID):
        body (OrganizationUpdate): The fields of an organization that Update an Organization can
            change; fields left out stay as they are. The vendor's sample sends `null` for `street2`
            and `industry`; the spec reads `null` as "clear the value" for every text field
            (judgement).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Organization
    """

    response = sync_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
) -> Response[ApiError | Organization]:
    """Update an Organization

     Changes the organization's details and answers the updated organization; fields left out stay as
    they are. Its picture is uploaded first with Upload a Media and attached by `fileId`; the answer
    then carries the media object in `file`. The vendor's documentation writes the method `Patch`
    ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)), garbles the address part of
    its table ([ERRATA: Update an Organization table](/specs/workdrive/ERRATA.md#update-an-organization-
    table)) and answers `authMethod` as a list ([ERRATA: Organization auth
    method](/specs/workdrive/ERRATA.md#organization-auth-method)). Vendor documentation: section “Update
    an Organization”.

    Args:
        id (UUID):
        body (OrganizationUpdate): The fields of an organization that Update an Organization can
            change; fields left out stay as they are. The vendor's sample sends `null` for `street2`
            and `industry`; the spec reads `null` as "clear the value" for every text field
            (judgement).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Organization]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
) -> ApiError | Organization | None:
    """Update an Organization

     Changes the organization's details and answers the updated organization; fields left out stay as
    they are. Its picture is uploaded first with Upload a Media and attached by `fileId`; the answer
    then carries the media object in `file`. The vendor's documentation writes the method `Patch`
    ([ERRATA: Method spelling](/specs/workdrive/ERRATA.md#method-spelling)), garbles the address part of
    its table ([ERRATA: Update an Organization table](/specs/workdrive/ERRATA.md#update-an-organization-
    table)) and answers `authMethod` as a list ([ERRATA: Organization auth
    method](/specs/workdrive/ERRATA.md#organization-auth-method)). Vendor documentation: section “Update
    an Organization”.

    Args:
        id (UUID):
        body (OrganizationUpdate): The fields of an organization that Update an Organization can
            change; fields left out stay as they are. The vendor's sample sends `null` for `street2`
            and `industry`; the spec reads `null` as "clear the value" for every text field
            (judgement).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Organization
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
