from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.access_token_input import AccessTokenInput
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    *,
    body: AccessTokenInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/token/generate-access",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessToken | ApiError | None:
    if response.status_code == 201:
        response_201 = AccessToken.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessToken | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenInput,
) -> Response[AccessToken | ApiError]:
    """Generate a new AccessToken

     Generates a new API access token for a user (see Get All Users for ids) and answers it with the
    user's id. The token is what that user sends as `X-API-KEY`; the vendor's documentation does not say
    whether the user's earlier tokens stay valid. Answers 201: a new token is created. The vendor's
    request and answer samples name different users ([ERRATA: Generate a new AccessToken
    sample](/specs/workdrive/ERRATA.md#generate-a-new-accesstoken-sample)). Vendor documentation:
    section “Generate a new AccessToken”.

    Args:
        body (AccessTokenInput): Body of Generate a new AccessToken. The vendor's documentation
            does not mark `userId` required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | ApiError]
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
    body: AccessTokenInput,
) -> AccessToken | ApiError | None:
    """Generate a new AccessToken

     Generates a new API access token for a user (see Get All Users for ids) and answers it with the
    user's id. The token is what that user sends as `X-API-KEY`; the vendor's documentation does not say
    whether the user's earlier tokens stay valid. Answers 201: a new token is created. The vendor's
    request and answer samples name different users ([ERRATA: Generate a new AccessToken
    sample](/specs/workdrive/ERRATA.md#generate-a-new-accesstoken-sample)). Vendor documentation:
    section “Generate a new AccessToken”.

    Args:
        body (AccessTokenInput): Body of Generate a new AccessToken. The vendor's documentation
            does not mark `userId` required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | ApiError
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
    body: AccessTokenInput,
) -> Response[AccessToken | ApiError]:
    """Generate a new AccessToken

     Generates a new API access token for a user (see Get All Users for ids) and answers it with the
    user's id. The token is what that user sends as `X-API-KEY`; the vendor's documentation does not say
    whether the user's earlier tokens stay valid. Answers 201: a new token is created. The vendor's
    request and answer samples name different users ([ERRATA: Generate a new AccessToken
    sample](/specs/workdrive/ERRATA.md#generate-a-new-accesstoken-sample)). Vendor documentation:
    section “Generate a new AccessToken”.

    Args:
        body (AccessTokenInput): Body of Generate a new AccessToken. The vendor's documentation
            does not mark `userId` required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | ApiError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenInput,
) -> AccessToken | ApiError | None:
    """Generate a new AccessToken

     Generates a new API access token for a user (see Get All Users for ids) and answers it with the
    user's id. The token is what that user sends as `X-API-KEY`; the vendor's documentation does not say
    whether the user's earlier tokens stay valid. Answers 201: a new token is created. The vendor's
    request and answer samples name different users ([ERRATA: Generate a new AccessToken
    sample](/specs/workdrive/ERRATA.md#generate-a-new-accesstoken-sample)). Vendor documentation:
    section “Generate a new AccessToken”.

    Args:
        body (AccessTokenInput): Body of Generate a new AccessToken. The vendor's documentation
            does not mark `userId` required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | ApiError
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
