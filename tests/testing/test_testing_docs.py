"""docs/testing.md: its complete example runs, as a test module, and passes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from specbench.layout import ROOT

PAGE = ROOT / "docs" / "testing.md"
MARK = "<!-- tests/testing/test_testing_docs.py runs this block as a test module -->"


def executed_example() -> str:
    text = PAGE.read_text(encoding="utf-8")
    found = re.search(re.escape(MARK) + r"\n```python\n(.*?)\n```", text, re.DOTALL)
    assert found, f"{PAGE} lost its executed example"
    return found.group(1) + "\n"


def test_the_complete_example_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_docs_example.py").write_text(executed_example(), encoding="utf-8")
    ini = str(tmp_path / "pytest.ini")
    options = ["-p", "no:cacheprovider", "--import-mode=importlib", "-q"]
    capsys.readouterr()
    code = pytest.main([str(tmp_path), "-c", ini, "--rootdir", str(tmp_path), *options])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "6 passed" in out, out


def test_the_page_names_the_public_api() -> None:
    text = PAGE.read_text(encoding="utf-8")
    for name in ("MockApi(name, *, token=None, data=None, strict=True)", "specbench_mock"):
        assert name in text
    for member in (
        "base_url",
        "credential",
        "transport",
        "async_transport",
        "client(",
        "fail_next",
    ):
        assert f"`{member}" in text
