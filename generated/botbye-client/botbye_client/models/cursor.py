from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Cursor")


@_attrs_define
class Cursor:
    """JSON value of the `cursor` query parameter: where a page starts and how many items it holds. Forward: `first` items
    after `after` (or from the start). Backward: `last` items before `before` (or from the end). Send `after` or
    `before`, never both; pair `first` with `after` and `last` with `before`. Without `first` or `last` a page holds 20
    items. Page sizes run from 1 to 100 ([ERRATA: Page size](/specs/botbye/ERRATA.md#page-size), [ERRATA: Keyset
    paging](/specs/botbye/ERRATA.md#keyset-paging)).

    """

    first: int | Unset = UNSET
    """ Number of items to retrieve after the cursor; 20 when neither `first` nor `last` is sent (a server-side
    default, deliberately not a schema `default`: [ERRATA: Page size](/specs/botbye/ERRATA.md#page-size)). """
    after: str | Unset = UNSET
    """ Cursor of the item after which the items are retrieved (a page's `endCursor`). """
    last: int | Unset = UNSET
    """ Number of items to retrieve before the cursor. """
    before: str | Unset = UNSET
    """ Cursor of the item before which the items are retrieved (a page's `startCursor`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first = self.first

        after = self.after

        last = self.last

        before = self.before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if after is not UNSET:
            field_dict["after"] = after
        if last is not UNSET:
            field_dict["last"] = last
        if before is not UNSET:
            field_dict["before"] = before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first = d.pop("first", UNSET)

        after = d.pop("after", UNSET)

        last = d.pop("last", UNSET)

        before = d.pop("before", UNSET)

        cursor = cls(
            first=first,
            after=after,
            last=last,
            before=before,
        )

        cursor.additional_properties = d
        return cursor

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
