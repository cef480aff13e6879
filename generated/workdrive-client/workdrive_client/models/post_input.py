from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_update_status import PostUpdateStatus, check_post_update_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permissions import Permissions
    from ..models.text_location import TextLocation


T = TypeVar("T", bound="PostInput")


@_attrs_define
class PostInput:
    """A new post, the body of Create a Post: the fields of `PostUpdate`, of which `status` and `tags` are required
    ([ERRATA: Post body: postText and status missing from the sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-
    status-missing-from-the-sample)).

    """

    status: PostUpdateStatus
    """ Status of the post. The vendor's documentation lists `PUBLISHED` as its only value ([ERRATA: Post body:
    postText and status missing from the sample](/specs/workdrive/ERRATA.md#post-body-posttext-and-status-missing-
    from-the-sample)). """
    tags: list[str]
    """ Tags of the post, e.g. `#myfirstpost`. The vendor's table says Array, its sample sends one string ([ERRATA:
    Single values where the table says Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)).
    """
    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
    post_text: str | Unset = UNSET
    """ Text of the post. """
    mention: list[UUID] | Unset = UNSET
    """ Ids of the users mentioned in the post (see the user listing); several users can be mentioned. The field is
    `mention`, singular, as the vendor's documentation spells it in table and sample ([ERRATA: Single values where
    the table says Array](/specs/workdrive/ERRATA.md#single-values-where-the-table-says-array)). """
    file_ids: list[UUID] | Unset = UNSET
    """ Ids of the pictures and videos attached to the post, uploaded beforehand with the media upload API. """
    location: TextLocation | Unset = UNSET
    """ A free-text address, optionally with coordinates, attached to a post or a news. """
    tagged_user_ids: list[UUID] | Unset = UNSET
    """ Ids of the users tagged in the post (see the user listing); several users can be tagged. """
    gif: str | Unset = UNSET
    """ Link of the GIF attached to the post. """
    links: list[str] | Unset = UNSET
    """ Links (URLs) shared in the post. The vendor's description continues with a sentence copied from Get All
    Posts ([ERRATA: Copy-pasted descriptions](/specs/workdrive/ERRATA.md#copy-pasted-descriptions)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        tags = self.tags

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        post_text = self.post_text

        mention: list[str] | Unset = UNSET
        if not isinstance(self.mention, Unset):
            mention = []
            for mention_item_data in self.mention:
                mention_item = str(mention_item_data)
                mention.append(mention_item)

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = []
            for file_ids_item_data in self.file_ids:
                file_ids_item = str(file_ids_item_data)
                file_ids.append(file_ids_item)

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        tagged_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.tagged_user_ids, Unset):
            tagged_user_ids = []
            for tagged_user_ids_item_data in self.tagged_user_ids:
                tagged_user_ids_item = str(tagged_user_ids_item_data)
                tagged_user_ids.append(tagged_user_ids_item)

        gif = self.gif

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "tags": tags,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if post_text is not UNSET:
            field_dict["postText"] = post_text
        if mention is not UNSET:
            field_dict["mention"] = mention
        if file_ids is not UNSET:
            field_dict["fileIds"] = file_ids
        if location is not UNSET:
            field_dict["location"] = location
        if tagged_user_ids is not UNSET:
            field_dict["taggedUserIds"] = tagged_user_ids
        if gif is not UNSET:
            field_dict["gif"] = gif
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions import Permissions  # noqa: PLC0415
        from ..models.text_location import TextLocation  # noqa: PLC0415

        d = dict(src_dict)
        status = check_post_update_status(d.pop("status"))

        tags = cast(list[str], d.pop("tags"))

        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        post_text = d.pop("postText", UNSET)

        _mention = d.pop("mention", UNSET)
        mention: list[UUID] | Unset = UNSET
        if _mention is not UNSET:
            mention = []
            for mention_item_data in _mention:
                mention_item = UUID(mention_item_data)

                mention.append(mention_item)

        _file_ids = d.pop("fileIds", UNSET)
        file_ids: list[UUID] | Unset = UNSET
        if _file_ids is not UNSET:
            file_ids = []
            for file_ids_item_data in _file_ids:
                file_ids_item = UUID(file_ids_item_data)

                file_ids.append(file_ids_item)

        _location = d.pop("location", UNSET)
        location: TextLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = TextLocation.from_dict(_location)

        _tagged_user_ids = d.pop("taggedUserIds", UNSET)
        tagged_user_ids: list[UUID] | Unset = UNSET
        if _tagged_user_ids is not UNSET:
            tagged_user_ids = []
            for tagged_user_ids_item_data in _tagged_user_ids:
                tagged_user_ids_item = UUID(tagged_user_ids_item_data)

                tagged_user_ids.append(tagged_user_ids_item)

        gif = d.pop("gif", UNSET)

        links = cast(list[str], d.pop("links", UNSET))

        post_input = cls(
            status=status,
            tags=tags,
            permissions=permissions,
            post_text=post_text,
            mention=mention,
            file_ids=file_ids,
            location=location,
            tagged_user_ids=tagged_user_ids,
            gif=gif,
            links=links,
        )

        post_input.additional_properties = d
        return post_input

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
