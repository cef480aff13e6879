"""Kore.ai's credential: an HS256 JWT in the `auth` header, signed with the app's client secret.

The mock's client secret is `SPECBENCH_MOCK_TOKEN`; it accepts only tokens whose `appId` claim is
the client id in `SPECBENCH_KOREAI_CLIENT_ID` (default below) and that name a `sub`.
"""

from __future__ import annotations

import os
import warnings

import jwt
from jwt.warnings import InsecureKeyLengthWarning

# The secret is the mock's token, which the user picks (default `specbench-token`, 15 bytes):
# PyJWT's advice to use 32 bytes or more is for real apps, not for a loopback mock.
warnings.filterwarnings("ignore", category=InsecureKeyLengthWarning)

DEFAULT_CLIENT_ID = "cs-specbench-client"


def client_id() -> str:
    """The one `appId` the mock accepts."""
    return os.environ.get("SPECBENCH_KOREAI_CLIENT_ID") or DEFAULT_CLIENT_ID


def sign(secret: str, app_id: str | None = None, subject: str = "specbench") -> str:
    """A token as a Kore.ai app builds one: HS256 over `{appId, sub}`."""
    return jwt.encode({"appId": app_id or client_id(), "sub": subject}, secret, algorithm="HS256")


def verify(_scheme: str, presented: str, secret: str) -> bool:
    """True for a well-signed, unexpired HS256 token naming the accepted app and a subject."""
    try:
        claims = jwt.decode(
            presented, secret, algorithms=["HS256"], options={"require": ["appId", "sub"]}
        )
    except (jwt.InvalidTokenError, UnicodeError, ValueError):
        return False
    return claims.get("appId") == client_id() and isinstance(claims.get("sub"), str)
