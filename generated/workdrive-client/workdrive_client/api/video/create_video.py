from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.video import Video
from ...models.video_input import VideoInput
from ...types import Response


def _get_kwargs(
    *,
    body: VideoInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/videos",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Video | None:
    if response.status_code == 201:
        response_201 = Video.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Video]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoInput,
) -> Response[ApiError | Video]:
    """Create a Video

     Adds a video: a video file uploaded beforehand with the media upload API (`videoFileId`) or an
    external video whose URL goes in `meta.videoURL`, with `source` telling which (YouTube, Vimeo,
    custom, recording), plus an optional thumbnail. `permissions` decides who sees the video; when its
    `users` are given, only they see it. The vendor's prose for this section is copied from Create an
    Event ([ERRATA: Copy-pasted video descriptions](/specs/workdrive/ERRATA.md#copy-pasted-video-
    descriptions)); see also [ERRATA: Video source](/specs/workdrive/ERRATA.md#video-source) and
    [ERRATA: Event, video and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-
    and-photo-permissions-typed-string). Answers 201 with the created video. Vendor documentation:
    section “Create a Video”.

    Args:
        body (VideoInput): Fields of a new video, sent to Create a Video: an uploaded video file
            (or the URL of an external video in `meta`), its thumbnail, title, description and who may
            see it. The vendor's documentation marks none of them required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Video]
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
    body: VideoInput,
) -> ApiError | Video | None:
    """Create a Video

     Adds a video: a video file uploaded beforehand with the media upload API (`videoFileId`) or an
    external video whose URL goes in `meta.videoURL`, with `source` telling which (YouTube, Vimeo,
    custom, recording), plus an optional thumbnail. `permissions` decides who sees the video; when its
    `users` are given, only they see it. The vendor's prose for this section is copied from Create an
    Event ([ERRATA: Copy-pasted video descriptions](/specs/workdrive/ERRATA.md#copy-pasted-video-
    descriptions)); see also [ERRATA: Video source](/specs/workdrive/ERRATA.md#video-source) and
    [ERRATA: Event, video and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-
    and-photo-permissions-typed-string). Answers 201 with the created video. Vendor documentation:
    section “Create a Video”.

    Args:
        body (VideoInput): Fields of a new video, sent to Create a Video: an uploaded video file
            (or the URL of an external video in `meta`), its thumbnail, title, description and who may
            see it. The vendor's documentation marks none of them required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Video
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
    body: VideoInput,
) -> Response[ApiError | Video]:
    """Create a Video

     Adds a video: a video file uploaded beforehand with the media upload API (`videoFileId`) or an
    external video whose URL goes in `meta.videoURL`, with `source` telling which (YouTube, Vimeo,
    custom, recording), plus an optional thumbnail. `permissions` decides who sees the video; when its
    `users` are given, only they see it. The vendor's prose for this section is copied from Create an
    Event ([ERRATA: Copy-pasted video descriptions](/specs/workdrive/ERRATA.md#copy-pasted-video-
    descriptions)); see also [ERRATA: Video source](/specs/workdrive/ERRATA.md#video-source) and
    [ERRATA: Event, video and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-
    and-photo-permissions-typed-string). Answers 201 with the created video. Vendor documentation:
    section “Create a Video”.

    Args:
        body (VideoInput): Fields of a new video, sent to Create a Video: an uploaded video file
            (or the URL of an external video in `meta`), its thumbnail, title, description and who may
            see it. The vendor's documentation marks none of them required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Video]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VideoInput,
) -> ApiError | Video | None:
    """Create a Video

     Adds a video: a video file uploaded beforehand with the media upload API (`videoFileId`) or an
    external video whose URL goes in `meta.videoURL`, with `source` telling which (YouTube, Vimeo,
    custom, recording), plus an optional thumbnail. `permissions` decides who sees the video; when its
    `users` are given, only they see it. The vendor's prose for this section is copied from Create an
    Event ([ERRATA: Copy-pasted video descriptions](/specs/workdrive/ERRATA.md#copy-pasted-video-
    descriptions)); see also [ERRATA: Video source](/specs/workdrive/ERRATA.md#video-source) and
    [ERRATA: Event, video and photo permissions typed string](/specs/workdrive/ERRATA.md#event-video-
    and-photo-permissions-typed-string). Answers 201 with the created video. Vendor documentation:
    section “Create a Video”.

    Args:
        body (VideoInput): Fields of a new video, sent to Create a Video: an uploaded video file
            (or the URL of an external video in `meta`), its thumbnail, title, description and who may
            see it. The vendor's documentation marks none of them required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Video
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
