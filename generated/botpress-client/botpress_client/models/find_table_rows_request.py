from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.find_table_rows_request_order_direction import (
    FindTableRowsRequestOrderDirection,
    check_find_table_rows_request_order_direction,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.find_table_rows_request_group import FindTableRowsRequestGroup


T = TypeVar("T", bound="FindTableRowsRequest")


@_attrs_define
class FindTableRowsRequest:
    limit: int | Unset = 100
    """ Maximum number of rows to return. """
    offset: int | Unset = 0
    """ Number of matching rows to skip before the first one returned. """
    filter_: Filter | Unset = UNSET
    """ Condition selecting rows, written with MongoDB-like operators over the column names, e.g. `{"age": {"$gt":
    30}}`. Free-form object. """
    group: FindTableRowsRequestGroup | Unset = UNSET
    """ Grouping and aggregation to apply to the matching rows. Free-form object. """
    search: str | Unset = UNSET
    """ Text to search for semantically in the searchable columns of the table. """
    order_by: str | Unset = "id"
    """ Column to sort the rows by. """
    order_direction: FindTableRowsRequestOrderDirection | Unset = "asc"
    """ Sort direction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        search = self.search

        order_by = self.order_by

        order_direction: str | Unset = UNSET
        if not isinstance(self.order_direction, Unset):
            order_direction = self.order_direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if group is not UNSET:
            field_dict["group"] = group
        if search is not UNSET:
            field_dict["search"] = search
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if order_direction is not UNSET:
            field_dict["orderDirection"] = order_direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.find_table_rows_request_group import FindTableRowsRequestGroup  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: Filter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = Filter.from_dict(_filter_)

        _group = d.pop("group", UNSET)
        group: FindTableRowsRequestGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = FindTableRowsRequestGroup.from_dict(_group)

        search = d.pop("search", UNSET)

        order_by = d.pop("orderBy", UNSET)

        _order_direction = d.pop("orderDirection", UNSET)
        order_direction: FindTableRowsRequestOrderDirection | Unset
        if isinstance(_order_direction, Unset):
            order_direction = UNSET
        else:
            order_direction = check_find_table_rows_request_order_direction(_order_direction)

        find_table_rows_request = cls(
            limit=limit,
            offset=offset,
            filter_=filter_,
            group=group,
            search=search,
            order_by=order_by,
            order_direction=order_direction,
        )

        find_table_rows_request.additional_properties = d
        return find_table_rows_request

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
