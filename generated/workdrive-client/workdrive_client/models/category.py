from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """A category of content of one module (e.g. the categories documents and FAQs are filed under)."""

    id: UUID
    """ Id of the category. """
    module_code: int | Unset = UNSET
    """ Code of a WorkDrive module (posts, news, documents ...). Get Module Codes (`GET /api/module-codes`) lists
    every code with its module's name; categories belong to one module and the media upload (`GET /api/media`) takes
    the code of the module a file is for. The vendor's documentation shows only `1` (the POST module) as a real
    value ([ERRATA: Module codes](/specs/workdrive/ERRATA.md#module-codes)). """
    category: str | Unset = UNSET
    """ Name of the category, as the Document and FAQ listings' `category` filter takes it. """
    color: str | Unset = UNSET
    """ Colour the category is shown in. """
    org_id: UUID | Unset = UNSET
    """ Id of the organization the category belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        module_code = self.module_code

        category = self.category

        color = self.color

        org_id: str | Unset = UNSET
        if not isinstance(self.org_id, Unset):
            org_id = str(self.org_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if module_code is not UNSET:
            field_dict["moduleCode"] = module_code
        if category is not UNSET:
            field_dict["category"] = category
        if color is not UNSET:
            field_dict["color"] = color
        if org_id is not UNSET:
            field_dict["orgId"] = org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        module_code = d.pop("moduleCode", UNSET)

        category = d.pop("category", UNSET)

        color = d.pop("color", UNSET)

        _org_id = d.pop("orgId", UNSET)
        org_id: UUID | Unset
        if isinstance(_org_id, Unset):
            org_id = UNSET
        else:
            org_id = UUID(_org_id)

        category = cls(
            id=id,
            module_code=module_code,
            category=category,
            color=color,
            org_id=org_id,
        )

        category.additional_properties = d
        return category

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
