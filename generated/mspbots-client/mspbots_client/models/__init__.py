"""Contains all the data models used in inputs/outputs"""

from .data_page import DataPage
from .data_page_orders_item import DataPageOrdersItem
from .data_row import DataRow
from .error import Error
from .field_filters import FieldFilters

__all__ = (
    "DataPage",
    "DataPageOrdersItem",
    "DataRow",
    "Error",
    "FieldFilters",
)
