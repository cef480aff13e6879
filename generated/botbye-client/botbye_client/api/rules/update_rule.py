from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.error import Error
from ...models.rule_update import RuleUpdate
from ...types import Response


def _get_kwargs(
    account_id: str,
    project_id: str,
    *,
    body: RuleUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/{account_id}/projects/{project_id}/rules".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Empty | Error | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Empty | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleUpdate,
) -> Response[Empty | Error]:
    """Update Rule

     Changes a custom rule of the project. The path names the project's rule collection, not one rule:
    the body's `id` says which rule changes ([ERRATA: Updates address the
    collection](/specs/botbye/ERRATA.md#updates-address-the-collection)). Answers an empty object.
    Vendor documentation: API reference, section “Custom Rules: update”.

    Args:
        account_id (str):
        project_id (str):
        body (RuleUpdate): A custom rule as it is sent to update it: its `id` names the rule to
            change ([ERRATA: Updates address the collection](/specs/botbye/ERRATA.md#updates-address-
            the-collection)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | Error]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleUpdate,
) -> Empty | Error | None:
    """Update Rule

     Changes a custom rule of the project. The path names the project's rule collection, not one rule:
    the body's `id` says which rule changes ([ERRATA: Updates address the
    collection](/specs/botbye/ERRATA.md#updates-address-the-collection)). Answers an empty object.
    Vendor documentation: API reference, section “Custom Rules: update”.

    Args:
        account_id (str):
        project_id (str):
        body (RuleUpdate): A custom rule as it is sent to update it: its `id` names the rule to
            change ([ERRATA: Updates address the collection](/specs/botbye/ERRATA.md#updates-address-
            the-collection)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | Error
    """

    response = sync_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleUpdate,
) -> Response[Empty | Error]:
    """Update Rule

     Changes a custom rule of the project. The path names the project's rule collection, not one rule:
    the body's `id` says which rule changes ([ERRATA: Updates address the
    collection](/specs/botbye/ERRATA.md#updates-address-the-collection)). Answers an empty object.
    Vendor documentation: API reference, section “Custom Rules: update”.

    Args:
        account_id (str):
        project_id (str):
        body (RuleUpdate): A custom rule as it is sent to update it: its `id` names the rule to
            change ([ERRATA: Updates address the collection](/specs/botbye/ERRATA.md#updates-address-
            the-collection)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | Error]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleUpdate,
) -> Empty | Error | None:
    """Update Rule

     Changes a custom rule of the project. The path names the project's rule collection, not one rule:
    the body's `id` says which rule changes ([ERRATA: Updates address the
    collection](/specs/botbye/ERRATA.md#updates-address-the-collection)). Answers an empty object.
    Vendor documentation: API reference, section “Custom Rules: update”.

    Args:
        account_id (str):
        project_id (str):
        body (RuleUpdate): A custom rule as it is sent to update it: its `id` names the rule to
            change ([ERRATA: Updates address the collection](/specs/botbye/ERRATA.md#updates-address-
            the-collection)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | Error
    """

    response = await asyncio_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
