from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Condition")


@_attrs_define
class Condition:
    """When a custom rule or a rate limiter applies: the request field `fieldName` compared with `value` by `predicate`.
    Only the `criteria` type is documented ([ERRATA: Rule condition](/specs/botbye/ERRATA.md#rule-condition)).

    """

    field_name: str | Unset = UNSET
    """ The request field evaluated, e.g. `country`. """
    predicate: str | Unset = UNSET
    """ The comparison, spelled in upper case, e.g. `EQ` for equals. """
    value: str | Unset = UNSET
    """ The value the field is compared with. """
    type_: str | Unset = UNSET
    """ The kind of condition, e.g. `criteria`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        predicate = self.predicate

        value = self.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name
        if predicate is not UNSET:
            field_dict["predicate"] = predicate
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_name = d.pop("fieldName", UNSET)

        predicate = d.pop("predicate", UNSET)

        value = d.pop("value", UNSET)

        type_ = d.pop("type", UNSET)

        condition = cls(
            field_name=field_name,
            predicate=predicate,
            value=value,
            type_=type_,
        )

        condition.additional_properties = d
        return condition

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
