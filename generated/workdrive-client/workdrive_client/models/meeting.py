from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_chat_call import GroupChatCall
    from ..models.meeting_category import MeetingCategory
    from ..models.meeting_external_link_item import MeetingExternalLinkItem
    from ..models.meeting_invitee import MeetingInvitee
    from ..models.meeting_poster import MeetingPoster
    from ..models.meeting_repeat_config import MeetingRepeatConfig
    from ..models.meeting_type import MeetingType
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """A meeting, that is an event of the meeting kind, as the API answers it: the answer of "Create a new meeting in any
    conversation", and the event embedded in calls and messages (the vendor's Events sections answer the same object).
    `livestream` is the meeting's call, given as its id or in full ([ERRATA: Call event and meeting livestream: id or
    object](/specs/workdrive/ERRATA.md#call-event-and-meeting-livestream-id-or-object)).

    """

    id: str
    """ Id of the event. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the event was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the event was last updated. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the event. """
    updated_by: str | Unset = UNSET
    """ Id of the user who last updated the event. """
    title: str | Unset = UNSET
    """ Title of the event. """
    description: str | Unset = UNSET
    """ Description of the event. """
    external_link: list[MeetingExternalLinkItem] | Unset = UNSET
    """ External links of the event. """
    is_external_event: bool | Unset = UNSET
    """ The event comes from an external calendar. """
    conference_link: str | Unset = UNSET
    """ Link of the virtual conference. """
    location: str | Unset = UNSET
    """ Where the event takes place. """
    start_date_time: datetime.datetime | Unset = UNSET
    """ When the event starts. """
    end_date_time: datetime.datetime | Unset = UNSET
    """ When the event ends. """
    is_virtual: bool | Unset = UNSET
    """ The event takes place online. """
    event_source: str | Unset = UNSET
    """ Where the event comes from. """
    poster: MeetingPoster | Unset = UNSET
    """ Poster media of the event; the vendor's documentation shows `{}`. """
    going: int | Unset = UNSET
    """ Number of users who answered that they go. """
    my_rsvp: str | Unset = UNSET
    """ The calling user's answer to the invitation. """
    my_checkin: datetime.datetime | Unset = UNSET
    """ When the calling user checked in. """
    comments: int | Unset = UNSET
    """ Number of comments on the event. """
    tags: list[str] | Unset = UNSET
    """ Tags of the event. """
    reactions: list[str] | Unset = UNSET
    """ Reactions to the event. """
    type_: MeetingType | Unset = UNSET
    """ Type of the event; the vendor's documentation shows `{}`. """
    category: MeetingCategory | Unset = UNSET
    """ Category of the event; the vendor's documentation shows `{}`. """
    livestream: GroupChatCall | str | Unset = UNSET
    """ The call (live stream) of the event: its id, or the call itself ([ERRATA: Call event and meeting livestream:
    id or object](/specs/workdrive/ERRATA.md#call-event-and-meeting-livestream-id-or-object)). """
    rsvp_users: list[MeetingInvitee] | Unset = UNSET
    """ The invited users and their answers. """
    creator: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    external_attendees: list[str] | Unset = UNSET
    """ External attendees of the event. """
    repeat_config: MeetingRepeatConfig | Unset = UNSET
    """ How the event repeats. """
    repeat_id: Any | Unset = UNSET
    """ Id of the series a repeated event belongs to; the vendor's documentation shows `{}` ([ERRATA: Conversation
    fields shown as {}](/specs/workdrive/ERRATA.md#conversation-fields-shown-as-)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_chat_call import GroupChatCall  # noqa: PLC0415

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

        external_link: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_link, Unset):
            external_link = []
            for external_link_item_data in self.external_link:
                external_link_item = external_link_item_data.to_dict()
                external_link.append(external_link_item)

        is_external_event = self.is_external_event

        conference_link = self.conference_link

        location = self.location

        start_date_time: str | Unset = UNSET
        if not isinstance(self.start_date_time, Unset):
            start_date_time = self.start_date_time.isoformat()

        end_date_time: str | Unset = UNSET
        if not isinstance(self.end_date_time, Unset):
            end_date_time = self.end_date_time.isoformat()

        is_virtual = self.is_virtual

        event_source = self.event_source

        poster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poster, Unset):
            poster = self.poster.to_dict()

        going = self.going

        my_rsvp = self.my_rsvp

        my_checkin: str | Unset = UNSET
        if not isinstance(self.my_checkin, Unset):
            my_checkin = self.my_checkin.isoformat()

        comments = self.comments

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        reactions: list[str] | Unset = UNSET
        if not isinstance(self.reactions, Unset):
            reactions = self.reactions

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        livestream: dict[str, Any] | str | Unset
        if isinstance(self.livestream, Unset):
            livestream = UNSET
        elif isinstance(self.livestream, GroupChatCall):
            livestream = self.livestream.to_dict()
        else:
            livestream = self.livestream

        rsvp_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rsvp_users, Unset):
            rsvp_users = []
            for rsvp_users_item_data in self.rsvp_users:
                rsvp_users_item = rsvp_users_item_data.to_dict()
                rsvp_users.append(rsvp_users_item)

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        external_attendees: list[str] | Unset = UNSET
        if not isinstance(self.external_attendees, Unset):
            external_attendees = self.external_attendees

        repeat_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repeat_config, Unset):
            repeat_config = self.repeat_config.to_dict()

        repeat_id = self.repeat_id

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
        if external_link is not UNSET:
            field_dict["externalLink"] = external_link
        if is_external_event is not UNSET:
            field_dict["isExternalEvent"] = is_external_event
        if conference_link is not UNSET:
            field_dict["conferenceLink"] = conference_link
        if location is not UNSET:
            field_dict["location"] = location
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if is_virtual is not UNSET:
            field_dict["isVirtual"] = is_virtual
        if event_source is not UNSET:
            field_dict["eventSource"] = event_source
        if poster is not UNSET:
            field_dict["poster"] = poster
        if going is not UNSET:
            field_dict["going"] = going
        if my_rsvp is not UNSET:
            field_dict["myRsvp"] = my_rsvp
        if my_checkin is not UNSET:
            field_dict["myCheckin"] = my_checkin
        if comments is not UNSET:
            field_dict["comments"] = comments
        if tags is not UNSET:
            field_dict["tags"] = tags
        if reactions is not UNSET:
            field_dict["reactions"] = reactions
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category is not UNSET:
            field_dict["category"] = category
        if livestream is not UNSET:
            field_dict["livestream"] = livestream
        if rsvp_users is not UNSET:
            field_dict["rsvpUsers"] = rsvp_users
        if creator is not UNSET:
            field_dict["creator"] = creator
        if external_attendees is not UNSET:
            field_dict["externalAttendees"] = external_attendees
        if repeat_config is not UNSET:
            field_dict["repeatConfig"] = repeat_config
        if repeat_id is not UNSET:
            field_dict["repeatId"] = repeat_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_chat_call import GroupChatCall  # noqa: PLC0415
        from ..models.meeting_category import MeetingCategory  # noqa: PLC0415
        from ..models.meeting_external_link_item import MeetingExternalLinkItem  # noqa: PLC0415
        from ..models.meeting_invitee import MeetingInvitee  # noqa: PLC0415
        from ..models.meeting_poster import MeetingPoster  # noqa: PLC0415
        from ..models.meeting_repeat_config import MeetingRepeatConfig  # noqa: PLC0415
        from ..models.meeting_type import MeetingType  # noqa: PLC0415
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

        _external_link = d.pop("externalLink", UNSET)
        external_link: list[MeetingExternalLinkItem] | Unset = UNSET
        if _external_link is not UNSET:
            external_link = []
            for external_link_item_data in _external_link:
                external_link_item = MeetingExternalLinkItem.from_dict(external_link_item_data)

                external_link.append(external_link_item)

        is_external_event = d.pop("isExternalEvent", UNSET)

        conference_link = d.pop("conferenceLink", UNSET)

        location = d.pop("location", UNSET)

        _start_date_time = d.pop("startDateTime", UNSET)
        start_date_time: datetime.datetime | Unset
        if isinstance(_start_date_time, Unset):
            start_date_time = UNSET
        else:
            start_date_time = datetime.datetime.fromisoformat(_start_date_time)

        _end_date_time = d.pop("endDateTime", UNSET)
        end_date_time: datetime.datetime | Unset
        if isinstance(_end_date_time, Unset):
            end_date_time = UNSET
        else:
            end_date_time = datetime.datetime.fromisoformat(_end_date_time)

        is_virtual = d.pop("isVirtual", UNSET)

        event_source = d.pop("eventSource", UNSET)

        _poster = d.pop("poster", UNSET)
        poster: MeetingPoster | Unset
        if isinstance(_poster, Unset):
            poster = UNSET
        else:
            poster = MeetingPoster.from_dict(_poster)

        going = d.pop("going", UNSET)

        my_rsvp = d.pop("myRsvp", UNSET)

        _my_checkin = d.pop("myCheckin", UNSET)
        my_checkin: datetime.datetime | Unset
        if isinstance(_my_checkin, Unset):
            my_checkin = UNSET
        else:
            my_checkin = datetime.datetime.fromisoformat(_my_checkin)

        comments = d.pop("comments", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        reactions = cast(list[str], d.pop("reactions", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: MeetingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MeetingType.from_dict(_type_)

        _category = d.pop("category", UNSET)
        category: MeetingCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = MeetingCategory.from_dict(_category)

        def _parse_livestream(data: object) -> GroupChatCall | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                livestream_type_1 = GroupChatCall.from_dict(data)

                return livestream_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupChatCall | str | Unset, data)

        livestream = _parse_livestream(d.pop("livestream", UNSET))

        _rsvp_users = d.pop("rsvpUsers", UNSET)
        rsvp_users: list[MeetingInvitee] | Unset = UNSET
        if _rsvp_users is not UNSET:
            rsvp_users = []
            for rsvp_users_item_data in _rsvp_users:
                rsvp_users_item = MeetingInvitee.from_dict(rsvp_users_item_data)

                rsvp_users.append(rsvp_users_item)

        _creator = d.pop("creator", UNSET)
        creator: UserSummary | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = UserSummary.from_dict(_creator)

        external_attendees = cast(list[str], d.pop("externalAttendees", UNSET))

        _repeat_config = d.pop("repeatConfig", UNSET)
        repeat_config: MeetingRepeatConfig | Unset
        if isinstance(_repeat_config, Unset):
            repeat_config = UNSET
        else:
            repeat_config = MeetingRepeatConfig.from_dict(_repeat_config)

        repeat_id = d.pop("repeatId", UNSET)

        meeting = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            title=title,
            description=description,
            external_link=external_link,
            is_external_event=is_external_event,
            conference_link=conference_link,
            location=location,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            is_virtual=is_virtual,
            event_source=event_source,
            poster=poster,
            going=going,
            my_rsvp=my_rsvp,
            my_checkin=my_checkin,
            comments=comments,
            tags=tags,
            reactions=reactions,
            type_=type_,
            category=category,
            livestream=livestream,
            rsvp_users=rsvp_users,
            creator=creator,
            external_attendees=external_attendees,
            repeat_config=repeat_config,
            repeat_id=repeat_id,
        )

        meeting.additional_properties = d
        return meeting

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
