from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.where_predicate import WherePredicate, check_where_predicate
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhereLeaf")


@_attrs_define
class WhereLeaf:
    """A simple condition: the field at `fieldPath` compared with `value` by `predicate` (any predicate but `and`/`or`).
    `value` may be left out for `is_null` and `is_not_null`.

    """

    field_path: str
    """ The field the condition applies to; each endpoint has its own list ([ERRATA: Field
    paths](/specs/botbye/ERRATA.md#field-paths)). """
    predicate: WherePredicate
    """ Filtering condition of a `where` node. `and` and `or` are only for branches; the others only for leaves:
    `eq` equals, `not_eq` not equals, `like` contains the pattern, `starts_with` starts with the prefix, `gt`
    greater than, `lt` less than, `gte` greater than or equal, `lte` less than or equal, `in` matches a value of the
    list, `is_null` field is null, `is_not_null` field is not null. """
    value: str | Unset = UNSET
    """ The value the field is compared with, written as a string whatever the field's type (`"443"`, `"true"`); for
    `in`, the values separated by commas (`"DEU,FRA"`). Left out for `is_null` and `is_not_null` ([ERRATA: Where
    tree shape](/specs/botbye/ERRATA.md#where-tree-shape)). """

    def to_dict(self) -> dict[str, Any]:
        field_path = self.field_path

        predicate: str = self.predicate

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fieldPath": field_path,
                "predicate": predicate,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_path = d.pop("fieldPath")

        predicate = check_where_predicate(d.pop("predicate"))

        value = d.pop("value", UNSET)

        where_leaf = cls(
            field_path=field_path,
            predicate=predicate,
            value=value,
        )

        return where_leaf
