"""Allow `python -m specbench`."""

from specbench.cli import main

raise SystemExit(main())
