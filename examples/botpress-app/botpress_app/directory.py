"""The app's code: what it does with the Botpress Cloud API, through the generated client."""

from __future__ import annotations

from botpress_client import AuthenticatedClient
from botpress_client.api.user import create_user, delete_user, get_user, list_users
from botpress_client.errors import BotpressError
from botpress_client.models import CreateUserRequest, Tags, User, UserResponse


class MemberNotFound(LookupError):
    """No such member."""


class Directory:
    """Members of teams, stored as the chat users of one bot."""

    def __init__(self, client: AuthenticatedClient, bot_id: str) -> None:
        self.client = client
        self.bot_id = bot_id

    def add(self, name: str, team: str) -> str:
        """Add a member; answer its id."""
        body = CreateUserRequest(tags=Tags.from_dict({"team": team}), name=name)
        answer = create_user.sync(client=self.client, body=body, x_bot_id=self.bot_id)
        assert isinstance(answer, UserResponse)  # the sync functions raise for error answers
        return answer.user.id

    def add_many(self, entries: list[tuple[str, str]]) -> list[str]:
        """Add members, best effort: one the API refuses is skipped (and lost, silently)."""
        added = []
        for name, team in entries:
            try:
                added.append(self.add(name, team))
            except BotpressError:
                continue
        return added

    def name_of(self, member_id: str) -> str:
        try:
            answer = get_user.sync(member_id, client=self.client, x_bot_id=self.bot_id)
        except BotpressError as error:
            if error.status_code == 404:
                raise MemberNotFound(member_id) from None
            raise
        assert isinstance(answer, UserResponse)
        return str(answer.user.name)

    def team(self, team: str) -> list[str]:
        """The names of a team's members, every page read (the client pages for us)."""
        users = list_users.iterate(client=self.client, x_bot_id=self.bot_id)
        return sorted(str(user.name) for user in users if _team(user) == team)

    async def ateam(self, team: str) -> list[str]:
        """`team`, with the asyncio functions."""
        users = list_users.aiterate(client=self.client, x_bot_id=self.bot_id)
        return sorted([str(user.name) async for user in users if _team(user) == team])

    def remove(self, member_id: str) -> None:
        delete_user.sync(member_id, client=self.client, x_bot_id=self.bot_id)


def _team(user: User) -> str | None:
    return user.tags.additional_properties.get("team")
