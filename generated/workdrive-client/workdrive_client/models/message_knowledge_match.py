from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageKnowledgeMatch")


@_attrs_define
class MessageKnowledgeMatch:
    """A knowledge-base document or FAQ found to answer a message."""

    answer: str | Unset = UNSET
    """ The answer found. """
    name: str | Unset = UNSET
    """ Name of the document or FAQ. """
    path: str | Unset = UNSET
    """ Path of the document or FAQ. """
    match_confidence_level: str | Unset = UNSET
    """ How confident the match is. """
    faq_question: str | Unset = UNSET
    """ The FAQ's question. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer

        name = self.name

        path = self.path

        match_confidence_level = self.match_confidence_level

        faq_question = self.faq_question

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answer is not UNSET:
            field_dict["answer"] = answer
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if match_confidence_level is not UNSET:
            field_dict["matchConfidenceLevel"] = match_confidence_level
        if faq_question is not UNSET:
            field_dict["faqQuestion"] = faq_question

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answer = d.pop("answer", UNSET)

        name = d.pop("name", UNSET)

        path = d.pop("path", UNSET)

        match_confidence_level = d.pop("matchConfidenceLevel", UNSET)

        faq_question = d.pop("faqQuestion", UNSET)

        message_knowledge_match = cls(
            answer=answer,
            name=name,
            path=path,
            match_confidence_level=match_confidence_level,
            faq_question=faq_question,
        )

        message_knowledge_match.additional_properties = d
        return message_knowledge_match

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
