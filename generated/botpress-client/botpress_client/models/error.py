from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_type import ErrorType, check_error_type

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body the API answers with whenever a request fails. The vendor's documentation documents the shape `{type,
    description, status}`; the real API (public `@botpress/client` error classes) answers `{id, code, type, message}` —
    this spec follows the real API, see [ERRATA: Error body](/specs/botpress/ERRATA.md#error-body).

    """

    id: str
    """ Unique identifier of this error occurrence, to quote when contacting support. """
    code: int
    """ HTTP status code of the error, repeated in the body. """
    type_: ErrorType
    """ The 23 error types the API documents. Each answers with one HTTP status: Unknown 500, Internal 500,
    Unauthorized 401, Forbidden 403, PayloadTooLarge 413, InvalidPayload 400, UnsupportedMediaType 415,
    MethodNotFound 405, ResourceNotFound 404, InvalidJsonSchema 400, InvalidDataFormat 400, InvalidIdentifier 400,
    RelationConflict 409, ReferenceConstraint 409, ReferenceNotFound 400, InvalidQuery 400, Runtime 400,
    AlreadyExists 409, RateLimited 429, PaymentRequired 402, QuotaExceeded 403, LimitExceeded 413, BreakingChanges
    400. """
    message: str
    """ Human-readable explanation of what went wrong. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        type_: str = self.type_

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "type": type_,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        type_ = check_error_type(d.pop("type"))

        message = d.pop("message")

        error = cls(
            id=id,
            code=code,
            type_=type_,
            message=message,
        )

        error.additional_properties = d
        return error

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
