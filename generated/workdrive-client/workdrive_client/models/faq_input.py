from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.faq_kb_input import FaqKbInput
    from ..models.faq_question_input import FaqQuestionInput
    from ..models.permissions import Permissions


T = TypeVar("T", bound="FaqInput")


@_attrs_define
class FaqInput:
    """A new FAQ: its basic information (`kb`), its questions and answers (`qas`) and who may see it (`permissions`)."""

    kb: FaqKbInput | Unset = UNSET
    """ The basic information of a new FAQ (the vendor's documentation names this object `kb`): name, owners,
    expiry, tags, category and link ([ERRATA: Upload a FAQ body](/specs/workdrive/ERRATA.md#upload-a-faq-body)). """
    qas: list[FaqQuestionInput] | Unset = UNSET
    """ The FAQ's questions with their answers and descriptions. """
    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kb, Unset):
            kb = self.kb.to_dict()

        qas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.qas, Unset):
            qas = []
            for qas_item_data in self.qas:
                qas_item = qas_item_data.to_dict()
                qas.append(qas_item)

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kb is not UNSET:
            field_dict["kb"] = kb
        if qas is not UNSET:
            field_dict["qas"] = qas
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.faq_kb_input import FaqKbInput  # noqa: PLC0415
        from ..models.faq_question_input import FaqQuestionInput  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415

        d = dict(src_dict)
        _kb = d.pop("kb", UNSET)
        kb: FaqKbInput | Unset
        if isinstance(_kb, Unset):
            kb = UNSET
        else:
            kb = FaqKbInput.from_dict(_kb)

        _qas = d.pop("qas", UNSET)
        qas: list[FaqQuestionInput] | Unset = UNSET
        if _qas is not UNSET:
            qas = []
            for qas_item_data in _qas:
                qas_item = FaqQuestionInput.from_dict(qas_item_data)

                qas.append(qas_item)

        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        faq_input = cls(
            kb=kb,
            qas=qas,
            permissions=permissions,
        )

        faq_input.additional_properties = d
        return faq_input

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
