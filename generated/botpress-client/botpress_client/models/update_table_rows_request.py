from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row_update import RowUpdate


T = TypeVar("T", bound="UpdateTableRowsRequest")


@_attrs_define
class UpdateTableRowsRequest:
    rows: list[RowUpdate]
    """ The rows to change, each with its `id`. """
    wait_computed: bool | Unset = UNSET
    """ Wait for the computed columns of the changed rows to be recomputed before answering. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        wait_computed = self.wait_computed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
            }
        )
        if wait_computed is not UNSET:
            field_dict["waitComputed"] = wait_computed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_update import RowUpdate  # noqa: PLC0415

        d = dict(src_dict)
        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = RowUpdate.from_dict(rows_item_data)

            rows.append(rows_item)

        wait_computed = d.pop("waitComputed", UNSET)

        update_table_rows_request = cls(
            rows=rows,
            wait_computed=wait_computed,
        )

        update_table_rows_request.additional_properties = d
        return update_table_rows_request

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
