from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_action_response_meta import CallActionResponseMeta
    from ..models.call_action_response_output import CallActionResponseOutput


T = TypeVar("T", bound="CallActionResponse")


@_attrs_define
class CallActionResponse:
    output: CallActionResponseOutput
    """ Output of the action, as defined by the integration. (The vendor's documentation says "Input of the action";
    [ERRATA: Call Action output and meta](/specs/botpress/ERRATA.md#call-action-output-and-meta).) """
    meta: CallActionResponseMeta | Unset = UNSET
    """ Information about how the output was produced. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_action_response_meta import CallActionResponseMeta  # noqa: PLC0415
        from ..models.call_action_response_output import CallActionResponseOutput  # noqa: PLC0415

        d = dict(src_dict)
        output = CallActionResponseOutput.from_dict(d.pop("output"))

        _meta = d.pop("meta", UNSET)
        meta: CallActionResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = CallActionResponseMeta.from_dict(_meta)

        call_action_response = cls(
            output=output,
            meta=meta,
        )

        call_action_response.additional_properties = d
        return call_action_response

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
