from typing import Literal

UserInputDefaultVisibility = Literal["public", "restricted"]

USER_INPUT_DEFAULT_VISIBILITY_VALUES: set[UserInputDefaultVisibility] = {
    "public",
    "restricted",
}


def check_user_input_default_visibility(value: str) -> UserInputDefaultVisibility:
    if value in USER_INPUT_DEFAULT_VISIBILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_INPUT_DEFAULT_VISIBILITY_VALUES!r}")
