from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.document import Document
from ...models.document_update import DocumentUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: DocumentUpdate,
    publish: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["publish"] = publish

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/documents/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Document | None:
    if response.status_code == 200:
        response_200 = Document.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Document]:
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
    body: DocumentUpdate,
    publish: bool | Unset = UNSET,
) -> Response[ApiError | Document]:
    """Update a Document

     Changes a document: its file (`docId`, `docUrl`), its own fields under `kb` (name, owners added and
    removed, expiry, tags, category, link, published state) and who may see it; fields left out are left
    unchanged, and `publish=true` publishes it. Answers the changed document. The vendor's documentation
    writes the path `/api/documnents` without the id its parameter table lists ([ERRATA: Update a
    Document path](/specs/workdrive/ERRATA.md#update-a-document-path); [ERRATA: Update a Document
    body](/specs/workdrive/ERRATA.md#update-a-document-body)). Vendor documentation: section “Update a
    Document”.

    Args:
        id (str):
        publish (bool | Unset):
        body (DocumentUpdate): Changes to a document: a new file (`docId`, `docUrl`), its own
            fields (`kb`) and who may see it (`permissions`). The vendor's documentation shows
            `permissions` both at the top level and inside `kb` without saying which one applies when
            both are sent ([ERRATA: Update a Document body](/specs/workdrive/ERRATA.md#update-a-
            document-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Document]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        publish=publish,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentUpdate,
    publish: bool | Unset = UNSET,
) -> ApiError | Document | None:
    """Update a Document

     Changes a document: its file (`docId`, `docUrl`), its own fields under `kb` (name, owners added and
    removed, expiry, tags, category, link, published state) and who may see it; fields left out are left
    unchanged, and `publish=true` publishes it. Answers the changed document. The vendor's documentation
    writes the path `/api/documnents` without the id its parameter table lists ([ERRATA: Update a
    Document path](/specs/workdrive/ERRATA.md#update-a-document-path); [ERRATA: Update a Document
    body](/specs/workdrive/ERRATA.md#update-a-document-body)). Vendor documentation: section “Update a
    Document”.

    Args:
        id (str):
        publish (bool | Unset):
        body (DocumentUpdate): Changes to a document: a new file (`docId`, `docUrl`), its own
            fields (`kb`) and who may see it (`permissions`). The vendor's documentation shows
            `permissions` both at the top level and inside `kb` without saying which one applies when
            both are sent ([ERRATA: Update a Document body](/specs/workdrive/ERRATA.md#update-a-
            document-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Document
    """

    response = sync_detailed(
        id=id,
        client=client,
        body=body,
        publish=publish,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentUpdate,
    publish: bool | Unset = UNSET,
) -> Response[ApiError | Document]:
    """Update a Document

     Changes a document: its file (`docId`, `docUrl`), its own fields under `kb` (name, owners added and
    removed, expiry, tags, category, link, published state) and who may see it; fields left out are left
    unchanged, and `publish=true` publishes it. Answers the changed document. The vendor's documentation
    writes the path `/api/documnents` without the id its parameter table lists ([ERRATA: Update a
    Document path](/specs/workdrive/ERRATA.md#update-a-document-path); [ERRATA: Update a Document
    body](/specs/workdrive/ERRATA.md#update-a-document-body)). Vendor documentation: section “Update a
    Document”.

    Args:
        id (str):
        publish (bool | Unset):
        body (DocumentUpdate): Changes to a document: a new file (`docId`, `docUrl`), its own
            fields (`kb`) and who may see it (`permissions`). The vendor's documentation shows
            `permissions` both at the top level and inside `kb` without saying which one applies when
            both are sent ([ERRATA: Update a Document body](/specs/workdrive/ERRATA.md#update-a-
            document-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Document]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        publish=publish,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentUpdate,
    publish: bool | Unset = UNSET,
) -> ApiError | Document | None:
    """Update a Document

     Changes a document: its file (`docId`, `docUrl`), its own fields under `kb` (name, owners added and
    removed, expiry, tags, category, link, published state) and who may see it; fields left out are left
    unchanged, and `publish=true` publishes it. Answers the changed document. The vendor's documentation
    writes the path `/api/documnents` without the id its parameter table lists ([ERRATA: Update a
    Document path](/specs/workdrive/ERRATA.md#update-a-document-path); [ERRATA: Update a Document
    body](/specs/workdrive/ERRATA.md#update-a-document-body)). Vendor documentation: section “Update a
    Document”.

    Args:
        id (str):
        publish (bool | Unset):
        body (DocumentUpdate): Changes to a document: a new file (`docId`, `docUrl`), its own
            fields (`kb`) and who may see it (`permissions`). The vendor's documentation shows
            `permissions` both at the top level and inside `kb` without saying which one applies when
            both are sent ([ERRATA: Update a Document body](/specs/workdrive/ERRATA.md#update-a-
            document-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Document
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
        publish=publish,
    )
    errors.raise_for_error(response)
    return response.parsed
