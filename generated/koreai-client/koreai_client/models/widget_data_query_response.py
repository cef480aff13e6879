from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_data_query_response_meta_data import WidgetDataQueryResponseMetaData


T = TypeVar("T", bound="WidgetDataQueryResponse")


@_attrs_define
class WidgetDataQueryResponse:
    """Result of the widget's query: `metaData` gives the type of each returned field; the rows themselves depend on the
    widget.

    """

    meta_data: WidgetDataQueryResponseMetaData | Unset = UNSET
    """ Type of each field of the result, keyed by field name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta_data is not UNSET:
            field_dict["metaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_data_query_response_meta_data import WidgetDataQueryResponseMetaData  # noqa: PLC0415

        d = dict(src_dict)
        _meta_data = d.pop("metaData", UNSET)
        meta_data: WidgetDataQueryResponseMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = WidgetDataQueryResponseMetaData.from_dict(_meta_data)

        widget_data_query_response = cls(
            meta_data=meta_data,
        )

        widget_data_query_response.additional_properties = d
        return widget_data_query_response

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
