from typing import Literal

TableSchemaPropertiesAdditionalPropertyType = Literal["boolean", "null", "number", "object", "string"]

TABLE_SCHEMA_PROPERTIES_ADDITIONAL_PROPERTY_TYPE_VALUES: set[TableSchemaPropertiesAdditionalPropertyType] = {
    "boolean",
    "null",
    "number",
    "object",
    "string",
}


def check_table_schema_properties_additional_property_type(value: str) -> TableSchemaPropertiesAdditionalPropertyType:
    if value in TABLE_SCHEMA_PROPERTIES_ADDITIONAL_PROPERTY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TABLE_SCHEMA_PROPERTIES_ADDITIONAL_PROPERTY_TYPE_VALUES!r}"
    )
