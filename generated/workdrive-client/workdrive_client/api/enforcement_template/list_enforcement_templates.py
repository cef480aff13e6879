from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.enforcement_template_list import EnforcementTemplateList
from ...models.list_enforcement_templates_sort_direction import ListEnforcementTemplatesSortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_direction: ListEnforcementTemplatesSortDirection | Unset = "DESC",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/enforcement-templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | EnforcementTemplateList | None:
    if response.status_code == 200:
        response_200 = EnforcementTemplateList.from_dict(response.json())

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
) -> Response[ApiError | EnforcementTemplateList]:
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
    sort_direction: ListEnforcementTemplatesSortDirection | Unset = "DESC",
) -> Response[ApiError | EnforcementTemplateList]:
    """Get All Templates

     Lists the enforcement templates of the calling user's organization, a page at a time, sorted by
    creation date (newest first unless `sort_direction=ASC`). The templates come under the key
    `notificationTemplates` ([ERRATA: Enforcement templates answer
    notificationTemplates](/specs/workdrive/ERRATA.md#enforcement-templates-answer-
    notificationtemplates); [ERRATA: Get All Templates sort_direction](/specs/workdrive/ERRATA.md#get-
    all-templates-sort_direction)). Vendor documentation: section “Get All Templates”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_direction (ListEnforcementTemplatesSortDirection | Unset):  Default: 'DESC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | EnforcementTemplateList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        sort_direction=sort_direction,
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
    sort_direction: ListEnforcementTemplatesSortDirection | Unset = "DESC",
) -> ApiError | EnforcementTemplateList | None:
    """Get All Templates

     Lists the enforcement templates of the calling user's organization, a page at a time, sorted by
    creation date (newest first unless `sort_direction=ASC`). The templates come under the key
    `notificationTemplates` ([ERRATA: Enforcement templates answer
    notificationTemplates](/specs/workdrive/ERRATA.md#enforcement-templates-answer-
    notificationtemplates); [ERRATA: Get All Templates sort_direction](/specs/workdrive/ERRATA.md#get-
    all-templates-sort_direction)). Vendor documentation: section “Get All Templates”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_direction (ListEnforcementTemplatesSortDirection | Unset):  Default: 'DESC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | EnforcementTemplateList
    """

    response = sync_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        sort_direction=sort_direction,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_direction: ListEnforcementTemplatesSortDirection | Unset = "DESC",
) -> Response[ApiError | EnforcementTemplateList]:
    """Get All Templates

     Lists the enforcement templates of the calling user's organization, a page at a time, sorted by
    creation date (newest first unless `sort_direction=ASC`). The templates come under the key
    `notificationTemplates` ([ERRATA: Enforcement templates answer
    notificationTemplates](/specs/workdrive/ERRATA.md#enforcement-templates-answer-
    notificationtemplates); [ERRATA: Get All Templates sort_direction](/specs/workdrive/ERRATA.md#get-
    all-templates-sort_direction)). Vendor documentation: section “Get All Templates”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_direction (ListEnforcementTemplatesSortDirection | Unset):  Default: 'DESC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | EnforcementTemplateList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_direction: ListEnforcementTemplatesSortDirection | Unset = "DESC",
) -> ApiError | EnforcementTemplateList | None:
    """Get All Templates

     Lists the enforcement templates of the calling user's organization, a page at a time, sorted by
    creation date (newest first unless `sort_direction=ASC`). The templates come under the key
    `notificationTemplates` ([ERRATA: Enforcement templates answer
    notificationTemplates](/specs/workdrive/ERRATA.md#enforcement-templates-answer-
    notificationtemplates); [ERRATA: Get All Templates sort_direction](/specs/workdrive/ERRATA.md#get-
    all-templates-sort_direction)). Vendor documentation: section “Get All Templates”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        sort_direction (ListEnforcementTemplatesSortDirection | Unset):  Default: 'DESC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | EnforcementTemplateList
    """

    response = await asyncio_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        sort_direction=sort_direction,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.enforcement_template import EnforcementTemplate


def iterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    sort_direction: ListEnforcementTemplatesSortDirection | Unset = "DESC",
) -> Iterator[EnforcementTemplate]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            sort_direction=sort_direction,
        )
        if not isinstance(page, EnforcementTemplateList):
            return
        listed = page.notification_templates
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
    sort_direction: ListEnforcementTemplatesSortDirection | Unset = "DESC",
) -> AsyncIterator[EnforcementTemplate]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            sort_direction=sort_direction,
        )
        if not isinstance(page, EnforcementTemplateList):
            return
        listed = page.notification_templates
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
