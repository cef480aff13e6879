"""workdrive_client drives the WorkDrive mock over real HTTP: users and paging, a department with
members and heads, location members, a task created, assigned, updated and deleted, a group chat
with a message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar
from uuid import UUID

import pytest
from workdrive_client import AuthenticatedClient
from workdrive_client.api.department import (
    create_department,
    get_department_members,
    update_department_head,
    update_department_members,
)
from workdrive_client.api.group_chat import create_group_chat, delete_group_chat
from workdrive_client.api.location import (
    create_location,
    get_location_members,
    update_location_members,
)
from workdrive_client.api.message import send_message
from workdrive_client.api.task import (
    create_task,
    delete_task,
    list_tasks,
    update_task,
    update_task_assignees,
)
from workdrive_client.api.user import create_user, delete_user, list_users
from workdrive_client.models import (
    ApiError,
    Department,
    DepartmentHeadUpdate,
    DepartmentInput,
    DepartmentMembersUpdate,
    DepartmentWithMembers,
    GroupChat,
    GroupChatInput,
    LocationInput,
    LocationMembersUpdate,
    LocationWithMembers,
    Message,
    MessageInput,
    Task,
    TaskAssigneesUpdate,
    TaskInput,
    TaskList,
    TaskUpdate,
    User,
    UserInput,
    UserList,
)
from workdrive_client.models import Location as LocationModel
from workdrive_client.types import Unset

from conftest import api_named
from mock_server import serving
from specbench.mock import build_mock_app

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

    ok(delete_group_chat.sync(chat.id, client=client), object)
    orphan = send_message.sync_detailed(
        chat.id, client=client, body=MessageInput.from_dict({"message": "?"})
    )
    assert orphan.status_code == 404 and isinstance(orphan.parsed, ApiError)
