from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.request import Request


T = TypeVar("T", bound="RequestConnectionRequestEdge")


@_attrs_define
class RequestConnectionRequestEdge:
    """One Request and its cursor."""

    cursor: str
    """ Cursor of this item, for `cursor.after` or `cursor.before`. """
    node: Request
    """ One request BotBye evaluated for a project: what the server-side module sent (method, URI, headers,
    addresses), where it came from, and the outcome of the checks. Every member is optional; types are those of the
    public reference ([ERRATA: Optional fields](/specs/botbye/ERRATA.md#optional-fields)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        node = self.node.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "node": node,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request import Request  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor")

        node = Request.from_dict(d.pop("node"))

        request_connection_request_edge = cls(
            cursor=cursor,
            node=node,
        )

        request_connection_request_edge.additional_properties = d
        return request_connection_request_edge

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
