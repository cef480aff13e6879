from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Overview")


@_attrs_define
class Overview:
    """Request counts of a project for one hour of one day: how many requests were allowed and how many declined. Every
    member is optional ([ERRATA: Optional fields](/specs/botbye/ERRATA.md#optional-fields)).

    """

    id: str | Unset = UNSET
    """ Identifier of the data point, `{projectId}_{day}_{hour}`. """
    day: datetime.date | Unset = UNSET
    """ Day of the data point, `YYYY-MM-DD`. """
    hour: int | Unset = UNSET
    """ Hour of the day (0–23) the counts cover. """
    project_id: str | Unset = UNSET
    """ Identifier of the project. """
    customer_id: None | str | Unset = UNSET
    """ Always null for project-level data. """
    allowed_req_count: int | Unset = UNSET
    """ Number of requests allowed in this hour. """
    declined_req_count: int | Unset = UNSET
    """ Number of requests declined in this hour. """
    total: int | Unset = UNSET
    """ All requests of the hour, `allowedReqCount + declinedReqCount`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        day: str | Unset = UNSET
        if not isinstance(self.day, Unset):
            day = self.day.isoformat()

        hour = self.hour

        project_id = self.project_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        allowed_req_count = self.allowed_req_count

        declined_req_count = self.declined_req_count

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if day is not UNSET:
            field_dict["day"] = day
        if hour is not UNSET:
            field_dict["hour"] = hour
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if allowed_req_count is not UNSET:
            field_dict["allowedReqCount"] = allowed_req_count
        if declined_req_count is not UNSET:
            field_dict["declinedReqCount"] = declined_req_count
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _day = d.pop("day", UNSET)
        day: datetime.date | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = datetime.date.fromisoformat(_day)

        hour = d.pop("hour", UNSET)

        project_id = d.pop("projectId", UNSET)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        allowed_req_count = d.pop("allowedReqCount", UNSET)

        declined_req_count = d.pop("declinedReqCount", UNSET)

        total = d.pop("total", UNSET)

        overview = cls(
            id=id,
            day=day,
            hour=hour,
            project_id=project_id,
            customer_id=customer_id,
            allowed_req_count=allowed_req_count,
            declined_req_count=declined_req_count,
            total=total,
        )

        overview.additional_properties = d
        return overview

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
