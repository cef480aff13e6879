from typing import Literal

ListEnforcementTemplatesSortDirection = Literal["ASC", "DESC"]

LIST_ENFORCEMENT_TEMPLATES_SORT_DIRECTION_VALUES: set[ListEnforcementTemplatesSortDirection] = {
    "ASC",
    "DESC",
}


def check_list_enforcement_templates_sort_direction(value: str) -> ListEnforcementTemplatesSortDirection:
    if value in LIST_ENFORCEMENT_TEMPLATES_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ENFORCEMENT_TEMPLATES_SORT_DIRECTION_VALUES!r}")
