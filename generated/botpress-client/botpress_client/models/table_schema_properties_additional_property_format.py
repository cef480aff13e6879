from typing import Literal

TableSchemaPropertiesAdditionalPropertyFormat = Literal["date-time"]

TABLE_SCHEMA_PROPERTIES_ADDITIONAL_PROPERTY_FORMAT_VALUES: set[TableSchemaPropertiesAdditionalPropertyFormat] = {
    "date-time",
}


def check_table_schema_properties_additional_property_format(
    value: str,
) -> TableSchemaPropertiesAdditionalPropertyFormat:
    if value in TABLE_SCHEMA_PROPERTIES_ADDITIONAL_PROPERTY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TABLE_SCHEMA_PROPERTIES_ADDITIONAL_PROPERTY_FORMAT_VALUES!r}"
    )
