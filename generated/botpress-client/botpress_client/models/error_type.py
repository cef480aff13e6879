from typing import Literal, cast

ErrorType = Literal[
    "AlreadyExists",
    "BreakingChanges",
    "Forbidden",
    "Internal",
    "InvalidDataFormat",
    "InvalidIdentifier",
    "InvalidJsonSchema",
    "InvalidPayload",
    "InvalidQuery",
    "LimitExceeded",
    "MethodNotFound",
    "PayloadTooLarge",
    "PaymentRequired",
    "QuotaExceeded",
    "RateLimited",
    "ReferenceConstraint",
    "ReferenceNotFound",
    "RelationConflict",
    "ResourceNotFound",
    "Runtime",
    "Unauthorized",
    "Unknown",
    "UnsupportedMediaType",
]

ERROR_TYPE_VALUES: set[ErrorType] = {
    "AlreadyExists",
    "BreakingChanges",
    "Forbidden",
    "Internal",
    "InvalidDataFormat",
    "InvalidIdentifier",
    "InvalidJsonSchema",
    "InvalidPayload",
    "InvalidQuery",
    "LimitExceeded",
    "MethodNotFound",
    "PayloadTooLarge",
    "PaymentRequired",
    "QuotaExceeded",
    "RateLimited",
    "ReferenceConstraint",
    "ReferenceNotFound",
    "RelationConflict",
    "ResourceNotFound",
    "Runtime",
    "Unauthorized",
    "Unknown",
    "UnsupportedMediaType",
}


def check_error_type(value: str) -> ErrorType:
    if value in ERROR_TYPE_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(ErrorType, value)
