import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.widget_data import WidgetData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bot_id: str,
    dashboard_name: str,
    widget_name: str,
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/bot/{bot_id}/dashboard/{dashboard_name}/widget/{widget_name}".format(
            bot_id=quote(str(bot_id), safe=""),
            dashboard_name=quote(str(dashboard_name), safe=""),
            widget_name=quote(str(widget_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | WidgetData | None:
    if response.status_code == 200:
        response_200 = WidgetData.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | WidgetData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bot_id: str,
    dashboard_name: str,
    widget_name: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    limit: int | Unset = UNSET,
) -> Response[Error | WidgetData]:
    """Get Dashboard Widget Data

     Retrieves the data of a widget of a bot's custom dashboard (custom reports) over a period: the
    widget's definition and, in `queryResponse`, the result of its query ([ERRATA: Widget data
    answer](/specs/koreai/ERRATA.md#widget-data-answer)). Needs a JWT of an app with the Custom Reports
    scope. To filter the data further, use the POST form of this endpoint (`queryWidgetData`). Rate
    limit: 60 requests per minute per bot ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)).
    Vendor documentation: section “Get Dashboard Widget Data”.

    Args:
        bot_id (str):
        dashboard_name (str):
        widget_name (str):
        start_date (datetime.date):
        end_date (datetime.date):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WidgetData]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        dashboard_name=dashboard_name,
        widget_name=widget_name,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bot_id: str,
    dashboard_name: str,
    widget_name: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    limit: int | Unset = UNSET,
) -> Error | WidgetData | None:
    """Get Dashboard Widget Data

     Retrieves the data of a widget of a bot's custom dashboard (custom reports) over a period: the
    widget's definition and, in `queryResponse`, the result of its query ([ERRATA: Widget data
    answer](/specs/koreai/ERRATA.md#widget-data-answer)). Needs a JWT of an app with the Custom Reports
    scope. To filter the data further, use the POST form of this endpoint (`queryWidgetData`). Rate
    limit: 60 requests per minute per bot ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)).
    Vendor documentation: section “Get Dashboard Widget Data”.

    Args:
        bot_id (str):
        dashboard_name (str):
        widget_name (str):
        start_date (datetime.date):
        end_date (datetime.date):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WidgetData
    """

    response = sync_detailed(
        bot_id=bot_id,
        dashboard_name=dashboard_name,
        widget_name=widget_name,
        client=client,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    )
    errors.raise_for_error(response)
    return response.parsed


async def asyncio_detailed(
    bot_id: str,
    dashboard_name: str,
    widget_name: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    limit: int | Unset = UNSET,
) -> Response[Error | WidgetData]:
    """Get Dashboard Widget Data

     Retrieves the data of a widget of a bot's custom dashboard (custom reports) over a period: the
    widget's definition and, in `queryResponse`, the result of its query ([ERRATA: Widget data
    answer](/specs/koreai/ERRATA.md#widget-data-answer)). Needs a JWT of an app with the Custom Reports
    scope. To filter the data further, use the POST form of this endpoint (`queryWidgetData`). Rate
    limit: 60 requests per minute per bot ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)).
    Vendor documentation: section “Get Dashboard Widget Data”.

    Args:
        bot_id (str):
        dashboard_name (str):
        widget_name (str):
        start_date (datetime.date):
        end_date (datetime.date):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WidgetData]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        dashboard_name=dashboard_name,
        widget_name=widget_name,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bot_id: str,
    dashboard_name: str,
    widget_name: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    limit: int | Unset = UNSET,
) -> Error | WidgetData | None:
    """Get Dashboard Widget Data

     Retrieves the data of a widget of a bot's custom dashboard (custom reports) over a period: the
    widget's definition and, in `queryResponse`, the result of its query ([ERRATA: Widget data
    answer](/specs/koreai/ERRATA.md#widget-data-answer)). Needs a JWT of an app with the Custom Reports
    scope. To filter the data further, use the POST form of this endpoint (`queryWidgetData`). Rate
    limit: 60 requests per minute per bot ([ERRATA: Rate limits](/specs/koreai/ERRATA.md#rate-limits)).
    Vendor documentation: section “Get Dashboard Widget Data”.

    Args:
        bot_id (str):
        dashboard_name (str):
        widget_name (str):
        start_date (datetime.date):
        end_date (datetime.date):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WidgetData
    """

    response = await asyncio_detailed(
        bot_id=bot_id,
        dashboard_name=dashboard_name,
        widget_name=widget_name,
        client=client,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    )
    errors.raise_for_error(response)
    return response.parsed
