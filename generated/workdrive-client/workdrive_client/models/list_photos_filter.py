from typing import Literal, cast

ListPhotosFilter = Literal["all_photos", "friends_photos", "only_me_photos", "tagged_photos", "team_photos"]

LIST_PHOTOS_FILTER_VALUES: set[ListPhotosFilter] = {
    "all_photos",
    "friends_photos",
    "only_me_photos",
    "tagged_photos",
    "team_photos",
}


def check_list_photos_filter(value: str) -> ListPhotosFilter:
    if value in LIST_PHOTOS_FILTER_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(ListPhotosFilter, value)
