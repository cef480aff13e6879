"""Deliberately broken copies of the Botpress spec make validation fail, naming the place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import SpecCopy

Copy = Callable[[str], SpecCopy]


@pytest.fixture
def botpress(spec_copy: Copy) -> SpecCopy:
    """A fresh copy of the Botpress spec. `test_untouched_copy_passes` shows the copy itself is
    valid, and `SpecCopy.edit` fails unless its text occurs exactly once: each failure below is
    caused by that test's one edit."""
    return spec_copy("botpress")


def test_untouched_copy_passes(botpress: SpecCopy) -> None:
    outcome = botpress.validate()
    assert outcome.returncode == 0, outcome.output
    assert "botpress: valid (44 operations" in outcome.output


def test_missing_operation_id(botpress: SpecCopy) -> None:
    botpress.edit("paths/chat_users.yaml", "  operationId: createUser\n", "")
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert (
        "specs/botpress/paths/chat_users.yaml: paths > /v1/chat/users > post: "
        "[operation-ids] POST /v1/chat/users has no operationId"
    ) in outcome.output


def test_invalid_example(botpress: SpecCopy) -> None:
    botpress.edit(
        "paths/chat_users.yaml",
        "              name: Ada Lovelace\n              pictureUrl",
        "              name: 42\n              pictureUrl",
    )
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "specs/botpress/paths/chat_users.yaml" in outcome.output
    assert "examples > whatsappUser: [examples] example 'whatsappUser' is invalid" in outcome.output
    assert "at name: 42 is not of type 'string'" in outcome.output


def test_dangling_ref(botpress: SpecCopy) -> None:
    botpress.edit(
        "paths/chat_users_{id}.yaml",
        "put:\n",
        "put:\n  x-broken:\n    $ref: ../components/schemas/DoesNotExist.yaml\n",
    )
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "paths/chat_users_{id}.yaml" in outcome.output
    assert "Can't resolve $ref" in outcome.output
    assert "DoesNotExist.yaml" in outcome.output


def test_verb_must_fit_the_method(botpress: SpecCopy) -> None:
    botpress.edit("paths/chat_users_{id}.yaml", "operationId: getUser", "operationId: fetchUser")
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "operationId 'fetchUser' does not start with a verb fitting GET" in outcome.output


def test_duplicate_operation_id(botpress: SpecCopy) -> None:
    botpress.edit("paths/chat_users_{id}.yaml", "operationId: getUser", "operationId: listUsers")
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "operationId 'listUsers' is also used by GET /v1/chat/users" in outcome.output


def test_unused_component(botpress: SpecCopy) -> None:
    (botpress.folder / "components/schemas/Orphan.yaml").write_text("type: object\n")
    botpress.edit(
        "openapi.yaml",
        "  schemas:\n",
        "  schemas:\n    Orphan:\n      $ref: components/schemas/Orphan.yaml\n",
    )
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "specs/botpress/components/schemas/Orphan.yaml" in outcome.output
    assert "component schemas/Orphan is never used" in outcome.output


def test_operation_without_shared_error_response(botpress: SpecCopy) -> None:
    path = botpress.folder / "paths/chat_users_{id}.yaml"
    text = path.read_text(encoding="utf-8")
    get_section, rest = text.split("put:\n", 1)
    kept = [line for line in get_section.splitlines() if "components/responses" not in line]
    kept = [line for line in kept if not line.strip().startswith(("'4", "'5"))]
    path.write_text("\n".join(kept) + "\nput:\n" + rest, encoding="utf-8")
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "GET /v1/chat/users/{id} has no 4xx response referring to a shared error" in (
        outcome.output
    )


def test_operation_without_security(botpress: SpecCopy) -> None:
    botpress.edit(
        "paths/chat_users_{id}.yaml",
        "  operationId: getUser\n",
        "  operationId: getUser\n  security: []\n",
    )
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "[security] GET /v1/chat/users/{id} has no security requirement" in outcome.output


def test_operation_missing_from_inventory(botpress: SpecCopy) -> None:
    botpress.edit("INVENTORY.md", "| GET | /v1/chat/users/{id} | Get User | |\n", "")
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "GET /v1/chat/users/{id} is not in specs/botpress/INVENTORY.md" in outcome.output


def test_inventory_entry_missing_from_spec(botpress: SpecCopy) -> None:
    botpress.edit(
        "INVENTORY.md",
        "| GET | /v1/chat/users | List Users | |\n",
        "| GET | /v1/chat/users | List Users | |\n| GET | /v1/chat/nowhere | Nowhere | |\n",
    )
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "the vendor documents GET /v1/chat/nowhere ('Nowhere') but the spec has no such" in (
        outcome.output
    )


def test_public_marker_admits_an_operation_beyond_the_seed(botpress: SpecCopy) -> None:
    botpress.edit("INVENTORY.md", "| GET | /v1/chat/users/{id} | Get User | |\n", "")
    botpress.edit(
        "paths/chat_users_{id}.yaml",
        "  operationId: getUser\n",
        "  operationId: getUser\n  x-specbench-source: public\n",
    )
    outcome = botpress.validate()
    assert outcome.returncode == 0, outcome.output


def test_link_to_a_parameter_the_target_lacks(botpress: SpecCopy) -> None:
    botpress.edit(
        "paths/tables.yaml",
        "            sourceTableId: '$response.body#/table/id'\n",
        "            tableId: '$response.body#/table/id'\n",
    )
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "specs/botpress/paths/tables.yaml" in outcome.output
    assert (
        "[links] link 'DuplicateTable': duplicateTable has no parameter 'tableId'" in outcome.output
    )


def test_link_to_an_unknown_operation(botpress: SpecCopy) -> None:
    botpress.edit(
        "paths/tables.yaml",
        "          operationId: duplicateTable\n",
        "          operationId: copyTable\n",
    )
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert "[links] link 'DuplicateTable' names unknown operation 'copyTable'" in outcome.output


def test_client_settings_must_match_their_schema(botpress: SpecCopy) -> None:
    botpress.edit("openapi.yaml", "  errorClass: BotpressError\n", "  errorClass: botpress\n")
    botpress.edit("openapi.yaml", "    form: bearer\n", "    form: header\n")
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert (
        "specs/botpress/openapi.yaml: x-specbench-client > errorClass: [client-settings] "
        "x-specbench-client: 'botpress' does not match"
    ) in outcome.output
    botpress.edit("openapi.yaml", "  errorClass: botpress\n", "  errorClass: BotpressError\n")
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert (
        "x-specbench-client > credential > form: [client-settings] form 'header' needs an "
        "apiKey security scheme in a header"
    ) in outcome.output


def test_inline_request_body(botpress: SpecCopy) -> None:
    botpress.edit(
        "paths/chat_users.yaml",
        "          $ref: ../components/schemas/CreateUserRequest.yaml\n",
        "          type: object\n"
        "          properties:\n"
        "            name:\n"
        "              type: string\n",
    )
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert (
        "[named-schemas] the request body of POST /v1/chat/users (application/json) is an "
        "inline object schema"
    ) in outcome.output


def test_429_without_retry_after(botpress: SpecCopy) -> None:
    botpress.edit(
        "components/responses/RateLimited.yaml",
        "headers:\n  Retry-After:\n    $ref: ../headers/RetryAfter.yaml\n",
        "",
    )
    outcome = botpress.validate()
    assert outcome.returncode != 0
    assert (
        "[rate-limit-headers] the 429 answer of GET /v1/chat/users does not declare Retry-After"
    ) in outcome.output
