"""The root `x-specbench-client` extension (what the generated client needs beyond the document)
matches its JSON Schema, and names a credential form the security scheme can carry."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from specbench.lint.rules import Finding, Rule
from specbench.security import BEARER, scheme_header, security_schemes

EXTENSION = "x-specbench-client"
SCHEMA = Path(__file__).resolve().parents[2] / "schemas" / f"{EXTENSION}.schema.json"


@cache
def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def _scheme(document: dict[str, Any]) -> dict[str, Any]:
    """The security scheme of the document's first security requirement."""
    schemes = security_schemes(document)
    for requirement in document.get("security") or []:
        for name in requirement:
            scheme = schemes.get(name)
            if isinstance(scheme, dict):
                return scheme
    return {}


def check(document: dict[str, Any]) -> Iterator[Finding]:
    settings = document.get(EXTENSION)
    if settings is None:
        return
    where = f"/{EXTENSION}"
    problems = sorted(validator().iter_errors(settings), key=lambda e: list(e.absolute_path))
    for error in problems:
        place = "".join(f"/{part}" for part in error.absolute_path)
        yield where + place, f"{EXTENSION}: {error.message}"
    if problems:
        return
    form = settings["credential"]["form"]
    scheme = _scheme(document)
    header = scheme_header(scheme)
    is_bearer = header == BEARER
    is_header = header is not None and not header.prefix
    if form == "bearer" and not is_bearer:
        yield f"{where}/credential/form", "form 'bearer' needs an http bearer security scheme"
    if form != "bearer" and not is_header:
        yield (
            f"{where}/credential/form",
            f"form {form!r} needs an apiKey security scheme in a header",
        )


RULE = Rule("client-settings", f"the root {EXTENSION} extension matches its schema", check)
