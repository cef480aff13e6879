from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_meta import ColumnMeta
    from ..models.table_row import TableRow


T = TypeVar("T", bound="QueryTableDataResponse")


@_attrs_define
class QueryTableDataResponse:
    """One page of the rows matching a query, with the columns of the table.  ([ERRATA: Query
    answer](/specs/koreai/ERRATA.md#query-answer)).

    """

    has_more: bool | Unset = UNSET
    """ True when more matching rows exist after this page (raise `sys_offset` to read them). """
    total: int | Unset = UNSET
    """ Number of rows counted by the query. The documented example does not settle whether it counts all matching
    rows or only this page ([ERRATA: Query answer](/specs/koreai/ERRATA.md#query-answer)). """
    meta_info: list[ColumnMeta] | Unset = UNSET
    """ Name and type of each column of the table. """
    query_result: list[TableRow] | Unset = UNSET
    """ The matching rows of this page, at most `sys_limit` of them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        total = self.total

        meta_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_info, Unset):
            meta_info = []
            for meta_info_item_data in self.meta_info:
                meta_info_item = meta_info_item_data.to_dict()
                meta_info.append(meta_info_item)

        query_result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.query_result, Unset):
            query_result = []
            for query_result_item_data in self.query_result:
                query_result_item = query_result_item_data.to_dict()
                query_result.append(query_result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if total is not UNSET:
            field_dict["total"] = total
        if meta_info is not UNSET:
            field_dict["metaInfo"] = meta_info
        if query_result is not UNSET:
            field_dict["queryResult"] = query_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_meta import ColumnMeta  # noqa: PLC0415
        from ..models.table_row import TableRow  # noqa: PLC0415

        d = dict(src_dict)
        has_more = d.pop("hasMore", UNSET)

        total = d.pop("total", UNSET)

        _meta_info = d.pop("metaInfo", UNSET)
        meta_info: list[ColumnMeta] | Unset = UNSET
        if _meta_info is not UNSET:
            meta_info = []
            for meta_info_item_data in _meta_info:
                meta_info_item = ColumnMeta.from_dict(meta_info_item_data)

                meta_info.append(meta_info_item)

        _query_result = d.pop("queryResult", UNSET)
        query_result: list[TableRow] | Unset = UNSET
        if _query_result is not UNSET:
            query_result = []
            for query_result_item_data in _query_result:
                query_result_item = TableRow.from_dict(query_result_item_data)

                query_result.append(query_result_item)

        query_table_data_response = cls(
            has_more=has_more,
            total=total,
            meta_info=meta_info,
            query_result=query_result,
        )

        query_table_data_response.additional_properties = d
        return query_table_data_response

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
