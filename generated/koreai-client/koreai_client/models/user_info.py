from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """Profile of a user of the account, as Create User and Update User take it. `emailId` is required when creating a user
    (`NewUserInfo`); when updating, the user is named by `emailId` or `orgUserId` ([ERRATA: Required
    fields](/specs/koreai/ERRATA.md#required-fields)).

    """

    email_id: str | Unset = UNSET
    """ Email address of the user; identifies the user in the account. """
    org_user_id: str | Unset = UNSET
    """ User ID assigned by your organization. """
    first_name: str | Unset = UNSET
    """ First name of the user. """
    last_name: str | Unset = UNSET
    """ Last name of the user. """
    company_name: str | Unset = UNSET
    """ Company of the user. """
    dept: str | Unset = UNSET
    """ Department of the user. """
    company_contact_phone: str | Unset = UNSET
    """ Contact phone number of the user's company. """
    worknumber: str | Unset = UNSET
    """ Work phone number of the user. """
    street: str | Unset = UNSET
    """ Street of the user's address. """
    suite_no: str | Unset = UNSET
    """ Suite number of the user's address. """
    city: str | Unset = UNSET
    """ City of the user's address. """
    zip_: str | Unset = UNSET
    """ Zip code of the user's address. """
    state: str | Unset = UNSET
    """ State of the user's address. """
    country: str | Unset = UNSET
    """ Country of the user's address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        org_user_id = self.org_user_id

        first_name = self.first_name

        last_name = self.last_name

        company_name = self.company_name

        dept = self.dept

        company_contact_phone = self.company_contact_phone

        worknumber = self.worknumber

        street = self.street

        suite_no = self.suite_no

        city = self.city

        zip_ = self.zip_

        state = self.state

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_id is not UNSET:
            field_dict["emailId"] = email_id
        if org_user_id is not UNSET:
            field_dict["orgUserId"] = org_user_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if dept is not UNSET:
            field_dict["dept"] = dept
        if company_contact_phone is not UNSET:
            field_dict["companyContactPhone"] = company_contact_phone
        if worknumber is not UNSET:
            field_dict["worknumber"] = worknumber
        if street is not UNSET:
            field_dict["street"] = street
        if suite_no is not UNSET:
            field_dict["suiteNo"] = suite_no
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_id = d.pop("emailId", UNSET)

        org_user_id = d.pop("orgUserId", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        company_name = d.pop("companyName", UNSET)

        dept = d.pop("dept", UNSET)

        company_contact_phone = d.pop("companyContactPhone", UNSET)

        worknumber = d.pop("worknumber", UNSET)

        street = d.pop("street", UNSET)

        suite_no = d.pop("suiteNo", UNSET)

        city = d.pop("city", UNSET)

        zip_ = d.pop("zip", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        user_info = cls(
            email_id=email_id,
            org_user_id=org_user_id,
            first_name=first_name,
            last_name=last_name,
            company_name=company_name,
            dept=dept,
            company_contact_phone=company_contact_phone,
            worknumber=worknumber,
            street=street,
            suite_no=suite_no,
            city=city,
            zip_=zip_,
            state=state,
            country=country,
        )

        user_info.additional_properties = d
        return user_info

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
