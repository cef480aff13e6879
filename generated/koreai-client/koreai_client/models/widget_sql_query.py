from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetSqlQuery")


@_attrs_define
class WidgetSqlQuery:
    """The query behind a widget, as it was run."""

    data_set: str | Unset = UNSET
    """ Data set queried (e.g. `Analytics`, `Sessions`, `Messages`). """
    select: str | Unset = UNSET
    """ Fields selected by the query. """
    start_date: datetime.datetime | Unset = UNSET
    """ Start of the period the query ran over. """
    end_date: datetime.datetime | Unset = UNSET
    """ End of the period the query ran over. """
    bot_id: str | Unset = UNSET
    """ ID of the bot queried (`st-…`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set = self.data_set

        select = self.select

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        bot_id = self.bot_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_set is not UNSET:
            field_dict["dataSet"] = data_set
        if select is not UNSET:
            field_dict["select"] = select
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_set = d.pop("dataSet", UNSET)

        select = d.pop("select", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        bot_id = d.pop("botId", UNSET)

        widget_sql_query = cls(
            data_set=data_set,
            select=select,
            start_date=start_date,
            end_date=end_date,
            bot_id=bot_id,
        )

        widget_sql_query.additional_properties = d
        return widget_sql_query

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
