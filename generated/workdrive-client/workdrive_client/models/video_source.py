from typing import Literal, cast

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
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(VideoSource, value)
