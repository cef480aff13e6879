"""The throwaway API's vendor package is found by name, like any API's: `specbench.mock.apis`
gets one more folder to look in."""

from __future__ import annotations

import os

import specbench.mock.apis

specbench.mock.apis.__path__.append(os.environ["GADGETS_VENDORS"])
