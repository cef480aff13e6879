from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_item import ErrorItem


T = TypeVar("T", bound="FailureReason")


@_attrs_define
class FailureReason:
    """Why the request failed for one user: the platform's error object, whose `errors` list has the shape of the `Error`
    schema. The newest answers of the vendor's documentation carry only `errors`; older ones also `statusCode`,
    `status`, `customCode`, `message`, `name` and an empty `_headers` ([ERRATA: User
    failures](/specs/koreai/ERRATA.md#user-failures)).

    """

    status_code: int | Unset = UNSET
    """ HTTP status the failure would have had on its own. """
    status: int | Unset = UNSET
    """ Same as `statusCode`. """
    custom_code: int | Unset = UNSET
    """ Platform-specific error code. """
    errors: list[ErrorItem] | Unset = UNSET
    """ The errors, each with a message and a code. """
    message: str | Unset = UNSET
    """ Human-readable explanation of the failure. """
    name: str | Unset = UNSET
    """ Name of the error class (e.g. `BadRequest`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        status = self.status

        custom_code = self.custom_code

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        message = self.message

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if status is not UNSET:
            field_dict["status"] = status
        if custom_code is not UNSET:
            field_dict["customCode"] = custom_code
        if errors is not UNSET:
            field_dict["errors"] = errors
        if message is not UNSET:
            field_dict["message"] = message
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_item import ErrorItem  # noqa: PLC0415

        d = dict(src_dict)
        status_code = d.pop("statusCode", UNSET)

        status = d.pop("status", UNSET)

        custom_code = d.pop("customCode", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ErrorItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorItem.from_dict(errors_item_data)

                errors.append(errors_item)

        message = d.pop("message", UNSET)

        name = d.pop("name", UNSET)

        failure_reason = cls(
            status_code=status_code,
            status=status,
            custom_code=custom_code,
            errors=errors,
            message=message,
            name=name,
        )

        failure_reason.additional_properties = d
        return failure_reason

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
