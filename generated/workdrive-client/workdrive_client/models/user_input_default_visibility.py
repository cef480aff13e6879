from typing import Literal, cast

UserInputDefaultVisibility = Literal["public", "restricted"]

USER_INPUT_DEFAULT_VISIBILITY_VALUES: set[UserInputDefaultVisibility] = {
    "public",
    "restricted",
}


def check_user_input_default_visibility(value: str) -> UserInputDefaultVisibility:
    if value in USER_INPUT_DEFAULT_VISIBILITY_VALUES:
        return value
    # Not a value the spec lists (a newer API may send one): kept as received, not rejected.
    return cast(UserInputDefaultVisibility, value)
