"""Posts, news, events, media, documents, FAQs, courses, tasks, group chats, messages and SSOs of
the WorkDrive mock: stored resources created, listed, changed and deleted as the spec says."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from specbench.mock.apis.workdrive.seeds import Seed, SeededDelete, SeededList
from specbench.mock.behaviours import (
    UUID,
    Behaviour,
    Call,
    Create,
    Delete,
    ListItems,
    Reply,
    Resource,
    Update,
    wrap,
)
from specbench.mock.errors import not_found


def crud(name: str, resource: Resource) -> dict[str, Behaviour]:
    """list/create/update/delete<Name> over one collection, answers without an envelope."""
    plural = "" if name.endswith("s") else "s"
    return {
        f"list{name}{plural}": ListItems(resource),
        f"create{name}": Create(resource, None, lenient=True),
        f"update{name}": Update(resource, None, lenient=True),
        f"delete{name}": Delete(resource),
    }


POSTS = Resource("posts", UUID)
NEWS = Resource("news", UUID)
EVENTS = Resource("events", UUID)
VIDEOS = Resource("videos", UUID)
PHOTOS = Resource("photos", UUID)
DOCUMENTS = Resource("documents", UUID)
FAQS = Resource("faqs", UUID)
TASKS = Resource("tasks", UUID)
GROUP_CHATS = Resource("group_chats", UUID)
MESSAGES = Resource("messages", UUID)
MEETINGS = Resource("meetings", UUID)
SSOS = Resource("ssos", UUID)
CATEGORIES = Resource("categories", UUID)
TEMPLATES = Resource("enforcement_templates", UUID)
COURSES = Resource("courses", UUID)
COURSE_SEED = Seed(COURSES)


def ids(values: Any) -> list[str]:
    return [str(value) for value in values or [] if isinstance(value, str)]


def assign_on_create(call: Call) -> Mapping[str, Any]:
    """Create a Task with `userIds` assigns it at once (the seed's "Create and Assign")."""
    users = ids((call.body or {}).get("userIds"))
    return {"assignedUserIds": users} if users else {}


def reassign(call: Call, task: dict[str, Any]) -> Mapping[str, Any]:
    """Assign a task: add `userIds`, drop `removeIds`, keep the order of first assignment."""
    body = call.body or {}
    current = ids(task.get("assignedUserIds"))
    removed = set(ids(body.get("removeIds")))
    added = [u for u in ids(body.get("userIds")) if u not in current]
    return {"assignedUserIds": [u for u in current + added if u not in removed]}


def change_admins(call: Call, chat: dict[str, Any]) -> Mapping[str, Any]:
    """Update a Group Chat: `newAdmins` join `admins`, `removedAdmins` leave it."""
    body = call.body or {}
    if "newAdmins" not in body and "removedAdmins" not in body:
        return {}
    removed = set(ids(body.get("removedAdmins")))
    admins = ids(chat.get("admins"))
    admins += [a for a in ids(body.get("newAdmins")) if a not in admins]
    return {"admins": [a for a in admins if a not in removed]}


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


def delete_chat_children(call: Call, chat_id: str) -> None:
    call.store.delete_children(MESSAGES.collection, chat_id)
    call.store.delete_children(MEETINGS.collection, chat_id)


BEHAVIOURS: dict[str, Behaviour] = {
    **crud("Post", POSTS),
    **crud("News", NEWS),
    **crud("Event", EVENTS),
    **crud("Video", VIDEOS),
    **crud("Photo", PHOTOS),
    **crud("Document", DOCUMENTS),
    **crud("Faq", FAQS),
    "listTasks": ListItems(TASKS),
    "createTask": Create(TASKS, None, extra=assign_on_create, lenient=True),
    "updateTask": Update(TASKS, None, lenient=True),
    "updateTaskAssignees": Update(TASKS, None, lenient=True, extra=reassign),
    "deleteTask": Delete(TASKS),
    "listGroupChats": ListItems(GROUP_CHATS),
    "createGroupChat": Create(GROUP_CHATS, None, lenient=True),
    "updateGroupChat": Update(GROUP_CHATS, None, lenient=True, extra=change_admins),
    "deleteGroupChat": Delete(GROUP_CHATS, cascade=delete_chat_children),
    "sendMessage": CreateInChat(MESSAGES, None, lenient=True),
    "createConversationMeeting": CreateInChat(MEETINGS, None, lenient=True),
    "listSsos": ListItems(SSOS),
    "createSso": Create(SSOS, None, lenient=True),
    "listCategories": SeededList(CATEGORIES, seed=Seed(CATEGORIES)),
    "listEnforcementTemplates": SeededList(TEMPLATES, seed=Seed(TEMPLATES)),
    "listCourses": SeededList(COURSES, seed=COURSE_SEED),
    "deleteCourse": SeededDelete(COURSES, seed=COURSE_SEED),
}
