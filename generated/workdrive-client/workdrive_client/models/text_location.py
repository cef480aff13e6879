from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_location_coordinates import TextLocationCoordinates


T = TypeVar("T", bound="TextLocation")


@_attrs_define
class TextLocation:
    """A free-text address, optionally with coordinates, attached to a post or a news."""

    text_address: str | Unset = UNSET
    """ The address as text. """
    coordinates: TextLocationCoordinates | Unset = UNSET
    """ Geographic coordinates of the address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_address = self.text_address

        coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_address is not UNSET:
            field_dict["textAddress"] = text_address
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_location_coordinates import TextLocationCoordinates  # noqa: PLC0415

        d = dict(src_dict)
        text_address = d.pop("textAddress", UNSET)

        _coordinates = d.pop("coordinates", UNSET)
        coordinates: TextLocationCoordinates | Unset
        if isinstance(_coordinates, Unset):
            coordinates = UNSET
        else:
            coordinates = TextLocationCoordinates.from_dict(_coordinates)

        text_location = cls(
            text_address=text_address,
            coordinates=coordinates,
        )

        text_location.additional_properties = d
        return text_location

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
