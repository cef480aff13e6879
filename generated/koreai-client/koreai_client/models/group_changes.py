from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupChanges")


@_attrs_define
class GroupChanges:
    """Groups to add a user to and remove the user from (Update User)."""

    add_to: list[str] | Unset = UNSET
    """ IDs of the groups (`e-…`) the user joins. """
    remove_from: list[str] | Unset = UNSET
    """ IDs of the groups the user leaves. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_to: list[str] | Unset = UNSET
        if not isinstance(self.add_to, Unset):
            add_to = self.add_to

        remove_from: list[str] | Unset = UNSET
        if not isinstance(self.remove_from, Unset):
            remove_from = self.remove_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_to is not UNSET:
            field_dict["addTo"] = add_to
        if remove_from is not UNSET:
            field_dict["removeFrom"] = remove_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add_to = cast(list[str], d.pop("addTo", UNSET))

        remove_from = cast(list[str], d.pop("removeFrom", UNSET))

        group_changes = cls(
            add_to=add_to,
            remove_from=remove_from,
        )

        group_changes.additional_properties = d
        return group_changes

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
