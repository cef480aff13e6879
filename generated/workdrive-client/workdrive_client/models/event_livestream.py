from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_livestream_conversation_id import EventLivestreamConversationId
    from ..models.event_livestream_event_for_invites_id import EventLivestreamEventForInvitesId
    from ..models.event_livestream_message_id import EventLivestreamMessageId
    from ..models.event_livestream_participant import EventLivestreamParticipant
    from ..models.event_livestream_title import EventLivestreamTitle
    from ..models.event_livestream_token import EventLivestreamToken
    from ..models.file import File
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="EventLivestream")


@_attrs_define
class EventLivestream:
    """The livestream (call) attached to an event of type livestream: its state, participants and recording. Fields the
    vendor's documentation shows only as `{}` are free-form objects ([ERRATA: Placeholders shown as
    {}](/specs/workdrive/ERRATA.md#placeholders-shown-as-)).

    """

    id: str | Unset = UNSET
    """ Id of the livestream. """
    message_id: EventLivestreamMessageId | Unset = UNSET
    """ Message announcing the livestream; the vendor's documentation shows `{}`. """
    duration: int | Unset = UNSET
    """ Duration of the livestream. """
    started_at: datetime.datetime | Unset = UNSET
    """ When the livestream started. """
    ended_at: datetime.datetime | Unset = UNSET
    """ When the livestream ended. """
    type_: str | Unset = UNSET
    """ Type of the call. """
    status: str | Unset = UNSET
    """ Status of the livestream. """
    in_progress: bool | Unset = UNSET
    """ The livestream is going on now. """
    is_group: bool | Unset = UNSET
    """ The livestream is a group call. """
    token: EventLivestreamToken | Unset = UNSET
    """ Call token; the vendor's documentation shows `{}`. """
    conversation_id: EventLivestreamConversationId | Unset = UNSET
    """ Conversation of the call; the vendor's documentation shows `{}`. """
    no_of_participants: int | Unset = UNSET
    """ Number of users in the livestream now. """
    total_participants: int | Unset = UNSET
    """ Number of users who have joined the livestream in all. """
    participants: list[EventLivestreamParticipant] | Unset = UNSET
    """ Users who joined the livestream. """
    livestream_conversation_id: str | Unset = UNSET
    """ Id of the livestream's conversation (chat). """
    title: EventLivestreamTitle | Unset = UNSET
    """ Title of the livestream; the vendor's documentation shows `{}`. """
    event_for_invites_id: EventLivestreamEventForInvitesId | Unset = UNSET
    """ Event whose invitees are invited to the livestream; the vendor's documentation shows `{}`. """
    file: File | Unset = UNSET
    """ A stored media file (picture, video or document) as the API answers it: where it is, what it is, its
    renditions and its owner. """
    user_id: str | Unset = UNSET
    """ Id of the user who started the livestream. """
    user: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    scheduled_for: datetime.datetime | Unset = UNSET
    """ When the livestream is scheduled to start. """
    record: bool | Unset = UNSET
    """ The livestream is recorded. """
    event: str | Unset = UNSET
    """ Id of the event the livestream belongs to. """
    public_token: str | Unset = UNSET
    """ Token of the livestream's public link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_id, Unset):
            message_id = self.message_id.to_dict()

        duration = self.duration

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        type_ = self.type_

        status = self.status

        in_progress = self.in_progress

        is_group = self.is_group

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        conversation_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = self.conversation_id.to_dict()

        no_of_participants = self.no_of_participants

        total_participants = self.total_participants

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        livestream_conversation_id = self.livestream_conversation_id

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        event_for_invites_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_for_invites_id, Unset):
            event_for_invites_id = self.event_for_invites_id.to_dict()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        user_id = self.user_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        scheduled_for: str | Unset = UNSET
        if not isinstance(self.scheduled_for, Unset):
            scheduled_for = self.scheduled_for.isoformat()

        record = self.record

        event = self.event

        public_token = self.public_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if in_progress is not UNSET:
            field_dict["inProgress"] = in_progress
        if is_group is not UNSET:
            field_dict["isGroup"] = is_group
        if token is not UNSET:
            field_dict["token"] = token
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if no_of_participants is not UNSET:
            field_dict["noOfParticipants"] = no_of_participants
        if total_participants is not UNSET:
            field_dict["totalParticipants"] = total_participants
        if participants is not UNSET:
            field_dict["participants"] = participants
        if livestream_conversation_id is not UNSET:
            field_dict["livestreamConversationId"] = livestream_conversation_id
        if title is not UNSET:
            field_dict["title"] = title
        if event_for_invites_id is not UNSET:
            field_dict["eventForInvitesId"] = event_for_invites_id
        if file is not UNSET:
            field_dict["file"] = file
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if scheduled_for is not UNSET:
            field_dict["scheduledFor"] = scheduled_for
        if record is not UNSET:
            field_dict["record"] = record
        if event is not UNSET:
            field_dict["event"] = event
        if public_token is not UNSET:
            field_dict["publicToken"] = public_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_livestream_conversation_id import EventLivestreamConversationId  # noqa: PLC0415
        from ..models.event_livestream_event_for_invites_id import EventLivestreamEventForInvitesId  # noqa: PLC0415
        from ..models.event_livestream_message_id import EventLivestreamMessageId  # noqa: PLC0415
        from ..models.event_livestream_participant import EventLivestreamParticipant  # noqa: PLC0415
        from ..models.event_livestream_title import EventLivestreamTitle  # noqa: PLC0415
        from ..models.event_livestream_token import EventLivestreamToken  # noqa: PLC0415
        from ..models.file import File  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _message_id = d.pop("messageId", UNSET)
        message_id: EventLivestreamMessageId | Unset
        if isinstance(_message_id, Unset):
            message_id = UNSET
        else:
            message_id = EventLivestreamMessageId.from_dict(_message_id)

        duration = d.pop("duration", UNSET)

        _started_at = d.pop("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _ended_at = d.pop("endedAt", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = datetime.datetime.fromisoformat(_ended_at)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        in_progress = d.pop("inProgress", UNSET)

        is_group = d.pop("isGroup", UNSET)

        _token = d.pop("token", UNSET)
        token: EventLivestreamToken | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = EventLivestreamToken.from_dict(_token)

        _conversation_id = d.pop("conversationId", UNSET)
        conversation_id: EventLivestreamConversationId | Unset
        if isinstance(_conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = EventLivestreamConversationId.from_dict(_conversation_id)

        no_of_participants = d.pop("noOfParticipants", UNSET)

        total_participants = d.pop("totalParticipants", UNSET)

        _participants = d.pop("participants", UNSET)
        participants: list[EventLivestreamParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = EventLivestreamParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        livestream_conversation_id = d.pop("livestreamConversationId", UNSET)

        _title = d.pop("title", UNSET)
        title: EventLivestreamTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = EventLivestreamTitle.from_dict(_title)

        _event_for_invites_id = d.pop("eventForInvitesId", UNSET)
        event_for_invites_id: EventLivestreamEventForInvitesId | Unset
        if isinstance(_event_for_invites_id, Unset):
            event_for_invites_id = UNSET
        else:
            event_for_invites_id = EventLivestreamEventForInvitesId.from_dict(_event_for_invites_id)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File.from_dict(_file)

        user_id = d.pop("userId", UNSET)

        _user = d.pop("user", UNSET)
        user: UserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserSummary.from_dict(_user)

        _scheduled_for = d.pop("scheduledFor", UNSET)
        scheduled_for: datetime.datetime | Unset
        if isinstance(_scheduled_for, Unset):
            scheduled_for = UNSET
        else:
            scheduled_for = datetime.datetime.fromisoformat(_scheduled_for)

        record = d.pop("record", UNSET)

        event = d.pop("event", UNSET)

        public_token = d.pop("publicToken", UNSET)

        event_livestream = cls(
            id=id,
            message_id=message_id,
            duration=duration,
            started_at=started_at,
            ended_at=ended_at,
            type_=type_,
            status=status,
            in_progress=in_progress,
            is_group=is_group,
            token=token,
            conversation_id=conversation_id,
            no_of_participants=no_of_participants,
            total_participants=total_participants,
            participants=participants,
            livestream_conversation_id=livestream_conversation_id,
            title=title,
            event_for_invites_id=event_for_invites_id,
            file=file,
            user_id=user_id,
            user=user,
            scheduled_for=scheduled_for,
            record=record,
            event=event,
            public_token=public_token,
        )

        event_livestream.additional_properties = d
        return event_livestream

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
