from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.department import Department
from ...models.department_input import DepartmentInput
from ...types import Response


def _get_kwargs(
    *,
    body: DepartmentInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/departments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Department | None:
    if response.status_code == 201:
        response_201 = Department.from_dict(response.json())

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
) -> Response[ApiError | Department]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DepartmentInput,
) -> Response[ApiError | Department]:
    """Create a Department

     Creates a department with a name and its first members. The vendor's documentation asks for at least
    one department head among the members (a member sent with `isAdmin` true); the schema does not
    enforce it ([ERRATA: Create a Department head requirement](/specs/workdrive/ERRATA.md#create-a-
    department-head-requirement)). Each member entry names the user, the department the user belongs to
    now (`existingDept`) and whether the user already heads another department ([ERRATA: Department
    member entries](/specs/workdrive/ERRATA.md#department-member-entries)). Answers 201 with the new
    department record. Vendor documentation: section “Create a Department”.

    Args:
        body (DepartmentInput): Body of Create a Department: its name and its first members. The
            vendor's documentation marks no field required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)); it asks for at least one department
            head, which this schema does not enforce ([ERRATA: Create a Department head
            requirement](/specs/workdrive/ERRATA.md#create-a-department-head-requirement)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Department]
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
    body: DepartmentInput,
) -> ApiError | Department | None:
    """Create a Department

     Creates a department with a name and its first members. The vendor's documentation asks for at least
    one department head among the members (a member sent with `isAdmin` true); the schema does not
    enforce it ([ERRATA: Create a Department head requirement](/specs/workdrive/ERRATA.md#create-a-
    department-head-requirement)). Each member entry names the user, the department the user belongs to
    now (`existingDept`) and whether the user already heads another department ([ERRATA: Department
    member entries](/specs/workdrive/ERRATA.md#department-member-entries)). Answers 201 with the new
    department record. Vendor documentation: section “Create a Department”.

    Args:
        body (DepartmentInput): Body of Create a Department: its name and its first members. The
            vendor's documentation marks no field required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)); it asks for at least one department
            head, which this schema does not enforce ([ERRATA: Create a Department head
            requirement](/specs/workdrive/ERRATA.md#create-a-department-head-requirement)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Department
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
    body: DepartmentInput,
) -> Response[ApiError | Department]:
    """Create a Department

     Creates a department with a name and its first members. The vendor's documentation asks for at least
    one department head among the members (a member sent with `isAdmin` true); the schema does not
    enforce it ([ERRATA: Create a Department head requirement](/specs/workdrive/ERRATA.md#create-a-
    department-head-requirement)). Each member entry names the user, the department the user belongs to
    now (`existingDept`) and whether the user already heads another department ([ERRATA: Department
    member entries](/specs/workdrive/ERRATA.md#department-member-entries)). Answers 201 with the new
    department record. Vendor documentation: section “Create a Department”.

    Args:
        body (DepartmentInput): Body of Create a Department: its name and its first members. The
            vendor's documentation marks no field required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)); it asks for at least one department
            head, which this schema does not enforce ([ERRATA: Create a Department head
            requirement](/specs/workdrive/ERRATA.md#create-a-department-head-requirement)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Department]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DepartmentInput,
) -> ApiError | Department | None:
    """Create a Department

     Creates a department with a name and its first members. The vendor's documentation asks for at least
    one department head among the members (a member sent with `isAdmin` true); the schema does not
    enforce it ([ERRATA: Create a Department head requirement](/specs/workdrive/ERRATA.md#create-a-
    department-head-requirement)). Each member entry names the user, the department the user belongs to
    now (`existingDept`) and whether the user already heads another department ([ERRATA: Department
    member entries](/specs/workdrive/ERRATA.md#department-member-entries)). Answers 201 with the new
    department record. Vendor documentation: section “Create a Department”.

    Args:
        body (DepartmentInput): Body of Create a Department: its name and its first members. The
            vendor's documentation marks no field required ([ERRATA: Required
            fields](/specs/workdrive/ERRATA.md#required-fields)); it asks for at least one department
            head, which this schema does not enforce ([ERRATA: Create a Department head
            requirement](/specs/workdrive/ERRATA.md#create-a-department-head-requirement)).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Department
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    errors.raise_for_error(response)
    return response.parsed
