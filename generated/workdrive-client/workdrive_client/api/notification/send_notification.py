from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.empty import Empty
from ...models.notification_input import NotificationInput
from ...types import Response


def _get_kwargs(
    *,
    body: NotificationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/notifications/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: NotificationInput,
) -> Response[ApiError | Empty]:
    """Send a new Notification

     Sends a notification with a title and a description by e-mail, text message, push notification or in
    the app. By e-mail it goes to the addresses in `emails`; by any other medium to the users in
    `receiverUserIds` ([ERRATA: Notification recipients by
    medium](/specs/workdrive/ERRATA.md#notification-recipients-by-medium)). The vendor's documentation
    lists this as a GET with a request body; it is a POST ([ERRATA: Send a new Notification is a
    POST](/specs/workdrive/ERRATA.md#send-a-new-notification-is-a-post)). It stores nothing that can be
    read back and answers 200 with `{}` ([ERRATA: Send a new Notification
    response](/specs/workdrive/ERRATA.md#send-a-new-notification-response)). Vendor documentation:
    section “Send a new Notification”.

    Args:
        body (NotificationInput): A notification to send. With `medium` `EMAIL` the notification
            goes to the addresses in `emails`, which is then required; with any other medium it goes
            to the users in `receiverUserIds`, which is then required ([ERRATA: Notification
            recipients by medium](/specs/workdrive/ERRATA.md#notification-recipients-by-medium)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
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
    body: NotificationInput,
) -> ApiError | Empty | None:
    """Send a new Notification

     Sends a notification with a title and a description by e-mail, text message, push notification or in
    the app. By e-mail it goes to the addresses in `emails`; by any other medium to the users in
    `receiverUserIds` ([ERRATA: Notification recipients by
    medium](/specs/workdrive/ERRATA.md#notification-recipients-by-medium)). The vendor's documentation
    lists this as a GET with a request body; it is a POST ([ERRATA: Send a new Notification is a
    POST](/specs/workdrive/ERRATA.md#send-a-new-notification-is-a-post)). It stores nothing that can be
    read back and answers 200 with `{}` ([ERRATA: Send a new Notification
    response](/specs/workdrive/ERRATA.md#send-a-new-notification-response)). Vendor documentation:
    section “Send a new Notification”.

    Args:
        body (NotificationInput): A notification to send. With `medium` `EMAIL` the notification
            goes to the addresses in `emails`, which is then required; with any other medium it goes
            to the users in `receiverUserIds`, which is then required ([ERRATA: Notification
            recipients by medium](/specs/workdrive/ERRATA.md#notification-recipients-by-medium)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
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
    body: NotificationInput,
) -> Response[ApiError | Empty]:
    """Send a new Notification

     Sends a notification with a title and a description by e-mail, text message, push notification or in
    the app. By e-mail it goes to the addresses in `emails`; by any other medium to the users in
    `receiverUserIds` ([ERRATA: Notification recipients by
    medium](/specs/workdrive/ERRATA.md#notification-recipients-by-medium)). The vendor's documentation
    lists this as a GET with a request body; it is a POST ([ERRATA: Send a new Notification is a
    POST](/specs/workdrive/ERRATA.md#send-a-new-notification-is-a-post)). It stores nothing that can be
    read back and answers 200 with `{}` ([ERRATA: Send a new Notification
    response](/specs/workdrive/ERRATA.md#send-a-new-notification-response)). Vendor documentation:
    section “Send a new Notification”.

    Args:
        body (NotificationInput): A notification to send. With `medium` `EMAIL` the notification
            goes to the addresses in `emails`, which is then required; with any other medium it goes
            to the users in `receiverUserIds`, which is then required ([ERRATA: Notification
            recipients by medium](/specs/workdrive/ERRATA.md#notification-recipients-by-medium)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NotificationInput,
) -> ApiError | Empty | None:
    """Send a new Notification

     Sends a notification with a title and a description by e-mail, text message, push notification or in
    the app. By e-mail it goes to the addresses in `emails`; by any other medium to the users in
    `receiverUserIds` ([ERRATA: Notification recipients by
    medium](/specs/workdrive/ERRATA.md#notification-recipients-by-medium)). The vendor's documentation
    lists this as a GET with a request body; it is a POST ([ERRATA: Send a new Notification is a
    POST](/specs/workdrive/ERRATA.md#send-a-new-notification-is-a-post)). It stores nothing that can be
    read back and answers 200 with `{}` ([ERRATA: Send a new Notification
    response](/specs/workdrive/ERRATA.md#send-a-new-notification-response)). Vendor documentation:
    section “Send a new Notification”.

    Args:
        body (NotificationInput): A notification to send. With `medium` `EMAIL` the notification
            goes to the addresses in `emails`, which is then required; with any other medium it goes
            to the users in `receiverUserIds`, which is then required ([ERRATA: Notification
            recipients by medium](/specs/workdrive/ERRATA.md#notification-recipients-by-medium)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Empty
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
