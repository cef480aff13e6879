from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project import Project
from ...models.project_input import ProjectInput
from ...types import Response


def _get_kwargs(
    account_id: str,
    *,
    body: ProjectInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/{account_id}/projects".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: ProjectInput,
) -> Response[Error | Project]:
    """Create Project

     Creates a project in the account and answers it, with its new `id`, site key and server key. The
    vendor's reference page of this endpoint repeats the Get Project text and lists no body; the body
    here is a decision ([ERRATA: Create Project body](/specs/botbye/ERRATA.md#create-project-body)).
    Vendor documentation: API reference, section “Projects: create”.

    Args:
        account_id (str):
        body (ProjectInput): A project as it is created. The public reference does not list the
            create body; this spec accepts the Project's own `name` and `url` ([ERRATA: Create Project
            body](/specs/botbye/ERRATA.md#create-project-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectInput,
) -> Error | Project | None:
    """Create Project

     Creates a project in the account and answers it, with its new `id`, site key and server key. The
    vendor's reference page of this endpoint repeats the Get Project text and lists no body; the body
    here is a decision ([ERRATA: Create Project body](/specs/botbye/ERRATA.md#create-project-body)).
    Vendor documentation: API reference, section “Projects: create”.

    Args:
        account_id (str):
        body (ProjectInput): A project as it is created. The public reference does not list the
            create body; this spec accepts the Project's own `name` and `url` ([ERRATA: Create Project
            body](/specs/botbye/ERRATA.md#create-project-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project
    """

    response = sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectInput,
) -> Response[Error | Project]:
    """Create Project

     Creates a project in the account and answers it, with its new `id`, site key and server key. The
    vendor's reference page of this endpoint repeats the Get Project text and lists no body; the body
    here is a decision ([ERRATA: Create Project body](/specs/botbye/ERRATA.md#create-project-body)).
    Vendor documentation: API reference, section “Projects: create”.

    Args:
        account_id (str):
        body (ProjectInput): A project as it is created. The public reference does not list the
            create body; this spec accepts the Project's own `name` and `url` ([ERRATA: Create Project
            body](/specs/botbye/ERRATA.md#create-project-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectInput,
) -> Error | Project | None:
    """Create Project

     Creates a project in the account and answers it, with its new `id`, site key and server key. The
    vendor's reference page of this endpoint repeats the Get Project text and lists no body; the body
    here is a decision ([ERRATA: Create Project body](/specs/botbye/ERRATA.md#create-project-body)).
    Vendor documentation: API reference, section “Projects: create”.

    Args:
        account_id (str):
        body (ProjectInput): A project as it is created. The public reference does not list the
            create body; this spec accepts the Project's own `name` and `url` ([ERRATA: Create Project
            body](/specs/botbye/ERRATA.md#create-project-body)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project
    """

    response = await asyncio_detailed(
        account_id=account_id,
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
