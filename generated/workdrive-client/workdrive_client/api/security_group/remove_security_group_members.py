from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.empty import Empty
from ...models.security_group_members_input import SecurityGroupMembersInput
from ...types import Response


def _get_kwargs(
    group_id: UUID,
    *,
    body: SecurityGroupMembersInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/security_groups/{group_id}/members".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Empty | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Empty]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityGroupMembersInput,
) -> Response[ApiError | Empty]:
    """Remove users from the SecurityGroup

     Removes the given users from a security group. The user ids travel in a JSON body on this DELETE, as
    the vendor's documentation shows ([ERRATA: Remove users from the SecurityGroup sends a
    body](/specs/workdrive/ERRATA.md#remove-users-from-the-securitygroup-sends-a-body)); the vendor's
    path ends in a stray `}` ([ERRATA: Security group member paths](/specs/workdrive/ERRATA.md#security-
    group-member-paths)). It shows no response body, so the answer is an empty object ([ERRATA:
    Directory operations without a response sample](/specs/workdrive/ERRATA.md#directory-operations-
    without-a-response-sample)). Vendor documentation: section “Remove users from the SecurityGroup”.

    Args:
        group_id (UUID):
        body (SecurityGroupMembersInput): Body of Add users to the SecurityGroup and Remove users
            from the SecurityGroup: the ids of the users to add or remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityGroupMembersInput,
) -> ApiError | Empty | None:
    """Remove users from the SecurityGroup

     Removes the given users from a security group. The user ids travel in a JSON body on this DELETE, as
    the vendor's documentation shows ([ERRATA: Remove users from the SecurityGroup sends a
    body](/specs/workdrive/ERRATA.md#remove-users-from-the-securitygroup-sends-a-body)); the vendor's
    path ends in a stray `}` ([ERRATA: Security group member paths](/specs/workdrive/ERRATA.md#security-
    group-member-paths)). It shows no response body, so the answer is an empty object ([ERRATA:
    Directory operations without a response sample](/specs/workdrive/ERRATA.md#directory-operations-
    without-a-response-sample)). Vendor documentation: section “Remove users from the SecurityGroup”.

    Args:
        group_id (UUID):
        body (SecurityGroupMembersInput): Body of Add users to the SecurityGroup and Remove users
            from the SecurityGroup: the ids of the users to add or remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityGroupMembersInput,
) -> Response[ApiError | Empty]:
    """Remove users from the SecurityGroup

     Removes the given users from a security group. The user ids travel in a JSON body on this DELETE, as
    the vendor's documentation shows ([ERRATA: Remove users from the SecurityGroup sends a
    body](/specs/workdrive/ERRATA.md#remove-users-from-the-securitygroup-sends-a-body)); the vendor's
    path ends in a stray `}` ([ERRATA: Security group member paths](/specs/workdrive/ERRATA.md#security-
    group-member-paths)). It shows no response body, so the answer is an empty object ([ERRATA:
    Directory operations without a response sample](/specs/workdrive/ERRATA.md#directory-operations-
    without-a-response-sample)). Vendor documentation: section “Remove users from the SecurityGroup”.

    Args:
        group_id (UUID):
        body (SecurityGroupMembersInput): Body of Add users to the SecurityGroup and Remove users
            from the SecurityGroup: the ids of the users to add or remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityGroupMembersInput,
) -> ApiError | Empty | None:
    """Remove users from the SecurityGroup

     Removes the given users from a security group. The user ids travel in a JSON body on this DELETE, as
    the vendor's documentation shows ([ERRATA: Remove users from the SecurityGroup sends a
    body](/specs/workdrive/ERRATA.md#remove-users-from-the-securitygroup-sends-a-body)); the vendor's
    path ends in a stray `}` ([ERRATA: Security group member paths](/specs/workdrive/ERRATA.md#security-
    group-member-paths)). It shows no response body, so the answer is an empty object ([ERRATA:
    Directory operations without a response sample](/specs/workdrive/ERRATA.md#directory-operations-
    without-a-response-sample)). Vendor documentation: section “Remove users from the SecurityGroup”.

    Args:
        group_id (UUID):
        body (SecurityGroupMembersInput): Body of Add users to the SecurityGroup and Remove users
            from the SecurityGroup: the ids of the users to add or remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = await asyncio_detailed(
        group_id=group_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
