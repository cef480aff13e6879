from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_query_operator import TableQueryOperator, check_table_query_operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_expression import QueryExpression


T = TypeVar("T", bound="TableQuery")


@_attrs_define
class TableQuery:
    """Filter criteria identifying rows of a Data Table: a list of conditions combined with `operator` ([ERRATA: Table
    query filter](/specs/koreai/ERRATA.md#table-query-filter)).

    """

    expressions: list[QueryExpression] | Unset = UNSET
    """ Conditions on the columns of the table. """
    operator: TableQueryOperator | Unset = UNSET
    """ How the conditions combine: `and` (every condition holds) or `or` (at least one holds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expressions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expressions, Unset):
            expressions = []
            for expressions_item_data in self.expressions:
                expressions_item = expressions_item_data.to_dict()
                expressions.append(expressions_item)

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expressions is not UNSET:
            field_dict["expressions"] = expressions
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_expression import QueryExpression  # noqa: PLC0415

        d = dict(src_dict)
        _expressions = d.pop("expressions", UNSET)
        expressions: list[QueryExpression] | Unset = UNSET
        if _expressions is not UNSET:
            expressions = []
            for expressions_item_data in _expressions:
                expressions_item = QueryExpression.from_dict(expressions_item_data)

                expressions.append(expressions_item)

        _operator = d.pop("operator", UNSET)
        operator: TableQueryOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = check_table_query_operator(_operator)

        table_query = cls(
            expressions=expressions,
            operator=operator,
        )

        table_query.additional_properties = d
        return table_query

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
