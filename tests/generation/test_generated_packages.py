"""Generated clients are reproducible, import cleanly and carry the spec's model names.

`make lint` type-checks them with mypy --strict; tests/dist installs their wheels in a fresh venv.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

from specbench.generate import check_generated
from specbench.layout import Api


def test_generated_matches_a_fresh_generation(api: Api) -> None:
    drift = check_generated(api)
    assert not drift, "generated/ is stale; run `make generate`:\n" + "\n".join(drift)


def test_every_generated_module_imports(api: Api) -> None:
    package = importlib.import_module(api.client_package)
    names = [
        info.name
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{api.client_package}.")
    ]
    assert any(".api." in name for name in names)
    assert any(".models." in name for name in names)
    for name in names:
        importlib.import_module(name)


def test_installed_client_is_the_generated_one(api: Api) -> None:
    package = importlib.import_module(api.client_package)
    installed = Path(package.__file__ or "").parent / "client.py"
    assert (
        installed.read_bytes() == (api.client_dir / api.client_package / "client.py").read_bytes()
    )


def test_no_model_is_named_after_a_status_code(api: Api) -> None:
    """Models carry the spec's component names (`ListUsersResponse`), never the generator's
    fallback of operation + status code (`ListUsersResponse200`) or `…Body`."""
    models = importlib.import_module(f"{api.client_package}.models")
    fallbacks = [
        name
        for name in getattr(models, "__all__", [])
        if re.search(r"Response[0-9]{3}|[0-9]{3}$|Body$|Body[A-Z]", name)
    ]
    assert fallbacks == []
