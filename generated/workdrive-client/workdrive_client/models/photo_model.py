from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.photo_photo import PhotoPhoto
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Photo")


@_attrs_define
class Photo:
    """A photo of the organization as the API answers it, with the user who added it."""

    id: str
    """ Id of the photo. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the photo was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the photo was last updated. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the photo. """
    updated_by: str | Unset = UNSET
    """ Id of the user who last updated the photo. """
    title: str | Unset = UNSET
    """ Title of the photo. """
    description: str | Unset = UNSET
    """ Description of the photo. """
    photo: PhotoPhoto | Unset = UNSET
    """ The photo's media object, the media `fileId` named; the vendor's documentation shows `{}` only ([ERRATA:
    Placeholders shown as {}](/specs/workdrive/ERRATA.md#placeholders-shown-as-), [ERRATA: Photo
    media](/specs/workdrive/ERRATA.md#photo-media)). """
    user: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        created_by = self.created_by

        updated_by = self.updated_by

        title = self.title

        description = self.description

        photo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.photo, Unset):
            photo = self.photo.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

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
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if photo is not UNSET:
            field_dict["photo"] = photo
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.photo_photo import PhotoPhoto  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _photo = d.pop("photo", UNSET)
        photo: PhotoPhoto | Unset
        if isinstance(_photo, Unset):
            photo = UNSET
        else:
            photo = PhotoPhoto.from_dict(_photo)

        _user = d.pop("user", UNSET)
        user: UserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserSummary.from_dict(_user)

        photo_model = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            title=title,
            description=description,
            photo=photo,
            user=user,
        )

        photo_model.additional_properties = d
        return photo_model

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
