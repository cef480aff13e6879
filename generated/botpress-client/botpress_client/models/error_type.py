from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERROR_TYPE_VALUES!r}")
