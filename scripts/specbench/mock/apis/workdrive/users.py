"""Users of the WorkDrive mock: their groups, supervisors and reportees, created, updated,
listed and deleted one by one or in bulk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from specbench.mock.apis.workdrive.groups import (
    DEPARTMENT_HEADS,
    DEPARTMENT_MEMBERS,
    DEPARTMENTS,
    LOCATION_MEMBERS,
    LOCATIONS,
    SECURITY_GROUP_CATALOGUE,
    SECURITY_GROUP_MEMBERS,
    SECURITY_GROUPS,
)
from specbench.mock.apis.workdrive.members import SUMMARY_FIELDS, USERS, Membership
from specbench.mock.behaviours.call import Behaviour, Call, Reply, Unbound
from specbench.mock.behaviours.crud import Create, Delete, Update
from specbench.mock.behaviours.lists import ListItems
from specbench.mock.behaviours.paging import paginate
from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import resolve


def in_department(call: Call, user: dict[str, Any], department_id: Any) -> bool:
    """listUsers?department=…: a member of it, or the user's own `department`."""
    wanted = str(department_id)
    return user.get("department") == wanted or wanted in _groups_of(call, DEPARTMENT_MEMBERS, user)


def at_location(call: Call, user: dict[str, Any], location_id: Any) -> bool:
    """listUsers?location=…: a member of that location, or the user's own `location.id`."""
    wanted = str(location_id)
    own = (user.get("location") or {}).get("id")
    return own == wanted or wanted in _groups_of(call, LOCATION_MEMBERS, user)


def _groups_of(call: Call, membership: Membership, user: dict[str, Any]) -> set[str]:
    return {
        record["groupId"]
        for record in call.store.items(membership.collection)
        if record["userId"] == user.get("id")
    }


def forget_user(call: Call, user_id: str) -> None:
    """A deleted user leaves every department, location and security group."""
    for membership in (
        DEPARTMENT_MEMBERS,
        DEPARTMENT_HEADS,
        LOCATION_MEMBERS,
        SECURITY_GROUP_MEMBERS,
    ):
        for record in call.store.items(membership.collection):
            if record["userId"] == user_id:
                membership.remove(call, record["groupId"], [user_id])


def join_own_groups(
    call: Call, user: dict[str, Any], before: dict[str, Any] | None, body: Any = None
) -> None:
    """A user created or updated with `department`, `location` or `securityGroup` belongs to
    that group (when the mock holds it), so members listings, counts and user filters agree.
    A new `department` or `location` replaces the one set before; `isDepartmentHead` makes the
    user a head of the user's department."""
    body = call.body if body is None else body
    body = body if isinstance(body, dict) else {}
    user_id = str(user["id"])
    previous = before or {}
    department = body.get("department")
    if department and call.store.get(DEPARTMENTS.collection, str(department)) is not None:
        old = previous.get("department")
        if old and old != department:
            DEPARTMENT_MEMBERS.remove(call, str(old), [user_id])
            DEPARTMENT_HEADS.remove(call, str(old), [user_id])
        DEPARTMENT_MEMBERS.add(call, str(department), [user_id])
    own = str(user.get("department") or "")
    if own and "isDepartmentHead" in body and call.store.get(DEPARTMENTS.collection, own):
        if body["isDepartmentHead"]:
            DEPARTMENT_HEADS.add(call, own, [user_id])
        else:
            DEPARTMENT_HEADS.remove(call, own, [user_id])
    location_id = body.get("location")
    location = call.store.get(LOCATIONS.collection, str(location_id)) if location_id else None
    if location is not None:
        old = (previous.get("location") or {}).get("id")
        if old and old != location_id:
            LOCATION_MEMBERS.remove(call, str(old), [user_id])
        LOCATION_MEMBERS.add(call, str(location_id), [user_id])
        user["location"] = {"id": str(location_id), "name": location.get("name")}
        call.store.put(USERS.collection, user_id, user)
    if "addAdditionalTeams" in body or "removeAdditionalTeams" in body:
        teams = [str(t) for t in previous.get("userAdditionalTeams") or []]
        teams += [str(t) for t in body.get("addAdditionalTeams") or [] if str(t) not in teams]
        left = {str(t) for t in body.get("removeAdditionalTeams") or []}
        user["userAdditionalTeams"] = [t for t in teams if t not in left]
        call.store.put(USERS.collection, user_id, user)
    group = body.get("securityGroup")
    if group:
        SECURITY_GROUP_CATALOGUE.ensure(call)
        if call.store.get(SECURITY_GROUPS.collection, str(group)) is not None:
            SECURITY_GROUP_MEMBERS.add(call, str(group), [user_id])


def reportees(call: Call) -> dict[str, list[str]]:
    """Ids of the users who report to each supervisor (their `reportsTo`)."""
    found: dict[str, list[str]] = {}
    for user in call.store.items(USERS.collection):
        if user.get("reportsTo"):
            found.setdefault(str(user["reportsTo"]), []).append(str(user["id"]))
    return found


def present(call: Call, user: dict[str, Any], team: Mapping[str, list[str]]) -> dict[str, Any]:
    """A stored user as answered: `teamMembers` (who reports to the user) and `reportsToObj`
    (the supervisor's summary, when the mock knows the supervisor) computed now."""
    answer = dict(user)
    answer["teamMembers"] = list(team.get(str(user["id"]), []))
    supervisor = user.get("reportsTo")
    boss = call.store.get(USERS.collection, str(supervisor)) if supervisor else None
    if boss is not None:
        answer["reportsToObj"] = {k: boss[k] for k in SUMMARY_FIELDS if k in boss}
    else:
        answer.pop("reportsToObj", None)
    return answer


def stored_user(call: Call, user_id: str) -> dict[str, Any]:
    user: dict[str, Any] = call.store.get(USERS.collection, user_id) or {"id": user_id}
    return present(call, user, reportees(call))


@dataclass
class CreateUser(Create):
    """Create a User; the user joins the department, location and security group named."""

    def __call__(self, call: Call) -> Reply:
        status, user = super().__call__(call)
        join_own_groups(call, user, None)
        return status, stored_user(call, str(user["id"]))


@dataclass
class UpdateUser(Update):
    """Update a User; a new department or location moves the user (see `join_own_groups`)."""

    def __call__(self, call: Call) -> Reply:
        before = call.store.get(USERS.collection, str(call.path[self.key]))
        status, user = super().__call__(call)
        join_own_groups(call, user, before)
        return status, stored_user(call, str(user["id"]))


@dataclass
class ListUsers(ListItems):
    """Get All Users, each user with its `teamMembers` and `reportsToObj` computed now."""

    def __call__(self, call: Call) -> Reply:
        status, reply = super().__call__(call)
        team = reportees(call)
        reply["users"] = [present(call, user, team) for user in reply["users"]]
        return status, reply


@dataclass
class ListSupervisors:
    """Users who have reportees (some user's `reportsTo`), as summaries; `userId` narrows to the
    supervisor of that user."""

    fields: tuple[str, ...] = ()

    def bind(self, op: CompiledOperation) -> None:
        schema = op.success_schema().get("properties", {}).get("users", {})
        item = resolve(op.document, resolve(op.document, schema).get("items", {}))
        self.fields = tuple(item.get("properties", {}))

    def __call__(self, call: Call) -> Reply:
        users = call.store.items(USERS.collection)
        reportees = [u for u in users if u.get("reportsTo")]
        if "userId" in call.query:
            reportees = [u for u in reportees if u.get("id") == str(call.query["userId"])]
        wanted = {str(u["reportsTo"]) for u in reportees}
        supervisors = [
            {k: v for k, v in u.items() if k in self.fields} for u in users if u["id"] in wanted
        ]
        return call.op.success_status, paginate(call, supervisors, {})


@dataclass
class CreateUsersInBulk:
    """Create every user of body `data`; answer them as a JSON array."""

    create: Create = field(default_factory=lambda: Create(USERS, None, lenient=True))

    def bind(self, op: CompiledOperation) -> None:
        self.create.bind_to(op, resolve(op.document, op.success_schema().get("items", {})))

    def __call__(self, call: Call) -> Reply:
        created = []
        for entry in (call.body or {}).get("data") or []:
            item = self.create.build(call, entry)
            call.store.put(USERS.collection, item["id"], item)
            join_own_groups(call, item, None, entry)
            created.append(stored_user(call, str(item["id"])))
        return call.op.success_status, created


@dataclass
class DeleteUsersInBulk(Unbound):
    """Delete the users named in body `ids` (unknown ids are skipped); answer `{}`."""

    def __call__(self, call: Call) -> Reply:
        for user_id in (call.body or {}).get("ids") or []:
            if call.store.delete(USERS.collection, str(user_id)):
                forget_user(call, str(user_id))
        return call.op.success_status, {}


BEHAVIOURS: dict[str, Behaviour] = {
    "listUsers": ListUsers(USERS, filters={"department": in_department, "location": at_location}),
    "listTeamSupervisors": ListSupervisors(),
    "createUser": CreateUser(USERS, None, lenient=True),
    "updateUser": UpdateUser(USERS, None, lenient=True),
    "deleteUser": Delete(USERS, cascade=forget_user),
    "createUsersInBulk": CreateUsersInBulk(),
    "deleteUsersInBulk": DeleteUsersInBulk(),
}
