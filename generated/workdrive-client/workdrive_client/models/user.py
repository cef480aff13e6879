from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus, check_user_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_badge import UserBadge
    from ..models.user_cover import UserCover
    from ..models.user_location import UserLocation
    from ..models.user_picture import UserPicture
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The full form of a user of the organization, as Get All Users, Create a User, Update a User and Bulk Create User
    answer it. The vendor's samples differ: `reportsToObj` appears in the listing only, `teamMembers`,
    `userAdditionalTeams` and `addAdditionalLocations` in the create and update answers only, `badges` in the update
    answer only; this schema holds their union, all optional but `id` ([ERRATA: Required
    fields](/specs/workdrive/ERRATA.md#required-fields)).

    """

    id: str
    """ Id of the user (a UUID). """
    created_at: datetime.datetime | Unset = UNSET
    """ When the user was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the user was last changed. """
    created_by: str | Unset = UNSET
    """ Id of the user who created this user. """
    updated_by: str | Unset = UNSET
    """ Id of the user who last changed this user. """
    org_id: str | Unset = UNSET
    """ Id of the user's organization. """
    user_name: str | Unset = UNSET
    """ User name of the user. """
    email: str | Unset = UNSET
    """ E-mail address of the user. """
    status: UserStatus | Unset = UNSET
    """ State of a user's account, as the Update a User table lists it: `ACTIVE`, `ARCHIVE` (archived),
    `PRE_INVITED`, `INVITED` (invitation sent, not yet accepted) and `BLOCKED`. The vendor's response samples show
    only the placeholder `"string"` ([ERRATA: User status](/specs/workdrive/ERRATA.md#user-status)). """
    first_name: str | Unset = UNSET
    """ First name of the user. """
    last_name: str | Unset = UNSET
    """ Last name of the user. """
    picture: UserPicture | Unset = UNSET
    """ Profile picture (a media object). The listing sample shows `{}`, the create, update and bulk create samples
    `20` ([ERRATA: User picture](/specs/workdrive/ERRATA.md#user-picture)). """
    cover: UserCover | Unset = UNSET
    """ Cover picture (a media object; the vendor's documentation shows `{}`). """
    bio: str | Unset = UNSET
    """ Biography of the user. """
    phone: str | Unset = UNSET
    """ Phone number of the user. """
    reports_to: str | Unset = UNSET
    """ Id of the user's supervisor. """
    designation: str | Unset = UNSET
    """ Job title of the user. """
    department: str | Unset = UNSET
    """ Department of the user (its id; the vendor's documentation shows only a placeholder). """
    is_department_head: bool | Unset = UNSET
    """ Whether the user heads their department. """
    color: str | Unset = UNSET
    """ Colour of the user's avatar. """
    is_expert: bool | Unset = UNSET
    """ Whether the user is marked as an expert. """
    availability: int | Unset = UNSET
    """ Availability code of the user. Update a User sends availability as `ACTIVE` or `AWAY`; every answer shows an
    integer ([ERRATA: User availability](/specs/workdrive/ERRATA.md#user-availability)). """
    location: UserLocation | Unset = UNSET
    """ Location of the user (a location object; the vendor's documentation shows `{}`). """
    reports_to_obj: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    team_members: list[str] | Unset = UNSET
    """ Ids of the users who report to this user (whose `reportsTo` is this user; [ERRATA: Team members, supervisor
    and additional teams](/specs/workdrive/ERRATA.md#team-members-supervisor-and-additional-teams)). """
    user_additional_teams: list[str] | Unset = UNSET
    """ Ids of the supervisors of the additional teams the user has joined. """
    add_additional_locations: list[str] | Unset = UNSET
    """ Ids of the locations whose location admins are assigned as the user's supervisors (the answers keep the
    request field's name). """
    badges: list[UserBadge] | Unset = UNSET
    """ Badges awarded to the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        created_by = self.created_by

        updated_by = self.updated_by

        org_id = self.org_id

        user_name = self.user_name

        email = self.email

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        first_name = self.first_name

        last_name = self.last_name

        picture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.picture, Unset):
            picture = self.picture.to_dict()

        cover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cover, Unset):
            cover = self.cover.to_dict()

        bio = self.bio

        phone = self.phone

        reports_to = self.reports_to

        designation = self.designation

        department = self.department

        is_department_head = self.is_department_head

        color = self.color

        is_expert = self.is_expert

        availability = self.availability

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        reports_to_obj: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reports_to_obj, Unset):
            reports_to_obj = self.reports_to_obj.to_dict()

        team_members: list[str] | Unset = UNSET
        if not isinstance(self.team_members, Unset):
            team_members = self.team_members

        user_additional_teams: list[str] | Unset = UNSET
        if not isinstance(self.user_additional_teams, Unset):
            user_additional_teams = self.user_additional_teams

        add_additional_locations: list[str] | Unset = UNSET
        if not isinstance(self.add_additional_locations, Unset):
            add_additional_locations = self.add_additional_locations

        badges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.badges, Unset):
            badges = []
            for badges_item_data in self.badges:
                badges_item = badges_item_data.to_dict()
                badges.append(badges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if cover is not UNSET:
            field_dict["cover"] = cover
        if bio is not UNSET:
            field_dict["bio"] = bio
        if phone is not UNSET:
            field_dict["phone"] = phone
        if reports_to is not UNSET:
            field_dict["reportsTo"] = reports_to
        if designation is not UNSET:
            field_dict["designation"] = designation
        if department is not UNSET:
            field_dict["department"] = department
        if is_department_head is not UNSET:
            field_dict["isDepartmentHead"] = is_department_head
        if color is not UNSET:
            field_dict["color"] = color
        if is_expert is not UNSET:
            field_dict["isExpert"] = is_expert
        if availability is not UNSET:
            field_dict["availability"] = availability
        if location is not UNSET:
            field_dict["location"] = location
        if reports_to_obj is not UNSET:
            field_dict["reportsToObj"] = reports_to_obj
        if team_members is not UNSET:
            field_dict["teamMembers"] = team_members
        if user_additional_teams is not UNSET:
            field_dict["userAdditionalTeams"] = user_additional_teams
        if add_additional_locations is not UNSET:
            field_dict["addAdditionalLocations"] = add_additional_locations
        if badges is not UNSET:
            field_dict["badges"] = badges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_badge import UserBadge  # noqa: PLC0415
        from ..models.user_cover import UserCover  # noqa: PLC0415
        from ..models.user_location import UserLocation  # noqa: PLC0415
        from ..models.user_picture import UserPicture  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        org_id = d.pop("orgId", UNSET)

        user_name = d.pop("userName", UNSET)

        email = d.pop("email", UNSET)

        _status = d.pop("status", UNSET)
        status: UserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_user_status(_status)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        _picture = d.pop("picture", UNSET)
        picture: UserPicture | Unset
        if isinstance(_picture, Unset):
            picture = UNSET
        else:
            picture = UserPicture.from_dict(_picture)

        _cover = d.pop("cover", UNSET)
        cover: UserCover | Unset
        if isinstance(_cover, Unset):
            cover = UNSET
        else:
            cover = UserCover.from_dict(_cover)

        bio = d.pop("bio", UNSET)

        phone = d.pop("phone", UNSET)

        reports_to = d.pop("reportsTo", UNSET)

        designation = d.pop("designation", UNSET)

        department = d.pop("department", UNSET)

        is_department_head = d.pop("isDepartmentHead", UNSET)

        color = d.pop("color", UNSET)

        is_expert = d.pop("isExpert", UNSET)

        availability = d.pop("availability", UNSET)

        _location = d.pop("location", UNSET)
        location: UserLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = UserLocation.from_dict(_location)

        _reports_to_obj = d.pop("reportsToObj", UNSET)
        reports_to_obj: UserSummary | Unset
        if isinstance(_reports_to_obj, Unset):
            reports_to_obj = UNSET
        else:
            reports_to_obj = UserSummary.from_dict(_reports_to_obj)

        team_members = cast(list[str], d.pop("teamMembers", UNSET))

        user_additional_teams = cast(list[str], d.pop("userAdditionalTeams", UNSET))

        add_additional_locations = cast(list[str], d.pop("addAdditionalLocations", UNSET))

        _badges = d.pop("badges", UNSET)
        badges: list[UserBadge] | Unset = UNSET
        if _badges is not UNSET:
            badges = []
            for badges_item_data in _badges:
                badges_item = UserBadge.from_dict(badges_item_data)

                badges.append(badges_item)

        user = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            org_id=org_id,
            user_name=user_name,
            email=email,
            status=status,
            first_name=first_name,
            last_name=last_name,
            picture=picture,
            cover=cover,
            bio=bio,
            phone=phone,
            reports_to=reports_to,
            designation=designation,
            department=department,
            is_department_head=is_department_head,
            color=color,
            is_expert=is_expert,
            availability=availability,
            location=location,
            reports_to_obj=reports_to_obj,
            team_members=team_members,
            user_additional_teams=user_additional_teams,
            add_additional_locations=add_additional_locations,
            badges=badges,
        )

        user.additional_properties = d
        return user

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
