from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="DepartmentListItem")


@_attrs_define
class DepartmentListItem:
    """A department as Get All Departments lists it: id, name, number of members and its heads, without the record's dates
    ([ERRATA: Department listing item](/specs/workdrive/ERRATA.md#department-listing-item)).

    """

    id: UUID
    """ Id of the department. """
    name: str | Unset = UNSET
    """ Name of the department. """
    member_count: int | Unset = UNSET
    """ Number of members of the department, the users Get Department Members lists ([ERRATA: Membership
    counts](/specs/workdrive/ERRATA.md#membership-counts)). """
    admins: list[UserSummary] | Unset = UNSET
    """ The department's heads (its admins), as short user objects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        member_count = self.member_count

        admins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.admins, Unset):
            admins = []
            for admins_item_data in self.admins:
                admins_item = admins_item_data.to_dict()
                admins.append(admins_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if member_count is not UNSET:
            field_dict["memberCount"] = member_count
        if admins is not UNSET:
            field_dict["admins"] = admins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name", UNSET)

        member_count = d.pop("memberCount", UNSET)

        _admins = d.pop("admins", UNSET)
        admins: list[UserSummary] | Unset = UNSET
        if _admins is not UNSET:
            admins = []
            for admins_item_data in _admins:
                admins_item = UserSummary.from_dict(admins_item_data)

                admins.append(admins_item)

        department_list_item = cls(
            id=id,
            name=name,
            member_count=member_count,
            admins=admins,
        )

        department_list_item.additional_properties = d
        return department_list_item

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
