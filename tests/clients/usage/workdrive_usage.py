"""A program a WorkDrive admin would write against workdrive_client: people, paging by page
number, async, and the typed error. Checked by mypy --strict (no casts, isinstance or ignores);
run against the mock by test_usage.py."""

from __future__ import annotations

import asyncio
from uuid import UUID, uuid4

from workdrive_client import AuthenticatedClient
from workdrive_client.api.user import create_user, delete_user, list_users, update_user
from workdrive_client.errors import WorkDriveError
from workdrive_client.models import UserInput, UserUpdate


async def count_async(client: AuthenticatedClient) -> int:
    return len([user async for user in list_users.aiterate(client=client, per_page=4)])


def main(base_url: str, token: str) -> dict[str, object]:
    client = AuthenticatedClient(base_url=base_url, token=token)
    made = [
        create_user.sync(
            client=client,
            body=UserInput.from_dict({"firstName": f"Person{n}", "email": f"p{n}@example.com"}),
        )
        for n in range(9)
    ]
    first = made[0]
    updated = update_user.sync(
        UUID(first.id), client=client, body=UserUpdate.from_dict({"lastName": "Renamed"})
    )
    page = list_users.sync(client=client, cur_page=1, per_page=5)
    every = [user.id for user in list_users.iterate(client=client, per_page=4)]
    delete_user.sync(UUID(made[-1].id), client=client)

    try:
        delete_user.sync(uuid4(), client=client)
        missing: tuple[int, object] = (0, None)
    except WorkDriveError as error:
        missing = (error.status_code, error.type)

    return {
        "last_name": updated.last_name,
        "status": first.status,
        "page": len(page.users),
        "total": page.meta.total_results,
        "iterated": len(every),
        "async": asyncio.run(count_async(client)),
        "missing": missing,
    }
