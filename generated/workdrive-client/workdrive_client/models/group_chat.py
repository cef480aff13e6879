from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file import File
    from ..models.group_chat_call import GroupChatCall
    from ..models.group_chat_last_query_msg import GroupChatLastQueryMsg
    from ..models.group_chat_meta import GroupChatMeta
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="GroupChat")


@_attrs_define
class GroupChat:
    """A group chat (conversation) as the API answers it. The listing shows only a few of these fields per conversation;
    create and update answer all of them, update also `admins` ([ERRATA: Group chat
    object](/specs/workdrive/ERRATA.md#group-chat-object)).

    """

    id: str
    """ Id of the group chat; the `conversationId` of the message and meeting endpoints ([ERRATA: Conversation
    id](/specs/workdrive/ERRATA.md#conversation-id)). """
    created_at: datetime.datetime | Unset = UNSET
    """ When the group chat was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the group chat was last updated. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the group chat. """
    updated_by: str | Unset = UNSET
    """ Id of the user who last updated the group chat. """
    group_id: str | Unset = UNSET
    """ Id of the group behind the chat. """
    last_call: GroupChatCall | Unset = UNSET
    """ An audio/video call (or live stream) of a conversation: a conversation's last and scheduled calls, and the
    live stream of a meeting. `event` is the event (meeting) the call belongs to, given as its id or in full
    ([ERRATA: Call event and meeting livestream: id or object](/specs/workdrive/ERRATA.md#call-event-and-meeting-
    livestream-id-or-object)). """
    scheduled_call: GroupChatCall | Unset = UNSET
    """ An audio/video call (or live stream) of a conversation: a conversation's last and scheduled calls, and the
    live stream of a meeting. `event` is the event (meeting) the call belongs to, given as its id or in full
    ([ERRATA: Call event and meeting livestream: id or object](/specs/workdrive/ERRATA.md#call-event-and-meeting-
    livestream-id-or-object)). """
    title: str | Unset = UNSET
    """ Title of the group chat. """
    description: str | Unset = UNSET
    """ Description of the group chat. """
    image: File | Unset = UNSET
    """ A stored media file (picture, video or document) as the API answers it: where it is, what it is, its
    renditions and its owner. """
    color: str | Unset = UNSET
    """ Colour of the group chat's avatar. """
    is_channel: bool | Unset = UNSET
    """ The conversation is a channel. """
    is_private: bool | Unset = UNSET
    """ The group chat is private. """
    by_request: bool | Unset = UNSET
    """ Other users may ask to join the group chat. """
    type_: str | Unset = UNSET
    """ Type of the conversation: for a group chat, the `groupType` it was created with (`CHAT_GROUP` or `ROOM`),
    which `group_type` of Get All GroupChats filters on ([ERRATA: Group chat type](/specs/workdrive/ERRATA.md#group-
    chat-type)). """
    category: str | Unset = UNSET
    """ Category of the group chat. """
    ticket_id: str | Unset = UNSET
    """ Id of the support ticket the conversation belongs to. """
    new_response_count: int | Unset = UNSET
    """ Number of new responses. """
    initial_query: str | Unset = UNSET
    """ The query that opened the conversation. """
    active_call_id: Any | Unset = UNSET
    """ Id of the call going on in the conversation; the vendor's documentation shows `{}` ([ERRATA: Conversation
    fields shown as {}](/specs/workdrive/ERRATA.md#conversation-fields-shown-as-)). """
    expert_id: Any | Unset = UNSET
    """ Id of the expert of the conversation; the vendor's documentation shows `{}` ([ERRATA: Conversation fields
    shown as {}](/specs/workdrive/ERRATA.md#conversation-fields-shown-as-)). """
    last_query_msg: GroupChatLastQueryMsg | Unset = UNSET
    """ The last query message; the vendor's documentation shows `{}`. """
    video_previews: File | Unset = UNSET
    """ A stored media file (picture, video or document) as the API answers it: where it is, what it is, its
    renditions and its owner. """
    participants: list[UserSummary] | Unset = UNSET
    """ Members of the group chat. """
    muted: bool | Unset = UNSET
    """ The calling user has muted the group chat. """
    snoozed_until: datetime.datetime | Unset = UNSET
    """ Until when the calling user has snoozed the group chat. """
    meta: GroupChatMeta | Unset = UNSET
    """ Further data of the conversation; the vendor's documentation shows `{}`. """
    reactions: list[str] | Unset = UNSET
    """ Reactions in the conversation. """
    admins: list[str] | Unset = UNSET
    """ Ids of the group chat's administrators (only in the update answer). """
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

        group_id = self.group_id

        last_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_call, Unset):
            last_call = self.last_call.to_dict()

        scheduled_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_call, Unset):
            scheduled_call = self.scheduled_call.to_dict()

        title = self.title

        description = self.description

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        color = self.color

        is_channel = self.is_channel

        is_private = self.is_private

        by_request = self.by_request

        type_ = self.type_

        category = self.category

        ticket_id = self.ticket_id

        new_response_count = self.new_response_count

        initial_query = self.initial_query

        active_call_id = self.active_call_id

        expert_id = self.expert_id

        last_query_msg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_query_msg, Unset):
            last_query_msg = self.last_query_msg.to_dict()

        video_previews: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_previews, Unset):
            video_previews = self.video_previews.to_dict()

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        muted = self.muted

        snoozed_until: str | Unset = UNSET
        if not isinstance(self.snoozed_until, Unset):
            snoozed_until = self.snoozed_until.isoformat()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        reactions: list[str] | Unset = UNSET
        if not isinstance(self.reactions, Unset):
            reactions = self.reactions

        admins: list[str] | Unset = UNSET
        if not isinstance(self.admins, Unset):
            admins = self.admins

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
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if last_call is not UNSET:
            field_dict["lastCall"] = last_call
        if scheduled_call is not UNSET:
            field_dict["scheduledCall"] = scheduled_call
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if color is not UNSET:
            field_dict["color"] = color
        if is_channel is not UNSET:
            field_dict["isChannel"] = is_channel
        if is_private is not UNSET:
            field_dict["isPrivate"] = is_private
        if by_request is not UNSET:
            field_dict["byRequest"] = by_request
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category is not UNSET:
            field_dict["category"] = category
        if ticket_id is not UNSET:
            field_dict["ticketId"] = ticket_id
        if new_response_count is not UNSET:
            field_dict["newResponseCount"] = new_response_count
        if initial_query is not UNSET:
            field_dict["initialQuery"] = initial_query
        if active_call_id is not UNSET:
            field_dict["activeCallId"] = active_call_id
        if expert_id is not UNSET:
            field_dict["expertId"] = expert_id
        if last_query_msg is not UNSET:
            field_dict["lastQueryMsg"] = last_query_msg
        if video_previews is not UNSET:
            field_dict["videoPreviews"] = video_previews
        if participants is not UNSET:
            field_dict["participants"] = participants
        if muted is not UNSET:
            field_dict["muted"] = muted
        if snoozed_until is not UNSET:
            field_dict["snoozedUntil"] = snoozed_until
        if meta is not UNSET:
            field_dict["meta"] = meta
        if reactions is not UNSET:
            field_dict["reactions"] = reactions
        if admins is not UNSET:
            field_dict["admins"] = admins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file import File  # noqa: PLC0415
        from ..models.group_chat_call import GroupChatCall  # noqa: PLC0415
        from ..models.group_chat_last_query_msg import GroupChatLastQueryMsg  # noqa: PLC0415
        from ..models.group_chat_meta import GroupChatMeta  # noqa: PLC0415
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

        group_id = d.pop("groupId", UNSET)

        _last_call = d.pop("lastCall", UNSET)
        last_call: GroupChatCall | Unset
        if isinstance(_last_call, Unset):
            last_call = UNSET
        else:
            last_call = GroupChatCall.from_dict(_last_call)

        _scheduled_call = d.pop("scheduledCall", UNSET)
        scheduled_call: GroupChatCall | Unset
        if isinstance(_scheduled_call, Unset):
            scheduled_call = UNSET
        else:
            scheduled_call = GroupChatCall.from_dict(_scheduled_call)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _image = d.pop("image", UNSET)
        image: File | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = File.from_dict(_image)

        color = d.pop("color", UNSET)

        is_channel = d.pop("isChannel", UNSET)

        is_private = d.pop("isPrivate", UNSET)

        by_request = d.pop("byRequest", UNSET)

        type_ = d.pop("type", UNSET)

        category = d.pop("category", UNSET)

        ticket_id = d.pop("ticketId", UNSET)

        new_response_count = d.pop("newResponseCount", UNSET)

        initial_query = d.pop("initialQuery", UNSET)

        active_call_id = d.pop("activeCallId", UNSET)

        expert_id = d.pop("expertId", UNSET)

        _last_query_msg = d.pop("lastQueryMsg", UNSET)
        last_query_msg: GroupChatLastQueryMsg | Unset
        if isinstance(_last_query_msg, Unset):
            last_query_msg = UNSET
        else:
            last_query_msg = GroupChatLastQueryMsg.from_dict(_last_query_msg)

        _video_previews = d.pop("videoPreviews", UNSET)
        video_previews: File | Unset
        if isinstance(_video_previews, Unset):
            video_previews = UNSET
        else:
            video_previews = File.from_dict(_video_previews)

        _participants = d.pop("participants", UNSET)
        participants: list[UserSummary] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = UserSummary.from_dict(participants_item_data)

                participants.append(participants_item)

        muted = d.pop("muted", UNSET)

        _snoozed_until = d.pop("snoozedUntil", UNSET)
        snoozed_until: datetime.datetime | Unset
        if isinstance(_snoozed_until, Unset):
            snoozed_until = UNSET
        else:
            snoozed_until = datetime.datetime.fromisoformat(_snoozed_until)

        _meta = d.pop("meta", UNSET)
        meta: GroupChatMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = GroupChatMeta.from_dict(_meta)

        reactions = cast(list[str], d.pop("reactions", UNSET))

        admins = cast(list[str], d.pop("admins", UNSET))

        group_chat = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            group_id=group_id,
            last_call=last_call,
            scheduled_call=scheduled_call,
            title=title,
            description=description,
            image=image,
            color=color,
            is_channel=is_channel,
            is_private=is_private,
            by_request=by_request,
            type_=type_,
            category=category,
            ticket_id=ticket_id,
            new_response_count=new_response_count,
            initial_query=initial_query,
            active_call_id=active_call_id,
            expert_id=expert_id,
            last_query_msg=last_query_msg,
            video_previews=video_previews,
            participants=participants,
            muted=muted,
            snoozed_until=snoozed_until,
            meta=meta,
            reactions=reactions,
            admins=admins,
        )

        group_chat.additional_properties = d
        return group_chat

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
