from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_query_response_meta_data import WidgetQueryResponseMetaData
    from ..models.widget_query_response_query_response_item import WidgetQueryResponseQueryResponseItem


T = TypeVar("T", bound="WidgetQueryResponse")


@_attrs_define
class WidgetQueryResponse:
    """Result of a widget's query: `metaData` gives the type of each returned field, `queryResponse` the result rows, keyed
    by field name ([ERRATA: Widget data answer](/specs/koreai/ERRATA.md#widget-data-answer)).

    """

    meta_data: WidgetQueryResponseMetaData | Unset = UNSET
    """ Type of each field of the result, keyed by field name. """
    query_response: list[WidgetQueryResponseQueryResponseItem] | Unset = UNSET
    """ The result rows, one object per row keyed by field name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        query_response: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.query_response, Unset):
            query_response = []
            for query_response_item_data in self.query_response:
                query_response_item = query_response_item_data.to_dict()
                query_response.append(query_response_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta_data is not UNSET:
            field_dict["metaData"] = meta_data
        if query_response is not UNSET:
            field_dict["queryResponse"] = query_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_query_response_meta_data import WidgetQueryResponseMetaData  # noqa: PLC0415
        from ..models.widget_query_response_query_response_item import WidgetQueryResponseQueryResponseItem  # noqa: PLC0415

        d = dict(src_dict)
        _meta_data = d.pop("metaData", UNSET)
        meta_data: WidgetQueryResponseMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = WidgetQueryResponseMetaData.from_dict(_meta_data)

        _query_response = d.pop("queryResponse", UNSET)
        query_response: list[WidgetQueryResponseQueryResponseItem] | Unset = UNSET
        if _query_response is not UNSET:
            query_response = []
            for query_response_item_data in _query_response:
                query_response_item = WidgetQueryResponseQueryResponseItem.from_dict(query_response_item_data)

                query_response.append(query_response_item)

        widget_query_response = cls(
            meta_data=meta_data,
            query_response=query_response,
        )

        widget_query_response.additional_properties = d
        return widget_query_response

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
