from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_input_default_visibility import UserInputDefaultVisibility, check_user_input_default_visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserBulkCreateItem")


@_attrs_define
class UserBulkCreateItem:
    """One user of a Bulk Create User request: the fields of Create a User plus `externalUserId`. The vendor's
    documentation gives no table for this body ([ERRATA: Bulk Create User body](/specs/workdrive/ERRATA.md#bulk-create-
    user-body)).

    """

    email: str | Unset = UNSET
    """ E-mail address of the user. """
    phone: str | Unset = UNSET
    """ Phone number of the user. """
    first_name: str | Unset = UNSET
    """ First name of the user. """
    last_name: str | Unset = UNSET
    """ Last name of the user. """
    designation: str | Unset = UNSET
    """ Job title of the user. """
    is_department_head: bool | Unset = UNSET
    """ Whether the user heads their department. """
    department: UUID | Unset = UNSET
    """ Id of the department the user belongs to (see the Department listing API). """
    location: UUID | Unset = UNSET
    """ Id of the user's location (see the Location listing API). """
    security_group: UUID | Unset = UNSET
    """ Id of the security group assigned to the user (see the Security Group API). """
    reports_to: UUID | Unset = UNSET
    """ Id of the user's supervisor (see Get All Users). """
    skill: list[str] | Unset = UNSET
    """ Skills of the user. """
    default_visibility: UserInputDefaultVisibility | Unset = UNSET
    """ Visibility of the user's profile. """
    add_additional_teams: list[UUID] | Unset = UNSET
    """ Ids of team supervisors whose teams the user joins besides their own (see Get All Team Supervisors). """
    add_additional_locations: list[UUID] | Unset = UNSET
    """ Ids of locations whose location admins become the user's supervisors (see the Location listing API). In the
    table only, not in the sample ([ERRATA: Create a User fields](/specs/workdrive/ERRATA.md#create-a-user-fields)).
    """
    external_user_id: str | Unset = UNSET
    """ Id of the user in an external system (e.g. the HR system the users come from). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone = self.phone

        first_name = self.first_name

        last_name = self.last_name

        designation = self.designation

        is_department_head = self.is_department_head

        department: str | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = str(self.department)

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = str(self.location)

        security_group: str | Unset = UNSET
        if not isinstance(self.security_group, Unset):
            security_group = str(self.security_group)

        reports_to: str | Unset = UNSET
        if not isinstance(self.reports_to, Unset):
            reports_to = str(self.reports_to)

        skill: list[str] | Unset = UNSET
        if not isinstance(self.skill, Unset):
            skill = self.skill

        default_visibility: str | Unset = UNSET
        if not isinstance(self.default_visibility, Unset):
            default_visibility = self.default_visibility

        add_additional_teams: list[str] | Unset = UNSET
        if not isinstance(self.add_additional_teams, Unset):
            add_additional_teams = []
            for add_additional_teams_item_data in self.add_additional_teams:
                add_additional_teams_item = str(add_additional_teams_item_data)
                add_additional_teams.append(add_additional_teams_item)

        add_additional_locations: list[str] | Unset = UNSET
        if not isinstance(self.add_additional_locations, Unset):
            add_additional_locations = []
            for add_additional_locations_item_data in self.add_additional_locations:
                add_additional_locations_item = str(add_additional_locations_item_data)
                add_additional_locations.append(add_additional_locations_item)

        external_user_id = self.external_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if designation is not UNSET:
            field_dict["designation"] = designation
        if is_department_head is not UNSET:
            field_dict["isDepartmentHead"] = is_department_head
        if department is not UNSET:
            field_dict["department"] = department
        if location is not UNSET:
            field_dict["location"] = location
        if security_group is not UNSET:
            field_dict["securityGroup"] = security_group
        if reports_to is not UNSET:
            field_dict["reportsTo"] = reports_to
        if skill is not UNSET:
            field_dict["skill"] = skill
        if default_visibility is not UNSET:
            field_dict["defaultVisibility"] = default_visibility
        if add_additional_teams is not UNSET:
            field_dict["addAdditionalTeams"] = add_additional_teams
        if add_additional_locations is not UNSET:
            field_dict["addAdditionalLocations"] = add_additional_locations
        if external_user_id is not UNSET:
            field_dict["externalUserId"] = external_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        designation = d.pop("designation", UNSET)

        is_department_head = d.pop("isDepartmentHead", UNSET)

        _department = d.pop("department", UNSET)
        department: UUID | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = UUID(_department)

        _location = d.pop("location", UNSET)
        location: UUID | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = UUID(_location)

        _security_group = d.pop("securityGroup", UNSET)
        security_group: UUID | Unset
        if isinstance(_security_group, Unset):
            security_group = UNSET
        else:
            security_group = UUID(_security_group)

        _reports_to = d.pop("reportsTo", UNSET)
        reports_to: UUID | Unset
        if isinstance(_reports_to, Unset):
            reports_to = UNSET
        else:
            reports_to = UUID(_reports_to)

        skill = cast(list[str], d.pop("skill", UNSET))

        _default_visibility = d.pop("defaultVisibility", UNSET)
        default_visibility: UserInputDefaultVisibility | Unset
        if isinstance(_default_visibility, Unset):
            default_visibility = UNSET
        else:
            default_visibility = check_user_input_default_visibility(_default_visibility)

        _add_additional_teams = d.pop("addAdditionalTeams", UNSET)
        add_additional_teams: list[UUID] | Unset = UNSET
        if _add_additional_teams is not UNSET:
            add_additional_teams = []
            for add_additional_teams_item_data in _add_additional_teams:
                add_additional_teams_item = UUID(add_additional_teams_item_data)

                add_additional_teams.append(add_additional_teams_item)

        _add_additional_locations = d.pop("addAdditionalLocations", UNSET)
        add_additional_locations: list[UUID] | Unset = UNSET
        if _add_additional_locations is not UNSET:
            add_additional_locations = []
            for add_additional_locations_item_data in _add_additional_locations:
                add_additional_locations_item = UUID(add_additional_locations_item_data)

                add_additional_locations.append(add_additional_locations_item)

        external_user_id = d.pop("externalUserId", UNSET)

        user_bulk_create_item = cls(
            email=email,
            phone=phone,
            first_name=first_name,
            last_name=last_name,
            designation=designation,
            is_department_head=is_department_head,
            department=department,
            location=location,
            security_group=security_group,
            reports_to=reports_to,
            skill=skill,
            default_visibility=default_visibility,
            add_additional_teams=add_additional_teams,
            add_additional_locations=add_additional_locations,
            external_user_id=external_user_id,
        )

        user_bulk_create_item.additional_properties = d
        return user_bulk_create_item

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
