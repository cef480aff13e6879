from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.category_list import CategoryList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    module_code: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur_page"] = cur_page

    params["per_page"] = per_page

    params["moduleCode"] = module_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/categories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CategoryList | None:
    if response.status_code == 200:
        response_200 = CategoryList.from_dict(response.json())

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
) -> Response[ApiError | CategoryList]:
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
    module_code: int,
) -> Response[ApiError | CategoryList]:
    """Get All Categories

     Lists the categories of one module, a page at a time. The module is given by its code, which is
    required; Get Module Codes lists the codes ([ERRATA: Module
    codes](/specs/workdrive/ERRATA.md#module-codes)). The vendor's response sample shows the placeholder
    module code `0` ([ERRATA: Category sample moduleCode 0](/specs/workdrive/ERRATA.md#category-sample-
    modulecode-0)). Vendor documentation: section “Get All Categories”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        module_code (int): Code of a WorkDrive module (posts, news, documents ...). Get Module
            Codes (`GET /api/module-codes`) lists every code with its module's name; categories belong
            to one module and the media upload (`GET /api/media`) takes the code of the module a file
            is for. The vendor's documentation shows only `1` (the POST module) as a real value
            ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CategoryList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        module_code=module_code,
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
    module_code: int,
) -> ApiError | CategoryList | None:
    """Get All Categories

     Lists the categories of one module, a page at a time. The module is given by its code, which is
    required; Get Module Codes lists the codes ([ERRATA: Module
    codes](/specs/workdrive/ERRATA.md#module-codes)). The vendor's response sample shows the placeholder
    module code `0` ([ERRATA: Category sample moduleCode 0](/specs/workdrive/ERRATA.md#category-sample-
    modulecode-0)). Vendor documentation: section “Get All Categories”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        module_code (int): Code of a WorkDrive module (posts, news, documents ...). Get Module
            Codes (`GET /api/module-codes`) lists every code with its module's name; categories belong
            to one module and the media upload (`GET /api/media`) takes the code of the module a file
            is for. The vendor's documentation shows only `1` (the POST module) as a real value
            ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CategoryList
    """

    response = sync_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        module_code=module_code,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    module_code: int,
) -> Response[ApiError | CategoryList]:
    """Get All Categories

     Lists the categories of one module, a page at a time. The module is given by its code, which is
    required; Get Module Codes lists the codes ([ERRATA: Module
    codes](/specs/workdrive/ERRATA.md#module-codes)). The vendor's response sample shows the placeholder
    module code `0` ([ERRATA: Category sample moduleCode 0](/specs/workdrive/ERRATA.md#category-sample-
    modulecode-0)). Vendor documentation: section “Get All Categories”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        module_code (int): Code of a WorkDrive module (posts, news, documents ...). Get Module
            Codes (`GET /api/module-codes`) lists every code with its module's name; categories belong
            to one module and the media upload (`GET /api/media`) takes the code of the module a file
            is for. The vendor's documentation shows only `1` (the POST module) as a real value
            ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CategoryList]
    """

    kwargs = _get_kwargs(
        cur_page=cur_page,
        per_page=per_page,
        module_code=module_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    module_code: int,
) -> ApiError | CategoryList | None:
    """Get All Categories

     Lists the categories of one module, a page at a time. The module is given by its code, which is
    required; Get Module Codes lists the codes ([ERRATA: Module
    codes](/specs/workdrive/ERRATA.md#module-codes)). The vendor's response sample shows the placeholder
    module code `0` ([ERRATA: Category sample moduleCode 0](/specs/workdrive/ERRATA.md#category-sample-
    modulecode-0)). Vendor documentation: section “Get All Categories”.

    Args:
        cur_page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        module_code (int): Code of a WorkDrive module (posts, news, documents ...). Get Module
            Codes (`GET /api/module-codes`) lists every code with its module's name; categories belong
            to one module and the media upload (`GET /api/media`) takes the code of the module a file
            is for. The vendor's documentation shows only `1` (the POST module) as a real value
            ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CategoryList
    """

    response = await asyncio_detailed(
        client=client,
        cur_page=cur_page,
        per_page=per_page,
        module_code=module_code,
    )
    errors.raise_for_error(response)
    return response.parsed


from ...models.category import Category


def iterate(
    *,
    client: AuthenticatedClient | Client,
    cur_page: int | Unset = 1,
    per_page: int | Unset = 10,
    module_code: int,
) -> Iterator[Category]:
    """Every item of every page, in order, lazily: one request per page, starting from the given
    `cur_page` (page pagination). Raises `errors.WorkDriveError` on an
    error answer."""
    while True:
        page = sync(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            module_code=module_code,
        )
        if not isinstance(page, CategoryList):
            return
        listed = page.categories
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
    module_code: int,
) -> AsyncIterator[Category]:
    """The async twin of `iterate`."""
    while True:
        page = await asyncio(
            client=client,
            cur_page=cur_page,
            per_page=per_page,
            module_code=module_code,
        )
        if not isinstance(page, CategoryList):
            return
        listed = page.categories
        if not isinstance(listed, list) or not listed:
            return
        items = listed

        for item in items:
            yield item
        following = page.meta.next_page
        if not isinstance(following, int):
            return
        cur_page = following
