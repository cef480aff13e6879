"""A program an MSP analyst would write against mspbots_client: a dataset's rows page by page
and all at once, async, and the typed error. Checked by mypy --strict (no casts, isinstance or
ignores); run against the mock by test_usage.py."""

from __future__ import annotations

import asyncio

from mspbots_client import AuthenticatedClient
from mspbots_client.api.dataset import get_dataset_data
from mspbots_client.errors import MspbotsError


async def count_async(client: AuthenticatedClient, dataset: str) -> int:
    return len([row async for row in get_dataset_data.aiterate(dataset, client=client, size=7)])


def main(base_url: str, token: str, dataset: str) -> dict[str, object]:
    client = AuthenticatedClient(base_url=base_url, token=token)
    page = get_dataset_data.sync(dataset, client=client, current=1, size=10)
    ids = [
        row.additional_properties["id"] for row in get_dataset_data.iterate(dataset, client=client)
    ]

    try:
        get_dataset_data.sync("42", client=client)
        missing: tuple[int, object] = (0, None)
    except MspbotsError as error:
        missing = (error.status_code, error.code)

    return {
        "code": page.code,
        "page": len(page.data),
        "total": page.total,
        "iterated": len(ids),
        "async": asyncio.run(count_async(client, dataset)),
        "missing": missing,
    }
