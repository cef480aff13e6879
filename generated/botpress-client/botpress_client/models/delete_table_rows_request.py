from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter


T = TypeVar("T", bound="DeleteTableRowsRequest")


@_attrs_define
class DeleteTableRowsRequest:
    ids: list[int] | Unset = UNSET
    """ IDs of the rows to delete. """
    filter_: Filter | Unset = UNSET
    """ Condition selecting rows, written with MongoDB-like operators over the column names, e.g. `{"age": {"$gt":
    30}}`. Free-form object. """
    delete_all_rows: bool | Unset = UNSET
    """ Delete every row of the table. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        delete_all_rows = self.delete_all_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if delete_all_rows is not UNSET:
            field_dict["deleteAllRows"] = delete_all_rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415

        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids", UNSET))

        _filter_ = d.pop("filter", UNSET)
        filter_: Filter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = Filter.from_dict(_filter_)

        delete_all_rows = d.pop("deleteAllRows", UNSET)

        delete_table_rows_request = cls(
            ids=ids,
            filter_=filter_,
            delete_all_rows=delete_all_rows,
        )

        delete_table_rows_request.additional_properties = d
        return delete_table_rows_request

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
