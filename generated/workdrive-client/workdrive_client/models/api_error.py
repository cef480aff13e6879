from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """Body of every error response. The vendor's documentation gives only the status codes and their meaning, no body;
    this shape is judgement ([ERRATA: Error body](/specs/workdrive/ERRATA.md#error-body)): `statusCode` repeats the HTTP
    status, `error` is the status' name as the vendor's error table spells it (`Bad Request`, `Unauthorized`,
    `Forbidden`, `Not Found`, `Internal Server Error`), `message` says what went wrong.

    """

    status_code: int
    """ The HTTP status of the response: 400, 401, 403, 404 or 500 as documented; a server may also answer other
    4xx/5xx statuses (405 unknown method, 413 too large, 415 not JSON). """
    error: str
    """ Name of the status, as in the vendor's error table. """
    message: str
    """ What went wrong. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "error": error,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("statusCode")

        error = d.pop("error")

        message = d.pop("message")

        api_error = cls(
            status_code=status_code,
            error=error,
            message=message,
        )

        api_error.additional_properties = d
        return api_error

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
