from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaqQuestionUpdate")


@_attrs_define
class FaqQuestionUpdate:
    """Changes to an existing question of an FAQ, named by its id; fields left out are left unchanged ([ERRATA: Update a
    FAQ body](/specs/workdrive/ERRATA.md#update-a-faq-body)).

    """

    id: str
    """ Id of the question to change. """
    question: str | Unset = UNSET
    """ New wording of the question. """
    answer: str | Unset = UNSET
    """ New answer. """
    description: str | Unset = UNSET
    """ New description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        question = self.question

        answer = self.answer

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if question is not UNSET:
            field_dict["question"] = question
        if answer is not UNSET:
            field_dict["answer"] = answer
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        question = d.pop("question", UNSET)

        answer = d.pop("answer", UNSET)

        description = d.pop("description", UNSET)

        faq_question_update = cls(
            id=id,
            question=question,
            answer=answer,
            description=description,
        )

        faq_question_update.additional_properties = d
        return faq_question_update

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
