from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row import Row


T = TypeVar("T", bound="RowsResponse")


@_attrs_define
class RowsResponse:
    """Answer of Create Table Rows and Update Table Rows: the rows as stored, plus any warnings and errors raised while
    writing them.

    """

    rows: list[Row]
    """ The created or updated rows. """
    warnings: list[str] | Unset = UNSET
    """ Warnings raised while writing the rows. """
    errors: list[str] | Unset = UNSET
    """ Errors raised while writing some of the rows. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

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
                "rows": rows,
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
        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = Row.from_dict(rows_item_data)

            rows.append(rows_item)

        warnings = cast(list[str], d.pop("warnings", UNSET))

        errors = cast(list[str], d.pop("errors", UNSET))

        rows_response = cls(
            rows=rows,
            warnings=warnings,
            errors=errors,
        )

        rows_response.additional_properties = d
        return rows_response

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
