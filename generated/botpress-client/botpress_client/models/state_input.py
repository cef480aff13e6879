from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_input_payload_type_0 import StateInputPayloadType0


T = TypeVar("T", bound="StateInput")


@_attrs_define
class StateInput:
    """Body of Set State and Get Or Set State: the payload to store and an optional idle expiry."""

    payload: None | StateInputPayloadType0
    """ Content of the state, defined by your bot. `null` clears the state (public fact about the real API; the
    vendor's documentation shows only an object; [ERRATA: Set State null payload](/specs/botpress/ERRATA.md#set-
    state-null-payload)). """
    expiry: float | Unset = UNSET
    """ Expiry of the State in milliseconds: the state expires once it has been idle for this long. By default, a
    state doesn't expire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state_input_payload_type_0 import StateInputPayloadType0  # noqa: PLC0415

        payload: dict[str, Any] | None
        if isinstance(self.payload, StateInputPayloadType0):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        expiry = self.expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if expiry is not UNSET:
            field_dict["expiry"] = expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state_input_payload_type_0 import StateInputPayloadType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_payload(data: object) -> None | StateInputPayloadType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = StateInputPayloadType0.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateInputPayloadType0, data)

        payload = _parse_payload(d.pop("payload"))

        expiry = d.pop("expiry", UNSET)

        state_input = cls(
            payload=payload,
            expiry=expiry,
        )

        state_input.additional_properties = d
        return state_input

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
