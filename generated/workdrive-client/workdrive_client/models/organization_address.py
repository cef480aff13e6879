from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationAddress")


@_attrs_define
class OrganizationAddress:
    """Postal address of an organization. The vendor's table runs names and types together (`citystring`, `statestring`,
    `zipstring`; [ERRATA: Update an Organization table](/specs/workdrive/ERRATA.md#update-an-organization-table)).

    """

    street1: str | Unset = UNSET
    """ First line of the street address. """
    street2: None | str | Unset = UNSET
    """ Second line of the street address; `null` when there is none. """
    city: str | Unset = UNSET
    """ City. """
    state: str | Unset = UNSET
    """ State or region. """
    zip_: str | Unset = UNSET
    """ Postal code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street1 = self.street1

        street2: None | str | Unset
        if isinstance(self.street2, Unset):
            street2 = UNSET
        else:
            street2 = self.street2

        city = self.city

        state = self.state

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street1 is not UNSET:
            field_dict["street1"] = street1
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street1 = d.pop("street1", UNSET)

        def _parse_street2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street2 = _parse_street2(d.pop("street2", UNSET))

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        organization_address = cls(
            street1=street1,
            street2=street2,
            city=city,
            state=state,
            zip_=zip_,
        )

        organization_address.additional_properties = d
        return organization_address

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
