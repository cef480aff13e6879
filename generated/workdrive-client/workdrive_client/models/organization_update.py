from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_address import OrganizationAddress


T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define
class OrganizationUpdate:
    """The fields of an organization that Update an Organization can change; fields left out stay as they are. The vendor's
    sample sends `null` for `street2` and `industry`; the spec reads `null` as "clear the value" for every text field
    (judgement).

    """

    file_id: UUID | Unset = UNSET
    """ Media id of the organization's picture (logo), from Upload a Media. """
    name: str | Unset = UNSET
    """ Name of the organization. """
    legal_name: str | Unset = UNSET
    """ Legal name of the organization. """
    websites: list[str] | Unset = UNSET
    """ Websites of the organization. """
    address: OrganizationAddress | Unset = UNSET
    """ Postal address of an organization. The vendor's table runs names and types together (`citystring`,
    `statestring`, `zipstring`; [ERRATA: Update an Organization table](/specs/workdrive/ERRATA.md#update-an-
    organization-table)). """
    email: None | str | Unset = UNSET
    """ Contact e-mail address of the organization. """
    phone: None | str | Unset = UNSET
    """ Contact phone number of the organization. """
    description: None | str | Unset = UNSET
    """ Description of the organization. """
    industry: None | str | Unset = UNSET
    """ Industry the organization works in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id: str | Unset = UNSET
        if not isinstance(self.file_id, Unset):
            file_id = str(self.file_id)

        name = self.name

        legal_name = self.legal_name

        websites: list[str] | Unset = UNSET
        if not isinstance(self.websites, Unset):
            websites = self.websites

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if name is not UNSET:
            field_dict["name"] = name
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if websites is not UNSET:
            field_dict["websites"] = websites
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if description is not UNSET:
            field_dict["description"] = description
        if industry is not UNSET:
            field_dict["industry"] = industry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_address import OrganizationAddress  # noqa: PLC0415

        d = dict(src_dict)
        _file_id = d.pop("fileId", UNSET)
        file_id: UUID | Unset
        if isinstance(_file_id, Unset):
            file_id = UNSET
        else:
            file_id = UUID(_file_id)

        name = d.pop("name", UNSET)

        legal_name = d.pop("legalName", UNSET)

        websites = cast(list[str], d.pop("websites", UNSET))

        _address = d.pop("address", UNSET)
        address: OrganizationAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = OrganizationAddress.from_dict(_address)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry = _parse_industry(d.pop("industry", UNSET))

        organization_update = cls(
            file_id=file_id,
            name=name,
            legal_name=legal_name,
            websites=websites,
            address=address,
            email=email,
            phone=phone,
            description=description,
            industry=industry,
        )

        organization_update.additional_properties = d
        return organization_update

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
