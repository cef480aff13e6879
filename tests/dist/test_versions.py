"""Each generated client's version moves with its spec and its code (the CI check), and the
release logic that decides it: versions, snapshots, changelog entries."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.version import Version

from specbench.bundle import load_bundle
from specbench.layout import Api
from specbench.release.versioning import (
    CHANGELOG,
    PLACEHOLDER,
    ReleaseError,
    apply_release,
    base_version,
    bundle_hash,
    next_record,
    read_record,
    render_changelog,
    tree_hash,
)


def test_client_version_moves_when_the_client_changes(api: Api) -> None:
    """Fails when generated/<api>-client (or its spec) changed but its version did not."""
    record = read_record(api.client_dir)
    assert record is not None, f"{api.client_dir}/release.json is missing: run `make generate`"
    hint = f"generated/{api.client_project} changed but its version did not: run `make generate`"
    assert tree_hash(api.client_dir) == record["client_sha256"], hint
    assert bundle_hash(load_bundle(api)) == record["bundle_sha256"], hint
    project = tomllib.loads((api.client_dir / "pyproject.toml").read_text())["project"]
    assert project["version"] == record["version"]
    version = Version(record["version"])
    assert str(version) == record["version"] and version.local is None
    assert record["version"].startswith(base_version(load_bundle(api)["info"]["version"]))
    history = [Version(entry["version"]) for entry in record["history"]]
    assert history == sorted(set(history), reverse=True), "versions must only grow"
    assert history[0] == version
    changelog = (api.client_dir / CHANGELOG).read_text(encoding="utf-8")
    assert changelog == render_changelog(api.client_project, record)
    assert f"## {record['version']}\n" in changelog


def spec(version: str = "1.0.0", extra_paths: dict[str, Any] | None = None) -> dict[str, Any]:
    """A small document: two operations, two schemas, plus `extra_paths`."""
    user = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": version},
        "paths": {
            "/users": {
                "get": {"operationId": "listUsers", "summary": "List users."},
                "post": {"operationId": "createUser", "summary": "Create a user."},
            },
            **(extra_paths or {}),
        },
        "components": {"schemas": {"User": user, "Error": {"type": "object"}}},
    }


def test_first_release_takes_the_spec_version_and_repeats_itself() -> None:
    first = next_record("t", spec(), "code-1", None)
    assert (first["version"], first["revision"]) == ("1.0.0", 0)
    assert next_record("t", spec(), "code-1", first) is first


def test_an_added_operation_and_a_changed_model_bump_the_revision() -> None:
    first = next_record("t", spec(), "code-1", None)
    changed = spec(extra_paths={"/teams": {"get": {"operationId": "listTeams", "summary": "T."}}})
    changed["components"]["schemas"]["User"]["required"] = []
    del changed["components"]["schemas"]["Error"]
    changed["paths"]["/users"]["get"]["summary"] = "List every user."
    second = next_record("t", changed, "code-2", first)
    assert second["version"] == "1.0.0.post1"
    latest = second["history"][0]
    assert latest["operations"] == {"added": ["listTeams"], "documented": ["listUsers"]}
    assert latest["schemas"] == {"removed": ["Error"], "changed": ["User"]}
    text = render_changelog("t-client", second)
    assert "## 1.0.0.post1" in text and "## 1.0.0\n" in text
    assert "- Added: `listTeams` (GET /teams)" in text
    assert "- Removed (breaking): `Error`" in text
    assert "- Documentation revised: `listUsers` (GET /users)" in text
    third = next_record("t", changed, "code-2", second)
    assert third is second


def test_new_code_from_the_same_spec_is_a_new_release() -> None:
    first = next_record("t", spec(), "code-1", None)
    second = next_record("t", spec(), "code-2", first)
    assert second["version"] == "1.0.0.post1"
    assert "the API description is unchanged" in render_changelog("t-client", second)


def test_a_new_spec_version_restarts_the_revision_and_an_older_one_fails() -> None:
    first = next_record("t", spec(), "code-1", None)
    bumped = next_record("t", spec("1.0.0"), "code-2", first)
    newer = next_record("t", spec("1.1"), "code-2", bumped)
    assert newer["version"] == "1.1"
    assert Version(newer["version"]) > Version(bumped["version"])
    with pytest.raises(ReleaseError, match="went back"):
        next_record("t", spec("0.9"), "code-2", newer)


@pytest.mark.parametrize(
    ("spec_version", "expected"),
    [("1.0.0", "1.0.0"), ("v2", "2"), ("2024-05-01", "2024.5.1"), ("1.02", "1.2")],
)
def test_spec_versions_become_pep_440_release_segments(spec_version: str, expected: str) -> None:
    assert base_version(spec_version) == expected
    assert str(Version(f"{expected}.post3")) == f"{expected}.post3"


def test_a_spec_version_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(ReleaseError, match="not a dotted number"):
        base_version("beta")


def test_the_tree_hash_ignores_version_record_and_changelog(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text("x = 1\n")
    (tmp_path / "pyproject.toml").write_text(f'[project]\nversion = "{PLACEHOLDER}"\n')
    before = tree_hash(tmp_path)
    version = apply_release("t", "t-client", spec(), tmp_path, tmp_path)
    assert version == "1.0.0"
    assert (tmp_path / "pyproject.toml").read_text() == '[project]\nversion = "1.0.0"\n'
    assert tree_hash(tmp_path) == before
    (tmp_path / "pkg" / "a.py").write_text("x = 2\n")
    assert tree_hash(tmp_path) != before
