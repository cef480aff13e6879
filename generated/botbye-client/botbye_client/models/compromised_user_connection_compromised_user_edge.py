from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compromised_user import CompromisedUser


T = TypeVar("T", bound="CompromisedUserConnectionCompromisedUserEdge")


@_attrs_define
class CompromisedUserConnectionCompromisedUserEdge:
    """One CompromisedUser and its cursor."""

    cursor: str
    """ Cursor of this item, for `cursor.after` or `cursor.before`. """
    node: CompromisedUser
    """ One end user whose credentials went through a phishing proxy: at least one of their logins carried an
    `Origin` that did not match the project's real origin. One node per user. Every member is optional ([ERRATA:
    Optional fields](/specs/botbye/ERRATA.md#optional-fields)). """
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
        from ..models.compromised_user import CompromisedUser  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor")

        node = CompromisedUser.from_dict(d.pop("node"))

        compromised_user_connection_compromised_user_edge = cls(
            cursor=cursor,
            node=node,
        )

        compromised_user_connection_compromised_user_edge.additional_properties = d
        return compromised_user_connection_compromised_user_edge

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
