from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModuleCodeEntry")


@_attrs_define
class ModuleCodeEntry:
    """One module of WorkDrive and its code, as Get Module Codes lists it ([ERRATA: Module
    codes](/specs/workdrive/ERRATA.md#module-codes)).

    """

    module_code: int
    """ Code of a WorkDrive module (posts, news, documents ...). Get Module Codes (`GET /api/module-codes`) lists
    every code with its module's name; categories belong to one module and the media upload (`GET /api/media`) takes
    the code of the module a file is for. The vendor's documentation shows only `1` (the POST module) as a real
    value ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)). """
    name: str | Unset = UNSET
    """ Name of the module, in capitals (e.g. `POST`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        module_code = self.module_code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "moduleCode": module_code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        module_code = d.pop("moduleCode")

        name = d.pop("name", UNSET)

        module_code_entry = cls(
            module_code=module_code,
            name=name,
        )

        module_code_entry.additional_properties = d
        return module_code_entry

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
