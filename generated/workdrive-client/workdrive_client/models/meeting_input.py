from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingInput")


@_attrs_define
class MeetingInput:
    """A new meeting in a conversation. No field is marked required."""

    title: str | Unset = UNSET
    """ Title of the meeting. """
    user_ids: list[UUID] | Unset = UNSET
    """ Ids of the meeting's participants (see the User listing). """
    start_date_time: datetime.datetime | Unset = UNSET
    """ When the meeting starts ([ERRATA: Meeting dates](/specs/workdrive/ERRATA.md#meeting-dates)). """
    end_date_time: datetime.datetime | Unset = UNSET
    """ When the meeting ends ([ERRATA: Meeting dates](/specs/workdrive/ERRATA.md#meeting-dates)). """
    poster_id: UUID | Unset = UNSET
    """ Media id of the meeting's poster (upload it with the media API). Sent in the vendor's sample but missing
    from its table ([ERRATA: Meeting posterId](/specs/workdrive/ERRATA.md#meeting-posterid)). """
    duration: int | Unset = UNSET
    """ Duration of the meeting; the vendor's documentation gives no unit ([ERRATA: Meeting
    dates](/specs/workdrive/ERRATA.md#meeting-dates)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = str(user_ids_item_data)
                user_ids.append(user_ids_item)

        start_date_time: str | Unset = UNSET
        if not isinstance(self.start_date_time, Unset):
            start_date_time = self.start_date_time.isoformat()

        end_date_time: str | Unset = UNSET
        if not isinstance(self.end_date_time, Unset):
            end_date_time = self.end_date_time.isoformat()

        poster_id: str | Unset = UNSET
        if not isinstance(self.poster_id, Unset):
            poster_id = str(self.poster_id)

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if poster_id is not UNSET:
            field_dict["posterId"] = poster_id
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _user_ids = d.pop("userIds", UNSET)
        user_ids: list[UUID] | Unset = UNSET
        if _user_ids is not UNSET:
            user_ids = []
            for user_ids_item_data in _user_ids:
                user_ids_item = UUID(user_ids_item_data)

                user_ids.append(user_ids_item)

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

        duration = d.pop("duration", UNSET)

        meeting_input = cls(
            title=title,
            user_ids=user_ids,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            poster_id=poster_id,
            duration=duration,
        )

        meeting_input.additional_properties = d
        return meeting_input

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
