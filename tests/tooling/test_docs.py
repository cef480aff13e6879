"""The README, CONTRIBUTING.md and docs/ stay short where they promise to, and true: the house
rules, `make` targets and `specbench` commands they list are the real ones, their links lead
somewhere, and the README's code runs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from specbench.cli import rule_lines
from specbench.layout import ROOT
from specbench.serve.errata import render_markdown

README = ROOT / "README.md"
CONTRIBUTING = ROOT / "CONTRIBUTING.md"
README_LIMIT = 8_000
RULES_BEGIN = "<!-- specbench rules --markdown: begin -->"
RULES_END = "<!-- specbench rules --markdown: end -->"
# Pages other work adds (clients, packages, the testing fixtures, the benchmark's method); a link
# to one is checked once it exists.
PENDING_PAGES = {"docs/clients.md", "docs/packages.md", "docs/testing.md", "docs/benchmarks.md"}


def documents() -> list[Path]:
    return [README, CONTRIBUTING, *sorted((ROOT / "docs").glob("**/*.md"))]


def test_readme_is_short() -> None:
    size = len(README.read_text(encoding="utf-8"))
    assert size <= README_LIMIT, f"README.md has {size} characters; move detail to docs/"


def test_contributing_lists_exactly_the_house_rules() -> None:
    text = CONTRIBUTING.read_text(encoding="utf-8")
    assert RULES_BEGIN in text and RULES_END in text, "the rule list's markers are missing"
    listed = text.split(RULES_BEGIN, 1)[1].split(RULES_END, 1)[0].strip().splitlines()
    assert listed == rule_lines(markdown=True), (
        "CONTRIBUTING.md's house rules differ from the registry: paste the output of "
        f"`.venv/bin/specbench rules --markdown` between {RULES_BEGIN} and {RULES_END}"
    )


def test_specbench_rules_prints_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    from specbench.cli import main
    from specbench.lint import RULES

    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [rule.name for rule in RULES]
    assert all(rule.summary in line for rule, line in zip(RULES, lines, strict=True))


def cli_commands(capsys: pytest.CaptureFixture[str]) -> list[str]:
    from specbench.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    listed = re.search(r"\{([a-z,-]+)\}", capsys.readouterr().out)
    assert listed
    return listed[1].split(",")


def test_contributing_names_every_specbench_command(capsys: pytest.CaptureFixture[str]) -> None:
    text = CONTRIBUTING.read_text(encoding="utf-8")
    missing = [c for c in cli_commands(capsys) if f"`specbench {c}" not in text]
    assert not missing, f"CONTRIBUTING.md's command table lacks: {missing}"


def test_contributing_names_every_make_target() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = re.findall(r"^([a-z-]+):.*## ", makefile, re.M)
    text = CONTRIBUTING.read_text(encoding="utf-8")
    missing = [t for t in targets if f"`make {t}`" not in text]
    assert not missing, f"CONTRIBUTING.md's target table lacks: {missing}"


def links(token_stream: list[Token]) -> Iterator[str]:
    for token in token_stream:
        if token.type == "link_open":
            yield str(token.attrGet("href") or "")
        if token.children:
            yield from links(token.children)


def heading_ids(markdown: Path) -> set[str]:
    return set(re.findall(r'<h[1-6] id="([^"]+)"', render_markdown(markdown.read_text("utf-8"))))


def test_every_relative_link_leads_somewhere() -> None:
    parser = MarkdownIt("commonmark").enable("table")
    broken = []
    for document in documents():
        for href in links(parser.parse(document.read_text(encoding="utf-8"))):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("/"):
                continue  # the web, or an address of the served site
            target = (document.parent / unquote(parts.path)).resolve() if parts.path else document
            where = f"{document.relative_to(ROOT)}: {href}"
            relative = target.relative_to(ROOT).as_posix() if target.is_relative_to(ROOT) else ""
            if not target.exists():
                if relative not in PENDING_PAGES:
                    broken.append(f"{where} (no such file)")
            elif (
                parts.fragment
                and target.suffix == ".md"
                and parts.fragment not in heading_ids(target)
            ):
                broken.append(f"{where} (no heading with that anchor)")
    assert not broken, "links that lead nowhere:\n" + "\n".join(broken)


def readme_snippet(marker: str) -> str:
    """The README's Python code block that contains `marker`."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    found = [block for block in blocks if marker in block]
    assert len(found) == 1, f"expected one README code block with {marker!r}"
    return str(found[0])


def test_readme_client_snippet_runs_against_the_mock(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from specbench.layout import Api
    from specbench.mock import build_mock_app
    from tests.mock_server import serving

    code = readme_snippet("AuthenticatedClient.from_env()")
    with serving(build_mock_app(Api("botpress"), token="readme-token")) as url:
        monkeypatch.setenv("BOTPRESS_BASE_URL", url)
        monkeypatch.setenv("BOTPRESS_TOKEN", "readme-token")
        exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert printed.startswith("404 ResourceNotFound "), printed


def test_readme_fixture_snippet_runs() -> None:
    testing = pytest.importorskip("specbench.testing", reason="the testing API has not landed")
    namespace: dict[str, object] = {}
    exec(compile(readme_snippet("specbench_mock"), "README.md", "exec"), namespace)
    test = namespace["test_my_code_survives_a_rate_limit"]
    assert callable(test)
    test(testing.MockApi)
