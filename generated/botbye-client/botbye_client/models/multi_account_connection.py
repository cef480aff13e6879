from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_account_connection_attributes import MultiAccountConnectionAttributes
    from ..models.multi_account_connection_multi_account_edge import MultiAccountConnectionMultiAccountEdge
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="MultiAccountConnection")


@_attrs_define
class MultiAccountConnection:
    """One page of MultiAccount nodes, each with its cursor, and the page's `pageInfo` ([ERRATA: Paged
    answers](/specs/botbye/ERRATA.md#paged-answers)).

    """

    edges: list[MultiAccountConnectionMultiAccountEdge]
    """ The items of the page, in order. """
    page_info: PageInfo
    """ Pagination block of every paged answer. Send `endCursor` back as `cursor.after` for the next page,
    `startCursor` as `cursor.before` for the previous one. All five members are always present ([ERRATA: Paged
    answers](/specs/botbye/ERRATA.md#paged-answers)). """
    attributes: MultiAccountConnectionAttributes | Unset = UNSET
    """ Additional metadata of the page (documented as typically empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edges = []
        for edges_item_data in self.edges:
            edges_item = edges_item_data.to_dict()
            edges.append(edges_item)

        page_info = self.page_info.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edges": edges,
                "pageInfo": page_info,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_account_connection_attributes import MultiAccountConnectionAttributes  # noqa: PLC0415
        from ..models.multi_account_connection_multi_account_edge import MultiAccountConnectionMultiAccountEdge  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415

        d = dict(src_dict)
        edges = []
        _edges = d.pop("edges")
        for edges_item_data in _edges:
            edges_item = MultiAccountConnectionMultiAccountEdge.from_dict(edges_item_data)

            edges.append(edges_item)

        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        _attributes = d.pop("attributes", UNSET)
        attributes: MultiAccountConnectionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = MultiAccountConnectionAttributes.from_dict(_attributes)

        multi_account_connection = cls(
            edges=edges,
            page_info=page_info,
            attributes=attributes,
        )

        multi_account_connection.additional_properties = d
        return multi_account_connection

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
