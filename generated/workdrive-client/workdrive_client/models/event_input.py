from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_external_link import EventExternalLink
    from ..models.event_repeat import EventRepeat
    from ..models.permissions import Permissions


T = TypeVar("T", bound="EventInput")


@_attrs_define
class EventInput:
    """Fields of an event or meeting, sent to Create an Event and Update an Event. The vendor's documentation marks none of
    them required; on update, fields left out keep their value. Field names follow the vendor's samples where its tables
    spell them differently ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names)).

    """

    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
    title: str | Unset = UNSET
    """ Title of the event. """
    description: str | Unset = UNSET
    """ Description of the event. """
    external_link: list[EventExternalLink] | Unset = UNSET
    """ External links of the event. """
    user_ids: list[UUID] | Unset = UNSET
    """ For a meeting, ids of the users invited (from the User Listing API). """
    conference_link: str | Unset = UNSET
    """ Link of the virtual conference. Used only for events other than meetings, when the event happens virtually.
    """
    location: str | Unset = UNSET
    """ Pin location link of the place where the event is held. The vendor's table names the field `location:` and
    types it `Location`; its sample sends a map URL as a string ([ERRATA: Event
    location](/specs/workdrive/ERRATA.md#event-location)). """
    start_date_time: datetime.datetime | Unset = UNSET
    """ Start date and time of the event. """
    end_date_time: datetime.datetime | Unset = UNSET
    """ End date and time of the event. The vendor's table spells it `endtDateTime` ([ERRATA: Event field
    names](/specs/workdrive/ERRATA.md#event-field-names)). """
    poster_id: UUID | Unset = UNSET
    """ Media id of the event's poster, uploaded beforehand with the media upload API. """
    conversation_id: str | Unset = UNSET
    """ Id of a conversation; only the vendor's sample shows this field, its table does not describe it ([ERRATA:
    Event fields missing from the table](/specs/workdrive/ERRATA.md#event-fields-missing-from-the-table)). """
    is_virtual: bool | Unset = UNSET
    """ The event is attended virtually. """
    tags: list[str] | Unset = UNSET
    """ Tags of the event. """
    type_: str | Unset = UNSET
    """ Type of the event: the vendor's table lists POST, LIVESTREAM, EVENT, FAQ and COURSE and types the field
    integer, its sample sends the string `"2"` ([ERRATA: Event type](/specs/workdrive/ERRATA.md#event-type)). """
    external_user_emails: list[str] | Unset = UNSET
    """ For a meeting, e-mail addresses of the invited members from outside the organization. """
    category: str | Unset = UNSET
    """ Name of the event's category, as listed by the List categories API. """
    is_meeting: bool | Unset = False
    """ The event is a meeting. """
    repeat: EventRepeat | Unset = UNSET
    """ Recurrence of an event as it is sent to Create an Event and Update an Event: repeat at a frequency until an
    end date. """
    video_preview_ids: list[UUID] | Unset = UNSET
    """ For a livestream, media ids of preview videos uploaded with the media upload API. The vendor's table names
    the field `videoPreviews` ([ERRATA: Event field names](/specs/workdrive/ERRATA.md#event-field-names)). """
    duration: int | Unset = UNSET
    """ Duration of the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        title = self.title

        description = self.description

        external_link: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_link, Unset):
            external_link = []
            for external_link_item_data in self.external_link:
                external_link_item = external_link_item_data.to_dict()
                external_link.append(external_link_item)

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = str(user_ids_item_data)
                user_ids.append(user_ids_item)

        conference_link = self.conference_link

        location = self.location

        start_date_time: str | Unset = UNSET
        if not isinstance(self.start_date_time, Unset):
            start_date_time = self.start_date_time.isoformat()

        end_date_time: str | Unset = UNSET
        if not isinstance(self.end_date_time, Unset):
            end_date_time = self.end_date_time.isoformat()

        poster_id: str | Unset = UNSET
        if not isinstance(self.poster_id, Unset):
            poster_id = str(self.poster_id)

        conversation_id = self.conversation_id

        is_virtual = self.is_virtual

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_ = self.type_

        external_user_emails: list[str] | Unset = UNSET
        if not isinstance(self.external_user_emails, Unset):
            external_user_emails = self.external_user_emails

        category = self.category

        is_meeting = self.is_meeting

        repeat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repeat, Unset):
            repeat = self.repeat.to_dict()

        video_preview_ids: list[str] | Unset = UNSET
        if not isinstance(self.video_preview_ids, Unset):
            video_preview_ids = []
            for video_preview_ids_item_data in self.video_preview_ids:
                video_preview_ids_item = str(video_preview_ids_item_data)
                video_preview_ids.append(video_preview_ids_item)

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if external_link is not UNSET:
            field_dict["externalLink"] = external_link
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids
        if conference_link is not UNSET:
            field_dict["conferenceLink"] = conference_link
        if location is not UNSET:
            field_dict["location"] = location
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if poster_id is not UNSET:
            field_dict["posterId"] = poster_id
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if is_virtual is not UNSET:
            field_dict["isVirtual"] = is_virtual
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if external_user_emails is not UNSET:
            field_dict["externalUserEmails"] = external_user_emails
        if category is not UNSET:
            field_dict["category"] = category
        if is_meeting is not UNSET:
            field_dict["isMeeting"] = is_meeting
        if repeat is not UNSET:
            field_dict["repeat"] = repeat
        if video_preview_ids is not UNSET:
            field_dict["videoPreviewIds"] = video_preview_ids
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_external_link import EventExternalLink  # noqa: PLC0415
        from ..models.event_repeat import EventRepeat  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415

        d = dict(src_dict)
        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _external_link = d.pop("externalLink", UNSET)
        external_link: list[EventExternalLink] | Unset = UNSET
        if _external_link is not UNSET:
            external_link = []
            for external_link_item_data in _external_link:
                external_link_item = EventExternalLink.from_dict(external_link_item_data)

                external_link.append(external_link_item)

        _user_ids = d.pop("userIds", UNSET)
        user_ids: list[UUID] | Unset = UNSET
        if _user_ids is not UNSET:
            user_ids = []
            for user_ids_item_data in _user_ids:
                user_ids_item = UUID(user_ids_item_data)

                user_ids.append(user_ids_item)

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

        _poster_id = d.pop("posterId", UNSET)
        poster_id: UUID | Unset
        if isinstance(_poster_id, Unset):
            poster_id = UNSET
        else:
            poster_id = UUID(_poster_id)

        conversation_id = d.pop("conversationId", UNSET)

        is_virtual = d.pop("isVirtual", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        type_ = d.pop("type", UNSET)

        external_user_emails = cast(list[str], d.pop("externalUserEmails", UNSET))

        category = d.pop("category", UNSET)

        is_meeting = d.pop("isMeeting", UNSET)

        _repeat = d.pop("repeat", UNSET)
        repeat: EventRepeat | Unset
        if isinstance(_repeat, Unset):
            repeat = UNSET
        else:
            repeat = EventRepeat.from_dict(_repeat)

        _video_preview_ids = d.pop("videoPreviewIds", UNSET)
        video_preview_ids: list[UUID] | Unset = UNSET
        if _video_preview_ids is not UNSET:
            video_preview_ids = []
            for video_preview_ids_item_data in _video_preview_ids:
                video_preview_ids_item = UUID(video_preview_ids_item_data)

                video_preview_ids.append(video_preview_ids_item)

        duration = d.pop("duration", UNSET)

        event_input = cls(
            permissions=permissions,
            title=title,
            description=description,
            external_link=external_link,
            user_ids=user_ids,
            conference_link=conference_link,
            location=location,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            poster_id=poster_id,
            conversation_id=conversation_id,
            is_virtual=is_virtual,
            tags=tags,
            type_=type_,
            external_user_emails=external_user_emails,
            category=category,
            is_meeting=is_meeting,
            repeat=repeat,
            video_preview_ids=video_preview_ids,
            duration=duration,
        )

        event_input.additional_properties = d
        return event_input

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
