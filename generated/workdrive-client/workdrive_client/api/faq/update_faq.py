from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.faq import Faq
from ...models.faq_update import FaqUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: FaqUpdate,
    publish: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["publish"] = publish

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/faqs/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Faq | None:
    if response.status_code == 200:
        response_200 = Faq.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Faq]:
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
    body: FaqUpdate,
    publish: bool | Unset = UNSET,
) -> Response[ApiError | Faq]:
    """Update a FAQ

     Changes an FAQ: its basic information (`kb`), existing questions (`updatedQAs`, by id), new
    questions (`newQas`), questions to remove (`removeQuestionIds`) and who may see it; fields left out
    are left unchanged, and `publish=true` publishes it. The vendor's documentation lists the FAQ id
    under "Query Parameters" and `publish` under "Path Parameters" ([ERRATA: Update a FAQ parameter
    headings](/specs/workdrive/ERRATA.md#update-a-faq-parameter-headings)), and its body table describes
    the upload's fields rather than the sample's ([ERRATA: Update a FAQ
    body](/specs/workdrive/ERRATA.md#update-a-faq-body)). Answers the changed FAQ as the listing shows
    it ([ERRATA: FAQ response samples](/specs/workdrive/ERRATA.md#faq-response-samples)). Vendor
    documentation: section “Update a FAQ”.

    Args:
        id (str):
        publish (bool | Unset):
        body (FaqUpdate): Changes to an FAQ: its basic information (`kb`), questions to change
            (`updatedQAs`), to add (`newQas`) and to remove (`removeQuestionIds`), and who may see it
            (`permissions`). The inconsistent capitals of `updatedQAs` and `newQas` are the vendor's
            ([ERRATA: Update a FAQ body](/specs/workdrive/ERRATA.md#update-a-faq-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Faq]
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
    body: FaqUpdate,
    publish: bool | Unset = UNSET,
) -> ApiError | Faq | None:
    """Update a FAQ

     Changes an FAQ: its basic information (`kb`), existing questions (`updatedQAs`, by id), new
    questions (`newQas`), questions to remove (`removeQuestionIds`) and who may see it; fields left out
    are left unchanged, and `publish=true` publishes it. The vendor's documentation lists the FAQ id
    under "Query Parameters" and `publish` under "Path Parameters" ([ERRATA: Update a FAQ parameter
    headings](/specs/workdrive/ERRATA.md#update-a-faq-parameter-headings)), and its body table describes
    the upload's fields rather than the sample's ([ERRATA: Update a FAQ
    body](/specs/workdrive/ERRATA.md#update-a-faq-body)). Answers the changed FAQ as the listing shows
    it ([ERRATA: FAQ response samples](/specs/workdrive/ERRATA.md#faq-response-samples)). Vendor
    documentation: section “Update a FAQ”.

    Args:
        id (str):
        publish (bool | Unset):
        body (FaqUpdate): Changes to an FAQ: its basic information (`kb`), questions to change
            (`updatedQAs`), to add (`newQas`) and to remove (`removeQuestionIds`), and who may see it
            (`permissions`). The inconsistent capitals of `updatedQAs` and `newQas` are the vendor's
            ([ERRATA: Update a FAQ body](/specs/workdrive/ERRATA.md#update-a-faq-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Faq
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
    body: FaqUpdate,
    publish: bool | Unset = UNSET,
) -> Response[ApiError | Faq]:
    """Update a FAQ

     Changes an FAQ: its basic information (`kb`), existing questions (`updatedQAs`, by id), new
    questions (`newQas`), questions to remove (`removeQuestionIds`) and who may see it; fields left out
    are left unchanged, and `publish=true` publishes it. The vendor's documentation lists the FAQ id
    under "Query Parameters" and `publish` under "Path Parameters" ([ERRATA: Update a FAQ parameter
    headings](/specs/workdrive/ERRATA.md#update-a-faq-parameter-headings)), and its body table describes
    the upload's fields rather than the sample's ([ERRATA: Update a FAQ
    body](/specs/workdrive/ERRATA.md#update-a-faq-body)). Answers the changed FAQ as the listing shows
    it ([ERRATA: FAQ response samples](/specs/workdrive/ERRATA.md#faq-response-samples)). Vendor
    documentation: section “Update a FAQ”.

    Args:
        id (str):
        publish (bool | Unset):
        body (FaqUpdate): Changes to an FAQ: its basic information (`kb`), questions to change
            (`updatedQAs`), to add (`newQas`) and to remove (`removeQuestionIds`), and who may see it
            (`permissions`). The inconsistent capitals of `updatedQAs` and `newQas` are the vendor's
            ([ERRATA: Update a FAQ body](/specs/workdrive/ERRATA.md#update-a-faq-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Faq]
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
    body: FaqUpdate,
    publish: bool | Unset = UNSET,
) -> ApiError | Faq | None:
    """Update a FAQ

     Changes an FAQ: its basic information (`kb`), existing questions (`updatedQAs`, by id), new
    questions (`newQas`), questions to remove (`removeQuestionIds`) and who may see it; fields left out
    are left unchanged, and `publish=true` publishes it. The vendor's documentation lists the FAQ id
    under "Query Parameters" and `publish` under "Path Parameters" ([ERRATA: Update a FAQ parameter
    headings](/specs/workdrive/ERRATA.md#update-a-faq-parameter-headings)), and its body table describes
    the upload's fields rather than the sample's ([ERRATA: Update a FAQ
    body](/specs/workdrive/ERRATA.md#update-a-faq-body)). Answers the changed FAQ as the listing shows
    it ([ERRATA: FAQ response samples](/specs/workdrive/ERRATA.md#faq-response-samples)). Vendor
    documentation: section “Update a FAQ”.

    Args:
        id (str):
        publish (bool | Unset):
        body (FaqUpdate): Changes to an FAQ: its basic information (`kb`), questions to change
            (`updatedQAs`), to add (`newQas`) and to remove (`removeQuestionIds`), and who may see it
            (`permissions`). The inconsistent capitals of `updatedQAs` and `newQas` are the vendor's
            ([ERRATA: Update a FAQ body](/specs/workdrive/ERRATA.md#update-a-faq-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Faq
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
        publish=publish,
    )
    errors.raise_for_error(response)
    return response.parsed
