from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.faq import Faq
from ...models.faq_input import FaqInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FaqInput,
    publish: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["publish"] = publish

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/faqs",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Faq | None:
    if response.status_code == 201:
        response_201 = Faq.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Faq]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FaqInput,
    publish: bool | Unset = UNSET,
) -> Response[ApiError | Faq]:
    """Upload a FAQ

     Creates an FAQ: its basic information (`kb`: name, owners, expiry, tags, category, link), its
    questions with their answers (`qas`, each needing a question and an answer) and who may see it;
    `publish=true` publishes it at once ([ERRATA: Upload a FAQ body](/specs/workdrive/ERRATA.md#upload-
    a-faq-body)). Answers 201 with the created FAQ as the listing shows it; the vendor's response sample
    only repeats the request ([ERRATA: FAQ response samples](/specs/workdrive/ERRATA.md#faq-response-
    samples)). Vendor documentation: section “Upload a FAQ”.

    Args:
        publish (bool | Unset):
        body (FaqInput): A new FAQ: its basic information (`kb`), its questions and answers
            (`qas`) and who may see it (`permissions`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Faq]
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
    body: FaqInput,
    publish: bool | Unset = UNSET,
) -> ApiError | Faq | None:
    """Upload a FAQ

     Creates an FAQ: its basic information (`kb`: name, owners, expiry, tags, category, link), its
    questions with their answers (`qas`, each needing a question and an answer) and who may see it;
    `publish=true` publishes it at once ([ERRATA: Upload a FAQ body](/specs/workdrive/ERRATA.md#upload-
    a-faq-body)). Answers 201 with the created FAQ as the listing shows it; the vendor's response sample
    only repeats the request ([ERRATA: FAQ response samples](/specs/workdrive/ERRATA.md#faq-response-
    samples)). Vendor documentation: section “Upload a FAQ”.

    Args:
        publish (bool | Unset):
        body (FaqInput): A new FAQ: its basic information (`kb`), its questions and answers
            (`qas`) and who may see it (`permissions`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Faq
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
    body: FaqInput,
    publish: bool | Unset = UNSET,
) -> Response[ApiError | Faq]:
    """Upload a FAQ

     Creates an FAQ: its basic information (`kb`: name, owners, expiry, tags, category, link), its
    questions with their answers (`qas`, each needing a question and an answer) and who may see it;
    `publish=true` publishes it at once ([ERRATA: Upload a FAQ body](/specs/workdrive/ERRATA.md#upload-
    a-faq-body)). Answers 201 with the created FAQ as the listing shows it; the vendor's response sample
    only repeats the request ([ERRATA: FAQ response samples](/specs/workdrive/ERRATA.md#faq-response-
    samples)). Vendor documentation: section “Upload a FAQ”.

    Args:
        publish (bool | Unset):
        body (FaqInput): A new FAQ: its basic information (`kb`), its questions and answers
            (`qas`) and who may see it (`permissions`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Faq]
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
    body: FaqInput,
    publish: bool | Unset = UNSET,
) -> ApiError | Faq | None:
    """Upload a FAQ

     Creates an FAQ: its basic information (`kb`: name, owners, expiry, tags, category, link), its
    questions with their answers (`qas`, each needing a question and an answer) and who may see it;
    `publish=true` publishes it at once ([ERRATA: Upload a FAQ body](/specs/workdrive/ERRATA.md#upload-
    a-faq-body)). Answers 201 with the created FAQ as the listing shows it; the vendor's response sample
    only repeats the request ([ERRATA: FAQ response samples](/specs/workdrive/ERRATA.md#faq-response-
    samples)). Vendor documentation: section “Upload a FAQ”.

    Args:
        publish (bool | Unset):
        body (FaqInput): A new FAQ: its basic information (`kb`), its questions and answers
            (`qas`) and who may see it (`permissions`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Faq
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
        publish=publish,
    )
    errors.raise_for_error(response)
    return response.parsed
