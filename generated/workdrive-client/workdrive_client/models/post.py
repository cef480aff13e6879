from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file import File
    from ..models.post_link_preview import PostLinkPreview
    from ..models.post_reaction import PostReaction
    from ..models.text_location import TextLocation
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Post")


@_attrs_define
class Post:
    """A post on the organization's feed, as Get All Posts, Create a Post and Update a Post answer it. The answer does not
    echo the post's `status` or `permissions` ([ERRATA: Answers omit status and
    permissions](/specs/workdrive/ERRATA.md#answers-omit-status-and-permissions)).

    """

    id: str
    """ Id of the post. """
    post_text: str | Unset = UNSET
    """ Text of the post. """
    posted_at: datetime.datetime | Unset = UNSET
    """ When the post was published: the moment it was created ([ERRATA: Feed items derived from the
    request](/specs/workdrive/ERRATA.md#feed-items-derived-from-the-request)). """
    comments_count: int | Unset = UNSET
    """ Number of comments on the post. """
    user: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    files: File | Unset = UNSET
    """ A stored media file (picture, video or document) as the API answers it: where it is, what it is, its
    renditions and its owner. """
    link_previews: PostLinkPreview | Unset = UNSET
    """ Preview of a link found in a post or news (title, description and image of the linked page). The vendor's
    documentation shows one such object under the plural name `linkPreviews`. """
    tags: list[str] | Unset = UNSET
    """ Tags of the post. """
    reactions: list[PostReaction] | Unset = UNSET
    """ Reactions to the post ([ERRATA: Reactions shown as {}](/specs/workdrive/ERRATA.md#reactions-shown-as-)). """
    mentions: list[UserSummary] | Unset = UNSET
    """ Users mentioned in the post, those whose ids the request sent in `mention` ([ERRATA: Feed items derived from
    the request](/specs/workdrive/ERRATA.md#feed-items-derived-from-the-request)). """
    tagged_users: list[UserSummary] | Unset = UNSET
    """ Users tagged in the post, those whose ids the request sent in `taggedUserIds` ([ERRATA: Feed items derived
    from the request](/specs/workdrive/ERRATA.md#feed-items-derived-from-the-request)). """
    gif: str | Unset = UNSET
    """ Link (URL) of the GIF attached to the post; the vendor's answers show the placeholder `string` ([ERRATA:
    Placeholder values in the samples](/specs/workdrive/ERRATA.md#placeholder-values-in-the-samples)). """
    links: list[str] | Unset = UNSET
    """ Links (URLs) shared in the post. """
    reaction_users: list[UserSummary] | Unset = UNSET
    """ Users who reacted to the post. """
    location: TextLocation | Unset = UNSET
    """ A free-text address, optionally with coordinates, attached to a post or a news. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        post_text = self.post_text

        posted_at: str | Unset = UNSET
        if not isinstance(self.posted_at, Unset):
            posted_at = self.posted_at.isoformat()

        comments_count = self.comments_count

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files.to_dict()

        link_previews: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_previews, Unset):
            link_previews = self.link_previews.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        reactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reactions, Unset):
            reactions = []
            for reactions_item_data in self.reactions:
                reactions_item = reactions_item_data.to_dict()
                reactions.append(reactions_item)

        mentions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mentions, Unset):
            mentions = []
            for mentions_item_data in self.mentions:
                mentions_item = mentions_item_data.to_dict()
                mentions.append(mentions_item)

        tagged_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tagged_users, Unset):
            tagged_users = []
            for tagged_users_item_data in self.tagged_users:
                tagged_users_item = tagged_users_item_data.to_dict()
                tagged_users.append(tagged_users_item)

        gif = self.gif

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        reaction_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reaction_users, Unset):
            reaction_users = []
            for reaction_users_item_data in self.reaction_users:
                reaction_users_item = reaction_users_item_data.to_dict()
                reaction_users.append(reaction_users_item)

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if post_text is not UNSET:
            field_dict["postText"] = post_text
        if posted_at is not UNSET:
            field_dict["postedAt"] = posted_at
        if comments_count is not UNSET:
            field_dict["commentsCount"] = comments_count
        if user is not UNSET:
            field_dict["user"] = user
        if files is not UNSET:
            field_dict["files"] = files
        if link_previews is not UNSET:
            field_dict["linkPreviews"] = link_previews
        if tags is not UNSET:
            field_dict["tags"] = tags
        if reactions is not UNSET:
            field_dict["reactions"] = reactions
        if mentions is not UNSET:
            field_dict["mentions"] = mentions
        if tagged_users is not UNSET:
            field_dict["taggedUsers"] = tagged_users
        if gif is not UNSET:
            field_dict["gif"] = gif
        if links is not UNSET:
            field_dict["links"] = links
        if reaction_users is not UNSET:
            field_dict["reactionUsers"] = reaction_users
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file import File  # noqa: PLC0415
        from ..models.post_link_preview import PostLinkPreview  # noqa: PLC0415
        from ..models.post_reaction import PostReaction  # noqa: PLC0415
        from ..models.text_location import TextLocation  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        post_text = d.pop("postText", UNSET)

        _posted_at = d.pop("postedAt", UNSET)
        posted_at: datetime.datetime | Unset
        if isinstance(_posted_at, Unset):
            posted_at = UNSET
        else:
            posted_at = datetime.datetime.fromisoformat(_posted_at)

        comments_count = d.pop("commentsCount", UNSET)

        _user = d.pop("user", UNSET)
        user: UserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserSummary.from_dict(_user)

        _files = d.pop("files", UNSET)
        files: File | Unset
        if isinstance(_files, Unset):
            files = UNSET
        else:
            files = File.from_dict(_files)

        _link_previews = d.pop("linkPreviews", UNSET)
        link_previews: PostLinkPreview | Unset
        if isinstance(_link_previews, Unset):
            link_previews = UNSET
        else:
            link_previews = PostLinkPreview.from_dict(_link_previews)

        tags = cast(list[str], d.pop("tags", UNSET))

        _reactions = d.pop("reactions", UNSET)
        reactions: list[PostReaction] | Unset = UNSET
        if _reactions is not UNSET:
            reactions = []
            for reactions_item_data in _reactions:
                reactions_item = PostReaction.from_dict(reactions_item_data)

                reactions.append(reactions_item)

        _mentions = d.pop("mentions", UNSET)
        mentions: list[UserSummary] | Unset = UNSET
        if _mentions is not UNSET:
            mentions = []
            for mentions_item_data in _mentions:
                mentions_item = UserSummary.from_dict(mentions_item_data)

                mentions.append(mentions_item)

        _tagged_users = d.pop("taggedUsers", UNSET)
        tagged_users: list[UserSummary] | Unset = UNSET
        if _tagged_users is not UNSET:
            tagged_users = []
            for tagged_users_item_data in _tagged_users:
                tagged_users_item = UserSummary.from_dict(tagged_users_item_data)

                tagged_users.append(tagged_users_item)

        gif = d.pop("gif", UNSET)

        links = cast(list[str], d.pop("links", UNSET))

        _reaction_users = d.pop("reactionUsers", UNSET)
        reaction_users: list[UserSummary] | Unset = UNSET
        if _reaction_users is not UNSET:
            reaction_users = []
            for reaction_users_item_data in _reaction_users:
                reaction_users_item = UserSummary.from_dict(reaction_users_item_data)

                reaction_users.append(reaction_users_item)

        _location = d.pop("location", UNSET)
        location: TextLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = TextLocation.from_dict(_location)

        post = cls(
            id=id,
            post_text=post_text,
            posted_at=posted_at,
            comments_count=comments_count,
            user=user,
            files=files,
            link_previews=link_previews,
            tags=tags,
            reactions=reactions,
            mentions=mentions,
            tagged_users=tagged_users,
            gif=gif,
            links=links,
            reaction_users=reaction_users,
            location=location,
        )

        post.additional_properties = d
        return post

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
