from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phishing_info import PhishingInfo
    from ..models.project_rate_limits import ProjectRateLimits
    from ..models.project_rules import ProjectRules


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A protected project: its keys, its custom rules and rate limiters, and its phishing settings. Every member is
    optional ([ERRATA: Optional fields](/specs/botbye/ERRATA.md#optional-fields)).

    """

    id: str | Unset = UNSET
    """ Unique identifier of the project. """
    customer_id: str | Unset = UNSET
    """ Identifier of the customer (account) the project belongs to. """
    name: str | Unset = UNSET
    """ Name of the project. """
    url: str | Unset = UNSET
    """ URL of the project. """
    site_key: str | Unset = UNSET
    """ Site key of the project, given to the client-side integration. """
    server_key: str | Unset = UNSET
    """ Server key of the project, sent by server-side modules with each validation. """
    is_protected: bool | Unset = UNSET
    """ Whether protection is enabled for the project. """
    rules: ProjectRules | Unset = UNSET
    """ The custom rules of a project and the order in which they are evaluated. """
    rate_limits: ProjectRateLimits | Unset = UNSET
    """ The rate limiters of a project and the order in which they are evaluated. """
    phishing_info: PhishingInfo | Unset = UNSET
    """ Phishing protection settings of a project. """
    response_extra_fields: list[Any] | Unset = UNSET
    """ Extra fields added to validation responses (their shape is not documented). """
    updated_at: str | Unset = UNSET
    """ When the project was last updated ([ERRATA: Timestamps](/specs/botbye/ERRATA.md#timestamps)). """
    created_at: str | Unset = UNSET
    """ When the project was created ([ERRATA: Timestamps](/specs/botbye/ERRATA.md#timestamps)). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        name = self.name

        url = self.url

        site_key = self.site_key

        server_key = self.server_key

        is_protected = self.is_protected

        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()

        rate_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limits, Unset):
            rate_limits = self.rate_limits.to_dict()

        phishing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phishing_info, Unset):
            phishing_info = self.phishing_info.to_dict()

        response_extra_fields: list[Any] | Unset = UNSET
        if not isinstance(self.response_extra_fields, Unset):
            response_extra_fields = self.response_extra_fields

        updated_at = self.updated_at

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if site_key is not UNSET:
            field_dict["siteKey"] = site_key
        if server_key is not UNSET:
            field_dict["serverKey"] = server_key
        if is_protected is not UNSET:
            field_dict["isProtected"] = is_protected
        if rules is not UNSET:
            field_dict["rules"] = rules
        if rate_limits is not UNSET:
            field_dict["rateLimits"] = rate_limits
        if phishing_info is not UNSET:
            field_dict["phishingInfo"] = phishing_info
        if response_extra_fields is not UNSET:
            field_dict["responseExtraFields"] = response_extra_fields
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phishing_info import PhishingInfo  # noqa: PLC0415
        from ..models.project_rate_limits import ProjectRateLimits  # noqa: PLC0415
        from ..models.project_rules import ProjectRules  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        customer_id = d.pop("customerId", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        site_key = d.pop("siteKey", UNSET)

        server_key = d.pop("serverKey", UNSET)

        is_protected = d.pop("isProtected", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: ProjectRules | Unset
        if isinstance(_rules, Unset):
            rules = UNSET
        else:
            rules = ProjectRules.from_dict(_rules)

        _rate_limits = d.pop("rateLimits", UNSET)
        rate_limits: ProjectRateLimits | Unset
        if isinstance(_rate_limits, Unset):
            rate_limits = UNSET
        else:
            rate_limits = ProjectRateLimits.from_dict(_rate_limits)

        _phishing_info = d.pop("phishingInfo", UNSET)
        phishing_info: PhishingInfo | Unset
        if isinstance(_phishing_info, Unset):
            phishing_info = UNSET
        else:
            phishing_info = PhishingInfo.from_dict(_phishing_info)

        response_extra_fields = cast(list[Any], d.pop("responseExtraFields", UNSET))

        updated_at = d.pop("updatedAt", UNSET)

        created_at = d.pop("createdAt", UNSET)

        project = cls(
            id=id,
            customer_id=customer_id,
            name=name,
            url=url,
            site_key=site_key,
            server_key=server_key,
            is_protected=is_protected,
            rules=rules,
            rate_limits=rate_limits,
            phishing_info=phishing_info,
            response_extra_fields=response_extra_fields,
            updated_at=updated_at,
            created_at=created_at,
        )

        project.additional_properties = d
        return project

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
