from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.document import Document
from ...models.document_input import DocumentInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DocumentInput,
    publish: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["publish"] = publish

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/documents",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Document | None:
    if response.status_code == 201:
        response_201 = Document.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Document]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentInput,
    publish: bool | Unset = UNSET,
) -> Response[ApiError | Document]:
    """Upload a Document

     Creates a document from a file uploaded beforehand through the media API (`docId`), or from a URL
    (`docUrl`) or link, with its owners, tags, category, expiry and permissions; `publish=true`
    publishes it at once. Answers 201 with the created document; the vendor's response sample only
    repeats the request ([ERRATA: Upload a Document response](/specs/workdrive/ERRATA.md#upload-a-
    document-response)). No body field is marked required ([ERRATA: Required
    fields](/specs/workdrive/ERRATA.md#required-fields)). Vendor documentation: section “Upload a
    Document”.

    Args:
        publish (bool | Unset):
        body (DocumentInput): A new document. The file itself is uploaded first through the media
            API; `docId` names it. Nothing is marked required in the vendor's documentation ([ERRATA:
            Required fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Document]
    """

    kwargs = _get_kwargs(
        body=body,
        publish=publish,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentInput,
    publish: bool | Unset = UNSET,
) -> ApiError | Document | None:
    """Upload a Document

     Creates a document from a file uploaded beforehand through the media API (`docId`), or from a URL
    (`docUrl`) or link, with its owners, tags, category, expiry and permissions; `publish=true`
    publishes it at once. Answers 201 with the created document; the vendor's response sample only
    repeats the request ([ERRATA: Upload a Document response](/specs/workdrive/ERRATA.md#upload-a-
    document-response)). No body field is marked required ([ERRATA: Required
    fields](/specs/workdrive/ERRATA.md#required-fields)). Vendor documentation: section “Upload a
    Document”.

    Args:
        publish (bool | Unset):
        body (DocumentInput): A new document. The file itself is uploaded first through the media
            API; `docId` names it. Nothing is marked required in the vendor's documentation ([ERRATA:
            Required fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Document
    """

    response = sync_detailed(
        client=client,
        body=body,
        publish=publish,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentInput,
    publish: bool | Unset = UNSET,
) -> Response[ApiError | Document]:
    """Upload a Document

     Creates a document from a file uploaded beforehand through the media API (`docId`), or from a URL
    (`docUrl`) or link, with its owners, tags, category, expiry and permissions; `publish=true`
    publishes it at once. Answers 201 with the created document; the vendor's response sample only
    repeats the request ([ERRATA: Upload a Document response](/specs/workdrive/ERRATA.md#upload-a-
    document-response)). No body field is marked required ([ERRATA: Required
    fields](/specs/workdrive/ERRATA.md#required-fields)). Vendor documentation: section “Upload a
    Document”.

    Args:
        publish (bool | Unset):
        body (DocumentInput): A new document. The file itself is uploaded first through the media
            API; `docId` names it. Nothing is marked required in the vendor's documentation ([ERRATA:
            Required fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Document]
    """

    kwargs = _get_kwargs(
        body=body,
        publish=publish,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentInput,
    publish: bool | Unset = UNSET,
) -> ApiError | Document | None:
    """Upload a Document

     Creates a document from a file uploaded beforehand through the media API (`docId`), or from a URL
    (`docUrl`) or link, with its owners, tags, category, expiry and permissions; `publish=true`
    publishes it at once. Answers 201 with the created document; the vendor's response sample only
    repeats the request ([ERRATA: Upload a Document response](/specs/workdrive/ERRATA.md#upload-a-
    document-response)). No body field is marked required ([ERRATA: Required
    fields](/specs/workdrive/ERRATA.md#required-fields)). Vendor documentation: section “Upload a
    Document”.

    Args:
        publish (bool | Unset):
        body (DocumentInput): A new document. The file itself is uploaded first through the media
            API; `docId` names it. Nothing is marked required in the vendor's documentation ([ERRATA:
            Required fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Document
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
        publish=publish,
    )
    errors.raise_for_error(response)
    return response.parsed
