from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_form_schema import CourseFormSchema
    from ..models.course_form_type import CourseFormType


T = TypeVar("T", bound="CourseForm")


@_attrs_define
class CourseForm:
    """A form attached to a course (e.g. an employment form the user fills out)."""

    id: UUID | Unset = UNSET
    """ Id of the form. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the form was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the form was last changed. """
    title: str | Unset = UNSET
    """ Title of the form. """
    accepting: bool | Unset = UNSET
    """ Whether the form accepts submissions. """
    type_: CourseFormType | Unset = UNSET
    """ Type of the form; the vendor's documentation shows `{}`. """
    schema: CourseFormSchema | Unset = UNSET
    """ Definition of a course's form: its components (fields and buttons, each a free-form object as the form
    builder writes it) and how it is displayed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        title = self.title

        accepting = self.accepting

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if title is not UNSET:
            field_dict["title"] = title
        if accepting is not UNSET:
            field_dict["accepting"] = accepting
        if type_ is not UNSET:
            field_dict["type"] = type_
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_form_schema import CourseFormSchema  # noqa: PLC0415
        from ..models.course_form_type import CourseFormType  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        title = d.pop("title", UNSET)

        accepting = d.pop("accepting", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CourseFormType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CourseFormType.from_dict(_type_)

        _schema = d.pop("schema", UNSET)
        schema: CourseFormSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = CourseFormSchema.from_dict(_schema)

        course_form = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            title=title,
            accepting=accepting,
            type_=type_,
            schema=schema,
        )

        course_form.additional_properties = d
        return course_form

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
