from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log import AuditLog


T = TypeVar("T", bound="AuditLogsResponse")


@_attrs_define
class AuditLogsResponse:
    """One page of Admin Console audit logs ([ERRATA: Audit logs answer](/specs/koreai/ERRATA.md#audit-logs-answer))."""

    total: int | Unset = UNSET
    """ Number of records in `auditlogs`. """
    more_available: bool | Unset = UNSET
    """ True when more records exist after this page. """
    auditlogs: list[AuditLog] | Unset = UNSET
    """ The audit log records of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        more_available = self.more_available

        auditlogs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auditlogs, Unset):
            auditlogs = []
            for auditlogs_item_data in self.auditlogs:
                auditlogs_item = auditlogs_item_data.to_dict()
                auditlogs.append(auditlogs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if more_available is not UNSET:
            field_dict["moreAvailable"] = more_available
        if auditlogs is not UNSET:
            field_dict["auditlogs"] = auditlogs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log import AuditLog  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        more_available = d.pop("moreAvailable", UNSET)

        _auditlogs = d.pop("auditlogs", UNSET)
        auditlogs: list[AuditLog] | Unset = UNSET
        if _auditlogs is not UNSET:
            auditlogs = []
            for auditlogs_item_data in _auditlogs:
                auditlogs_item = AuditLog.from_dict(auditlogs_item_data)

                auditlogs.append(auditlogs_item)

        audit_logs_response = cls(
            total=total,
            more_available=more_available,
            auditlogs=auditlogs,
        )

        audit_logs_response.additional_properties = d
        return audit_logs_response

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
