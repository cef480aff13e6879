from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_row import DataRow


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Body of a failed request. The vendor's article shows three shapes, all covered by this one schema, so every field is
    optional: the API gateway answers `{"error_msg": …}` for an unknown route (and, by this spec's decision, for a rate-
    limited request) and `{"message": …}` for an invalid or deleted API key; the application answers its usual envelope
    `{"code", "msg", "data"}` with a non-zero `code` (`500` for a resource not bound to the key, `-1` for a dataset that
    does not exist) and an empty `data` list. See [ERRATA: Error body](/specs/mspbots/ERRATA.md#error-body).

    """

    error_msg: str | Unset = UNSET
    """ Gateway error text, e.g. `404 Route Not Found` for a path that matches no route. """
    message: str | Unset = UNSET
    """ Gateway authentication error text, e.g. `Invalid API key in request` when the `apikey` header holds a key
    that is wrong or was deleted. """
    code: int | Unset = UNSET
    """ Application result code, never `0` on an error: `500` when the `resourceId` is not bound to the API key,
    `-1` when the dataset cannot be found. It is not necessarily the HTTP status ([ERRATA: Error
    statuses](/specs/mspbots/ERRATA.md#error-statuses)). """
    msg: str | Unset = UNSET
    """ Application error text, e.g. `The resourceId is invalid.` or `Can't find dataset`. """
    data: list[DataRow] | Unset = UNSET
    """ Always an empty list in the vendor's error samples. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_msg = self.error_msg

        message = self.message

        code = self.code

        msg = self.msg

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_row import DataRow  # noqa: PLC0415

        d = dict(src_dict)
        error_msg = d.pop("error_msg", UNSET)

        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        msg = d.pop("msg", UNSET)

        _data = d.pop("data", UNSET)
        data: list[DataRow] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = DataRow.from_dict(data_item_data)

                data.append(data_item)

        error = cls(
            error_msg=error_msg,
            message=message,
            code=code,
            msg=msg,
            data=data,
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
