from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_data_properties import WidgetDataProperties
    from ..models.widget_dimension import WidgetDimension
    from ..models.widget_query_response import WidgetQueryResponse
    from ..models.widget_sql_query import WidgetSqlQuery


T = TypeVar("T", bound="WidgetData")


@_attrs_define
class WidgetData:
    """A widget of a custom dashboard with the result of its query over the requested dates. The shape depends on the
    widget (its type, dimensions and metrics), so the object is open; the properties below are those of the documented
    answer ([ERRATA: Widget data answer](/specs/koreai/ERRATA.md#widget-data-answer)).

    """

    field_id: str | Unset = UNSET
    """ ID of the widget (`wg-…`). """
    name: str | Unset = UNSET
    """ Name of the widget. """
    type_: str | Unset = UNSET
    """ How the widget is displayed (e.g. `table`, `bar`, `line`, `pie`, `metric`). """
    overlay: list[Any] | Unset = UNSET
    """ Overlays drawn on the widget. """
    sql_query: WidgetSqlQuery | Unset = UNSET
    """ The query behind a widget, as it was run. """
    dimensions: list[WidgetDimension] | Unset = UNSET
    """ Dimensions (grouping fields) of the widget. """
    metrics: list[Any] | Unset = UNSET
    """ Metrics (aggregated fields) of the widget. """
    row: list[Any] | Unset = UNSET
    """ Row grouping of the widget. """
    properties: WidgetDataProperties | Unset = UNSET
    """ Display properties of the widget. """
    query_response: WidgetQueryResponse | Unset = UNSET
    """ Result of a widget's query: `metaData` gives the type of each returned field, `queryResponse` the result
    rows, keyed by field name ([ERRATA: Widget data answer](/specs/koreai/ERRATA.md#widget-data-answer)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        type_ = self.type_

        overlay: list[Any] | Unset = UNSET
        if not isinstance(self.overlay, Unset):
            overlay = self.overlay

        sql_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_query, Unset):
            sql_query = self.sql_query.to_dict()

        dimensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item = dimensions_item_data.to_dict()
                dimensions.append(dimensions_item)

        metrics: list[Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics

        row: list[Any] | Unset = UNSET
        if not isinstance(self.row, Unset):
            row = self.row

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        query_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_response, Unset):
            query_response = self.query_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if overlay is not UNSET:
            field_dict["overlay"] = overlay
        if sql_query is not UNSET:
            field_dict["sqlQuery"] = sql_query
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if row is not UNSET:
            field_dict["row"] = row
        if properties is not UNSET:
            field_dict["properties"] = properties
        if query_response is not UNSET:
            field_dict["queryResponse"] = query_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_data_properties import WidgetDataProperties  # noqa: PLC0415
        from ..models.widget_dimension import WidgetDimension  # noqa: PLC0415
        from ..models.widget_query_response import WidgetQueryResponse  # noqa: PLC0415
        from ..models.widget_sql_query import WidgetSqlQuery  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        overlay = cast(list[Any], d.pop("overlay", UNSET))

        _sql_query = d.pop("sqlQuery", UNSET)
        sql_query: WidgetSqlQuery | Unset
        if isinstance(_sql_query, Unset):
            sql_query = UNSET
        else:
            sql_query = WidgetSqlQuery.from_dict(_sql_query)

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: list[WidgetDimension] | Unset = UNSET
        if _dimensions is not UNSET:
            dimensions = []
            for dimensions_item_data in _dimensions:
                dimensions_item = WidgetDimension.from_dict(dimensions_item_data)

                dimensions.append(dimensions_item)

        metrics = cast(list[Any], d.pop("metrics", UNSET))

        row = cast(list[Any], d.pop("row", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: WidgetDataProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = WidgetDataProperties.from_dict(_properties)

        _query_response = d.pop("queryResponse", UNSET)
        query_response: WidgetQueryResponse | Unset
        if isinstance(_query_response, Unset):
            query_response = UNSET
        else:
            query_response = WidgetQueryResponse.from_dict(_query_response)

        widget_data = cls(
            field_id=field_id,
            name=name,
            type_=type_,
            overlay=overlay,
            sql_query=sql_query,
            dimensions=dimensions,
            metrics=metrics,
            row=row,
            properties=properties,
            query_response=query_response,
        )

        widget_data.additional_properties = d
        return widget_data

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
