from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_type import SsoType, check_sso_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoInput")


@_attrs_define
class SsoInput:
    """Body of Create a SSO. No field is marked required; `link` is required when `type` is `QUICK_LINK` ([ERRATA: SSO link
    for quick links](/specs/workdrive/ERRATA.md#sso-link-for-quick-links)). Give `departmentId` or `locationId` to
    create the SSO for that department or location ([ERRATA: SSO levels](/specs/workdrive/ERRATA.md#sso-levels)).

    """

    type_: SsoType | Unset = UNSET
    """ Kind of SSO entry: `SSO`, a single sign-on configuration (authorization, token, refresh and login
    addresses), or `QUICK_LINK`, a plain link (`link`). """
    name: str | Unset = UNSET
    """ Name of the SSO. """
    authorization_uri: str | Unset = UNSET
    """ Authorization URI of the SSO ([ERRATA: SSO address fields](/specs/workdrive/ERRATA.md#sso-address-fields)).
    """
    token_uri: str | Unset = UNSET
    """ URI that generates a new token from an authorization code. """
    refresh_uri: str | Unset = UNSET
    """ URI that generates a new token from a refresh token. """
    login_url: str | Unset = UNSET
    """ URL that logs the user into their account. """
    order: int | Unset = UNSET
    """ Position of the SSO among the others ([ERRATA: SSO order](/specs/workdrive/ERRATA.md#sso-order)). """
    file_id: UUID | Unset = UNSET
    """ Media id of the SSO's image, from an upload through the Media API. """
    department_id: UUID | Unset = UNSET
    """ Id of a department, to create the SSO for that department. The list of departments comes from Get All
    Departments. """
    location_id: UUID | Unset = UNSET
    """ Id of a location, to create the SSO for that location. The list of locations comes from Get All Locations.
    """
    link: str | Unset = UNSET
    """ Link of the SSO; required when `type` is `QUICK_LINK`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        name = self.name

        authorization_uri = self.authorization_uri

        token_uri = self.token_uri

        refresh_uri = self.refresh_uri

        login_url = self.login_url

        order = self.order

        file_id: str | Unset = UNSET
        if not isinstance(self.file_id, Unset):
            file_id = str(self.file_id)

        department_id: str | Unset = UNSET
        if not isinstance(self.department_id, Unset):
            department_id = str(self.department_id)

        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if order is not UNSET:
            field_dict["order"] = order
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SsoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_sso_type(_type_)

        name = d.pop("name", UNSET)

        authorization_uri = d.pop("authorizationURI", UNSET)

        token_uri = d.pop("tokenURI", UNSET)

        refresh_uri = d.pop("refreshURI", UNSET)

        login_url = d.pop("loginURL", UNSET)

        order = d.pop("order", UNSET)

        _file_id = d.pop("fileId", UNSET)
        file_id: UUID | Unset
        if isinstance(_file_id, Unset):
            file_id = UNSET
        else:
            file_id = UUID(_file_id)

        _department_id = d.pop("departmentId", UNSET)
        department_id: UUID | Unset
        if isinstance(_department_id, Unset):
            department_id = UNSET
        else:
            department_id = UUID(_department_id)

        _location_id = d.pop("locationId", UNSET)
        location_id: UUID | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = UUID(_location_id)

        link = d.pop("link", UNSET)

        sso_input = cls(
            type_=type_,
            name=name,
            authorization_uri=authorization_uri,
            token_uri=token_uri,
            refresh_uri=refresh_uri,
            login_url=login_url,
            order=order,
            file_id=file_id,
            department_id=department_id,
            location_id=location_id,
            link=link,
        )

        sso_input.additional_properties = d
        return sso_input

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
