"""schemathesis hooks for `st run` against Prism (loaded through SCHEMATHESIS_HOOKS): drop the
cases Prism 5 cannot survive, as the same-cases comparison does (see `fuzz.prism_survives`)."""

from __future__ import annotations

import schemathesis

from specbench.bench.fuzz import prism_survives

schemathesis.hook("filter_case")(prism_survives)
