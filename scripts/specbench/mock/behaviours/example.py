"""The default behaviour of operations no behaviour is declared for."""

from __future__ import annotations

from dataclasses import dataclass

from specbench.mock.behaviours.call import Call, Reply, Unbound


@dataclass
class Example(Unbound):
    """The default for operations no behaviour is declared for: the documented example."""

    def __call__(self, call: Call) -> Reply:
        return call.op.success_status, call.op.success_example()
