from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_summary_cover import UserSummaryCover
    from ..models.user_summary_department import UserSummaryDepartment
    from ..models.user_summary_department_data import UserSummaryDepartmentData
    from ..models.user_summary_designation import UserSummaryDesignation
    from ..models.user_summary_location_id import UserSummaryLocationId
    from ..models.user_summary_picture import UserSummaryPicture


T = TypeVar("T", bound="EventRsvpUser")


@_attrs_define
class EventRsvpUser:
    """A user invited to an event, with when they were invited and their answer: the short user (`UserSummary`) plus
    `invited` and `rsvp`.

    """

    id: str | Unset = UNSET
    """ Id of the user. """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    picture: UserSummaryPicture | Unset = UNSET
    """ Profile picture (a media object; the vendor's documentation shows `{}`). """
    cover: UserSummaryCover | Unset = UNSET
    """ Cover picture (a media object; the vendor's documentation shows `{}`). """
    color: str | Unset = UNSET
    """ Colour of the user's avatar. """
    online: bool | Unset = UNSET
    """ Whether the user is online. """
    availability: int | Unset = UNSET
    """ Availability code of the user. """
    designation: UserSummaryDesignation | Unset = UNSET
    """ Designation (job title) object; the vendor's documentation shows `{}`. """
    department: UserSummaryDepartment | Unset = UNSET
    """ Department object; the vendor's documentation shows `{}`. """
    department_data: UserSummaryDepartmentData | Unset = UNSET
    """ Department details; the vendor's documentation shows `{}`. """
    location_id: UserSummaryLocationId | Unset = UNSET
    """ Location object; the vendor's documentation shows `{}` under this name. """
    availability_status_text: str | Unset = UNSET
    """ Availability status as text. """
    phone: str | Unset = UNSET
    """ Phone number. """
    email: str | Unset = UNSET
    """ E-mail address. """
    status: str | Unset = UNSET
    """ Status of the user. The vendor's samples show an e-mail address here, a copy slip ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    external_user_id: str | Unset = UNSET
    """ Id of the user in an external system. """
    invited: datetime.datetime | Unset = UNSET
    """ When the user was invited. """
    rsvp: str | Unset = UNSET
    """ The user's answer to the invitation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        picture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.picture, Unset):
            picture = self.picture.to_dict()

        cover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cover, Unset):
            cover = self.cover.to_dict()

        color = self.color

        online = self.online

        availability = self.availability

        designation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.designation, Unset):
            designation = self.designation.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        department_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department_data, Unset):
            department_data = self.department_data.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        availability_status_text = self.availability_status_text

        phone = self.phone

        email = self.email

        status = self.status

        external_user_id = self.external_user_id

        invited: str | Unset = UNSET
        if not isinstance(self.invited, Unset):
            invited = self.invited.isoformat()

        rsvp = self.rsvp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if cover is not UNSET:
            field_dict["cover"] = cover
        if color is not UNSET:
            field_dict["color"] = color
        if online is not UNSET:
            field_dict["online"] = online
        if availability is not UNSET:
            field_dict["availability"] = availability
        if designation is not UNSET:
            field_dict["designation"] = designation
        if department is not UNSET:
            field_dict["department"] = department
        if department_data is not UNSET:
            field_dict["departmentData"] = department_data
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if availability_status_text is not UNSET:
            field_dict["availabilityStatusText"] = availability_status_text
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if external_user_id is not UNSET:
            field_dict["externalUserId"] = external_user_id
        if invited is not UNSET:
            field_dict["invited"] = invited
        if rsvp is not UNSET:
            field_dict["rsvp"] = rsvp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_summary_cover import UserSummaryCover  # noqa: PLC0415
        from ..models.user_summary_department import UserSummaryDepartment  # noqa: PLC0415
        from ..models.user_summary_department_data import UserSummaryDepartmentData  # noqa: PLC0415
        from ..models.user_summary_designation import UserSummaryDesignation  # noqa: PLC0415
        from ..models.user_summary_location_id import UserSummaryLocationId  # noqa: PLC0415
        from ..models.user_summary_picture import UserSummaryPicture  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        _picture = d.pop("picture", UNSET)
        picture: UserSummaryPicture | Unset
        if isinstance(_picture, Unset):
            picture = UNSET
        else:
            picture = UserSummaryPicture.from_dict(_picture)

        _cover = d.pop("cover", UNSET)
        cover: UserSummaryCover | Unset
        if isinstance(_cover, Unset):
            cover = UNSET
        else:
            cover = UserSummaryCover.from_dict(_cover)

        color = d.pop("color", UNSET)

        online = d.pop("online", UNSET)

        availability = d.pop("availability", UNSET)

        _designation = d.pop("designation", UNSET)
        designation: UserSummaryDesignation | Unset
        if isinstance(_designation, Unset):
            designation = UNSET
        else:
            designation = UserSummaryDesignation.from_dict(_designation)

        _department = d.pop("department", UNSET)
        department: UserSummaryDepartment | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = UserSummaryDepartment.from_dict(_department)

        _department_data = d.pop("departmentData", UNSET)
        department_data: UserSummaryDepartmentData | Unset
        if isinstance(_department_data, Unset):
            department_data = UNSET
        else:
            department_data = UserSummaryDepartmentData.from_dict(_department_data)

        _location_id = d.pop("locationId", UNSET)
        location_id: UserSummaryLocationId | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = UserSummaryLocationId.from_dict(_location_id)

        availability_status_text = d.pop("availabilityStatusText", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        status = d.pop("status", UNSET)

        external_user_id = d.pop("externalUserId", UNSET)

        _invited = d.pop("invited", UNSET)
        invited: datetime.datetime | Unset
        if isinstance(_invited, Unset):
            invited = UNSET
        else:
            invited = datetime.datetime.fromisoformat(_invited)

        rsvp = d.pop("rsvp", UNSET)

        event_rsvp_user = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            picture=picture,
            cover=cover,
            color=color,
            online=online,
            availability=availability,
            designation=designation,
            department=department,
            department_data=department_data,
            location_id=location_id,
            availability_status_text=availability_status_text,
            phone=phone,
            email=email,
            status=status,
            external_user_id=external_user_id,
            invited=invited,
            rsvp=rsvp,
        )

        event_rsvp_user.additional_properties = d
        return event_rsvp_user

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
