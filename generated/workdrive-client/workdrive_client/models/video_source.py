from typing import Literal

VideoSource = Literal[1, 2, 3, 4]

VIDEO_SOURCE_VALUES: set[VideoSource] = {
    1,
    2,
    3,
    4,
}


def check_video_source(value: int) -> VideoSource:
    if value in VIDEO_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_SOURCE_VALUES!r}")
