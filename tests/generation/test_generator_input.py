"""The document the generator is given: path-item parameters moved into the operations, which
changes neither the API nor the generated code."""

from __future__ import annotations

import contextlib
import copy
import io
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from specbench.generate import path_parameters_in_operations


def _param(name: str, where: str, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "required": where == "path", "schema": schema or {}}


def _document() -> dict[str, Any]:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/{thing_id}": {
                "parameters": [
                    _param("thing_id", "path", type="string"),
                    {"$ref": "#/components/parameters/Limit"},
                    _param("mode", "query", type="string", enum=["a", "b"]),
                    _param("X-Trace", "header", type="string"),
                    # the same Python name as getThing's `cursor`: both get their location
                    _param("Cursor", "header", type="string"),
                ],
                "get": {
                    "operationId": "getThing",
                    "parameters": [
                        _param("limit", "query", type="integer", maximum=5),
                        _param("cursor", "query", type="string"),
                    ],
                    "responses": ok,
                },
                "delete": {
                    "operationId": "deleteThing",
                    # no schema: the generator skips it, so it overrides nothing
                    "parameters": [
                        {"name": "mode", "in": "query", "content": {"text/plain": {}}},
                        _param("trace", "query", type="string"),
                    ],
                    "responses": ok,
                },
            },
            "/plain": {"get": {"operationId": "plain", "responses": ok}},
        },
        "components": {"parameters": {"Limit": _param("limit", "query", type="integer")}},
    }


def test_path_item_parameters_follow_each_operations_own() -> None:
    document = _document()
    before = copy.deepcopy(document)
    moved = path_parameters_in_operations(document)
    assert document == before, "the bundle itself is not changed"
    item = moved["paths"]["/things/{thing_id}"]
    assert "parameters" not in item
    names = [(p.get("name") or p["$ref"]) for p in item["get"]["parameters"]]
    # getThing's own `limit` overrides the referenced one
    assert names == ["limit", "cursor", "thing_id", "mode", "X-Trace", "Cursor"]
    names = [(p.get("name") or p["$ref"]) for p in item["delete"]["parameters"]]
    limit = "#/components/parameters/Limit"
    assert names == ["mode", "trace", "thing_id", limit, "mode", "X-Trace", "Cursor"]
    assert moved["paths"]["/plain"] is document["paths"]["/plain"]


def _generate(document: dict[str, Any], spec: Path, output: Path) -> dict[str, bytes]:
    config = Config.from_sources(
        ConfigFile(post_hooks=[]), MetaType.NONE, spec, "utf-8", True, output_path=output
    )
    with contextlib.redirect_stdout(io.StringIO()):
        data = GeneratorData.from_dict(document, config=config)
        assert isinstance(data, GeneratorData)
        assert not Project(openapi=data, config=config).build()
    return {str(p.relative_to(output)): p.read_bytes() for p in output.rglob("*") if p.is_file()}


def test_the_generator_writes_the_same_code_either_way(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text("{}", encoding="utf-8")
    as_written = _generate(_document(), spec, tmp_path / "as-written")
    moved = _generate(path_parameters_in_operations(_document()), spec, tmp_path / "moved")
    assert as_written and as_written == moved
    assert b"cursor_query: str | Unset" in as_written["api/default/get_thing.py"]


def test_a_broken_reference_is_left_to_the_generator() -> None:
    document = _document()
    document["paths"]["/things/{thing_id}"]["parameters"].append({"$ref": "#/nowhere"})
    moved = path_parameters_in_operations(document)
    assert {"$ref": "#/nowhere"} in moved["paths"]["/things/{thing_id}"]["get"]["parameters"]
