"""Users, the organization, access tokens, media uploads, departments, locations and security
groups of the WorkDrive mock."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from specbench.mock.apis.workdrive.catalogues import Catalogue, CatalogueList
from specbench.mock.apis.workdrive.members import (
    USERS,
    GroupMembers,
    Members,
    Membership,
    summary,
)
from specbench.mock.behaviours import (
    UUID,
    Behaviour,
    Call,
    Create,
    Delete,
    ListItems,
    Reply,
    Resource,
    Unbound,
    Update,
    new_id,
    paginate,
)
from specbench.mock.operations import CompiledOperation
from specbench.mock.schemas import resolve

ORGANIZATIONS = Resource("organizations", UUID)
DEPARTMENTS = Resource("departments", UUID)
LOCATIONS = Resource("locations", UUID)
SECURITY_GROUPS = Resource("security_groups", UUID)
FILES = "files"

DEPARTMENT_MEMBERS = Membership(DEPARTMENTS, "department_members")
DEPARTMENT_HEADS = Membership(DEPARTMENTS, "department_heads")
LOCATION_MEMBERS = Membership(LOCATIONS, "location_members")
SECURITY_GROUP_MEMBERS = Membership(SECURITY_GROUPS, "security_group_members")
SECURITY_GROUP_CATALOGUE = Catalogue(SECURITY_GROUPS)


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


def forget_group(*memberships: Membership) -> Any:
    def cascade(call: Call, group_id: str) -> None:
        for membership in memberships:
            call.store.delete_children(membership.collection, group_id)

    return cascade


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


def counted(
    call: Call, item: dict[str, Any], fields: frozenset[str], counts: Mapping[str, Counter]
) -> dict[str, Any]:
    """A listed item cut to the listing's fields, with its derived fields computed now."""
    answer = {k: v for k, v in item.items() if k in fields}
    for name, count in counts.items():
        answer[name] = count(call, str(item["id"]))
    return answer


Counter = Callable[[Call, str], Any]


def member_count(membership: Membership) -> Counter:
    return lambda call, group_id: len(membership.user_ids(call, group_id))


def head_summaries(call: Call, department_id: str) -> list[dict[str, Any]]:
    return [
        summary(call, user_id, SUMMARY_FIELDS)
        for user_id in DEPARTMENT_HEADS.user_ids(call, department_id)
    ]


SUMMARY_FIELDS = ("id", "firstName", "lastName", "email", "phone", "color")


@dataclass
class CountedList(ListItems):
    """A listing whose items carry counts computed from the memberships the mock holds."""

    counts: Mapping[str, Counter] = field(default_factory=dict)

    def __call__(self, call: Call) -> Reply:
        status, reply = super().__call__(call)
        key = self.items_key or "items"
        reply[key] = [counted(call, item, self.fields, self.counts) for item in reply[key]]
        return status, reply


@dataclass
class CountedCatalogueList(CatalogueList):
    """A catalogue listing (security groups) with counts computed as `CountedList`'s."""

    counts: Mapping[str, Counter] = field(default_factory=dict)

    def __call__(self, call: Call) -> Reply:
        status, reply = super().__call__(call)
        key = self.items_key or "items"
        reply[key] = [counted(call, item, self.fields, self.counts) for item in reply[key]]
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


@dataclass
class GenerateAccessToken(Unbound):
    """A new API access token for body `userId` (random; never stored in clear)."""

    def __call__(self, call: Call) -> Reply:
        token = secrets.token_urlsafe(32)
        user_id = (call.body or {}).get("userId")
        digest = hashlib.sha256(token.encode()).hexdigest()
        call.store.put("access_tokens", digest, {"userId": user_id})
        answer = {"token": token} if user_id is None else {"userId": user_id, "token": token}
        return call.op.success_status, answer


@dataclass
class SignMediaUpload(Unbound):
    """GET /api/media: register a file and answer where to POST it (a form with S3 fields)."""

    def __call__(self, call: Call) -> Reply:
        file_id = new_id(call.store, UUID)
        mime = str(call.query["mime"])
        call.store.put(FILES, file_id, {"id": file_id, "mime": mime, "name": call.query["name"]})
        key = f"m-{call.query['moduleCode']}/{file_id}"
        return call.op.success_status, {
            "fileId": file_id,
            "signedRequest": {
                "url": "https://storage.workdrive.invalid/upload",
                "fields": {
                    "Key": key,
                    "Content-Type": mime,
                    "ACL": "public-read",
                    "bucket": "workdrive-media",
                    "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
                    "X-Amz-Credential": "mock/20260101/region/s3/aws4_request",
                    "X-Amz-Date": "20260101T000000Z",
                    "Policy": "bW9jay1wb2xpY3k=",
                    "X-Amz-Signature": hashlib.sha256(key.encode()).hexdigest(),
                },
            },
            "url": f"https://cdn.workdrive.invalid/{key}",
        }


def member_ids(entries: Any) -> list[str]:
    """Ids out of a list of member entries (`{id, …}`) or of bare ids."""
    ids = []
    for entry in entries or []:
        value = entry.get("id") if isinstance(entry, dict) else entry
        if value is not None:
            ids.append(str(value))
    return ids


@dataclass
class CreateDepartment(Create):
    """A department; body `members` join it, those marked admin or head also head it."""

    def __call__(self, call: Call) -> Reply:
        status, item = super().__call__(call)
        entries = (call.body or {}).get("members") or []
        DEPARTMENT_MEMBERS.add(call, item["id"], member_ids(entries))
        heads = [
            e
            for e in entries
            if isinstance(e, dict) and (e.get("isAdmin") or e.get("isDepartmentHead"))
        ]
        DEPARTMENT_HEADS.add(call, item["id"], member_ids(heads))
        return status, item


@dataclass
class UpdateDepartmentHead(Unbound):
    """`add` heads (who also become members), `remove` one head; answer the department."""

    def __call__(self, call: Call) -> Reply:
        department = DEPARTMENT_HEADS.group(call, "id")
        body = call.body or {}
        added = member_ids(body.get("add"))
        DEPARTMENT_HEADS.add(call, department["id"], added)
        DEPARTMENT_MEMBERS.add(call, department["id"], added)
        if body.get("remove"):
            DEPARTMENT_HEADS.remove(call, department["id"], [str(body["remove"])])
        return call.op.success_status, department


class DepartmentMembers(Members):
    """Members of a department, with the ids of its heads."""

    def __call__(self, call: Call) -> Reply:
        status, answer = super().__call__(call)
        if "departmentHeads" in call.op.success_schema().get("properties", {}):
            answer["departmentHeads"] = DEPARTMENT_HEADS.user_ids(call, answer["id"])
        return status, answer


def add_and_remove(body: Any) -> tuple[list[str], list[str]]:
    """`addMembers` (entries or ids) and `removeMembers` (ids) of a members update."""
    return member_ids(body.get("addMembers")), member_ids(body.get("removeMembers"))


@dataclass
class CatalogueGroupMembers(GroupMembers):
    """Members of a security group (a catalogue: stocked before the first change)."""

    def __call__(self, call: Call) -> Reply:
        SECURITY_GROUP_CATALOGUE.ensure(call)
        return super().__call__(call)


BEHAVIOURS: dict[str, Behaviour] = {
    "listUsers": ListUsers(USERS, filters={"department": in_department, "location": at_location}),
    "listTeamSupervisors": ListSupervisors(),
    "createUser": CreateUser(USERS, None, lenient=True),
    "updateUser": UpdateUser(USERS, None, lenient=True),
    "deleteUser": Delete(USERS, cascade=forget_user),
    "createUsersInBulk": CreateUsersInBulk(),
    "deleteUsersInBulk": DeleteUsersInBulk(),
    "createOrganization": Create(ORGANIZATIONS, None, lenient=True),
    "updateOrganization": Update(ORGANIZATIONS, None, lenient=True),
    "createAccessToken": GenerateAccessToken(),
    "getMediaUploadSignedRequest": SignMediaUpload(),
    "listDepartments": CountedList(
        DEPARTMENTS,
        counts={"memberCount": member_count(DEPARTMENT_MEMBERS), "admins": head_summaries},
    ),
    "createDepartment": CreateDepartment(DEPARTMENTS, None, lenient=True),
    "updateDepartment": Update(DEPARTMENTS, None, lenient=True),
    "deleteDepartment": Delete(
        DEPARTMENTS, cascade=forget_group(DEPARTMENT_MEMBERS, DEPARTMENT_HEADS)
    ),
    "updateDepartmentHead": UpdateDepartmentHead(),
    "getDepartmentMembers": DepartmentMembers(DEPARTMENT_MEMBERS),
    "updateDepartmentMembers": DepartmentMembers(DEPARTMENT_MEMBERS, change=add_and_remove),
    "listLocations": CountedList(LOCATIONS, counts={"memberCount": member_count(LOCATION_MEMBERS)}),
    "createLocation": Create(LOCATIONS, None, lenient=True),
    "updateLocation": Update(LOCATIONS, None, lenient=True),
    "deleteLocation": Delete(LOCATIONS, cascade=forget_group(LOCATION_MEMBERS)),
    "getLocationMembers": Members(LOCATION_MEMBERS),
    "updateLocationMembers": Members(LOCATION_MEMBERS, change=add_and_remove),
    "listSecurityGroups": CountedCatalogueList(
        SECURITY_GROUPS,
        catalogue=SECURITY_GROUP_CATALOGUE,
        counts={"memberCount": member_count(SECURITY_GROUP_MEMBERS)},
    ),
    "addSecurityGroupMembers": CatalogueGroupMembers(SECURITY_GROUP_MEMBERS, adding=True),
    "removeSecurityGroupMembers": CatalogueGroupMembers(SECURITY_GROUP_MEMBERS, adding=False),
}
