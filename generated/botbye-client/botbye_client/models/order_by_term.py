from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.order_by_term_direction import OrderByTermDirection, check_order_by_term_direction

T = TypeVar("T", bound="OrderByTerm")


@_attrs_define
class OrderByTerm:
    """One sort term of `order_by`."""

    field_path: str
    """ Name of the field to sort by, from the same list as `where`'s field paths ([ERRATA: Field
    paths](/specs/botbye/ERRATA.md#field-paths)). """
    direction: OrderByTermDirection
    """ Ascending or descending. """

    def to_dict(self) -> dict[str, Any]:
        field_path = self.field_path

        direction: str = self.direction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fieldPath": field_path,
                "direction": direction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_path = d.pop("fieldPath")

        direction = check_order_by_term_direction(d.pop("direction"))

        order_by_term = cls(
            field_path=field_path,
            direction=direction,
        )

        return order_by_term
