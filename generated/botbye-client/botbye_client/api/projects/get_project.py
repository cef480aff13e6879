from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project import Project
from ...types import Response


def _get_kwargs(
    account_id: str,
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/{account_id}/projects/{project_id}".format(
            account_id=quote(str(account_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Project | None:
    if response.status_code == 200:
        response_200 = Project.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Project]:
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
) -> Response[Error | Project]:
    """Get Project

     Retrieves one project of the account with its keys, its custom rules and rate limiters (each with
    their evaluation order) and its phishing settings. Vendor documentation: API reference, section
    “Projects: find”.

    Args:
        account_id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
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
) -> Error | Project | None:
    """Get Project

     Retrieves one project of the account with its keys, its custom rules and rate limiters (each with
    their evaluation order) and its phishing settings. Vendor documentation: API reference, section
    “Projects: find”.

    Args:
        account_id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project
    """

    response = sync_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Project]:
    """Get Project

     Retrieves one project of the account with its keys, its custom rules and rate limiters (each with
    their evaluation order) and its phishing settings. Vendor documentation: API reference, section
    “Projects: find”.

    Args:
        account_id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Project | None:
    """Get Project

     Retrieves one project of the account with its keys, its custom rules and rate limiters (each with
    their evaluation order) and its phishing settings. Vendor documentation: API reference, section
    “Projects: find”.

    Args:
        account_id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project
    """

    response = await asyncio_detailed(
        account_id=account_id,
        project_id=project_id,
        client=client,
    )
    errors.raise_for_error(response)
    return response.parsed
