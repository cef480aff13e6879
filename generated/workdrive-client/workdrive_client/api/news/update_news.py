from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.news import News
from ...models.news_input import NewsInput
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: NewsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/news/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | News | None:
    if response.status_code == 200:
        response_200 = News.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | News]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewsInput,
) -> Response[ApiError | News]:
    """Update a News

     Changes the news named by `id` and answers the updated news. Only the fields sent change ([ERRATA:
    Update bodies are partial](/specs/workdrive/ERRATA.md#update-bodies-are-partial)); no field is
    required. The vendor's section says it updates a post, puts its `id` table under a bare "Parameters"
    heading run into the request line ([ERRATA: Update a News and Delete a News: garbled Parameters
    sections](/specs/workdrive/ERRATA.md#update-a-news-and-delete-a-news-garbled-parameters-sections))
    and writes the path with a literal `id` ([ERRATA: Literal id in post and news
    paths](/specs/workdrive/ERRATA.md#literal-id-in-post-and-news-paths)). Vendor documentation: section
    “Update a News”.

    Args:
        id (str):
        body (NewsInput): Writable fields of a news, the body of Create a News and Update a News.
            The vendor's documentation marks no field required, so none is ([ERRATA: News body: no
            required field](/specs/workdrive/ERRATA.md#news-body-no-required-field)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | News]
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewsInput,
) -> ApiError | News | None:
    """Update a News

     Changes the news named by `id` and answers the updated news. Only the fields sent change ([ERRATA:
    Update bodies are partial](/specs/workdrive/ERRATA.md#update-bodies-are-partial)); no field is
    required. The vendor's section says it updates a post, puts its `id` table under a bare "Parameters"
    heading run into the request line ([ERRATA: Update a News and Delete a News: garbled Parameters
    sections](/specs/workdrive/ERRATA.md#update-a-news-and-delete-a-news-garbled-parameters-sections))
    and writes the path with a literal `id` ([ERRATA: Literal id in post and news
    paths](/specs/workdrive/ERRATA.md#literal-id-in-post-and-news-paths)). Vendor documentation: section
    “Update a News”.

    Args:
        id (str):
        body (NewsInput): Writable fields of a news, the body of Create a News and Update a News.
            The vendor's documentation marks no field required, so none is ([ERRATA: News body: no
            required field](/specs/workdrive/ERRATA.md#news-body-no-required-field)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | News
    """

    response = sync_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewsInput,
) -> Response[ApiError | News]:
    """Update a News

     Changes the news named by `id` and answers the updated news. Only the fields sent change ([ERRATA:
    Update bodies are partial](/specs/workdrive/ERRATA.md#update-bodies-are-partial)); no field is
    required. The vendor's section says it updates a post, puts its `id` table under a bare "Parameters"
    heading run into the request line ([ERRATA: Update a News and Delete a News: garbled Parameters
    sections](/specs/workdrive/ERRATA.md#update-a-news-and-delete-a-news-garbled-parameters-sections))
    and writes the path with a literal `id` ([ERRATA: Literal id in post and news
    paths](/specs/workdrive/ERRATA.md#literal-id-in-post-and-news-paths)). Vendor documentation: section
    “Update a News”.

    Args:
        id (str):
        body (NewsInput): Writable fields of a news, the body of Create a News and Update a News.
            The vendor's documentation marks no field required, so none is ([ERRATA: News body: no
            required field](/specs/workdrive/ERRATA.md#news-body-no-required-field)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | News]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewsInput,
) -> ApiError | News | None:
    """Update a News

     Changes the news named by `id` and answers the updated news. Only the fields sent change ([ERRATA:
    Update bodies are partial](/specs/workdrive/ERRATA.md#update-bodies-are-partial)); no field is
    required. The vendor's section says it updates a post, puts its `id` table under a bare "Parameters"
    heading run into the request line ([ERRATA: Update a News and Delete a News: garbled Parameters
    sections](/specs/workdrive/ERRATA.md#update-a-news-and-delete-a-news-garbled-parameters-sections))
    and writes the path with a literal `id` ([ERRATA: Literal id in post and news
    paths](/specs/workdrive/ERRATA.md#literal-id-in-post-and-news-paths)). Vendor documentation: section
    “Update a News”.

    Args:
        id (str):
        body (NewsInput): Writable fields of a news, the body of Create a News and Update a News.
            The vendor's documentation marks no field required, so none is ([ERRATA: News body: no
            required field](/specs/workdrive/ERRATA.md#news-body-no-required-field)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | News
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
