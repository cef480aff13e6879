from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_member_input import DepartmentMemberInput


T = TypeVar("T", bound="DepartmentHeadUpdate")


@_attrs_define
class DepartmentHeadUpdate:
    """Body of Update Department Head: users to add as heads of the department and the one user to remove from its heads.
    `remove` is a single id while `add` is a list, as the vendor's documentation shows both ([ERRATA: Update Department
    Head removes one head](/specs/workdrive/ERRATA.md#update-department-head-removes-one-head)).

    """

    remove: UUID | Unset = UNSET
    """ Id of the user to remove from the department's heads. """
    add: list[DepartmentMemberInput] | Unset = UNSET
    """ Users to add to the department's heads. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remove: str | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = str(self.remove)

        add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = []
            for add_item_data in self.add:
                add_item = add_item_data.to_dict()
                add.append(add_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remove is not UNSET:
            field_dict["remove"] = remove
        if add is not UNSET:
            field_dict["add"] = add

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_member_input import DepartmentMemberInput  # noqa: PLC0415

        d = dict(src_dict)
        _remove = d.pop("remove", UNSET)
        remove: UUID | Unset
        if isinstance(_remove, Unset):
            remove = UNSET
        else:
            remove = UUID(_remove)

        _add = d.pop("add", UNSET)
        add: list[DepartmentMemberInput] | Unset = UNSET
        if _add is not UNSET:
            add = []
            for add_item_data in _add:
                add_item = DepartmentMemberInput.from_dict(add_item_data)

                add.append(add_item)

        department_head_update = cls(
            remove=remove,
            add=add,
        )

        department_head_update.additional_properties = d
        return department_head_update

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
