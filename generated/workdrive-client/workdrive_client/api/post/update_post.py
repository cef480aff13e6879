from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.post import Post
from ...models.post_update import PostUpdate
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: PostUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/posts/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Post | None:
    if response.status_code == 200:
        response_200 = Post.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Post]:
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
    body: PostUpdate,
) -> Response[ApiError | Post]:
    """Update a Post

     Changes the post named by `id` and answers the updated post. Only the fields sent change ([ERRATA:
    Update bodies are partial](/specs/workdrive/ERRATA.md#update-bodies-are-partial)); no field is
    required. The vendor's documentation writes the path with a literal `id` ([ERRATA: Literal id in
    post and news paths](/specs/workdrive/ERRATA.md#literal-id-in-post-and-news-paths)) and its body
    sample is the Create a Post sample, news fields included ([ERRATA: Post body sample carries news
    fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-fields)). Vendor documentation:
    section “Update a Post”.

    Args:
        id (str):
        body (PostUpdate): Changes to a post, the body of Update a Post: every field is optional
            and only the fields sent change. Create a Post takes the same fields and requires `status`
            and `tags` (`PostInput`) ([ERRATA: Post body: postText and status missing from the
            sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-the-
            sample)). The vendor's samples also carry the news fields `newsTitle`, `category` and
            `coverImage`, which a post does not have ([ERRATA: Post body sample carries news
            fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Post]
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
    body: PostUpdate,
) -> ApiError | Post | None:
    """Update a Post

     Changes the post named by `id` and answers the updated post. Only the fields sent change ([ERRATA:
    Update bodies are partial](/specs/workdrive/ERRATA.md#update-bodies-are-partial)); no field is
    required. The vendor's documentation writes the path with a literal `id` ([ERRATA: Literal id in
    post and news paths](/specs/workdrive/ERRATA.md#literal-id-in-post-and-news-paths)) and its body
    sample is the Create a Post sample, news fields included ([ERRATA: Post body sample carries news
    fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-fields)). Vendor documentation:
    section “Update a Post”.

    Args:
        id (str):
        body (PostUpdate): Changes to a post, the body of Update a Post: every field is optional
            and only the fields sent change. Create a Post takes the same fields and requires `status`
            and `tags` (`PostInput`) ([ERRATA: Post body: postText and status missing from the
            sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-the-
            sample)). The vendor's samples also carry the news fields `newsTitle`, `category` and
            `coverImage`, which a post does not have ([ERRATA: Post body sample carries news
            fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Post
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
    body: PostUpdate,
) -> Response[ApiError | Post]:
    """Update a Post

     Changes the post named by `id` and answers the updated post. Only the fields sent change ([ERRATA:
    Update bodies are partial](/specs/workdrive/ERRATA.md#update-bodies-are-partial)); no field is
    required. The vendor's documentation writes the path with a literal `id` ([ERRATA: Literal id in
    post and news paths](/specs/workdrive/ERRATA.md#literal-id-in-post-and-news-paths)) and its body
    sample is the Create a Post sample, news fields included ([ERRATA: Post body sample carries news
    fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-fields)). Vendor documentation:
    section “Update a Post”.

    Args:
        id (str):
        body (PostUpdate): Changes to a post, the body of Update a Post: every field is optional
            and only the fields sent change. Create a Post takes the same fields and requires `status`
            and `tags` (`PostInput`) ([ERRATA: Post body: postText and status missing from the
            sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-the-
            sample)). The vendor's samples also carry the news fields `newsTitle`, `category` and
            `coverImage`, which a post does not have ([ERRATA: Post body sample carries news
            fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Post]
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
    body: PostUpdate,
) -> ApiError | Post | None:
    """Update a Post

     Changes the post named by `id` and answers the updated post. Only the fields sent change ([ERRATA:
    Update bodies are partial](/specs/workdrive/ERRATA.md#update-bodies-are-partial)); no field is
    required. The vendor's documentation writes the path with a literal `id` ([ERRATA: Literal id in
    post and news paths](/specs/workdrive/ERRATA.md#literal-id-in-post-and-news-paths)) and its body
    sample is the Create a Post sample, news fields included ([ERRATA: Post body sample carries news
    fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-fields)). Vendor documentation:
    section “Update a Post”.

    Args:
        id (str):
        body (PostUpdate): Changes to a post, the body of Update a Post: every field is optional
            and only the fields sent change. Create a Post takes the same fields and requires `status`
            and `tags` (`PostInput`) ([ERRATA: Post body: postText and status missing from the
            sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-the-
            sample)). The vendor's samples also carry the news fields `newsTitle`, `category` and
            `coverImage`, which a post does not have ([ERRATA: Post body sample carries news
            fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Post
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
