"""Live mode: point the contract tests at a real server instead of the mock.

Set, for one API:
- `SPECBENCH_LIVE_URL`: the server's base URL (e.g. `https://api.botpress.cloud`);
- `SPECBENCH_LIVE_TOKEN`: the credential (never logged; schemathesis filters it from reports);
- `SPECBENCH_LIVE_API`: which spec folder it is for (may be left out when there is one spec);
- `SPECBENCH_LIVE_PARAMETERS`: optional JSON object of fixed parameter values, e.g.
  `{"header.x-bot-id": "your-bot-id"}` (schemathesis `parameters` config);
- `SPECBENCH_LIVE_WRITE=1`: also run operations that change data (and the stateful test).
  Without it only GET and HEAD operations run.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from specbench.layout import Api
from tests.conftest import APIS


@dataclass(frozen=True)
class LiveTarget:
    url: str
    token: str = field(repr=False)
    write: bool
    parameters: dict[str, Any]


def live_target(api: Api) -> LiveTarget | None:
    """The live server configured for `api`, or None to test the mock."""
    url = os.environ.get("SPECBENCH_LIVE_URL", "").strip()
    if not url:
        return None
    token = os.environ.get("SPECBENCH_LIVE_TOKEN", "")
    if not token:
        raise RuntimeError("SPECBENCH_LIVE_URL is set but SPECBENCH_LIVE_TOKEN is not")
    chosen = os.environ.get("SPECBENCH_LIVE_API") or (APIS[0].name if len(APIS) == 1 else "")
    if not chosen:
        raise RuntimeError("several specs exist: name one with SPECBENCH_LIVE_API")
    if chosen != api.name:
        return None
    parameters = json.loads(os.environ.get("SPECBENCH_LIVE_PARAMETERS") or "{}")
    if not isinstance(parameters, dict):
        raise RuntimeError("SPECBENCH_LIVE_PARAMETERS must be a JSON object")
    write = os.environ.get("SPECBENCH_LIVE_WRITE") == "1"
    return LiveTarget(url=url, token=token, write=write, parameters=parameters)
