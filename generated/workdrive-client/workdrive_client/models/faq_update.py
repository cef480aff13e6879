from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.faq_kb_update import FaqKbUpdate
    from ..models.faq_question_input import FaqQuestionInput
    from ..models.faq_question_update import FaqQuestionUpdate
    from ..models.permissions import Permissions


T = TypeVar("T", bound="FaqUpdate")


@_attrs_define
class FaqUpdate:
    """Changes to an FAQ: its basic information (`kb`), questions to change (`updatedQAs`), to add (`newQas`) and to remove
    (`removeQuestionIds`), and who may see it (`permissions`). The inconsistent capitals of `updatedQAs` and `newQas`
    are the vendor's ([ERRATA: Update a FAQ body](/specs/workdrive/ERRATA.md#update-a-faq-body)).

    """

    kb: FaqKbUpdate | Unset = UNSET
    """ Changes to an FAQ's basic information (the vendor's documentation names this object `kb`); fields left out
    are left unchanged ([ERRATA: Update a FAQ body](/specs/workdrive/ERRATA.md#update-a-faq-body)). """
    updated_q_as: list[FaqQuestionUpdate] | Unset = UNSET
    """ Existing questions to change. """
    new_qas: list[FaqQuestionInput] | Unset = UNSET
    """ Questions to add. """
    remove_question_ids: list[str] | Unset = UNSET
    """ Ids of questions to remove. """
    permissions: Permissions | Unset = UNSET
    """ Who may see a post, news, event, video, photo, document or FAQ: listed users, security groups (`groups`) and
    locations, tagged users, or one of the audience switches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kb, Unset):
            kb = self.kb.to_dict()

        updated_q_as: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.updated_q_as, Unset):
            updated_q_as = []
            for updated_q_as_item_data in self.updated_q_as:
                updated_q_as_item = updated_q_as_item_data.to_dict()
                updated_q_as.append(updated_q_as_item)

        new_qas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new_qas, Unset):
            new_qas = []
            for new_qas_item_data in self.new_qas:
                new_qas_item = new_qas_item_data.to_dict()
                new_qas.append(new_qas_item)

        remove_question_ids: list[str] | Unset = UNSET
        if not isinstance(self.remove_question_ids, Unset):
            remove_question_ids = self.remove_question_ids

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kb is not UNSET:
            field_dict["kb"] = kb
        if updated_q_as is not UNSET:
            field_dict["updatedQAs"] = updated_q_as
        if new_qas is not UNSET:
            field_dict["newQas"] = new_qas
        if remove_question_ids is not UNSET:
            field_dict["removeQuestionIds"] = remove_question_ids
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.faq_kb_update import FaqKbUpdate  # noqa: PLC0415
        from ..models.faq_question_input import FaqQuestionInput  # noqa: PLC0415
        from ..models.faq_question_update import FaqQuestionUpdate  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415

        d = dict(src_dict)
        _kb = d.pop("kb", UNSET)
        kb: FaqKbUpdate | Unset
        if isinstance(_kb, Unset):
            kb = UNSET
        else:
            kb = FaqKbUpdate.from_dict(_kb)

        _updated_q_as = d.pop("updatedQAs", UNSET)
        updated_q_as: list[FaqQuestionUpdate] | Unset = UNSET
        if _updated_q_as is not UNSET:
            updated_q_as = []
            for updated_q_as_item_data in _updated_q_as:
                updated_q_as_item = FaqQuestionUpdate.from_dict(updated_q_as_item_data)

                updated_q_as.append(updated_q_as_item)

        _new_qas = d.pop("newQas", UNSET)
        new_qas: list[FaqQuestionInput] | Unset = UNSET
        if _new_qas is not UNSET:
            new_qas = []
            for new_qas_item_data in _new_qas:
                new_qas_item = FaqQuestionInput.from_dict(new_qas_item_data)

                new_qas.append(new_qas_item)

        remove_question_ids = cast(list[str], d.pop("removeQuestionIds", UNSET))

        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        faq_update = cls(
            kb=kb,
            updated_q_as=updated_q_as,
            new_qas=new_qas,
            remove_question_ids=remove_question_ids,
            permissions=permissions,
        )

        faq_update.additional_properties = d
        return faq_update

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
