from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Faq")


@_attrs_define
class Faq:
    """An FAQ as the FAQ listing shows it: a question with its answer, the FAQ's category, tags and owners ([ERRATA: FAQ
    listing item](/specs/workdrive/ERRATA.md#faq-listing-item)). An uploaded FAQ answers its first question and `kb`'s
    category, tags and owners ([ERRATA: FAQ fields derived from the upload](/specs/workdrive/ERRATA.md#faq-fields-
    derived-from-the-upload)).

    """

    id: str
    """ Id of the FAQ (the `id` that Update a FAQ and Delete a FAQ take). """
    question: str | Unset = UNSET
    """ The question. """
    answer: str | Unset = UNSET
    """ The answer. """
    description: str | Unset = UNSET
    """ More about the question and its answer. """
    category: str | Unset = UNSET
    """ Name of the FAQ's category. """
    tags: list[str] | Unset = UNSET
    """ Tags of the FAQ. The vendor's listing sample shows one string ([ERRATA: FAQ tags shown as a
    string](/specs/workdrive/ERRATA.md#faq-tags-shown-as-a-string)). """
    owners: list[UUID] | Unset = UNSET
    """ Ids of the FAQ's owners ([ERRATA: FAQ owners are user ids](/specs/workdrive/ERRATA.md#faq-owners-are-user-
    ids)). """
    bookmark_id: None | str | Unset = UNSET
    """ Id of the calling user's bookmark of the FAQ, `null` when it is not bookmarked. The vendor's documentation
    shows `{}` ([ERRATA: Scalar fields shown as {}](/specs/workdrive/ERRATA.md#scalar-fields-shown-as-)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        question = self.question

        answer = self.answer

        description = self.description

        category = self.category

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        owners: list[str] | Unset = UNSET
        if not isinstance(self.owners, Unset):
            owners = []
            for owners_item_data in self.owners:
                owners_item = str(owners_item_data)
                owners.append(owners_item)

        bookmark_id: None | str | Unset
        if isinstance(self.bookmark_id, Unset):
            bookmark_id = UNSET
        else:
            bookmark_id = self.bookmark_id

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
        if category is not UNSET:
            field_dict["category"] = category
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owners is not UNSET:
            field_dict["owners"] = owners
        if bookmark_id is not UNSET:
            field_dict["bookmarkId"] = bookmark_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        question = d.pop("question", UNSET)

        answer = d.pop("answer", UNSET)

        description = d.pop("description", UNSET)

        category = d.pop("category", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _owners = d.pop("owners", UNSET)
        owners: list[UUID] | Unset = UNSET
        if _owners is not UNSET:
            owners = []
            for owners_item_data in _owners:
                owners_item = UUID(owners_item_data)

                owners.append(owners_item)

        def _parse_bookmark_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bookmark_id = _parse_bookmark_id(d.pop("bookmarkId", UNSET))

        faq = cls(
            id=id,
            question=question,
            answer=answer,
            description=description,
            category=category,
            tags=tags,
            owners=owners,
            bookmark_id=bookmark_id,
        )

        faq.additional_properties = d
        return faq

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
