"""The WorkDrive mock's derived fields: posts and news stamped, their users resolved, listed up
to `time` in `sort_key` order; courses counting the tasks that name them and their users
(specs/workdrive/ERRATA.md "Feed items derived from the request", "Course counts")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from specbench.testing import MockApi
from tests.mock.plain_http import created

ANNA = "6187fcb0-6151-11ec-9294-cfe91ad8177f"
BORIS = "79ba2a88-448d-416a-9c22-c8e96ed8f873"


@pytest.fixture
def mock() -> Iterator[MockApi]:
    with MockApi("workdrive") as api:
        api.preload(
            "users",
            [
                {"id": ANNA, "firstName": "Anna", "lastName": "Lee", "email": "anna@example.com"},
                {"id": BORIS, "firstName": "Boris", "lastName": "Ng", "email": "boris@example.com"},
            ],
        )
        yield api


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/posts", {"status": "PUBLISHED", "tags": ["#a"]}),
        ("/api/news", {"newsTitle": "World Cup"}),
    ],
)
def test_a_new_post_or_news_is_stamped_and_names_its_users(
    http: httpx.Client, path: str, body: dict[str, Any]
) -> None:
    item = created(http, path, {**body, "mention": [ANNA], "taggedUserIds": [BORIS, ANNA]})
    assert item["postedAt"].endswith("Z")
    assert (item["commentsCount"], item["reactions"], item["reactionUsers"]) == (0, [], [])
    assert [(u["id"], u["firstName"]) for u in item["mentions"]] == [(ANNA, "Anna")]
    assert [u["firstName"] for u in item["taggedUsers"]] == ["Boris", "Anna"]
    updated = http.patch(f"{path}/{item['id']}", json={"mention": [BORIS]})
    assert updated.status_code == 200, updated.text
    assert [u["id"] for u in updated.json()["mentions"]] == [BORIS]
    assert [u["id"] for u in updated.json()["taggedUsers"]] == [BORIS, ANNA]
    assert updated.json()["postedAt"] == item["postedAt"]


@pytest.mark.parametrize(("path", "key"), [("/api/posts", "posts"), ("/api/news", "news")])
def test_the_feed_lists_what_was_posted_up_to_time(
    mock: MockApi, http: httpx.Client, path: str, key: str
) -> None:
    collection = key
    mock.preload(
        collection,
        [
            {"id": "old", "postedAt": "2022-10-01T08:00:00.000Z", "commentsCount": 9},
            {"id": "mid", "postedAt": "2022-10-10T08:00:00.000Z", "reactions": [{}, {}, {}]},
            {"id": "new", "postedAt": "2022-10-20T08:00:00.000Z", "commentsCount": 1},
        ],
    )

    def listed(**query: str) -> list[str]:
        answer = http.get(path, params=query)
        assert answer.status_code == 200, answer.text
        return [item["id"] for item in answer.json()[key]]

    assert listed(time="2022-10-15T00:00:00Z") == ["mid", "old"]
    assert listed(time="2022-10-15T00:00:00Z", sort_key="a") == ["mid", "old"]
    assert listed(time="2022-12-31T00:00:00Z", sort_key="b") == ["mid", "new", "old"]
    assert listed(time="2022-12-31T00:00:00Z", sort_key="c") == ["old", "new", "mid"]
    assert listed(time="2022-09-30T00:00:00Z") == []
    assert listed(time="2022-12-31T00:00:00Z", sort_key="c", per_page="1", cur_page="2") == ["new"]
    fresh = created(http, path, {"status": "PUBLISHED", "tags": ["#b"]})
    assert fresh["id"] not in listed(time="2022-12-31T00:00:00Z")
    assert listed(time="2100-01-01T00:00:00Z")[0] == fresh["id"]


def test_courses_count_the_tasks_that_name_them_and_their_users(http: httpx.Client) -> None:
    def courses() -> dict[str, dict[str, Any]]:
        answer = http.get("/api/courses")
        assert answer.status_code == 200, answer.text
        return {course["id"]: course for course in answer.json()["taskLists"]}

    course_id, course = next(iter(courses().items()))
    assert (course["numberOfTasks"], course["usersCount"]) == (0, 0)
    first = created(
        http,
        "/api/tasks",
        {
            "title": "Course",
            "task_type": "TrainingCourse",
            "trainingCourseTaskListId": course_id,
            "userIds": [ANNA],
        },
    )
    created(
        http,
        "/api/tasks",
        {
            "title": "Again",
            "task_type": "TrainingCourse",
            "trainingCourseTaskListId": course_id,
            "userIds": [ANNA, BORIS],
        },
    )
    created(http, "/api/tasks", {"title": "Other", "userIds": [BORIS]})
    counted = courses()[course_id]
    assert (counted["numberOfTasks"], counted["usersCount"]) == (2, 2)
    assert http.delete(f"/api/tasks/{first['id']}").status_code == 200
    removed = http.patch(f"/api/tasks/assign/{first['id']}", json={"removeIds": [ANNA]})
    assert removed.status_code == 404
    counted = courses()[course_id]
    assert (counted["numberOfTasks"], counted["usersCount"]) == (1, 2)


def test_media_the_upload_registered_are_answered_where_their_ids_were_sent(
    http: httpx.Client,
) -> None:
    registered = http.get(
        "/api/media", params={"mime": "image/png", "name": "cover.png", "moduleCode": 1}
    )
    assert registered.status_code == 200, registered.text
    file_id = registered.json()["fileId"]
    unknown = "f5743644-c8ce-4bbe-a9bd-dfdd18dce445"
    post = created(
        http, "/api/posts", {"status": "PUBLISHED", "tags": ["#a"], "fileIds": [unknown, file_id]}
    )
    assert (post["files"]["id"], post["files"]["name"]) == (file_id, "cover.png")
    news = created(http, "/api/news", {"newsTitle": "Cup", "coverImage": file_id})
    assert news["coverImage"]["id"] == file_id and "files" not in news
    photo = created(http, "/api/photos", {"title": "Team", "fileId": file_id})
    assert photo["photo"]["mime"] == "image/png"
    assert "photo" not in created(http, "/api/photos", {"title": "None", "fileId": unknown})


def test_a_message_names_its_first_mention_and_wraps_its_media(http: httpx.Client) -> None:
    registered = http.get(
        "/api/media", params={"mime": "image/png", "name": "note.png", "moduleCode": 1}
    )
    assert registered.status_code == 200, registered.text
    file_id = registered.json()["fileId"]
    chat = created(
        http, "/api/group-chats", {"members": [{"id": ANNA, "isAdmin": True}], "title": "Ops"}
    )
    sent = {"message": "Hi", "mention": [BORIS, ANNA], "fileId": [file_id]}
    message = created(http, f"/api/{chat['id']}/messages", sent)
    assert (message["isEdited"], message["repliesCount"]) == (False, 0)
    assert message["mention"]["firstName"] == "Boris"
    assert [media["name"] for media in message["files"]["files"]] == ["note.png"]
    plain = created(http, f"/api/{chat['id']}/messages", {"message": "No extras"})
    assert "mention" not in plain and "files" not in plain
