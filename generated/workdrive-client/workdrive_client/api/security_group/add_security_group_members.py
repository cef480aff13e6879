from http import HTTPStatus
from typing import Any, cast
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
        "method": "post",
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
        parsed=errors.parse_answer(_parse_response, client, response),
    )


def _success(response: Response[ApiError | Empty]) -> Empty:
    """The documented 2xx answer; raises `errors.WorkDriveError` for any other answer."""
    errors.raise_for_error(response)
    if response.status_code == 200:
        return cast(Empty, response.parsed)
    raise errors.WorkDriveError(response, response.parsed, reason="a success status the API does not document")


def sync_detailed(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityGroupMembersInput,
) -> Response[ApiError | Empty]:
    """Add users to the SecurityGroup

     Adds the given users to a security group. The vendor's path ends in a stray `}` ([ERRATA: Security
    group member paths](/specs/workdrive/ERRATA.md#security-group-member-paths)). It shows no response
    body, so the answer is 200 with an empty object: the users join an existing group, nothing
    addressable is created ([ERRATA: Directory operations without a response
    sample](/specs/workdrive/ERRATA.md#directory-operations-without-a-response-sample)). Vendor
    documentation: section “Add users to the SecurityGroup”.

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
) -> Empty:
    """Add users to the SecurityGroup

     Adds the given users to a security group. The vendor's path ends in a stray `}` ([ERRATA: Security
    group member paths](/specs/workdrive/ERRATA.md#security-group-member-paths)). It shows no response
    body, so the answer is 200 with an empty object: the users join an existing group, nothing
    addressable is created ([ERRATA: Directory operations without a response
    sample](/specs/workdrive/ERRATA.md#directory-operations-without-a-response-sample)). Vendor
    documentation: section “Add users to the SecurityGroup”.

    Args:
        group_id (UUID):
        body (SecurityGroupMembersInput): Body of Add users to the SecurityGroup and Remove users
            from the SecurityGroup: the ids of the users to add or remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return _success(
        sync_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityGroupMembersInput,
) -> Response[ApiError | Empty]:
    """Add users to the SecurityGroup

     Adds the given users to a security group. The vendor's path ends in a stray `}` ([ERRATA: Security
    group member paths](/specs/workdrive/ERRATA.md#security-group-member-paths)). It shows no response
    body, so the answer is 200 with an empty object: the users join an existing group, nothing
    addressable is created ([ERRATA: Directory operations without a response
    sample](/specs/workdrive/ERRATA.md#directory-operations-without-a-response-sample)). Vendor
    documentation: section “Add users to the SecurityGroup”.

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
) -> Empty:
    """Add users to the SecurityGroup

     Adds the given users to a security group. The vendor's path ends in a stray `}` ([ERRATA: Security
    group member paths](/specs/workdrive/ERRATA.md#security-group-member-paths)). It shows no response
    body, so the answer is 200 with an empty object: the users join an existing group, nothing
    addressable is created ([ERRATA: Directory operations without a response
    sample](/specs/workdrive/ERRATA.md#directory-operations-without-a-response-sample)). Vendor
    documentation: section “Add users to the SecurityGroup”.

    Args:
        group_id (UUID):
        body (SecurityGroupMembersInput): Body of Add users to the SecurityGroup and Remove users
            from the SecurityGroup: the ids of the users to add or remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return _success(
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    )
