from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_type import SsoType, check_sso_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file import File
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Sso")


@_attrs_define
class Sso:
    """A single sign-on (SSO) configuration or quick link, at admin, user, department or location level ([ERRATA: SSO
    levels](/specs/workdrive/ERRATA.md#sso-levels)). The address fields are free text: the vendor's values hold `{{…}}`
    placeholders ([ERRATA: SSO address fields](/specs/workdrive/ERRATA.md#sso-address-fields)).

    """

    id: str
    """ Id of the SSO. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the SSO was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the SSO was last changed. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the SSO. """
    updated_by: str | Unset = UNSET
    """ Id of the user who last changed the SSO. """
    name: str | Unset = UNSET
    """ Name of the SSO. Sent on create; the vendor's response samples leave it out ([ERRATA: SSO name in
    responses](/specs/workdrive/ERRATA.md#sso-name-in-responses)). """
    authorization_uri: str | Unset = UNSET
    """ Authorization URI of the SSO. """
    token_uri: str | Unset = UNSET
    """ URI that exchanges an authorization code for a new token. """
    refresh_uri: str | Unset = UNSET
    """ URI that exchanges a refresh token for a new token. """
    login_url: str | Unset = UNSET
    """ URL that logs the user into their account. """
    org_id: UUID | Unset = UNSET
    """ Id of the organization the SSO belongs to. """
    location_id: UUID | Unset = UNSET
    """ Id of the location the SSO belongs to, for a location-level SSO. """
    department_id: UUID | Unset = UNSET
    """ Id of the department the SSO belongs to, for a department-level SSO. """
    order: int | Unset = UNSET
    """ Position of the SSO among the others ([ERRATA: SSO order](/specs/workdrive/ERRATA.md#sso-order)). """
    file: File | Unset = UNSET
    """ A stored media file (picture, video or document) as the API answers it: where it is, what it is, its
    renditions and its owner. """
    user: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    link: str | Unset = UNSET
    """ Link of the SSO (used by quick links). """
    type_: SsoType | Unset = UNSET
    """ Kind of SSO entry: `SSO`, a single sign-on configuration (authorization, token, refresh and login
    addresses), or `QUICK_LINK`, a plain link (`link`). """
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

        name = self.name

        authorization_uri = self.authorization_uri

        token_uri = self.token_uri

        refresh_uri = self.refresh_uri

        login_url = self.login_url

        org_id: str | Unset = UNSET
        if not isinstance(self.org_id, Unset):
            org_id = str(self.org_id)

        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)

        department_id: str | Unset = UNSET
        if not isinstance(self.department_id, Unset):
            department_id = str(self.department_id)

        order = self.order

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        link = self.link

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

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
        if name is not UNSET:
            field_dict["name"] = name
        if authorization_uri is not UNSET:
            field_dict["authorizationURI"] = authorization_uri
        if token_uri is not UNSET:
            field_dict["tokenURI"] = token_uri
        if refresh_uri is not UNSET:
            field_dict["refreshURI"] = refresh_uri
        if login_url is not UNSET:
            field_dict["loginURL"] = login_url
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if order is not UNSET:
            field_dict["order"] = order
        if file is not UNSET:
            field_dict["file"] = file
        if user is not UNSET:
            field_dict["user"] = user
        if link is not UNSET:
            field_dict["link"] = link
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file import File  # noqa: PLC0415
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

        name = d.pop("name", UNSET)

        authorization_uri = d.pop("authorizationURI", UNSET)

        token_uri = d.pop("tokenURI", UNSET)

        refresh_uri = d.pop("refreshURI", UNSET)

        login_url = d.pop("loginURL", UNSET)

        _org_id = d.pop("orgId", UNSET)
        org_id: UUID | Unset
        if isinstance(_org_id, Unset):
            org_id = UNSET
        else:
            org_id = UUID(_org_id)

        _location_id = d.pop("locationId", UNSET)
        location_id: UUID | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = UUID(_location_id)

        _department_id = d.pop("departmentId", UNSET)
        department_id: UUID | Unset
        if isinstance(_department_id, Unset):
            department_id = UNSET
        else:
            department_id = UUID(_department_id)

        order = d.pop("order", UNSET)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File.from_dict(_file)

        _user = d.pop("user", UNSET)
        user: UserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserSummary.from_dict(_user)

        link = d.pop("link", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SsoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_sso_type(_type_)

        sso = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            name=name,
            authorization_uri=authorization_uri,
            token_uri=token_uri,
            refresh_uri=refresh_uri,
            login_url=login_url,
            org_id=org_id,
            location_id=location_id,
            department_id=department_id,
            order=order,
            file=file,
            user=user,
            link=link,
            type_=type_,
        )

        sso.additional_properties = d
        return sso

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
