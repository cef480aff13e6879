from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enforcement_template import EnforcementTemplate
    from ..models.meta import Meta


T = TypeVar("T", bound="EnforcementTemplateList")


@_attrs_define
class EnforcementTemplateList:
    """One page of enforcement templates, under the key `notificationTemplates` as the vendor's documentation answers it
    ([ERRATA: Enforcement templates answer notificationTemplates](/specs/workdrive/ERRATA.md#enforcement-templates-
    answer-notificationtemplates)).

    """

    notification_templates: list[EnforcementTemplate]
    """ The enforcement templates of this page. """
    meta: Meta
    """ Pagination block of every listing. `nextPage` is the number to send as `cur_page` for the next page, `null`
    on the last page ([ERRATA: Paging](/specs/workdrive/ERRATA.md#paging)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_templates = []
        for notification_templates_item_data in self.notification_templates:
            notification_templates_item = notification_templates_item_data.to_dict()
            notification_templates.append(notification_templates_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notificationTemplates": notification_templates,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enforcement_template import EnforcementTemplate  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        notification_templates = []
        _notification_templates = d.pop("notificationTemplates")
        for notification_templates_item_data in _notification_templates:
            notification_templates_item = EnforcementTemplate.from_dict(notification_templates_item_data)

            notification_templates.append(notification_templates_item)

        meta = Meta.from_dict(d.pop("meta"))

        enforcement_template_list = cls(
            notification_templates=notification_templates,
            meta=meta,
        )

        enforcement_template_list.additional_properties = d
        return enforcement_template_list

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
