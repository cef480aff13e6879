from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_assignment import RoleAssignment


T = TypeVar("T", bound="RoleChanges")


@_attrs_define
class RoleChanges:
    """Roles to give to and take from a user (Update User)."""

    add_to: list[RoleAssignment] | Unset = UNSET
    """ Roles given to the user. """
    remove_from: list[RoleAssignment] | Unset = UNSET
    """ Roles taken from the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add_to, Unset):
            add_to = []
            for add_to_item_data in self.add_to:
                add_to_item = add_to_item_data.to_dict()
                add_to.append(add_to_item)

        remove_from: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remove_from, Unset):
            remove_from = []
            for remove_from_item_data in self.remove_from:
                remove_from_item = remove_from_item_data.to_dict()
                remove_from.append(remove_from_item)

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
        from ..models.role_assignment import RoleAssignment  # noqa: PLC0415

        d = dict(src_dict)
        _add_to = d.pop("addTo", UNSET)
        add_to: list[RoleAssignment] | Unset = UNSET
        if _add_to is not UNSET:
            add_to = []
            for add_to_item_data in _add_to:
                add_to_item = RoleAssignment.from_dict(add_to_item_data)

                add_to.append(add_to_item)

        _remove_from = d.pop("removeFrom", UNSET)
        remove_from: list[RoleAssignment] | Unset = UNSET
        if _remove_from is not UNSET:
            remove_from = []
            for remove_from_item_data in _remove_from:
                remove_from_item = RoleAssignment.from_dict(remove_from_item_data)

                remove_from.append(remove_from_item)

        role_changes = cls(
            add_to=add_to,
            remove_from=remove_from,
        )

        role_changes.additional_properties = d
        return role_changes

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
