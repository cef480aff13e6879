from typing import Literal, cast

GetMediaUploadSignedRequestMime = Literal[
    "application/msword",
    "application/pdf",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "image/jpeg",
    "image/png",
    "text/plain",
    "video/mp4",
]

GET_MEDIA_UPLOAD_SIGNED_REQUEST_MIME_VALUES: set[GetMediaUploadSignedRequestMime] = {
    "application/msword",
    "application/pdf",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "image/jpeg",
    "image/png",
    "text/plain",
    "video/mp4",
}


def check_get_media_upload_signed_request_mime(value: str) -> GetMediaUploadSignedRequestMime:
    if value in GET_MEDIA_UPLOAD_SIGNED_REQUEST_MIME_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(GetMediaUploadSignedRequestMime, value)
