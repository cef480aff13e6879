from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_expression_operand import QueryExpressionOperand, check_query_expression_operand
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryExpression")


@_attrs_define
class QueryExpression:
    """One condition on a column of the table: `field` compared with `value` by `operand` ([ERRATA: Table query
    filter](/specs/koreai/ERRATA.md#table-query-filter)).

    """

    field: str | Unset = UNSET
    """ Name of the column the condition is on. """
    operand: QueryExpressionOperand | Unset = UNSET
    """ Comparison between the column and `value`: equal, not equal, less than, greater than. """
    value: bool | float | str | Unset = UNSET
    """ Value the column is compared with, of the column's type (the documented examples compare strings). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operand: str | Unset = UNSET
        if not isinstance(self.operand, Unset):
            operand = self.operand

        value: bool | float | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if operand is not UNSET:
            field_dict["operand"] = operand
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        _operand = d.pop("operand", UNSET)
        operand: QueryExpressionOperand | Unset
        if isinstance(_operand, Unset):
            operand = UNSET
        else:
            operand = check_query_expression_operand(_operand)

        def _parse_value(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        query_expression = cls(
            field=field,
            operand=operand,
            value=value,
        )

        query_expression.additional_properties = d
        return query_expression

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
