from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_page_orders_item import DataPageOrdersItem
    from ..models.data_row import DataRow


T = TypeVar("T", bound="DataPage")


@_attrs_define
class DataPage:
    """Envelope of a successful answer: the result `code` and `msg`, the records of the requested page in `data`, and the
    paging counters. The vendor's dataset sample carries every field; its widget sample carries only `code`, `msg` and
    `data`, so the paging fields are optional ([ERRATA: Response envelope](/specs/mspbots/ERRATA.md#response-envelope)).

    """

    code: int
    """ Result code; `0` means success. An answer whose `code` is not `0` is an error even if it arrives with HTTP
    200 ([ERRATA: Error statuses](/specs/mspbots/ERRATA.md#error-statuses)). """
    msg: str
    """ Result text; `success` on success. """
    data: list[DataRow]
    """ The records of the requested page, in the resource's own field names. """
    total: int | Unset = UNSET
    """ Number of records matching the query, over all pages. """
    size: int | Unset = UNSET
    """ Page size used for this answer (the `size` query parameter). """
    current: int | Unset = UNSET
    """ Number of this page, counted from 1 (the `current` query parameter). """
    orders: list[DataPageOrdersItem] | Unset = UNSET
    """ Sort orders applied to the query; an empty list in the vendor's sample, whose items the vendor's article
    never shows ([ERRATA: Response envelope](/specs/mspbots/ERRATA.md#response-envelope)). """
    hit_count: bool | Unset = UNSET
    """ Paging flag, `false` in the vendor's sample; the vendor's article does not explain it ([ERRATA: Response
    envelope](/specs/mspbots/ERRATA.md#response-envelope)). """
    search_count: bool | Unset = UNSET
    """ Paging flag, `true` in the vendor's sample, presumably telling that `total` and `pages` were counted; the
    vendor's article does not explain it ([ERRATA: Response envelope](/specs/mspbots/ERRATA.md#response-envelope)).
    """
    pages: int | Unset = UNSET
    """ Number of pages, `ceil(total / size)`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = self.total

        size = self.size

        current = self.current

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        hit_count = self.hit_count

        search_count = self.search_count

        pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "data": data,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if size is not UNSET:
            field_dict["size"] = size
        if current is not UNSET:
            field_dict["current"] = current
        if orders is not UNSET:
            field_dict["orders"] = orders
        if hit_count is not UNSET:
            field_dict["hitCount"] = hit_count
        if search_count is not UNSET:
            field_dict["searchCount"] = search_count
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_page_orders_item import DataPageOrdersItem  # noqa: PLC0415
        from ..models.data_row import DataRow  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DataRow.from_dict(data_item_data)

            data.append(data_item)

        total = d.pop("total", UNSET)

        size = d.pop("size", UNSET)

        current = d.pop("current", UNSET)

        _orders = d.pop("orders", UNSET)
        orders: list[DataPageOrdersItem] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = DataPageOrdersItem.from_dict(orders_item_data)

                orders.append(orders_item)

        hit_count = d.pop("hitCount", UNSET)

        search_count = d.pop("searchCount", UNSET)

        pages = d.pop("pages", UNSET)

        data_page = cls(
            code=code,
            msg=msg,
            data=data,
            total=total,
            size=size,
            current=current,
            orders=orders,
            hit_count=hit_count,
            search_count=search_count,
            pages=pages,
        )

        data_page.additional_properties = d
        return data_page

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
