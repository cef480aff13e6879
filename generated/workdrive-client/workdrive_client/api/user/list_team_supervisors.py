from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.user_supervisor_list import UserSupervisorList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    user_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    json_user_id: str | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = str(user_id)
    params["userId"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users/supervisors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | UserSupervisorList | None:
    if response.status_code == 200:
        response_200 = UserSupervisorList.from_dict(response.json())

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
) -> Response[ApiError | UserSupervisorList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    user_id: UUID | Unset = UNSET,
) -> Response[ApiError | UserSupervisorList]:
    """Get All Team Supervisors

     Lists, a page at a time, the users who supervise a team (who have reportees), in the short user
    form. Their ids are what `addAdditionalTeams` and `removeAdditionalTeams` of Create a User and
    Update a User take. `userId` narrows the list to the supervisors of one user; the vendor's wording
    of it is unclear ([ERRATA: Team supervisors filter](/specs/workdrive/ERRATA.md#team-supervisors-
    filter)). Vendor documentation: section “Get All Team Supervisors”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        user_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UserSupervisorList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    user_id: UUID | Unset = UNSET,
) -> ApiError | UserSupervisorList | None:
    """Get All Team Supervisors

     Lists, a page at a time, the users who supervise a team (who have reportees), in the short user
    form. Their ids are what `addAdditionalTeams` and `removeAdditionalTeams` of Create a User and
    Update a User take. `userId` narrows the list to the supervisors of one user; the vendor's wording
    of it is unclear ([ERRATA: Team supervisors filter](/specs/workdrive/ERRATA.md#team-supervisors-
    filter)). Vendor documentation: section “Get All Team Supervisors”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        user_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UserSupervisorList
    """

    response = sync_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        user_id=user_id,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    user_id: UUID | Unset = UNSET,
) -> Response[ApiError | UserSupervisorList]:
    """Get All Team Supervisors

     Lists, a page at a time, the users who supervise a team (who have reportees), in the short user
    form. Their ids are what `addAdditionalTeams` and `removeAdditionalTeams` of Create a User and
    Update a User take. `userId` narrows the list to the supervisors of one user; the vendor's wording
    of it is unclear ([ERRATA: Team supervisors filter](/specs/workdrive/ERRATA.md#team-supervisors-
    filter)). Vendor documentation: section “Get All Team Supervisors”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        user_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UserSupervisorList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    user_id: UUID | Unset = UNSET,
) -> ApiError | UserSupervisorList | None:
    """Get All Team Supervisors

     Lists, a page at a time, the users who supervise a team (who have reportees), in the short user
    form. Their ids are what `addAdditionalTeams` and `removeAdditionalTeams` of Create a User and
    Update a User take. `userId` narrows the list to the supervisors of one user; the vendor's wording
    of it is unclear ([ERRATA: Team supervisors filter](/specs/workdrive/ERRATA.md#team-supervisors-
    filter)). Vendor documentation: section “Get All Team Supervisors”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        user_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UserSupervisorList
    """

    response = await asyncio_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        user_id=user_id,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.user_summary import UserSummary


def iterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    user_id: UUID | Unset = UNSET,
) -> Iterator[UserSummary]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            user_id=user_id,
        )
        if not isinstance(page, UserSupervisorList):
            return
        listed = page.users
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        yield from items
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following


async def aiterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    user_id: UUID | Unset = UNSET,
) -> AsyncIterator[UserSummary]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            user_id=user_id,
        )
        if not isinstance(page, UserSupervisorList):
            return
        listed = page.users
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
