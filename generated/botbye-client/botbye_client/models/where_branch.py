from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.where_branch_predicate import WhereBranchPredicate, check_where_branch_predicate

if TYPE_CHECKING:
    from ..models.where_leaf import WhereLeaf


T = TypeVar("T", bound="WhereBranch")


@_attrs_define
class WhereBranch:
    """A compound condition: `and` matches items that match every operand, `or` items that match at least one. A branch
    carries only `predicate` and `operands`; a `value` is an error.

    """

    predicate: WhereBranchPredicate
    """ How the operands are combined. """
    operands: list[WhereBranch | WhereLeaf]
    """ The nested conditions, leaves or branches. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.where_leaf import WhereLeaf  # noqa: PLC0415

        predicate: str = self.predicate

        operands = []
        for operands_item_data in self.operands:
            operands_item: dict[str, Any]
            if isinstance(operands_item_data, WhereLeaf):
                operands_item = operands_item_data.to_dict()
            else:
                operands_item = operands_item_data.to_dict()

            operands.append(operands_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "predicate": predicate,
                "operands": operands,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.where_leaf import WhereLeaf  # noqa: PLC0415

        d = dict(src_dict)
        predicate = check_where_branch_predicate(d.pop("predicate"))

        operands = []
        _operands = d.pop("operands")
        for operands_item_data in _operands:

            def _parse_operands_item(data: object) -> WhereBranch | WhereLeaf:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_where_node_type_0 = WhereLeaf.from_dict(data)

                    return componentsschemas_where_node_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_where_node_type_1 = WhereBranch.from_dict(data)

                return componentsschemas_where_node_type_1

            operands_item = _parse_operands_item(operands_item_data)

            operands.append(operands_item)

        where_branch = cls(
            predicate=predicate,
            operands=operands,
        )

        return where_branch
