from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state import State
    from ..models.state_meta import StateMeta


T = TypeVar("T", bound="StateResponse")


@_attrs_define
class StateResponse:
    """Envelope holding one State."""

    state: State
    """ A named piece of persistent data defined by the bot and attached to one resource (a conversation, a user,
    the bot, a task, an integration or a workflow). A State is identified by its type, the ID of that resource and
    its name. """
    meta: StateMeta | Unset = UNSET
    """ How a State was read. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state import State  # noqa: PLC0415
        from ..models.state_meta import StateMeta  # noqa: PLC0415

        d = dict(src_dict)
        state = State.from_dict(d.pop("state"))

        _meta = d.pop("meta", UNSET)
        meta: StateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = StateMeta.from_dict(_meta)

        state_response = cls(
            state=state,
            meta=meta,
        )

        state_response.additional_properties = d
        return state_response

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
