"""Users, the organization, access tokens, media uploads, departments, locations and security
groups of the WorkDrive mock."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any

from specbench.mock.apis.workdrive.members import USERS, GroupMembers, Members, Membership
from specbench.mock.apis.workdrive.seeds import Seed, SeededList
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
SECURITY_GROUP_SEED = Seed(SECURITY_GROUPS)


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


def forget_group(membership: Membership) -> Any:
    def cascade(call: Call, group_id: str) -> None:
        call.store.delete_children(membership.collection, group_id)

    return cascade


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
            created.append(item)
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
class SeededGroupMembers(GroupMembers):
    def __call__(self, call: Call) -> Reply:
        SECURITY_GROUP_SEED.ensure(call)
        return super().__call__(call)


BEHAVIOURS: dict[str, Behaviour] = {
    "listUsers": ListItems(USERS, filters={"department": in_department, "location": at_location}),
    "listTeamSupervisors": ListSupervisors(),
    "createUser": Create(USERS, None, lenient=True),
    "updateUser": Update(USERS, None, lenient=True),
    "deleteUser": Delete(USERS, cascade=forget_user),
    "createUsersInBulk": CreateUsersInBulk(),
    "deleteUsersInBulk": DeleteUsersInBulk(),
    "createOrganization": Create(ORGANIZATIONS, None, lenient=True),
    "updateOrganization": Update(ORGANIZATIONS, None, lenient=True),
    "createAccessToken": GenerateAccessToken(),
    "getMediaUploadSignedRequest": SignMediaUpload(),
    "listDepartments": ListItems(DEPARTMENTS),
    "createDepartment": CreateDepartment(DEPARTMENTS, None, lenient=True),
    "updateDepartment": Update(DEPARTMENTS, None, lenient=True),
    "deleteDepartment": Delete(DEPARTMENTS, cascade=forget_group(DEPARTMENT_MEMBERS)),
    "updateDepartmentHead": UpdateDepartmentHead(),
    "getDepartmentMembers": DepartmentMembers(DEPARTMENT_MEMBERS),
    "updateDepartmentMembers": DepartmentMembers(DEPARTMENT_MEMBERS, change=add_and_remove),
    "listLocations": ListItems(LOCATIONS),
    "createLocation": Create(LOCATIONS, None, lenient=True),
    "updateLocation": Update(LOCATIONS, None, lenient=True),
    "deleteLocation": Delete(LOCATIONS, cascade=forget_group(LOCATION_MEMBERS)),
    "getLocationMembers": Members(LOCATION_MEMBERS),
    "updateLocationMembers": Members(LOCATION_MEMBERS, change=add_and_remove),
    "listSecurityGroups": SeededList(SECURITY_GROUPS, seed=SECURITY_GROUP_SEED),
    "addSecurityGroupMembers": SeededGroupMembers(SECURITY_GROUP_MEMBERS, adding=True),
    "removeSecurityGroupMembers": SeededGroupMembers(SECURITY_GROUP_MEMBERS, adding=False),
}
