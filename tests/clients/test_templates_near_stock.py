"""The overridden generator templates are openapi-python-client's own (the installed version)
plus calls to specbench's macro files; the few stock lines we had to change are listed here,
each with its reason. When openapi-python-client is upgraded this test shows what to re-apply
(docs/clients.md, "Upgrading openapi-python-client")."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from pathlib import Path

import openapi_python_client
import pytest

from specbench.client_templates_data import TEMPLATES

STOCK = Path(openapi_python_client.__file__).parent / "templates"
OURS = sorted(p.name for p in TEMPLATES.glob("*.jinja") if (STOCK / p.name).exists())

# A line of ours that only calls or imports specbench macros (sb., sbc., sbe., sbm., sbp.).
MACRO_LINE = re.compile(
    r"""\bsb[a-z]?\.\w+|\{% import "specbench_[a-z_]+\.py\.jinja" as sb[a-z]? %\}"""
)
JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)

# Stock templates replaced whole, and why.
REPLACED = {
    "README.md.jinja": "the stock README describes the stock client (optional returns, no "
    "retries, no typed errors); the package README documents this one",
}

# (stock line, our line, reason): the only stock lines we change.
CHANGED = {
    "endpoint_module.py.jinja": [
        (
            "parsed=_parse_response(client=client, response=response),",
            "parsed=errors.parse_answer(_parse_response, client, response),",
            "an answer whose body does not parse raises the API's error class, not KeyError",
        ),
        *[
            (
                ") -> {{ return_string | as_unembedded_code }} | None:",
                ") -> {{ success_string | as_unembedded_code }}:",
                "sync/asyncio return the 2xx type: they raise for everything else",
            ),
            (
                "{{ docstring(endpoint, return_string, is_detailed=false) | indent(4) }}",
                "{{ docstring(endpoint, success_string, is_detailed=false) | indent(4) }}",
                "the docstring names that 2xx type",
            ),
        ]
        * 2,
        ("return sync_detailed(", "return _success(sync_detailed(", "raise or return the 2xx"),
        (").parsed", "))", "(the same call, closed)"),
        (
            "return (await asyncio_detailed(",
            "return _success(await asyncio_detailed(",
            "raise or return the 2xx",
        ),
        (")).parsed", "))", "(the same call, closed)"),
    ],
    "client.py.jinja": [
        (
            '_timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")',
            "_timeout: httpx.Timeout | None = "
            'field(factory=default_timeout, kw_only=True, alias="timeout")',
            "a default timeout (stock: none at all)",
        ),
        *[
            (
                "**self._httpx_args,",
                "**self._transport_args(),",
                "the retrying transport, unless retries are off or a transport is given",
            )
        ]
        * 2,
    ],
    "pyproject_pdm.toml.jinja": [
        (
            'requires = ["pdm-backend"]',
            'requires = ["pdm-backend==2.5.0"]',
            "the build backend pinned, so that `make dist` builds the same wheels every time",
        ),
    ],
    "errors.py.jinja": [
        ('__all__ = ["UnexpectedStatus"]', "", "exports the API's error class too (macro line)"),
    ],
    "literal_enum.py.jinja": [
        (
            'raise TypeError(f"Unexpected value {value!r}. Expected one of {{"{"}}'
            '{{ enum.get_class_name_snake_case() | upper }}_VALUES!r}")',
            "",
            "tolerant reader: an unknown value passes through (macro line)",
        ),
    ],
}


def significant(text: str) -> list[str]:
    """The template's lines, stripped, without Jinja comments and blank lines."""
    lines = (line.strip() for line in JINJA_COMMENT.sub("", text).splitlines())
    return [line for line in lines if line]


def test_every_override_is_checked() -> None:
    assert set(OURS) >= {"endpoint_module.py.jinja", "client.py.jinja", "errors.py.jinja"}
    assert set(REPLACED) | set(CHANGED) <= set(OURS)


@pytest.mark.parametrize("name", [n for n in OURS if n not in REPLACED])
def test_override_is_stock_plus_macro_calls(name: str) -> None:
    stock = significant((STOCK / name).read_text(encoding="utf-8"))
    ours = significant((TEMPLATES / name).read_text(encoding="utf-8"))
    removed: list[str] = []
    added: list[str] = []
    matcher = difflib.SequenceMatcher(a=stock, b=ours, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            removed += stock[i1:i2]
            added += [line for line in ours[j1:j2] if not MACRO_LINE.search(line)]
    expected = CHANGED.get(name, [])
    assert Counter(removed) == Counter(stock_line for stock_line, _, _ in expected), (
        "stock lines changed beyond the listed ones"
    )
    assert Counter(added) == Counter(line for _, line, _ in expected if line), (
        "lines added that are neither macro calls nor listed changes"
    )
