"""Videos, photos, courses, tasks, group chats, messages and SSOs of
the WorkDrive mock: stored resources created, listed, changed and deleted as the spec says."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from specbench.mock.apis.workdrive.account import registered_among, registered_media
from specbench.mock.apis.workdrive.catalogues import Catalogue, CatalogueDelete, CatalogueList
from specbench.mock.apis.workdrive.crud import crud
from specbench.mock.apis.workdrive.groups import CountedCatalogueList, member_ids
from specbench.mock.apis.workdrive.listings import (
    PHOTO_FILTERS,
    VIDEO_FILTERS,
    TaskList,
    parse_time,
    published,
)
from specbench.mock.apis.workdrive.members import SUMMARY_FIELDS, joined, strings, summary
from specbench.mock.behaviours.call import Behaviour, Call, Reply, Unbound
from specbench.mock.behaviours.crud import Create, Resource, Update
from specbench.mock.behaviours.envelope import wrap
from specbench.mock.behaviours.ids import UUID
from specbench.mock.behaviours.lists import ListItems
from specbench.mock.errors import not_found

VIDEOS = Resource("videos", UUID)
PHOTOS = Resource("photos", UUID)
TASKS = Resource("tasks", UUID)
GROUP_CHATS = Resource("group_chats", UUID)
MESSAGES = Resource("messages", UUID)
MEETINGS = Resource("meetings", UUID)
SSOS = Resource("ssos", UUID)
CATEGORIES = Resource("categories", UUID)
TEMPLATES = Resource("enforcement_templates", UUID)
COURSES = Resource("courses", UUID)
COURSE_CATALOGUE = Catalogue(COURSES)


def photo_media(call: Call) -> Mapping[str, Any]:
    """Create a Photo: `photo` is the media body `fileId` names (when the media upload
    registered it)."""
    found = registered_media(call, (call.body or {}).get("fileId"))
    return {"photo": found} if found is not None else {}


def course_tasks(call: Call, course_id: str) -> list[dict[str, Any]]:
    """The tasks that assign the course (`trainingCourseTaskListId` is its id)."""
    tasks = call.store.items(TASKS.collection)
    return [task for task in tasks if task.get("trainingCourseTaskListId") == course_id]


def number_of_tasks(call: Call, course_id: str) -> int:
    return len(course_tasks(call, course_id))


def users_count(call: Call, course_id: str) -> int:
    """Distinct users assigned a task of the course."""
    tasks = course_tasks(call, course_id)
    return len({user for task in tasks for user in member_ids(task.get("assignedUserIds"))})


def assign_on_create(call: Call) -> Mapping[str, Any]:
    """Create a Task with `userIds` assigns it at once (the vendor's "Create and Assign a Task")."""
    users = strings((call.body or {}).get("userIds"))
    return {"assignedUserIds": users} if users else {}


def reassign(call: Call, task: dict[str, Any]) -> Mapping[str, Any]:
    """Assign a task: add `userIds`, drop `removeIds`, keep the order of first assignment."""
    body = call.body or {}
    current = strings(task.get("assignedUserIds"))
    return {"assignedUserIds": joined(current, body.get("userIds"), body.get("removeIds"))}


def change_admins(call: Call, chat: dict[str, Any]) -> Mapping[str, Any]:
    """Update a Group Chat: `newAdmins` join `admins`, `removedAdmins` leave it."""
    body = call.body or {}
    if "newAdmins" not in body and "removedAdmins" not in body:
        return {}
    admins = strings(chat.get("admins"))
    return {"admins": joined(admins, body.get("newAdmins"), body.get("removedAdmins"))}


@dataclass
class CreateInChat(Create):
    """A message or meeting inside the group chat `conversationId` (404 when there is none)."""

    def __call__(self, call: Call) -> Reply:
        chat_id = str(call.path["conversationId"])
        if call.store.get(GROUP_CHATS.collection, chat_id) is None:
            raise not_found(f"group chat {chat_id}")
        item = self.build(call)
        call.store.put(self.resource.collection, item["id"], item, parent=chat_id)
        return call.op.success_status, wrap(self.envelope, item)


def sent_message(call: Call) -> Mapping[str, Any]:
    """Send a new Message: not edited and without replies yet; `mention` is the first user the
    body mentions (the answer holds one user object) and `files` wraps the media of `fileId`
    that the media upload registered (ERRATA "Message fields derived from the request")."""
    body = call.body if isinstance(call.body, dict) else {}
    fields: dict[str, Any] = {"isEdited": False, "repliesCount": 0}
    mentioned = strings(body.get("mention"))
    if mentioned:
        fields["mention"] = summary(call, mentioned[0], SUMMARY_FIELDS)
    media = registered_among(call, body.get("fileId"))
    if media:
        fields["files"] = {"files": media}
    return fields


def delete_chat_children(call: Call, chat_id: str) -> None:
    call.store.delete_children(MESSAGES.collection, chat_id)
    call.store.delete_children(MEETINGS.collection, chat_id)


@dataclass
class DeleteGroupChats(Unbound):
    """DELETE /api/group-chats?id=…&id=…: delete every named group chat with its messages and
    meetings; 404 and nothing deleted when one id names no group chat."""

    def __call__(self, call: Call) -> Reply:
        wanted = list(dict.fromkeys(str(i) for i in call.query.get("id") or []))
        for chat_id in wanted:
            if call.store.get(GROUP_CHATS.collection, chat_id) is None:
                raise not_found(f"group chat {chat_id}")
        for chat_id in wanted:
            call.store.delete(GROUP_CHATS.collection, chat_id)
            delete_chat_children(call, chat_id)
        return call.op.success_status, {}


def chat_members(call: Call) -> Mapping[str, Any]:
    """Create a GroupChat: `groupType` is kept as the chat's `type`; `members` become its
    `participants` (user summaries) and those marked `isAdmin` its `admins`."""
    body = call.body or {}
    members = [m for m in body.get("members") or [] if isinstance(m, dict) and m.get("id")]
    fields: dict[str, Any] = {}
    if body.get("groupType"):
        fields["type"] = body["groupType"]
    if members:
        fields["participants"] = [summary(call, str(m["id"]), SUMMARY_FIELDS) for m in members]
        fields["admins"] = [str(m["id"]) for m in members if m.get("isAdmin")]
    return fields


def created_until(call: Call, item: dict[str, Any], moment: Any) -> bool:
    """`time`: only what was created up to that moment."""
    created = item.get("createdAt")
    return created is None or parse_time(str(created)) <= parse_time(str(moment))


def of_group_type(call: Call, item: dict[str, Any], wanted: Any) -> bool:
    """`group_type`: the kind the chat was created as (kept in `type`)."""
    return item.get("type") == str(wanted)


@dataclass
class ListGroupChats(ListItems):
    """Get All GroupChats: participants only with `include_participants=true`."""

    def __call__(self, call: Call) -> Reply:
        status, reply = super().__call__(call)
        if not call.query.get("include_participants"):
            key = self.items_key or "conversations"
            reply[key] = [
                {k: v for k, v in item.items() if k != "participants"} for item in reply[key]
            ]
        return status, reply


BEHAVIOURS: dict[str, Behaviour] = {
    **crud("Video", VIDEOS, listing=ListItems(VIDEOS, filters=VIDEO_FILTERS)),
    **crud("Photo", PHOTOS, listing=ListItems(PHOTOS, filters=PHOTO_FILTERS), created=photo_media),
    **crud(
        "Task",
        TASKS,
        listing=TaskList(TASKS, filters={"published": published}),
        created=assign_on_create,
    ),
    "updateTaskAssignees": Update(TASKS, None, lenient=True, extra=reassign),
    "listGroupChats": ListGroupChats(
        GROUP_CHATS,
        filters={"group_type": of_group_type, "time": created_until},
    ),
    "createGroupChat": Create(GROUP_CHATS, None, extra=chat_members, lenient=True),
    "updateGroupChat": Update(GROUP_CHATS, None, lenient=True, extra=change_admins),
    "deleteGroupChat": DeleteGroupChats(),
    "sendMessage": CreateInChat(MESSAGES, None, extra=sent_message, lenient=True),
    "createConversationMeeting": CreateInChat(MEETINGS, None, lenient=True),
    "listSsos": ListItems(
        SSOS,
        filters={
            "department": lambda call, item, value: item.get("departmentId") == str(value),
            "location": lambda call, item, value: item.get("locationId") == str(value),
        },
    ),
    "createSso": Create(SSOS, None, lenient=True),
    "listCategories": CatalogueList(CATEGORIES, catalogue=Catalogue(CATEGORIES)),
    "listEnforcementTemplates": CatalogueList(TEMPLATES, catalogue=Catalogue(TEMPLATES)),
    "listCourses": CountedCatalogueList(
        COURSES,
        catalogue=COURSE_CATALOGUE,
        counts={"numberOfTasks": number_of_tasks, "usersCount": users_count},
    ),
    "deleteCourse": CatalogueDelete(COURSES, catalogue=COURSE_CATALOGUE),
}
