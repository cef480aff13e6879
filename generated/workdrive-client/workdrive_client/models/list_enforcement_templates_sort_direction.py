from typing import Literal, cast

ListEnforcementTemplatesSortDirection = Literal["ASC", "DESC"]

LIST_ENFORCEMENT_TEMPLATES_SORT_DIRECTION_VALUES: set[ListEnforcementTemplatesSortDirection] = {
    "ASC",
    "DESC",
}


def check_list_enforcement_templates_sort_direction(value: str) -> ListEnforcementTemplatesSortDirection:
    if value in LIST_ENFORCEMENT_TEMPLATES_SORT_DIRECTION_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(ListEnforcementTemplatesSortDirection, value)
