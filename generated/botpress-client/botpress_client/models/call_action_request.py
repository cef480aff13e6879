from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.call_action_request_input import CallActionRequestInput


T = TypeVar("T", bound="CallActionRequest")


@_attrs_define
class CallActionRequest:
    type_: str
    """ Action to call, written `<integration>:<action>`, for example `slack:addReaction`. """
    input_: CallActionRequestInput
    """ Input of the action, as defined by the integration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_action_request_input import CallActionRequestInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        input_ = CallActionRequestInput.from_dict(d.pop("input"))

        call_action_request = cls(
            type_=type_,
            input_=input_,
        )

        call_action_request.additional_properties = d
        return call_action_request

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
