from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_livestream_participant_left_at import EventLivestreamParticipantLeftAt
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="EventLivestreamParticipant")


@_attrs_define
class EventLivestreamParticipant:
    """A user who joined an event's livestream (call)."""

    id: str | Unset = UNSET
    """ Id of the participation. """
    user_id: str | Unset = UNSET
    """ Id of the participating user. """
    call_id: str | Unset = UNSET
    """ Id of the call (livestream) joined. """
    agora_id: int | Unset = UNSET
    """ Id of the participant in the Agora real-time session. """
    user: UserSummary | Unset = UNSET
    """ The short form of a user embedded in other objects (author, owner, supervisor, member, mention). The
    vendor's samples differ in which of these fields they show; this is their union, all optional ([ERRATA: User
    summary](/specs/workdrive/ERRATA.md#user-summary)). """
    joined_at: datetime.datetime | Unset = UNSET
    """ When the user joined. """
    host: bool | Unset = UNSET
    """ The participant hosts the livestream. """
    left_at: EventLivestreamParticipantLeftAt | Unset = UNSET
    """ When the user left; the vendor's documentation shows `{}` only ([ERRATA: Placeholders shown as
    {}](/specs/workdrive/ERRATA.md#placeholders-shown-as-)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        call_id = self.call_id

        agora_id = self.agora_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        joined_at: str | Unset = UNSET
        if not isinstance(self.joined_at, Unset):
            joined_at = self.joined_at.isoformat()

        host = self.host

        left_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.left_at, Unset):
            left_at = self.left_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if agora_id is not UNSET:
            field_dict["agoraId"] = agora_id
        if user is not UNSET:
            field_dict["user"] = user
        if joined_at is not UNSET:
            field_dict["joinedAt"] = joined_at
        if host is not UNSET:
            field_dict["host"] = host
        if left_at is not UNSET:
            field_dict["leftAt"] = left_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_livestream_participant_left_at import EventLivestreamParticipantLeftAt  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("userId", UNSET)

        call_id = d.pop("callId", UNSET)

        agora_id = d.pop("agoraId", UNSET)

        _user = d.pop("user", UNSET)
        user: UserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserSummary.from_dict(_user)

        _joined_at = d.pop("joinedAt", UNSET)
        joined_at: datetime.datetime | Unset
        if isinstance(_joined_at, Unset):
            joined_at = UNSET
        else:
            joined_at = datetime.datetime.fromisoformat(_joined_at)

        host = d.pop("host", UNSET)

        _left_at = d.pop("leftAt", UNSET)
        left_at: EventLivestreamParticipantLeftAt | Unset
        if isinstance(_left_at, Unset):
            left_at = UNSET
        else:
            left_at = EventLivestreamParticipantLeftAt.from_dict(_left_at)

        event_livestream_participant = cls(
            id=id,
            user_id=user_id,
            call_id=call_id,
            agora_id=agora_id,
            user=user,
            joined_at=joined_at,
            host=host,
            left_at=left_at,
        )

        event_livestream_participant.additional_properties = d
        return event_livestream_participant

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
