from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_auth_method import OrganizationAuthMethod, check_organization_auth_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file import File
    from ..models.organization_address import OrganizationAddress


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization, as Create a new Organization and Update an Organization answer it. Fields the organization has not
    filled are `null` (the create sample). `accessToken` is answered by Create a new Organization only, `file` by Update
    an Organization only ([ERRATA: Organization answers](/specs/workdrive/ERRATA.md#organization-answers)).

    """

    id: str
    """ Id of the organization (a UUID). """
    created_at: datetime.datetime | Unset = UNSET
    """ When the organization was created. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the organization was last changed; `null` if never. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the organization. """
    status: str | Unset = UNSET
    """ State of the organization; the vendor's documentation shows `ACTIVE`. """
    subdomain: str | Unset = UNSET
    """ Subdomain of the organization's WorkDrive site, derived from its name. """
    parent_org_id: None | str | Unset = UNSET
    """ Id of the parent organization; `null` for a top-level organization. """
    name: str | Unset = UNSET
    """ Name of the organization. """
    legal_name: str | Unset = UNSET
    """ Legal name of the organization; on creation, the name. """
    websites: list[str] | None | Unset = UNSET
    """ Websites of the organization. """
    address: None | OrganizationAddress | Unset = UNSET
    """ Postal address of the organization. """
    file: File | Unset = UNSET
    """ A stored media file (picture, video or document) as the API answers it: where it is, what it is, its
    renditions and its owner. """
    email: None | str | Unset = UNSET
    """ Contact e-mail address of the organization. """
    phone: None | str | Unset = UNSET
    """ Contact phone number of the organization. """
    description: None | str | Unset = UNSET
    """ Description of the organization. """
    industry: None | str | Unset = UNSET
    """ Industry the organization works in. """
    auth_method: list[OrganizationAuthMethod] | OrganizationAuthMethod | Unset = UNSET
    """ How the organization's users sign in. The create sample shows one value, the update sample a list of values;
    both are accepted ([ERRATA: Organization auth method](/specs/workdrive/ERRATA.md#organization-auth-method)). """
    access_token: str | Unset = UNSET
    """ API access token of the new organization's administrator (Create a new Organization only), sent as `X-API-
    KEY`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.organization_address import OrganizationAddress  # noqa: PLC0415

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        created_by = self.created_by

        status = self.status

        subdomain = self.subdomain

        parent_org_id: None | str | Unset
        if isinstance(self.parent_org_id, Unset):
            parent_org_id = UNSET
        else:
            parent_org_id = self.parent_org_id

        name = self.name

        legal_name = self.legal_name

        websites: list[str] | None | Unset
        if isinstance(self.websites, Unset):
            websites = UNSET
        elif isinstance(self.websites, list):
            websites = self.websites

        else:
            websites = self.websites

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, OrganizationAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

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

        auth_method: list[str] | str | Unset
        if isinstance(self.auth_method, Unset):
            auth_method = UNSET
        elif isinstance(self.auth_method, str):
            auth_method = self.auth_method
        else:
            auth_method = []
            for auth_method_type_1_item_data in self.auth_method:
                auth_method_type_1_item: str = auth_method_type_1_item_data
                auth_method.append(auth_method_type_1_item)

        access_token = self.access_token

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
        if status is not UNSET:
            field_dict["status"] = status
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if parent_org_id is not UNSET:
            field_dict["parentOrgId"] = parent_org_id
        if name is not UNSET:
            field_dict["name"] = name
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if websites is not UNSET:
            field_dict["websites"] = websites
        if address is not UNSET:
            field_dict["address"] = address
        if file is not UNSET:
            field_dict["file"] = file
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if description is not UNSET:
            field_dict["description"] = description
        if industry is not UNSET:
            field_dict["industry"] = industry
        if auth_method is not UNSET:
            field_dict["authMethod"] = auth_method
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file import File  # noqa: PLC0415
        from ..models.organization_address import OrganizationAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        created_by = d.pop("createdBy", UNSET)

        status = d.pop("status", UNSET)

        subdomain = d.pop("subdomain", UNSET)

        def _parse_parent_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_org_id = _parse_parent_org_id(d.pop("parentOrgId", UNSET))

        name = d.pop("name", UNSET)

        legal_name = d.pop("legalName", UNSET)

        def _parse_websites(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                websites_type_0 = cast(list[str], data)

                return websites_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        websites = _parse_websites(d.pop("websites", UNSET))

        def _parse_address(data: object) -> None | OrganizationAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = OrganizationAddress.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationAddress | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File.from_dict(_file)

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

        def _parse_auth_method(data: object) -> list[OrganizationAuthMethod] | OrganizationAuthMethod | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auth_method_type_0 = check_organization_auth_method(data)

                return auth_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            auth_method_type_1 = []
            _auth_method_type_1 = data
            for auth_method_type_1_item_data in _auth_method_type_1:
                auth_method_type_1_item = check_organization_auth_method(auth_method_type_1_item_data)

                auth_method_type_1.append(auth_method_type_1_item)

            return auth_method_type_1

        auth_method = _parse_auth_method(d.pop("authMethod", UNSET))

        access_token = d.pop("accessToken", UNSET)

        organization = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            status=status,
            subdomain=subdomain,
            parent_org_id=parent_org_id,
            name=name,
            legal_name=legal_name,
            websites=websites,
            address=address,
            file=file,
            email=email,
            phone=phone,
            description=description,
            industry=industry,
            auth_method=auth_method,
            access_token=access_token,
        )

        organization.additional_properties = d
        return organization

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
