from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PHOTOS_FILTER_VALUES!r}")
