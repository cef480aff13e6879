"""One page of a list, as the operation's `x-specbench-pagination` extension says."""

from __future__ import annotations

from typing import Any

from specbench.mock.behaviours.call import Call
from specbench.mock.errors import invalid_parameter
from specbench.pagination.base import PagingError


def paging_parameters(call: Call) -> frozenset[str]:
    """The query parameters that page rather than filter."""
    paging = call.op.paging
    return paging.query_parameters() if paging else frozenset()


def paginate(call: Call, items: list[Any], reply: dict[str, Any]) -> dict[str, Any]:
    """Put one page of `items` into `reply` as the operation's pagination extension says."""
    paging = call.op.paging
    if paging is None:
        raise ValueError(f"{call.op.operation_id} declares no pagination")
    size = paging.default_size(call.op.parameter_default(paging.size_param or ""))
    try:
        reply.update(paging.page(items, call.query, size))
    except PagingError as error:
        raise invalid_parameter(error.parameter, error.message) from None
    return reply
