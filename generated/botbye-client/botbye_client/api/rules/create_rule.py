from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rule import Rule
from ...models.rule_input import RuleInput
from ...types import Response


def _get_kwargs(
    account_id: str,
    project_id: str,
    *,
    body: RuleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/{account_id}/projects/{project_id}/rules".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Rule | None:
    if response.status_code == 200:
        response_200 = Rule.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Rule]:
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
    body: RuleInput,
) -> Response[Error | Rule]:
    """Create Rule

     Adds a custom rule to the project: requests matching `condition` get `action` while `isActive` is
    true. The new rule is appended to the project's rule order. Answers the created rule with its `id`.
    Vendor documentation: API reference, section “Custom Rules: create”.

    Args:
        account_id (str):
        project_id (str):
        body (RuleInput): A custom rule as it is created: what to do (`action`) with the requests
            that match `condition`. Every member is optional ([ERRATA: Optional
            fields](/specs/botbye/ERRATA.md#optional-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Rule]
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
    body: RuleInput,
) -> Error | Rule | None:
    """Create Rule

     Adds a custom rule to the project: requests matching `condition` get `action` while `isActive` is
    true. The new rule is appended to the project's rule order. Answers the created rule with its `id`.
    Vendor documentation: API reference, section “Custom Rules: create”.

    Args:
        account_id (str):
        project_id (str):
        body (RuleInput): A custom rule as it is created: what to do (`action`) with the requests
            that match `condition`. Every member is optional ([ERRATA: Optional
            fields](/specs/botbye/ERRATA.md#optional-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Rule
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
    body: RuleInput,
) -> Response[Error | Rule]:
    """Create Rule

     Adds a custom rule to the project: requests matching `condition` get `action` while `isActive` is
    true. The new rule is appended to the project's rule order. Answers the created rule with its `id`.
    Vendor documentation: API reference, section “Custom Rules: create”.

    Args:
        account_id (str):
        project_id (str):
        body (RuleInput): A custom rule as it is created: what to do (`action`) with the requests
            that match `condition`. Every member is optional ([ERRATA: Optional
            fields](/specs/botbye/ERRATA.md#optional-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Rule]
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
    body: RuleInput,
) -> Error | Rule | None:
    """Create Rule

     Adds a custom rule to the project: requests matching `condition` get `action` while `isActive` is
    true. The new rule is appended to the project's rule order. Answers the created rule with its `id`.
    Vendor documentation: API reference, section “Custom Rules: create”.

    Args:
        account_id (str):
        project_id (str):
        body (RuleInput): A custom rule as it is created: what to do (`action`) with the requests
            that match `condition`. Every member is optional ([ERRATA: Optional
            fields](/specs/botbye/ERRATA.md#optional-fields)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Rule
    """

    response = await asyncio_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
