from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row import Row


T = TypeVar("T", bound="UpsertTableRowsResponse")


@_attrs_define
class UpsertTableRowsResponse:
    inserted: list[Row]
    """ Rows that did not exist and were inserted. """
    updated: list[Row]
    """ Existing rows that were updated. """
    warnings: list[str] | Unset = UNSET
    """ Warnings raised while writing the rows. """
    errors: list[str] | Unset = UNSET
    """ Errors raised while writing some of the rows. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inserted = []
        for inserted_item_data in self.inserted:
            inserted_item = inserted_item_data.to_dict()
            inserted.append(inserted_item)

        updated = []
        for updated_item_data in self.updated:
            updated_item = updated_item_data.to_dict()
            updated.append(updated_item)

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inserted": inserted,
                "updated": updated,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row import Row  # noqa: PLC0415

        d = dict(src_dict)
        inserted = []
        _inserted = d.pop("inserted")
        for inserted_item_data in _inserted:
            inserted_item = Row.from_dict(inserted_item_data)

            inserted.append(inserted_item)

        updated = []
        _updated = d.pop("updated")
        for updated_item_data in _updated:
            updated_item = Row.from_dict(updated_item_data)

            updated.append(updated_item)

        warnings = cast(list[str], d.pop("warnings", UNSET))

        errors = cast(list[str], d.pop("errors", UNSET))

        upsert_table_rows_response = cls(
            inserted=inserted,
            updated=updated,
            warnings=warnings,
            errors=errors,
        )

        upsert_table_rows_response.additional_properties = d
        return upsert_table_rows_response

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
