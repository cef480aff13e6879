from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_query import TableQuery


T = TypeVar("T", bound="DeleteTableDataRequest")


@_attrs_define
class DeleteTableDataRequest:
    """The filter selecting the rows to delete."""

    query: TableQuery | Unset = UNSET
    """ Filter criteria identifying rows of a Data Table: a list of conditions combined with `operator` ([ERRATA:
    Table query filter](/specs/koreai/ERRATA.md#table-query-filter)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_query import TableQuery  # noqa: PLC0415

        d = dict(src_dict)
        _query = d.pop("query", UNSET)
        query: TableQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = TableQuery.from_dict(_query)

        delete_table_data_request = cls(
            query=query,
        )

        delete_table_data_request.additional_properties = d
        return delete_table_data_request

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
