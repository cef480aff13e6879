"""workdrive_client drives the WorkDrive mock over real HTTP: users and paging, a department with
members and heads, location members, a task created, assigned, updated and deleted, a group chat
with a message, group chats deleted several at once, and the counts of the directory listings
(departments, locations, security groups) following the memberships."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar
from uuid import UUID

import pytest
from workdrive_client import AuthenticatedClient
from workdrive_client.api.department import (
    create_department,
    get_department_members,
    list_departments,
    update_department_head,
    update_department_members,
)
from workdrive_client.api.group_chat import create_group_chat, delete_group_chat, list_group_chats
from workdrive_client.api.location import (
    create_location,
    get_location_members,
    list_locations,
    update_location_members,
)
from workdrive_client.api.message import send_message
from workdrive_client.api.security_group import (
    add_security_group_members,
    list_security_groups,
    remove_security_group_members,
)
from workdrive_client.api.sso import create_sso, list_ssos
from workdrive_client.api.task import (
    create_task,
    delete_task,
    list_tasks,
    update_task,
    update_task_assignees,
)
from workdrive_client.api.user import create_user, delete_user, list_users, update_user
from workdrive_client.models import (
    ApiError,
    Department,
    DepartmentHeadUpdate,
    DepartmentInput,
    DepartmentList,
    DepartmentMembersUpdate,
    DepartmentWithMembers,
    GroupChat,
    GroupChatInput,
    GroupChatList,
    LocationInput,
    LocationList,
    LocationMembersUpdate,
    LocationWithMembers,
    Message,
    MessageInput,
    SecurityGroupList,
    SecurityGroupMembersInput,
    Sso,
    SsoInput,
    Task,
    TaskAssigneesUpdate,
    TaskInput,
    TaskList,
    TaskUpdate,
    User,
    UserInput,
    UserList,
    UserUpdate,
)
from workdrive_client.models import Location as LocationModel
from workdrive_client.types import Unset

from specbench.mock import build_mock_app
from tests.conftest import api_named
from tests.mock_server import serving

KEY = "workdrive-key"
T = TypeVar("T")


@pytest.fixture
def client() -> Iterator[AuthenticatedClient]:
    with serving(build_mock_app(api_named("workdrive"), token=KEY)) as url:
        yield AuthenticatedClient(base_url=url, token=KEY, auth_header_name="X-API-KEY", prefix="")


def ok(answer: Any, kind: type[T]) -> T:
    assert isinstance(answer, kind), answer
    return answer


def each(value: list[T] | Unset) -> list[T]:
    """A list field the answer must carry (the generated type also allows Unset)."""
    assert isinstance(value, list), value
    return value


def new_user(client: AuthenticatedClient, first: str) -> User:
    body = UserInput.from_dict({"firstName": first, "lastName": "Test", "email": f"{first}@x.io"})
    return ok(create_user.sync(client=client, body=body), User)


def test_users_are_paged_with_meta(client: AuthenticatedClient) -> None:
    created = [new_user(client, f"user{n}") for n in range(7)]
    seen: list[str] = []
    page = 1
    while True:
        answer = ok(list_users.sync(client=client, cur_page=page, per_page=3), UserList)
        meta = answer.meta
        assert (meta.per_page, meta.total_results, meta.total_pages, meta.cur_page) == (
            3,
            7,
            3,
            page,
        )
        seen += [user.id for user in answer.users]
        if meta.next_page is None:
            break
        assert meta.next_page == page + 1
        page = meta.next_page
    assert sorted(seen) == sorted(user.id for user in created) and len(seen) == 7

    ok(delete_user.sync(UUID(created[0].id), client=client), object)
    assert ok(list_users.sync(client=client), UserList).meta.total_results == 6
    gone = delete_user.sync_detailed(UUID(created[0].id), client=client)
    assert gone.status_code == 404
    assert isinstance(gone.parsed, ApiError) and gone.parsed.error == "Not Found"


def test_department_and_location_members(client: AuthenticatedClient) -> None:
    ann, bob, cid = (new_user(client, name) for name in ("ann", "bob", "cid"))
    body = {"name": "Sales", "members": [{"id": ann.id, "isAdmin": True}, {"id": bob.id}]}
    sales = ok(
        create_department.sync(client=client, body=DepartmentInput.from_dict(body)), Department
    )

    members = ok(get_department_members.sync(sales.id, client=client), DepartmentWithMembers)
    assert {m.id for m in each(members.members)} == {ann.id, bob.id}
    assert [str(h) for h in each(members.department_heads)] == [ann.id]

    change = DepartmentMembersUpdate.from_dict(
        {"addMembers": [{"id": cid.id}], "removeMembers": [bob.id]}
    )
    after = ok(
        update_department_members.sync(sales.id, client=client, body=change), DepartmentWithMembers
    )
    assert {m.id for m in each(after.members)} == {ann.id, cid.id}
    assert {m.first_name for m in each(after.members)} == {
        "ann",
        "cid",
    }  # summaries of the stored users

    heads = DepartmentHeadUpdate.from_dict({"add": [{"id": cid.id}], "remove": ann.id})
    ok(update_department_head.sync(sales.id, client=client, body=heads), Department)
    members = ok(get_department_members.sync(sales.id, client=client), DepartmentWithMembers)
    assert [str(h) for h in each(members.department_heads)] == [cid.id]
    in_sales = ok(list_users.sync(client=client, department=sales.id), UserList)
    assert {u.id for u in in_sales.users} == {ann.id, cid.id}

    berlin = ok(
        create_location.sync(client=client, body=LocationInput.from_dict({"name": "Berlin"})),
        LocationModel,
    )
    change_l = LocationMembersUpdate.from_dict({"addMembers": [ann.id, bob.id]})
    ok(update_location_members.sync(berlin.id, client=client, body=change_l), LocationWithMembers)
    change_l = LocationMembersUpdate.from_dict({"removeMembers": [ann.id]})
    ok(update_location_members.sync(berlin.id, client=client, body=change_l), LocationWithMembers)
    located = ok(get_location_members.sync(berlin.id, client=client), LocationWithMembers)
    assert [m.id for m in each(located.members)] == [bob.id]
    assert {
        u.id for u in ok(list_users.sync(client=client, location=berlin.id), UserList).users
    } == {bob.id}


def test_task_create_assign_update_delete(client: AuthenticatedClient) -> None:
    ann, bob = new_user(client, "ann"), new_user(client, "bob")
    body = TaskInput.from_dict({"title": "Fill out timesheet", "userIds": [ann.id]})
    task = ok(create_task.sync(client=client, body=body), Task)
    assert [str(u) for u in each(task.assigned_user_ids)] == [ann.id]

    change = TaskAssigneesUpdate.from_dict({"userIds": [bob.id], "removeIds": [ann.id]})
    task = ok(update_task_assignees.sync(task.id, client=client, body=change), Task)
    assert [str(u) for u in each(task.assigned_user_ids)] == [bob.id]

    task = ok(
        update_task.sync(task.id, client=client, body=TaskUpdate.from_dict({"title": "Timesheet"})),
        Task,
    )
    assert task.title == "Timesheet"
    assert [t.title for t in ok(list_tasks.sync(client=client), TaskList).tasks] == ["Timesheet"]

    ok(delete_task.sync(task.id, client=client), object)
    assert ok(list_tasks.sync(client=client), TaskList).tasks == []
    assert (
        update_task.sync_detailed(task.id, client=client, body=TaskUpdate.from_dict({})).status_code
        == 404
    )


def test_group_chat_and_message(client: AuthenticatedClient) -> None:
    ann = new_user(client, "ann")
    body = GroupChatInput.from_dict(
        {"title": "Launch", "isPrivate": True, "members": [{"id": ann.id}]}
    )
    chat = ok(create_group_chat.sync(client=client, body=body), GroupChat)
    assert chat.title == "Launch"
    sent = ok(
        send_message.sync(
            chat.id, client=client, body=MessageInput.from_dict({"message": "Hello"})
        ),
        Message,
    )
    assert sent.message == "Hello" and sent.id

    ok(delete_group_chat.sync(client=client, id=[chat.id]), object)
    orphan = send_message.sync_detailed(
        chat.id, client=client, body=MessageInput.from_dict({"message": "?"})
    )
    assert orphan.status_code == 404 and isinstance(orphan.parsed, ApiError)


def test_group_chats_are_deleted_several_at_once(client: AuthenticatedClient) -> None:
    ann, bob = new_user(client, "ann"), new_user(client, "bob")
    members = [{"id": ann.id, "isAdmin": True}, {"id": bob.id}]
    chats = [
        ok(
            create_group_chat.sync(
                client=client,
                body=GroupChatInput.from_dict(
                    {"title": title, "groupType": kind, "members": members}
                ),
            ),
            GroupChat,
        )
        for title, kind in (("One", "CHAT_GROUP"), ("Two", "ROOM"), ("Three", "CHAT_GROUP"))
    ]
    assert [p.id for p in each(chats[0].participants)] == [ann.id, bob.id]
    assert each(chats[0].admins) == [ann.id]

    rooms = ok(list_group_chats.sync(client=client, group_type="ROOM"), GroupChatList)
    assert [c.title for c in rooms.conversations] == ["Two"]
    bare = ok(list_group_chats.sync(client=client), GroupChatList).conversations
    assert all(isinstance(c.participants, Unset) for c in bare)
    full = ok(list_group_chats.sync(client=client, include_participants=True), GroupChatList)
    assert all(len(each(c.participants)) == 2 for c in full.conversations)

    unknown = delete_group_chat.sync_detailed(client=client, id=[chats[0].id, "no-such-chat"])
    assert unknown.status_code == 404
    assert ok(list_group_chats.sync(client=client), GroupChatList).meta.total_results == 3

    ok(delete_group_chat.sync(client=client, id=[chats[0].id, chats[2].id]), object)
    left = ok(list_group_chats.sync(client=client), GroupChatList)
    assert [c.id for c in left.conversations] == [chats[1].id]


def test_directory_counts_follow_memberships(client: AuthenticatedClient) -> None:
    ann, bob, cid = (new_user(client, name) for name in ("ann", "bob", "cid"))

    groups = ok(list_security_groups.sync(client=client), SecurityGroupList).groups
    group = groups[0]
    assert group.member_count == 0  # the mock holds no membership yet
    ids = SecurityGroupMembersInput.from_dict({"ids": [ann.id, bob.id]})
    ok(add_security_group_members.sync(group.id, client=client, body=ids), object)

    def count_of(group_id: UUID) -> int | Unset:
        listed = ok(list_security_groups.sync(client=client), SecurityGroupList).groups
        return next(g.member_count for g in listed if g.id == group_id)

    assert count_of(group.id) == 2
    joined = UserInput.from_dict({"firstName": "dan", "securityGroup": str(group.id)})
    dan = ok(create_user.sync(client=client, body=joined), User)
    assert count_of(group.id) == 3
    ids = SecurityGroupMembersInput.from_dict({"ids": [ann.id]})
    ok(remove_security_group_members.sync(group.id, client=client, body=ids), object)
    ok(delete_user.sync(UUID(dan.id), client=client), object)
    assert count_of(group.id) == 1

    body = {"name": "Sales", "members": [{"id": ann.id, "isAdmin": True}, {"id": bob.id}]}
    sales = ok(
        create_department.sync(client=client, body=DepartmentInput.from_dict(body)), Department
    )
    moved = UserUpdate.from_dict({"department": str(sales.id)})
    ok(update_user.sync(UUID(cid.id), client=client, body=moved), User)
    members = ok(get_department_members.sync(sales.id, client=client), DepartmentWithMembers)
    listed = ok(list_departments.sync(client=client), DepartmentList).departments
    (item,) = [d for d in listed if d.id == sales.id]
    assert item.member_count == len(each(members.members)) == 3
    assert [a.id for a in each(item.admins)] == [ann.id]
    assert {
        u.id for u in ok(list_users.sync(client=client, department=sales.id), UserList).users
    } == {
        ann.id,
        bob.id,
        cid.id,
    }

    berlin = ok(
        create_location.sync(client=client, body=LocationInput.from_dict({"name": "Berlin"})),
        LocationModel,
    )
    here = UserInput.from_dict({"firstName": "eve", "location": str(berlin.id)})
    eve = ok(create_user.sync(client=client, body=here), User)
    change = LocationMembersUpdate.from_dict({"addMembers": [ann.id]})
    ok(update_location_members.sync(berlin.id, client=client, body=change), LocationWithMembers)
    located = ok(get_location_members.sync(berlin.id, client=client), LocationWithMembers)
    (place,) = ok(list_locations.sync(client=client), LocationList).locations
    assert place.member_count == len(each(located.members)) == 2
    assert {m.id for m in each(located.members)} == {ann.id, eve.id}


def test_ssos_filter_by_department_and_location(client: AuthenticatedClient) -> None:
    sales, berlin = "1243134a-56b2-11ed-9b6a-0242ac120002", "9aa53819-f4f8-4c59-ba74-56aae6b604cc"
    for body in ({"type": "SSO", "departmentId": sales}, {"type": "SSO", "locationId": berlin}):
        ok(create_sso.sync(client=client, body=SsoInput.from_dict(body)), Sso)
    assert len(ok(list_ssos.sync(client=client), list)) == 2
    (by_department,) = ok(list_ssos.sync(client=client, department=UUID(sales)), list)
    assert str(by_department.department_id) == sales
    (by_location,) = ok(list_ssos.sync(client=client, location=UUID(berlin)), list)
    assert str(by_location.location_id) == berlin


def test_users_answer_their_team_and_supervisor(client: AuthenticatedClient) -> None:
    ann = new_user(client, "ann")
    body = {"firstName": "bob", "reportsTo": ann.id, "addAdditionalTeams": [ann.id]}
    bob = ok(create_user.sync(client=client, body=UserInput.from_dict(body)), User)
    assert bob.reports_to == ann.id and each(bob.user_additional_teams) == [ann.id]
    assert not isinstance(bob.reports_to_obj, Unset) and bob.reports_to_obj.id == ann.id

    users = {u.id: u for u in ok(list_users.sync(client=client), UserList).users}
    assert each(users[ann.id].team_members) == [bob.id]
    assert each(users[bob.id].team_members) == []

    leave = UserUpdate.from_dict({"removeAdditionalTeams": [ann.id]})
    bob = ok(update_user.sync(UUID(bob.id), client=client, body=leave), User)
    assert each(bob.user_additional_teams) == []
    ok(delete_user.sync(UUID(bob.id), client=client), object)
    users = {u.id: u for u in ok(list_users.sync(client=client), UserList).users}
    assert each(users[ann.id].team_members) == []
