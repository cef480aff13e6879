"""The mocks import nothing of the `tooling` extra: the `specbench` wheel installs without it
(docs/packages.md). Fast guard; the installed check is test_packages.py (marked dist)."""

from __future__ import annotations

import json
import subprocess
import sys

TOOLING = ("openapi_python_client", "ruff", "openapi_spec_validator", "jsonschema", "schemathesis")


def test_the_mocks_and_the_server_import_no_tooling() -> None:
    program = (
        "import json, sys, specbench.mock.app, specbench.serve.run\n"
        f"print(json.dumps([m for m in {TOOLING!r} if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == []
