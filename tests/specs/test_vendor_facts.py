"""Facts of the vendors' public documentation, checked on the bundles (issue 14), and the reader's
view of the Kore.ai, MSPbots and BotBye specs: no project-internal words, vendor links, ERRATA links
that land on a heading, named request and answer schemas, `Retry-After` on every 429."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from specbench.openapi import operations
from tests.conftest import api_named

OWNED = ("koreai", "mspbots", "botbye")
INTERNAL_WORDS = re.compile(r"\b(seeds?|drafts?|helpers?)\b|shared/", re.IGNORECASE)
ERRATA_LINK = re.compile(r"\[ERRATA: ([^\]]+)\]\(/specs/([a-z0-9]+)/ERRATA\.md#([a-z0-9_-]+)\)")
RATE_LIMITED = "Rate limit for this API has been reached. Please try again after some time."


def bundle(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(api_named(name).bundle_json.read_text(encoding="utf-8"))
    return document


def schema(document: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"][name]
    return found


def ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"]).rsplit("/", 1)[-1]


def operation(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for op in operations(document):
        if op.operation_id == operation_id:
            node: dict[str, Any] = op.node
            return node
    raise AssertionError(f"no operation {operation_id}")


def slug(heading: str) -> str:
    """GitHub's anchor of a Markdown heading."""
    kept = re.sub(r"[^a-z0-9\-_ ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


# --- Kore.ai facts ------------------------------------------------------------------------------


def test_koreai_update_users_takes_include_meta_per_user() -> None:
    document = bundle("koreai")
    body = operation(document, "updateUsers")["requestBody"]["content"]["application/json"]
    request = schema(document, ref_name(body["schema"]))
    item = schema(document, ref_name(request["properties"]["users"]["items"]))
    include_meta = item["properties"]["includeMeta"]
    assert include_meta["type"] == "boolean" and include_meta["default"] is False
    assert "includeMeta" not in item.get("required", [])


def test_koreai_update_users_answer_and_message() -> None:
    document = bundle("koreai")
    ok = operation(document, "updateUsers")["responses"]["200"]["content"]["application/json"]
    answer = schema(document, ref_name(ok["schema"]))
    assert set(answer["properties"]) == {"msg", "failedUserDetails", "moreAvailable", "total"}
    assert answer["properties"]["moreAvailable"]["type"] == "boolean"
    assert answer["properties"]["total"]["type"] == "integer"
    messages = {example["value"].get("msg") for example in ok["examples"].values()}
    assert messages == {"User is updated Successfully."}


def test_koreai_create_users_failure_reason_sits_inside_user_info() -> None:
    document = bundle("koreai")
    ok = operation(document, "createUsers")["responses"]["200"]["content"]["application/json"]
    answer = schema(document, ref_name(ok["schema"]))
    detail = schema(document, ref_name(answer["properties"]["failedUserDetails"]["items"]))
    user_info = schema(document, ref_name(detail["properties"]["userInfo"]))
    assert {"status", "reason"} <= set(user_info["properties"])
    reason = schema(document, ref_name(user_info["properties"]["reason"]))
    assert {"statusCode", "status", "customCode", "errors", "message", "name"} <= set(
        reason["properties"]
    )
    failed = ok["examples"]["failed"]["value"]["failedUserDetails"][0]
    assert "reason" not in failed, "the reason belongs inside userInfo"
    assert failed["userInfo"]["status"] == "failure"
    assert failed["userInfo"]["reason"]["errors"][0]["msg"] == "INVALID_EMAIL"


def test_koreai_rate_limit_message_and_retry_after() -> None:
    document = bundle("koreai")
    limited = document["components"]["responses"]["RateLimited"]
    example = limited["content"]["application/json"]["examples"]["rateLimited"]["value"]
    assert example["errors"][0] == {"msg": RATE_LIMITED, "code": 429}
    assert limited["headers"]["Retry-After"] == {"$ref": "#/components/headers/RetryAfter"}


def test_koreai_mock_429_says_the_documented_message() -> None:
    from specbench.mock.apis.koreai import error_body
    from specbench.mock.errors import ApiError

    assert error_body(ApiError(429, "anything"))["errors"][0]["msg"] == RATE_LIMITED


# --- the reader's view of the three specs -----------------------------------------------------


@pytest.mark.parametrize("name", OWNED)
def test_no_internal_words_in_bundle_or_spec_folder(name: str) -> None:
    api = api_named(name)
    texts = {str(api.bundle_json): api.bundle_json.read_text(encoding="utf-8")}
    for path in api.spec_dir.rglob("*"):
        if path.is_file() and path.suffix in {".yaml", ".md"}:
            texts[str(path)] = path.read_text(encoding="utf-8")
    found = {path: INTERNAL_WORDS.findall(text) for path, text in texts.items()}
    assert not {path: words for path, words in found.items() if words}


@pytest.mark.parametrize("name", OWNED)
def test_errata_links_land_on_headings(name: str) -> None:
    api = api_named(name)
    headings = {
        slug(line[4:])
        for line in api.errata.read_text(encoding="utf-8").splitlines()
        if line.startswith("### ")
    }
    text = api.bundle_json.read_text(encoding="utf-8")
    links = ERRATA_LINK.findall(text)
    assert links, "no ERRATA link in the bundle"
    for title, target, anchor in links:
        assert target == name, f"{title} links another API's errata"
        assert anchor == slug(title) and anchor in headings, f"no heading for {title!r}"
    assert 'ERRATA.md \\"' not in text, "an old-style ERRATA citation is left"


@pytest.mark.parametrize("name", OWNED)
def test_vendor_links_and_section_names(name: str) -> None:
    document = bundle(name)
    assert str(document["externalDocs"]["url"]).startswith("https://")
    for op in operations(document):
        description = str(op.node.get("description", ""))
        assert "Vendor documentation:" in description, f"{op.operation_id} names no section"
        docs = op.node.get("externalDocs")
        if docs is not None:
            assert str(docs["url"]).startswith("https://")


@pytest.mark.parametrize("name", OWNED)
def test_named_bodies_and_retry_after(name: str) -> None:
    document = bundle(name)
    for op in operations(document):
        body = op.node.get("requestBody", {}).get("content", {}).get("application/json")
        if body is not None:
            assert "$ref" in body["schema"], f"{op.operation_id}: inline request body"
        for status, response in op.node["responses"].items():
            answer = response.get("content", {}).get("application/json", {}).get("schema")
            if status.startswith("2") and answer is not None:
                named = answer if answer.get("type") != "array" else answer["items"]
                assert "$ref" in named, f"{op.operation_id} {status}: inline answer"
        limited = op.node["responses"].get("429")
        assert limited is not None, f"{op.operation_id} lists no 429"
        resolved = document["components"]["responses"][ref_name(limited)]
        assert resolved["headers"]["Retry-After"] == {"$ref": "#/components/headers/RetryAfter"}
