from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_filter import CustomFilter


T = TypeVar("T", bound="QueryWidgetDataRequest")


@_attrs_define
class QueryWidgetDataRequest:
    """Additional filters on the widget's data (Custom Dashboard Filters; [ERRATA: Widget data: POST with
    filters](/specs/koreai/ERRATA.md#widget-data-post-with-filters)).

    """

    custom_filters: list[CustomFilter]
    """ Filters; a record is kept when it matches every filter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_filters = []
        for custom_filters_item_data in self.custom_filters:
            custom_filters_item = custom_filters_item_data.to_dict()
            custom_filters.append(custom_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFilters": custom_filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_filter import CustomFilter  # noqa: PLC0415

        d = dict(src_dict)
        custom_filters = []
        _custom_filters = d.pop("customFilters")
        for custom_filters_item_data in _custom_filters:
            custom_filters_item = CustomFilter.from_dict(custom_filters_item_data)

            custom_filters.append(custom_filters_item)

        query_widget_data_request = cls(
            custom_filters=custom_filters,
        )

        query_widget_data_request.additional_properties = d
        return query_widget_data_request

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
