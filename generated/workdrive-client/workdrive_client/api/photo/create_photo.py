from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.photo_input import PhotoInput
from ...models.photo_model import Photo
from ...types import Response


def _get_kwargs(
    *,
    body: PhotoInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/photos",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Photo | None:
    if response.status_code == 201:
        response_201 = Photo.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Photo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PhotoInput,
) -> Response[ApiError | Photo]:
    """Create a Photo

     Adds a photo uploaded beforehand with the media upload API (`fileId`), with a title, a description
    and `permissions` deciding who sees it; when its `users` are given, only they see it ([ERRATA:
    Event, video and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-
    permissions-typed-string)). The vendor's documentation gives this section no "HTTP Request" heading
    ([ERRATA: Create a Photo request line](/specs/workdrive/ERRATA.md#create-a-photo-request-line)).
    Answers 201 with the created photo. Vendor documentation: section “Create a Photo”.

    Args:
        body (PhotoInput): Fields of a new photo, sent to Create a Photo: the uploaded image, its
            title, description and who may see it. The vendor's documentation marks none of them
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Photo]
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
    body: PhotoInput,
) -> ApiError | Photo | None:
    """Create a Photo

     Adds a photo uploaded beforehand with the media upload API (`fileId`), with a title, a description
    and `permissions` deciding who sees it; when its `users` are given, only they see it ([ERRATA:
    Event, video and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-
    permissions-typed-string)). The vendor's documentation gives this section no "HTTP Request" heading
    ([ERRATA: Create a Photo request line](/specs/workdrive/ERRATA.md#create-a-photo-request-line)).
    Answers 201 with the created photo. Vendor documentation: section “Create a Photo”.

    Args:
        body (PhotoInput): Fields of a new photo, sent to Create a Photo: the uploaded image, its
            title, description and who may see it. The vendor's documentation marks none of them
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Photo
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
    body: PhotoInput,
) -> Response[ApiError | Photo]:
    """Create a Photo

     Adds a photo uploaded beforehand with the media upload API (`fileId`), with a title, a description
    and `permissions` deciding who sees it; when its `users` are given, only they see it ([ERRATA:
    Event, video and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-
    permissions-typed-string)). The vendor's documentation gives this section no "HTTP Request" heading
    ([ERRATA: Create a Photo request line](/specs/workdrive/ERRATA.md#create-a-photo-request-line)).
    Answers 201 with the created photo. Vendor documentation: section “Create a Photo”.

    Args:
        body (PhotoInput): Fields of a new photo, sent to Create a Photo: the uploaded image, its
            title, description and who may see it. The vendor's documentation marks none of them
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Photo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PhotoInput,
) -> ApiError | Photo | None:
    """Create a Photo

     Adds a photo uploaded beforehand with the media upload API (`fileId`), with a title, a description
    and `permissions` deciding who sees it; when its `users` are given, only they see it ([ERRATA:
    Event, video and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-
    permissions-typed-string)). The vendor's documentation gives this section no "HTTP Request" heading
    ([ERRATA: Create a Photo request line](/specs/workdrive/ERRATA.md#create-a-photo-request-line)).
    Answers 201 with the created photo. Vendor documentation: section “Create a Photo”.

    Args:
        body (PhotoInput): Fields of a new photo, sent to Create a Photo: the uploaded image, its
            title, description and who may see it. The vendor's documentation marks none of them
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Photo
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
