from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.post import Post
from ...models.post_input import PostInput
from ...types import Response


def _get_kwargs(
    *,
    body: PostInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/posts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Post | None:
    if response.status_code == 201:
        response_201 = Post.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Post]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostInput,
) -> Response[ApiError | Post]:
    """Create a Post

     Creates a post on the organization's feed and answers it. `status` (only `PUBLISHED` is documented)
    and `tags` are required; the text goes in `postText`. Media are attached by the ids the media upload
    answered (`fileIds`), users are mentioned (`mention`) and tagged (`taggedUserIds`) by id, and
    `permissions` sets who may see the post. The vendor's sample omits `postText` and `status` and
    carries news fields ([ERRATA: Post body: postText and status missing from the
    sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-the-sample), [ERRATA:
    Post body sample carries news fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-
    fields)); it sends `tags` and `mention` as single strings ([ERRATA: Single values where the table
    says Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). Vendor
    documentation: section “Create a Post”.

    Args:
        body (PostInput): A new post, the body of Create a Post: the fields of `PostUpdate`, of
            which `status` and `tags` are required ([ERRATA: Post body: postText and status missing
            from the sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-
            the-sample)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Post]
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
    body: PostInput,
) -> ApiError | Post | None:
    """Create a Post

     Creates a post on the organization's feed and answers it. `status` (only `PUBLISHED` is documented)
    and `tags` are required; the text goes in `postText`. Media are attached by the ids the media upload
    answered (`fileIds`), users are mentioned (`mention`) and tagged (`taggedUserIds`) by id, and
    `permissions` sets who may see the post. The vendor's sample omits `postText` and `status` and
    carries news fields ([ERRATA: Post body: postText and status missing from the
    sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-the-sample), [ERRATA:
    Post body sample carries news fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-
    fields)); it sends `tags` and `mention` as single strings ([ERRATA: Single values where the table
    says Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). Vendor
    documentation: section “Create a Post”.

    Args:
        body (PostInput): A new post, the body of Create a Post: the fields of `PostUpdate`, of
            which `status` and `tags` are required ([ERRATA: Post body: postText and status missing
            from the sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-
            the-sample)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Post
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
    body: PostInput,
) -> Response[ApiError | Post]:
    """Create a Post

     Creates a post on the organization's feed and answers it. `status` (only `PUBLISHED` is documented)
    and `tags` are required; the text goes in `postText`. Media are attached by the ids the media upload
    answered (`fileIds`), users are mentioned (`mention`) and tagged (`taggedUserIds`) by id, and
    `permissions` sets who may see the post. The vendor's sample omits `postText` and `status` and
    carries news fields ([ERRATA: Post body: postText and status missing from the
    sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-the-sample), [ERRATA:
    Post body sample carries news fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-
    fields)); it sends `tags` and `mention` as single strings ([ERRATA: Single values where the table
    says Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). Vendor
    documentation: section “Create a Post”.

    Args:
        body (PostInput): A new post, the body of Create a Post: the fields of `PostUpdate`, of
            which `status` and `tags` are required ([ERRATA: Post body: postText and status missing
            from the sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-
            the-sample)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Post]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostInput,
) -> ApiError | Post | None:
    """Create a Post

     Creates a post on the organization's feed and answers it. `status` (only `PUBLISHED` is documented)
    and `tags` are required; the text goes in `postText`. Media are attached by the ids the media upload
    answered (`fileIds`), users are mentioned (`mention`) and tagged (`taggedUserIds`) by id, and
    `permissions` sets who may see the post. The vendor's sample omits `postText` and `status` and
    carries news fields ([ERRATA: Post body: postText and status missing from the
    sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-the-sample), [ERRATA:
    Post body sample carries news fields](/specs/workdrive/ERRATA.md#post-body-sample-carries-news-
    fields)); it sends `tags` and `mention` as single strings ([ERRATA: Single values where the table
    says Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). Vendor
    documentation: section “Create a Post”.

    Args:
        body (PostInput): A new post, the body of Create a Post: the fields of `PostUpdate`, of
            which `status` and `tags` are required ([ERRATA: Post body: postText and status missing
            from the sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-from-
            the-sample)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Post
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
