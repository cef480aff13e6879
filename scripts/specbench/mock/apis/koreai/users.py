"""Users of the Kore.ai mock: one account's user directory, kept in the mock's store.

Create, Update and Remove Users change it and answer the documented `UsersResponse`; Get User
Information reads it. Every change writes an Admin Console audit record (`audit.record`).
See specs/koreai/ERRATA.md "Mock users".
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from specbench.mock.apis.koreai import audit
from specbench.mock.behaviours import Behaviour, Call, Reply, Unbound
from specbench.mock.store import Store

USERS = "users"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NOT_FOUND = "User not found. Please check the provided email address."
CREATED = "User is created Successfully."
UPDATED = "User is updated Successfully."
REMOVED = "Users are removed Successfully"
# Profile fields a user may change (UserInfo); the identifiers are handled apart.
PROFILE = (
    "firstName",
    "lastName",
    "companyName",
    "dept",
    "companyContactPhone",
    "worknumber",
    "street",
    "suiteNo",
    "city",
    "zip",
    "state",
    "country",
)


def failure(message: str) -> dict[str, Any]:
    """A `FailureReason` as the older documented answers show it, in full."""
    return {
        "statusCode": 400,
        "status": 400,
        "customCode": 400,
        "errors": [{"msg": message, "code": 400}],
        "message": message,
        "name": "BadRequest",
    }


def key_of(email: str) -> str:
    return email.strip().lower()


def all_users(store: Store) -> list[dict[str, Any]]:
    return [user for user in store.items(USERS) if isinstance(user, dict)]


def info_of(user: dict[str, Any]) -> dict[str, Any]:
    info = user.get("userInfo")
    return info if isinstance(info, dict) else {}


def find(
    store: Store, email: str | None = None, org_id: str | None = None
) -> dict[str, Any] | None:
    """The stored user with this email address (any case) or organization user ID."""
    for user in all_users(store):
        info = info_of(user)
        if email is not None and key_of(str(info.get("emailId", ""))) == key_of(email):
            return user
        if org_id is not None and info.get("orgUserId") == org_id:
            return user
    return None


def save(store: Store, user: dict[str, Any]) -> None:
    store.put(USERS, key_of(str(info_of(user)["emailId"])), user)


def remove(store: Store, user: dict[str, Any]) -> None:
    """Delete a user, whatever key it was stored under (a preloaded user may have any key)."""
    email = key_of(str(info_of(user).get("emailId", "")))
    if store.delete(USERS, email):
        return
    for key in candidate_keys(user):
        if store.delete(USERS, key):
            return


def candidate_keys(user: dict[str, Any]) -> Iterable[str]:
    info = info_of(user)
    for value in (info.get("emailId"), info.get("userId"), info.get("orgUserId")):
        if isinstance(value, str):
            yield value


def user_id(email: str) -> str:
    """A stable platform id for an email address, in the vendor's `u-<uuid>` form."""
    digest = hashlib.sha256(f"specbench-user:{key_of(email)}".encode()).digest()
    return f"u-{uuid.UUID(bytes=digest[:16], version=5)}"


def role_entries(roles: Iterable[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Bot roles (with a bot) and admin roles (without), as Get User Information answers them."""
    bot_roles: list[dict[str, Any]] = []
    admin_roles: list[dict[str, Any]] = []
    for role in roles:
        if not isinstance(role, dict) or not isinstance(role.get("roleId"), str):
            continue
        bot = role.get("botId") or role.get("streamId")
        if isinstance(bot, str):
            entry = {"roleId": role["roleId"], "roleName": role["roleId"], "groups": []}
            bot_roles.append({**entry, "botId": bot, "botName": bot})
        else:
            admin_roles.append({"roleId": role["roleId"], "roleName": role["roleId"], "groups": []})
    return bot_roles, admin_roles


def tasks(assignments: Iterable[Any]) -> list[dict[str, Any]]:
    found = []
    for task in assignments:
        if isinstance(task, dict):
            bot = task.get("botId") or task.get("streamId")
            found.append(
                {
                    **({"botId": bot} if isinstance(bot, str) else {}),
                    "dialogs": list(task.get("dialogs") or []),
                    "actions": list(task.get("actions") or []),
                    "alerts": list(task.get("alerts") or []),
                    "knowledgeTask": list(task.get("knowledgeTask") or []),
                }
            )
    return found


def new_user(entry: dict[str, Any]) -> dict[str, Any]:
    """The stored form of a created user: what Get User Information answers for it."""
    given = dict(entry.get("userInfo") or {})
    info = {name: value for name, value in given.items() if name in (*PROFILE, "orgUserId")}
    info = {
        "emailId": given["emailId"],
        "userId": user_id(given["emailId"]),
        "firstName": "",
        "lastName": "",
        **info,
        "status": "active",
    }
    bot_roles, admin_roles = role_entries(entry.get("roles") or [])
    return {
        "canCreateBot": entry.get("canCreateBot", True),
        "isDeveloper": entry.get("isDeveloper", True),
        "userInfo": info,
        "roles": {"btRoles": bot_roles, "adminRoles": admin_roles},
        "assignBotTasks": tasks(entry.get("assignBotTasks") or []),
        "groups": [{"groupId": g, "groupName": g} for g in entry.get("groups") or []],
    }


def outcome(user_info: dict[str, Any], reason: str | None = None) -> dict[str, Any]:
    """One `failedUserDetails` entry naming the user in `userInfo`."""
    named = {k: user_info[k] for k in ("emailId", "orgUserId", "firstName") if k in user_info}
    if reason is None:
        return {"userInfo": {**named, "status": "success"}}
    return {"userInfo": {**named, "status": "failure", "reason": failure(reason)}}


def answer(message: str, processed: int, entries: list[dict[str, Any]], named: int) -> Any:
    """`UsersResponse`: `msg` when a user was processed, the per-user entries, the counts."""
    reply: dict[str, Any] = {"msg": message} if processed else {}
    if entries:
        reply["failedUserDetails"] = entries
    reply.update({"moreAvailable": False, "total": named})
    return reply


@dataclass
class CreateUsers(Unbound):
    """POST /api/public/users: add each valid, new user; list every outcome."""

    def __call__(self, call: Call) -> Reply:
        entries: list[dict[str, Any]] = []
        created = 0
        users = [u for u in (call.body or {}).get("users") or [] if isinstance(u, dict)]
        for entry in users:
            info = entry.get("userInfo") or {}
            email = str(info.get("emailId", ""))
            if not EMAIL.match(email):
                entries.append(outcome(info, "INVALID_EMAIL"))
            elif find(call.store, email=email) is not None:
                entries.append(outcome(info, "User already exists"))
            else:
                save(call.store, new_user(entry))
                audit.record(call.store, "User Creation", f"User {email} was added to the account")
                entries.append(outcome(info))
                created += 1
        return call.op.success_status, answer(CREATED, created, entries, len(users))


def apply_update(user: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    """The user after one `UserUpdate`: profile fields replaced, groups and roles added to and
    removed from, tasks replaced when given, permissions set when given."""
    given = change.get("userInfo") or {}
    info = {**info_of(user)}
    info.update({k: v for k, v in given.items() if k in (*PROFILE, "orgUserId")})
    groups = [g for g in user.get("groups") or [] if isinstance(g, dict)]
    changes = change.get("groups") or {}
    ids = [g.get("groupId") for g in groups]
    for group in changes.get("addTo") or []:
        if group not in ids:
            groups.append({"groupId": group, "groupName": group})
            ids.append(group)
    leaving = set(changes.get("removeFrom") or [])
    groups = [g for g in groups if g.get("groupId") not in leaving]
    roles = user.get("roles") or {}
    bot_roles = list(roles.get("btRoles") or [])
    admin_roles = list(roles.get("adminRoles") or [])
    role_changes = change.get("roles") or {}
    add_bot, add_admin = role_entries(role_changes.get("addTo") or [])
    drop_bot, drop_admin = role_entries(role_changes.get("removeFrom") or [])

    def merged(current: list[Any], add: list[Any], drop: list[Any]) -> list[Any]:
        def same(a: Any, b: Any) -> bool:
            return bool(a.get("roleId") == b.get("roleId") and a.get("botId") == b.get("botId"))

        kept = [r for r in current if not any(same(r, d) for d in drop)]
        return kept + [a for a in add if not any(same(a, k) for k in kept)]

    updated = {
        **user,
        "userInfo": info,
        "groups": groups,
        "roles": {
            "btRoles": merged(bot_roles, add_bot, drop_bot),
            "adminRoles": merged(admin_roles, add_admin, drop_admin),
        },
    }
    if "assignBotTasks" in change:
        updated["assignBotTasks"] = tasks(change.get("assignBotTasks") or [])
    for flag in ("canCreateBot", "isDeveloper"):
        if isinstance(change.get(flag), bool):
            updated[flag] = change[flag]
    return updated


@dataclass
class UpdateUsers(Unbound):
    """PUT /api/public/users: change each named user; an unknown one is a per-user failure."""

    def __call__(self, call: Call) -> Reply:
        entries: list[dict[str, Any]] = []
        updated = 0
        users = [u for u in (call.body or {}).get("users") or [] if isinstance(u, dict)]
        for change in users:
            info = change.get("userInfo") or {}
            email, org_id = info.get("emailId"), info.get("orgUserId")
            if not isinstance(email, str) and not isinstance(org_id, str):
                entries.append(outcome(info, "emailId or orgUserId is required"))
                continue
            user = (
                find(call.store, email=email)
                if isinstance(email, str)
                else find(call.store, org_id=str(org_id))
            )
            if user is None:
                entries.append(outcome(info, NOT_FOUND))
                continue
            new = apply_update(user, change)
            remove(call.store, user)
            save(call.store, new)
            name = info_of(new)["emailId"]
            audit.record(call.store, "User Update", f"User {name} was updated")
            entries.append(outcome(info_of(new)))
            updated += 1
        return call.op.success_status, answer(UPDATED, updated, entries, len(users))


@dataclass
class RemoveUsers(Unbound):
    """DELETE /api/public/users: remove the named users; unknown ones are listed with a reason."""

    def __call__(self, call: Call) -> Reply:
        body = call.body or {}
        entries: list[dict[str, Any]] = []
        removed = 0
        named = [(str(e), "email") for e in body.get("deleteEmailIds") or []]
        named += [(str(o), "org") for o in body.get("orgUserIds") or []]
        for name, kind in named:
            user = (
                find(call.store, email=name) if kind == "email" else find(call.store, org_id=name)
            )
            if user is None:
                entries.append({"emailId": name, "reason": failure(NOT_FOUND)})
                continue
            remove(call.store, user)
            email = info_of(user).get("emailId", name)
            audit.record(call.store, "User Deletion", f"User {email} was removed from the account")
            removed += 1
        return call.op.success_status, answer(REMOVED, removed, entries, len(named))


@dataclass
class QueryUsersInfo(Unbound):
    """POST /api/public/usersInfo: the named users in the order asked (every user when none is
    named), filtered by `status`; an unknown user is a failure entry."""

    def __call__(self, call: Call) -> Reply:
        body = call.body or {}
        wanted = str(body.get("status") or "all")
        emails = [str(e) for e in body.get("emailIds") or []]
        org_ids = [str(o) for o in body.get("orgUserIds") or []]
        found: list[dict[str, Any]] = []
        if not emails and not org_ids:
            found = all_users(call.store)
        for name, kind in [(e, "email") for e in emails] + [(o, "org") for o in org_ids]:
            user = (
                find(call.store, email=name) if kind == "email" else find(call.store, org_id=name)
            )
            if user is None:
                key = "emailId" if kind == "email" else "orgUserId"
                found.append(
                    {"userInfo": {key: name, "status": "failure", "reason": failure(NOT_FOUND)}}
                )
            else:
                found.append(user)
        entries = [
            entry
            for entry in found
            if info_of(entry).get("status") == "failure"
            or wanted == "all"
            or info_of(entry).get("status", "active") == wanted
        ]
        total = len(entries)
        return call.op.success_status, [
            {**entry, "moreAvailable": False, "total": total} for entry in entries
        ]


BEHAVIOURS: dict[str, Behaviour] = {
    "createUsers": CreateUsers(),
    "updateUsers": UpdateUsers(),
    "removeUsers": RemoveUsers(),
    "queryUsersInfo": QueryUsersInfo(),
}
