from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table import Table


T = TypeVar("T", bound="GetOrCreateTableResponse")


@_attrs_define
class GetOrCreateTableResponse:
    table: Table
    """ A table of a bot: a named set of rows whose columns are described by a JSON schema. """
    created: bool
    """ True when the table did not exist and was created by this call. """
    rows: float
    """ The total number of rows present in the table. """
    stale: float | Unset = UNSET
    """ Number of rows whose computed columns wait to be computed again. """
    indexing: float | Unset = UNSET
    """ Number of rows waiting to be indexed for search; until they are, search may miss them. """
    indexing_count: float | Unset = UNSET
    """ Number of rows not yet indexed; until they are, search may miss them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table = self.table.to_dict()

        created = self.created

        rows = self.rows

        stale = self.stale

        indexing = self.indexing

        indexing_count = self.indexing_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table": table,
                "created": created,
                "rows": rows,
            }
        )
        if stale is not UNSET:
            field_dict["stale"] = stale
        if indexing is not UNSET:
            field_dict["indexing"] = indexing
        if indexing_count is not UNSET:
            field_dict["indexingCount"] = indexing_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table import Table  # noqa: PLC0415

        d = dict(src_dict)
        table = Table.from_dict(d.pop("table"))

        created = d.pop("created")

        rows = d.pop("rows")

        stale = d.pop("stale", UNSET)

        indexing = d.pop("indexing", UNSET)

        indexing_count = d.pop("indexingCount", UNSET)

        get_or_create_table_response = cls(
            table=table,
            created=created,
            rows=rows,
            stale=stale,
            indexing=indexing,
            indexing_count=indexing_count,
        )

        get_or_create_table_response.additional_properties = d
        return get_or_create_table_response

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
