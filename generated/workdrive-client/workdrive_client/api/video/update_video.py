from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.video import Video
from ...models.video_update import VideoUpdate
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: VideoUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/videos/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Video | None:
    if response.status_code == 200:
        response_200 = Video.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Video]:
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
    body: VideoUpdate,
) -> Response[ApiError | Video]:
    """Update a Video

     Changes the title, description, thumbnail or permissions of a video; fields left out keep their
    value. The vendor's documentation lists no field to replace the video file, its source or `meta`.
    The vendor's response sample is wrapped in stray backticks ([ERRATA: Update a Video response
    sample](/specs/workdrive/ERRATA.md#update-a-video-response-sample)); see also [ERRATA: Event, video
    and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-
    typed-string). Answers the updated video. Vendor documentation: section “Update a Video”.

    Args:
        id (str):
        body (VideoUpdate): Fields of a video that Update a Video changes: title, description,
            thumbnail and who may see it. Fields left out keep their value; the vendor's documentation
            marks none required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Video]
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
    body: VideoUpdate,
) -> ApiError | Video | None:
    """Update a Video

     Changes the title, description, thumbnail or permissions of a video; fields left out keep their
    value. The vendor's documentation lists no field to replace the video file, its source or `meta`.
    The vendor's response sample is wrapped in stray backticks ([ERRATA: Update a Video response
    sample](/specs/workdrive/ERRATA.md#update-a-video-response-sample)); see also [ERRATA: Event, video
    and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-
    typed-string). Answers the updated video. Vendor documentation: section “Update a Video”.

    Args:
        id (str):
        body (VideoUpdate): Fields of a video that Update a Video changes: title, description,
            thumbnail and who may see it. Fields left out keep their value; the vendor's documentation
            marks none required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Video
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
    body: VideoUpdate,
) -> Response[ApiError | Video]:
    """Update a Video

     Changes the title, description, thumbnail or permissions of a video; fields left out keep their
    value. The vendor's documentation lists no field to replace the video file, its source or `meta`.
    The vendor's response sample is wrapped in stray backticks ([ERRATA: Update a Video response
    sample](/specs/workdrive/ERRATA.md#update-a-video-response-sample)); see also [ERRATA: Event, video
    and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-
    typed-string). Answers the updated video. Vendor documentation: section “Update a Video”.

    Args:
        id (str):
        body (VideoUpdate): Fields of a video that Update a Video changes: title, description,
            thumbnail and who may see it. Fields left out keep their value; the vendor's documentation
            marks none required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Video]
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
    body: VideoUpdate,
) -> ApiError | Video | None:
    """Update a Video

     Changes the title, description, thumbnail or permissions of a video; fields left out keep their
    value. The vendor's documentation lists no field to replace the video file, its source or `meta`.
    The vendor's response sample is wrapped in stray backticks ([ERRATA: Update a Video response
    sample](/specs/workdrive/ERRATA.md#update-a-video-response-sample)); see also [ERRATA: Event, video
    and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-and-photo-permissions-
    typed-string). Answers the updated video. Vendor documentation: section “Update a Video”.

    Args:
        id (str):
        body (VideoUpdate): Fields of a video that Update a Video changes: title, description,
            thumbnail and who may see it. Fields left out keep their value; the vendor's documentation
            marks none required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Video
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
