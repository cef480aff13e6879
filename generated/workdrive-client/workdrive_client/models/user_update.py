from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus, check_user_status
from ..models.user_update_availability import UserUpdateAvailability, check_user_update_availability
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """The fields of a user that Update a User can change; fields left out stay as they are."""

    first_name: str | Unset = UNSET
    """ First name of the user. """
    last_name: str | Unset = UNSET
    """ Last name of the user. """
    status: UserStatus | Unset = UNSET
    """ State of a user's account, as the Update a User table lists it: `ACTIVE`, `ARCHIVE` (archived),
    `PRE_INVITED`, `INVITED` (invitation sent, not yet accepted) and `BLOCKED`. The vendor's response samples show
    only the placeholder `"string"` ([ERRATA: User status](/specs/workdrive/ERRATA.md#user-status)). """
    phone: str | Unset = UNSET
    """ Phone number of the user. """
    is_expert: bool | Unset = UNSET
    """ Whether the user is an expert. """
    availability: UserUpdateAvailability | Unset = UNSET
    """ Whether the user is available (`ACTIVE`) or away (`AWAY`). Answers show availability as an integer ([ERRATA:
    User availability](/specs/workdrive/ERRATA.md#user-availability)). """
    file_id: UUID | Unset = UNSET
    """ Media id of the user's profile picture, from Upload a Media. """
    cover_file_id: UUID | Unset = UNSET
    """ Media id of the user's cover picture, from Upload a Media. """
    reports_to: UUID | Unset = UNSET
    """ Id of the user's supervisor. """
    designation: str | Unset = UNSET
    """ Job title of the user. """
    bio: str | Unset = UNSET
    """ Biography of the user. """
    is_department_head: bool | Unset = UNSET
    """ Whether the user heads their department. """
    department: UUID | Unset = UNSET
    """ Id of the department the user belongs to (see the Department listing API). The vendor's sample sends a
    department name ([ERRATA: Update a User sample](/specs/workdrive/ERRATA.md#update-a-user-sample)). """
    location: UUID | Unset = UNSET
    """ Id of the user's location (see the Location listing API). """
    add_additional_teams: list[UUID] | Unset = UNSET
    """ Ids of team supervisors whose teams the user joins (see Get All Team Supervisors). """
    remove_additional_teams: list[UUID] | Unset = UNSET
    """ Ids of team supervisors whose teams the user leaves. """
    add_additional_locations: list[UUID] | Unset = UNSET
    """ Ids of locations whose location admins become the user's supervisors (see the Location listing API). In the
    table only, not in the sample. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        phone = self.phone

        is_expert = self.is_expert

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability

        file_id: str | Unset = UNSET
        if not isinstance(self.file_id, Unset):
            file_id = str(self.file_id)

        cover_file_id: str | Unset = UNSET
        if not isinstance(self.cover_file_id, Unset):
            cover_file_id = str(self.cover_file_id)

        reports_to: str | Unset = UNSET
        if not isinstance(self.reports_to, Unset):
            reports_to = str(self.reports_to)

        designation = self.designation

        bio = self.bio

        is_department_head = self.is_department_head

        department: str | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = str(self.department)

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = str(self.location)

        add_additional_teams: list[str] | Unset = UNSET
        if not isinstance(self.add_additional_teams, Unset):
            add_additional_teams = []
            for add_additional_teams_item_data in self.add_additional_teams:
                add_additional_teams_item = str(add_additional_teams_item_data)
                add_additional_teams.append(add_additional_teams_item)

        remove_additional_teams: list[str] | Unset = UNSET
        if not isinstance(self.remove_additional_teams, Unset):
            remove_additional_teams = []
            for remove_additional_teams_item_data in self.remove_additional_teams:
                remove_additional_teams_item = str(remove_additional_teams_item_data)
                remove_additional_teams.append(remove_additional_teams_item)

        add_additional_locations: list[str] | Unset = UNSET
        if not isinstance(self.add_additional_locations, Unset):
            add_additional_locations = []
            for add_additional_locations_item_data in self.add_additional_locations:
                add_additional_locations_item = str(add_additional_locations_item_data)
                add_additional_locations.append(add_additional_locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if status is not UNSET:
            field_dict["status"] = status
        if phone is not UNSET:
            field_dict["phone"] = phone
        if is_expert is not UNSET:
            field_dict["isExpert"] = is_expert
        if availability is not UNSET:
            field_dict["availability"] = availability
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if cover_file_id is not UNSET:
            field_dict["coverFileId"] = cover_file_id
        if reports_to is not UNSET:
            field_dict["reportsTo"] = reports_to
        if designation is not UNSET:
            field_dict["designation"] = designation
        if bio is not UNSET:
            field_dict["bio"] = bio
        if is_department_head is not UNSET:
            field_dict["isDepartmentHead"] = is_department_head
        if department is not UNSET:
            field_dict["department"] = department
        if location is not UNSET:
            field_dict["location"] = location
        if add_additional_teams is not UNSET:
            field_dict["addAdditionalTeams"] = add_additional_teams
        if remove_additional_teams is not UNSET:
            field_dict["removeAdditionalTeams"] = remove_additional_teams
        if add_additional_locations is not UNSET:
            field_dict["addAdditionalLocations"] = add_additional_locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        _status = d.pop("status", UNSET)
        status: UserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_user_status(_status)

        phone = d.pop("phone", UNSET)

        is_expert = d.pop("isExpert", UNSET)

        _availability = d.pop("availability", UNSET)
        availability: UserUpdateAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = check_user_update_availability(_availability)

        _file_id = d.pop("fileId", UNSET)
        file_id: UUID | Unset
        if isinstance(_file_id, Unset):
            file_id = UNSET
        else:
            file_id = UUID(_file_id)

        _cover_file_id = d.pop("coverFileId", UNSET)
        cover_file_id: UUID | Unset
        if isinstance(_cover_file_id, Unset):
            cover_file_id = UNSET
        else:
            cover_file_id = UUID(_cover_file_id)

        _reports_to = d.pop("reportsTo", UNSET)
        reports_to: UUID | Unset
        if isinstance(_reports_to, Unset):
            reports_to = UNSET
        else:
            reports_to = UUID(_reports_to)

        designation = d.pop("designation", UNSET)

        bio = d.pop("bio", UNSET)

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

        _add_additional_teams = d.pop("addAdditionalTeams", UNSET)
        add_additional_teams: list[UUID] | Unset = UNSET
        if _add_additional_teams is not UNSET:
            add_additional_teams = []
            for add_additional_teams_item_data in _add_additional_teams:
                add_additional_teams_item = UUID(add_additional_teams_item_data)

                add_additional_teams.append(add_additional_teams_item)

        _remove_additional_teams = d.pop("removeAdditionalTeams", UNSET)
        remove_additional_teams: list[UUID] | Unset = UNSET
        if _remove_additional_teams is not UNSET:
            remove_additional_teams = []
            for remove_additional_teams_item_data in _remove_additional_teams:
                remove_additional_teams_item = UUID(remove_additional_teams_item_data)

                remove_additional_teams.append(remove_additional_teams_item)

        _add_additional_locations = d.pop("addAdditionalLocations", UNSET)
        add_additional_locations: list[UUID] | Unset = UNSET
        if _add_additional_locations is not UNSET:
            add_additional_locations = []
            for add_additional_locations_item_data in _add_additional_locations:
                add_additional_locations_item = UUID(add_additional_locations_item_data)

                add_additional_locations.append(add_additional_locations_item)

        user_update = cls(
            first_name=first_name,
            last_name=last_name,
            status=status,
            phone=phone,
            is_expert=is_expert,
            availability=availability,
            file_id=file_id,
            cover_file_id=cover_file_id,
            reports_to=reports_to,
            designation=designation,
            bio=bio,
            is_department_head=is_department_head,
            department=department,
            location=location,
            add_additional_teams=add_additional_teams,
            remove_additional_teams=remove_additional_teams,
            add_additional_locations=add_additional_locations,
        )

        user_update.additional_properties = d
        return user_update

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
