from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting import Meeting
    from ..models.message_call import MessageCall
    from ..models.message_chat import MessageChat
    from ..models.message_files import MessageFiles
    from ..models.message_knowledge_match import MessageKnowledgeMatch
    from ..models.message_last_query_msg import MessageLastQueryMsg
    from ..models.message_link_previews import MessageLinkPreviews
    from ..models.message_reactions_item import MessageReactionsItem
    from ..models.message_ticket import MessageTicket
    from ..models.message_video import MessageVideo
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message in a conversation, as the API answers it. The vendor's sample shows `mention`, `kbExperts` and
    `linkPreviews` as single objects and the files wrapped in `{files: [...]}`; the spec follows the sample ([ERRATA:
    Message answer shapes](/specs/workdrive/ERRATA.md#message-answer-shapes)).

    """

    id: str
    """ Id of the message. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the message was sent. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the message was last edited. """
    created_by: str | Unset = UNSET
    """ Id of the user who sent the message. """
    updated_by: str | Unset = UNSET
    """ Id of the user who last edited the message. """
    message: str | Unset = UNSET
    """ Text of the message. """
    is_edited: bool | Unset = UNSET
    """ The message was edited; `false` for a message just sent ([ERRATA: Message fields derived from the
    request](/specs/workdrive/ERRATA.md#message-fields-derived-from-the-request)). """
    reply_of_msg_id: str | Unset = UNSET
    """ Id of the message this one replies to. """
    sender: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    files: MessageFiles | Unset = UNSET
    """ The media attached to the message: those whose ids the request sent in `fileId` ([ERRATA: Message fields
    derived from the request](/specs/workdrive/ERRATA.md#message-fields-derived-from-the-request)). """
    mention: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    reactions: list[MessageReactionsItem] | Unset = UNSET
    """ Reactions to the message; the vendor's documentation shows `[{}]`. """
    link_previews: MessageLinkPreviews | Unset = UNSET
    """ Preview of a link in the message. """
    type_: int | Unset = UNSET
    """ Type code of the message. """
    replies_count: int | Unset = UNSET
    """ Number of replies to the message; 0 for a message just sent ([ERRATA: Message fields derived from the
    request](/specs/workdrive/ERRATA.md#message-fields-derived-from-the-request)). """
    kb_experts: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    kb_docs: MessageKnowledgeMatch | Unset = UNSET
    """ A knowledge-base document or FAQ found to answer a message. """
    kb_faqs: MessageKnowledgeMatch | Unset = UNSET
    """ A knowledge-base document or FAQ found to answer a message. """
    video: MessageVideo | Unset = UNSET
    """ A video attached to a message. """
    chat: MessageChat | Unset = UNSET
    """ Chat data of the message. """
    last_query_msg: MessageLastQueryMsg | Unset = UNSET
    """ The last query message; the vendor's documentation shows `{}`. """
    call: MessageCall | Unset = UNSET
    """ The call the message announces; the vendor's documentation shows `{}`. """
    ticket: MessageTicket | Unset = UNSET
    """ A support ticket a message belongs to. """
    event: Meeting | Unset = UNSET
    """ A meeting, that is an event of the meeting kind, as the API answers it: the answer of "Create a new meeting
    in any conversation", and the event embedded in calls and messages (the vendor's Events sections answer the same
    object). `livestream` is the meeting's call, given as its id or in full ([ERRATA: Call event and meeting
    livestream: id or object](/specs/workdrive/ERRATA.md#call-event-and-meeting-livestream-id-or-object)). """
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

        message = self.message

        is_edited = self.is_edited

        reply_of_msg_id = self.reply_of_msg_id

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files.to_dict()

        mention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mention, Unset):
            mention = self.mention.to_dict()

        reactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reactions, Unset):
            reactions = []
            for reactions_item_data in self.reactions:
                reactions_item = reactions_item_data.to_dict()
                reactions.append(reactions_item)

        link_previews: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_previews, Unset):
            link_previews = self.link_previews.to_dict()

        type_ = self.type_

        replies_count = self.replies_count

        kb_experts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kb_experts, Unset):
            kb_experts = self.kb_experts.to_dict()

        kb_docs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kb_docs, Unset):
            kb_docs = self.kb_docs.to_dict()

        kb_faqs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kb_faqs, Unset):
            kb_faqs = self.kb_faqs.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        chat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat, Unset):
            chat = self.chat.to_dict()

        last_query_msg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_query_msg, Unset):
            last_query_msg = self.last_query_msg.to_dict()

        call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call.to_dict()

        ticket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket, Unset):
            ticket = self.ticket.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

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
        if message is not UNSET:
            field_dict["message"] = message
        if is_edited is not UNSET:
            field_dict["isEdited"] = is_edited
        if reply_of_msg_id is not UNSET:
            field_dict["replyOfMsgId"] = reply_of_msg_id
        if sender is not UNSET:
            field_dict["sender"] = sender
        if files is not UNSET:
            field_dict["files"] = files
        if mention is not UNSET:
            field_dict["mention"] = mention
        if reactions is not UNSET:
            field_dict["reactions"] = reactions
        if link_previews is not UNSET:
            field_dict["linkPreviews"] = link_previews
        if type_ is not UNSET:
            field_dict["type"] = type_
        if replies_count is not UNSET:
            field_dict["repliesCount"] = replies_count
        if kb_experts is not UNSET:
            field_dict["kbExperts"] = kb_experts
        if kb_docs is not UNSET:
            field_dict["kbDocs"] = kb_docs
        if kb_faqs is not UNSET:
            field_dict["kbFaqs"] = kb_faqs
        if video is not UNSET:
            field_dict["video"] = video
        if chat is not UNSET:
            field_dict["chat"] = chat
        if last_query_msg is not UNSET:
            field_dict["lastQueryMsg"] = last_query_msg
        if call is not UNSET:
            field_dict["call"] = call
        if ticket is not UNSET:
            field_dict["ticket"] = ticket
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting import Meeting  # noqa: PLC0415
        from ..models.message_call import MessageCall  # noqa: PLC0415
        from ..models.message_chat import MessageChat  # noqa: PLC0415
        from ..models.message_files import MessageFiles  # noqa: PLC0415
        from ..models.message_knowledge_match import MessageKnowledgeMatch  # noqa: PLC0415
        from ..models.message_last_query_msg import MessageLastQueryMsg  # noqa: PLC0415
        from ..models.message_link_previews import MessageLinkPreviews  # noqa: PLC0415
        from ..models.message_reactions_item import MessageReactionsItem  # noqa: PLC0415
        from ..models.message_ticket import MessageTicket  # noqa: PLC0415
        from ..models.message_video import MessageVideo  # noqa: PLC0415
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

        message = d.pop("message", UNSET)

        is_edited = d.pop("isEdited", UNSET)

        reply_of_msg_id = d.pop("replyOfMsgId", UNSET)

        _sender = d.pop("sender", UNSET)
        sender: UserSummary | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = UserSummary.from_dict(_sender)

        _files = d.pop("files", UNSET)
        files: MessageFiles | Unset
        if isinstance(_files, Unset):
            files = UNSET
        else:
            files = MessageFiles.from_dict(_files)

        _mention = d.pop("mention", UNSET)
        mention: UserSummary | Unset
        if isinstance(_mention, Unset):
            mention = UNSET
        else:
            mention = UserSummary.from_dict(_mention)

        _reactions = d.pop("reactions", UNSET)
        reactions: list[MessageReactionsItem] | Unset = UNSET
        if _reactions is not UNSET:
            reactions = []
            for reactions_item_data in _reactions:
                reactions_item = MessageReactionsItem.from_dict(reactions_item_data)

                reactions.append(reactions_item)

        _link_previews = d.pop("linkPreviews", UNSET)
        link_previews: MessageLinkPreviews | Unset
        if isinstance(_link_previews, Unset):
            link_previews = UNSET
        else:
            link_previews = MessageLinkPreviews.from_dict(_link_previews)

        type_ = d.pop("type", UNSET)

        replies_count = d.pop("repliesCount", UNSET)

        _kb_experts = d.pop("kbExperts", UNSET)
        kb_experts: UserSummary | Unset
        if isinstance(_kb_experts, Unset):
            kb_experts = UNSET
        else:
            kb_experts = UserSummary.from_dict(_kb_experts)

        _kb_docs = d.pop("kbDocs", UNSET)
        kb_docs: MessageKnowledgeMatch | Unset
        if isinstance(_kb_docs, Unset):
            kb_docs = UNSET
        else:
            kb_docs = MessageKnowledgeMatch.from_dict(_kb_docs)

        _kb_faqs = d.pop("kbFaqs", UNSET)
        kb_faqs: MessageKnowledgeMatch | Unset
        if isinstance(_kb_faqs, Unset):
            kb_faqs = UNSET
        else:
            kb_faqs = MessageKnowledgeMatch.from_dict(_kb_faqs)

        _video = d.pop("video", UNSET)
        video: MessageVideo | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = MessageVideo.from_dict(_video)

        _chat = d.pop("chat", UNSET)
        chat: MessageChat | Unset
        if isinstance(_chat, Unset):
            chat = UNSET
        else:
            chat = MessageChat.from_dict(_chat)

        _last_query_msg = d.pop("lastQueryMsg", UNSET)
        last_query_msg: MessageLastQueryMsg | Unset
        if isinstance(_last_query_msg, Unset):
            last_query_msg = UNSET
        else:
            last_query_msg = MessageLastQueryMsg.from_dict(_last_query_msg)

        _call = d.pop("call", UNSET)
        call: MessageCall | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = MessageCall.from_dict(_call)

        _ticket = d.pop("ticket", UNSET)
        ticket: MessageTicket | Unset
        if isinstance(_ticket, Unset):
            ticket = UNSET
        else:
            ticket = MessageTicket.from_dict(_ticket)

        _event = d.pop("event", UNSET)
        event: Meeting | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = Meeting.from_dict(_event)

        message = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            message=message,
            is_edited=is_edited,
            reply_of_msg_id=reply_of_msg_id,
            sender=sender,
            files=files,
            mention=mention,
            reactions=reactions,
            link_previews=link_previews,
            type_=type_,
            replies_count=replies_count,
            kb_experts=kb_experts,
            kb_docs=kb_docs,
            kb_faqs=kb_faqs,
            video=video,
            chat=chat,
            last_query_msg=last_query_msg,
            call=call,
            ticket=ticket,
            event=event,
        )

        message.additional_properties = d
        return message

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
