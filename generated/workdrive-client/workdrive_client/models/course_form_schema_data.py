from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_form_schema_data_components_item import CourseFormSchemaDataComponentsItem


T = TypeVar("T", bound="CourseFormSchemaData")


@_attrs_define
class CourseFormSchemaData:
    """The form definition."""

    components: list[CourseFormSchemaDataComponentsItem] | Unset = UNSET
    """ Fields and buttons of the form, in order (e.g. a `textfield`, a `button`). """
    display: str | Unset = UNSET
    """ How the form is displayed (the vendor's documentation shows `form`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_form_schema_data_components_item import CourseFormSchemaDataComponentsItem  # noqa: PLC0415

        d = dict(src_dict)
        _components = d.pop("components", UNSET)
        components: list[CourseFormSchemaDataComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = CourseFormSchemaDataComponentsItem.from_dict(components_item_data)

                components.append(components_item)

        display = d.pop("display", UNSET)

        course_form_schema_data = cls(
            components=components,
            display=display,
        )

        course_form_schema_data.additional_properties = d
        return course_form_schema_data

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
