from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_media_upload_signed_request_mime import GetMediaUploadSignedRequestMime
from ...models.media_upload import MediaUpload
from ...types import UNSET, Response


def _get_kwargs(
    *,
    mime: GetMediaUploadSignedRequestMime,
    name: str,
    module_code: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_mime: str = mime
    params["mime"] = json_mime

    params["name"] = name

    params["moduleCode"] = module_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/media",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | MediaUpload | None:
    if response.status_code == 200:
        response_200 = MediaUpload.from_dict(response.json())

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
) -> Response[ApiError | MediaUpload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mime: GetMediaUploadSignedRequestMime,
    name: str,
    module_code: int,
) -> Response[ApiError | MediaUpload]:
    """Upload a Media

     Starts the upload of a media file (picture, video or document) for a module. Uploading takes
    three steps:

    1. Call this operation with the file's MIME type (`mime`), its name (`name`) and the code of
       the module it is for (`moduleCode`, from the Module Codes listing API). It answers the
       `fileId` the file will be known by, a `signedRequest` `{url, fields}` and the `url` the file
       will be served from.
    2. Send a `POST` to `signedRequest.url` — the storage service, not this API, so without
       `X-API-KEY` — with a `multipart/form-data` body holding every entry of
       `signedRequest.fields` as a form field, unchanged, and then the file itself. The storage
       service, not this spec, defines that request and its answer ([ERRATA: Upload a Media
    flow](/specs/workdrive/ERRATA.md#upload-a-media-flow)).
    3. Attach the uploaded file by sending its `fileId` to the API that uses it, e.g. `fileId` and
       `coverFileId` of Update a User or `fileId` of Update an Organization.

    The vendor's documentation announces a list of the `signedRequest` fields but leaves it out
    ([ERRATA: Upload a Media signed request fields](/specs/workdrive/ERRATA.md#upload-a-media-signed-
    request-fields)). Its sample values are obfuscated ([ERRATA: Upload a Media sample
    values](/specs/workdrive/ERRATA.md#upload-a-media-sample-values)). `mime` takes the types the
    vendor's documentation lists per media type: image `image/jpeg`,
    `image/png`; video `video/mp4`; document `text/plain`, `application/pdf`, Word (`.doc`,
    `.docx`) and PowerPoint (`.ppt`, `.pptx`) types ([ERRATA: Upload a Media MIME
    types](/specs/workdrive/ERRATA.md#upload-a-media-mime-types)).
    Vendor documentation: section “Upload a Media”.

    Args:
        mime (GetMediaUploadSignedRequestMime):
        name (str):
        module_code (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MediaUpload]
    """

    kwargs = _get_kwargs(
        mime=mime,
        name=name,
        module_code=module_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mime: GetMediaUploadSignedRequestMime,
    name: str,
    module_code: int,
) -> ApiError | MediaUpload | None:
    """Upload a Media

     Starts the upload of a media file (picture, video or document) for a module. Uploading takes
    three steps:

    1. Call this operation with the file's MIME type (`mime`), its name (`name`) and the code of
       the module it is for (`moduleCode`, from the Module Codes listing API). It answers the
       `fileId` the file will be known by, a `signedRequest` `{url, fields}` and the `url` the file
       will be served from.
    2. Send a `POST` to `signedRequest.url` — the storage service, not this API, so without
       `X-API-KEY` — with a `multipart/form-data` body holding every entry of
       `signedRequest.fields` as a form field, unchanged, and then the file itself. The storage
       service, not this spec, defines that request and its answer ([ERRATA: Upload a Media
    flow](/specs/workdrive/ERRATA.md#upload-a-media-flow)).
    3. Attach the uploaded file by sending its `fileId` to the API that uses it, e.g. `fileId` and
       `coverFileId` of Update a User or `fileId` of Update an Organization.

    The vendor's documentation announces a list of the `signedRequest` fields but leaves it out
    ([ERRATA: Upload a Media signed request fields](/specs/workdrive/ERRATA.md#upload-a-media-signed-
    request-fields)). Its sample values are obfuscated ([ERRATA: Upload a Media sample
    values](/specs/workdrive/ERRATA.md#upload-a-media-sample-values)). `mime` takes the types the
    vendor's documentation lists per media type: image `image/jpeg`,
    `image/png`; video `video/mp4`; document `text/plain`, `application/pdf`, Word (`.doc`,
    `.docx`) and PowerPoint (`.ppt`, `.pptx`) types ([ERRATA: Upload a Media MIME
    types](/specs/workdrive/ERRATA.md#upload-a-media-mime-types)).
    Vendor documentation: section “Upload a Media”.

    Args:
        mime (GetMediaUploadSignedRequestMime):
        name (str):
        module_code (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MediaUpload
    """

    response = sync_detailed(
        client=client,
        mime=mime,
        name=name,
        module_code=module_code,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mime: GetMediaUploadSignedRequestMime,
    name: str,
    module_code: int,
) -> Response[ApiError | MediaUpload]:
    """Upload a Media

     Starts the upload of a media file (picture, video or document) for a module. Uploading takes
    three steps:

    1. Call this operation with the file's MIME type (`mime`), its name (`name`) and the code of
       the module it is for (`moduleCode`, from the Module Codes listing API). It answers the
       `fileId` the file will be known by, a `signedRequest` `{url, fields}` and the `url` the file
       will be served from.
    2. Send a `POST` to `signedRequest.url` — the storage service, not this API, so without
       `X-API-KEY` — with a `multipart/form-data` body holding every entry of
       `signedRequest.fields` as a form field, unchanged, and then the file itself. The storage
       service, not this spec, defines that request and its answer ([ERRATA: Upload a Media
    flow](/specs/workdrive/ERRATA.md#upload-a-media-flow)).
    3. Attach the uploaded file by sending its `fileId` to the API that uses it, e.g. `fileId` and
       `coverFileId` of Update a User or `fileId` of Update an Organization.

    The vendor's documentation announces a list of the `signedRequest` fields but leaves it out
    ([ERRATA: Upload a Media signed request fields](/specs/workdrive/ERRATA.md#upload-a-media-signed-
    request-fields)). Its sample values are obfuscated ([ERRATA: Upload a Media sample
    values](/specs/workdrive/ERRATA.md#upload-a-media-sample-values)). `mime` takes the types the
    vendor's documentation lists per media type: image `image/jpeg`,
    `image/png`; video `video/mp4`; document `text/plain`, `application/pdf`, Word (`.doc`,
    `.docx`) and PowerPoint (`.ppt`, `.pptx`) types ([ERRATA: Upload a Media MIME
    types](/specs/workdrive/ERRATA.md#upload-a-media-mime-types)).
    Vendor documentation: section “Upload a Media”.

    Args:
        mime (GetMediaUploadSignedRequestMime):
        name (str):
        module_code (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MediaUpload]
    """

    kwargs = _get_kwargs(
        mime=mime,
        name=name,
        module_code=module_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mime: GetMediaUploadSignedRequestMime,
    name: str,
    module_code: int,
) -> ApiError | MediaUpload | None:
    """Upload a Media

     Starts the upload of a media file (picture, video or document) for a module. Uploading takes
    three steps:

    1. Call this operation with the file's MIME type (`mime`), its name (`name`) and the code of
       the module it is for (`moduleCode`, from the Module Codes listing API). It answers the
       `fileId` the file will be known by, a `signedRequest` `{url, fields}` and the `url` the file
       will be served from.
    2. Send a `POST` to `signedRequest.url` — the storage service, not this API, so without
       `X-API-KEY` — with a `multipart/form-data` body holding every entry of
       `signedRequest.fields` as a form field, unchanged, and then the file itself. The storage
       service, not this spec, defines that request and its answer ([ERRATA: Upload a Media
    flow](/specs/workdrive/ERRATA.md#upload-a-media-flow)).
    3. Attach the uploaded file by sending its `fileId` to the API that uses it, e.g. `fileId` and
       `coverFileId` of Update a User or `fileId` of Update an Organization.

    The vendor's documentation announces a list of the `signedRequest` fields but leaves it out
    ([ERRATA: Upload a Media signed request fields](/specs/workdrive/ERRATA.md#upload-a-media-signed-
    request-fields)). Its sample values are obfuscated ([ERRATA: Upload a Media sample
    values](/specs/workdrive/ERRATA.md#upload-a-media-sample-values)). `mime` takes the types the
    vendor's documentation lists per media type: image `image/jpeg`,
    `image/png`; video `video/mp4`; document `text/plain`, `application/pdf`, Word (`.doc`,
    `.docx`) and PowerPoint (`.ppt`, `.pptx`) types ([ERRATA: Upload a Media MIME
    types](/specs/workdrive/ERRATA.md#upload-a-media-mime-types)).
    Vendor documentation: section “Upload a Media”.

    Args:
        mime (GetMediaUploadSignedRequestMime):
        name (str):
        module_code (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MediaUpload
    """

    response = await asyncio_detailed(
        client=client,
        mime=mime,
        name=name,
        module_code=module_code,
    )
    errors.raise_for_error(response)
    return response.parsed
