from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTableDataResponse")


@_attrs_define
class UpdateTableDataResponse:
    """Outcome of a Data Update ([ERRATA: Update answer](/specs/koreai/ERRATA.md#update-answer))."""

    n_modified: int | Unset = UNSET
    """ Number of rows modified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n_modified = self.n_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if n_modified is not UNSET:
            field_dict["nModified"] = n_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        n_modified = d.pop("nModified", UNSET)

        update_table_data_response = cls(
            n_modified=n_modified,
        )

        update_table_data_response.additional_properties = d
        return update_table_data_response

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
