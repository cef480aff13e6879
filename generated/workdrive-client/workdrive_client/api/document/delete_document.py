from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.empty import Empty
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/documents/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Empty | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Empty]:
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
) -> Response[ApiError | Empty]:
    """Delete a Document

     Deletes a document. The vendor's documentation writes the method `Delete` and the path
    `/api/documents` without the id it lists under "Parameters" ([ERRATA: Method
    spelling](/specs/workdrive/ERRATA.md#method-spelling); [ERRATA: Delete a Document
    path](/specs/workdrive/ERRATA.md#delete-a-document-path)), and shows no response body ([ERRATA:
    Document, FAQ and Course deletes answer {}](/specs/workdrive/ERRATA.md#document-faq-and-course-
    deletes-answer-)). Vendor documentation: section “Delete a Document”.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Empty | None:
    """Delete a Document

     Deletes a document. The vendor's documentation writes the method `Delete` and the path
    `/api/documents` without the id it lists under "Parameters" ([ERRATA: Method
    spelling](/specs/workdrive/ERRATA.md#method-spelling); [ERRATA: Delete a Document
    path](/specs/workdrive/ERRATA.md#delete-a-document-path)), and shows no response body ([ERRATA:
    Document, FAQ and Course deletes answer {}](/specs/workdrive/ERRATA.md#document-faq-and-course-
    deletes-answer-)). Vendor documentation: section “Delete a Document”.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = sync_detailed(
        id=id,
        client=client,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Empty]:
    """Delete a Document

     Deletes a document. The vendor's documentation writes the method `Delete` and the path
    `/api/documents` without the id it lists under "Parameters" ([ERRATA: Method
    spelling](/specs/workdrive/ERRATA.md#method-spelling); [ERRATA: Delete a Document
    path](/specs/workdrive/ERRATA.md#delete-a-document-path)), and shows no response body ([ERRATA:
    Document, FAQ and Course deletes answer {}](/specs/workdrive/ERRATA.md#document-faq-and-course-
    deletes-answer-)). Vendor documentation: section “Delete a Document”.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Empty | None:
    """Delete a Document

     Deletes a document. The vendor's documentation writes the method `Delete` and the path
    `/api/documents` without the id it lists under "Parameters" ([ERRATA: Method
    spelling](/specs/workdrive/ERRATA.md#method-spelling); [ERRATA: Delete a Document
    path](/specs/workdrive/ERRATA.md#delete-a-document-path)), and shows no response body ([ERRATA:
    Document, FAQ and Course deletes answer {}](/specs/workdrive/ERRATA.md#document-faq-and-course-
    deletes-answer-)). Vendor documentation: section “Delete a Document”.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
    )
    errors.raise_for_error(response)
    return response.parsed
