from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFilter")


@_attrs_define
class CustomFilter:
    """An additional filter on the data of a custom dashboard widget (Custom Dashboard Filters; [ERRATA: Widget data: POST
    with filters](/specs/koreai/ERRATA.md#widget-data-post-with-filters)).

    """

    filter_source: str | Unset = UNSET
    """ Source of the field to filter on (e.g. `userType`, a custom meta tag source). """
    field_name: str | Unset = UNSET
    """ Name of the field to filter on. """
    values: list[str] | Unset = UNSET
    """ Values the field must take; a record matches when its field has one of them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_source = self.filter_source

        field_name = self.field_name

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_source is not UNSET:
            field_dict["filterSource"] = filter_source
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_source = d.pop("filterSource", UNSET)

        field_name = d.pop("fieldName", UNSET)

        values = cast(list[str], d.pop("values", UNSET))

        custom_filter = cls(
            filter_source=filter_source,
            field_name=field_name,
            values=values,
        )

        custom_filter.additional_properties = d
        return custom_filter

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
