from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_category import EventCategory
    from ..models.event_external_link import EventExternalLink
    from ..models.event_livestream import EventLivestream
    from ..models.event_poster import EventPoster
    from ..models.event_repeat_config import EventRepeatConfig
    from ..models.event_repeat_id import EventRepeatId
    from ..models.event_rsvp_user import EventRsvpUser
    from ..models.event_type import EventType
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """An event or meeting of the organization, as the API answers it: what, when and where, who created it and who is
    invited, the livestream attached to it and its recurrence. Fields the vendor's documentation shows only as `{}` are
    free-form objects ([ERRATA: Placeholders shown as {}](/specs/workdrive/ERRATA.md#placeholders-shown-as-)).

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
    external_link: list[EventExternalLink] | Unset = UNSET
    """ External links of the event. """
    is_external_event: bool | Unset = UNSET
    """ The event was imported from an external calendar (Google or Outlook). """
    conference_link: str | Unset = UNSET
    """ Link of the virtual conference, for virtual events other than meetings. """
    location: str | Unset = UNSET
    """ Where the event is held: a pin location link ([ERRATA: Event location](/specs/workdrive/ERRATA.md#event-
    location)). """
    start_date_time: datetime.datetime | Unset = UNSET
    """ Start date and time of the event. """
    end_date_time: datetime.datetime | Unset = UNSET
    """ End date and time of the event. """
    is_virtual: bool | Unset = UNSET
    """ The event is attended virtually. """
    event_source: str | Unset = UNSET
    """ Source of the event. """
    poster: EventPoster | Unset = UNSET
    """ Poster of the event (a media object); the vendor's documentation shows `{}`. """
    going: int | Unset = UNSET
    """ Number of users going to the event. """
    my_rsvp: str | Unset = UNSET
    """ The calling user's answer to the invitation. """
    my_checkin: datetime.datetime | Unset = UNSET
    """ When the calling user checked in to the event. """
    comments: int | Unset = UNSET
    """ Number of comments on the event. """
    tags: list[str] | Unset = UNSET
    """ Tags of the event. """
    reactions: list[str] | Unset = UNSET
    """ Reactions to the event. """
    type_: EventType | Unset = UNSET
    """ Type of the event; the vendor's documentation shows `{}` here while requests send a string ([ERRATA: Event
    type](/specs/workdrive/ERRATA.md#event-type)). """
    category: EventCategory | Unset = UNSET
    """ Category of the event; the vendor's documentation shows `{}` here while requests send its name. """
    livestream: EventLivestream | Unset = UNSET
    """ The livestream (call) attached to an event of type livestream: its state, participants and recording. Fields
    the vendor's documentation shows only as `{}` are free-form objects ([ERRATA: Placeholders shown as
    {}](/specs/workdrive/ERRATA.md#placeholders-shown-as-)). """
    rsvp_users: list[EventRsvpUser] | Unset = UNSET
    """ Users invited to the event, with their answers: the users the request named in `userIds` ([ERRATA: Event
    fields derived from the request](/specs/workdrive/ERRATA.md#event-fields-derived-from-the-request)). """
    creator: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    external_attendees: list[str] | Unset = UNSET
    """ Attendees from outside the organization: the request's `externalUserEmails` ([ERRATA: Event fields derived
    from the request](/specs/workdrive/ERRATA.md#event-fields-derived-from-the-request)). """
    repeat_config: EventRepeatConfig | Unset = UNSET
    """ Recurrence of an event as the API answers it (`repeatConfig`). Its shape differs from the `repeat` object
    sent in requests ([ERRATA: Recurrence in responses](/specs/workdrive/ERRATA.md#recurrence-in-responses)). """
    repeat_id: EventRepeatId | Unset = UNSET
    """ Recurrence series the event belongs to; the vendor's documentation shows `{}`. """
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

        livestream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.livestream, Unset):
            livestream = self.livestream.to_dict()

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

        repeat_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repeat_id, Unset):
            repeat_id = self.repeat_id.to_dict()

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
        from ..models.event_category import EventCategory  # noqa: PLC0415
        from ..models.event_external_link import EventExternalLink  # noqa: PLC0415
        from ..models.event_livestream import EventLivestream  # noqa: PLC0415
        from ..models.event_poster import EventPoster  # noqa: PLC0415
        from ..models.event_repeat_config import EventRepeatConfig  # noqa: PLC0415
        from ..models.event_repeat_id import EventRepeatId  # noqa: PLC0415
        from ..models.event_rsvp_user import EventRsvpUser  # noqa: PLC0415
        from ..models.event_type import EventType  # noqa: PLC0415
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
        external_link: list[EventExternalLink] | Unset = UNSET
        if _external_link is not UNSET:
            external_link = []
            for external_link_item_data in _external_link:
                external_link_item = EventExternalLink.from_dict(external_link_item_data)

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
        poster: EventPoster | Unset
        if isinstance(_poster, Unset):
            poster = UNSET
        else:
            poster = EventPoster.from_dict(_poster)

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
        type_: EventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EventType.from_dict(_type_)

        _category = d.pop("category", UNSET)
        category: EventCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = EventCategory.from_dict(_category)

        _livestream = d.pop("livestream", UNSET)
        livestream: EventLivestream | Unset
        if isinstance(_livestream, Unset):
            livestream = UNSET
        else:
            livestream = EventLivestream.from_dict(_livestream)

        _rsvp_users = d.pop("rsvpUsers", UNSET)
        rsvp_users: list[EventRsvpUser] | Unset = UNSET
        if _rsvp_users is not UNSET:
            rsvp_users = []
            for rsvp_users_item_data in _rsvp_users:
                rsvp_users_item = EventRsvpUser.from_dict(rsvp_users_item_data)

                rsvp_users.append(rsvp_users_item)

        _creator = d.pop("creator", UNSET)
        creator: UserSummary | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = UserSummary.from_dict(_creator)

        external_attendees = cast(list[str], d.pop("externalAttendees", UNSET))

        _repeat_config = d.pop("repeatConfig", UNSET)
        repeat_config: EventRepeatConfig | Unset
        if isinstance(_repeat_config, Unset):
            repeat_config = UNSET
        else:
            repeat_config = EventRepeatConfig.from_dict(_repeat_config)

        _repeat_id = d.pop("repeatId", UNSET)
        repeat_id: EventRepeatId | Unset
        if isinstance(_repeat_id, Unset):
            repeat_id = UNSET
        else:
            repeat_id = EventRepeatId.from_dict(_repeat_id)

        event = cls(
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

        event.additional_properties = d
        return event

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
