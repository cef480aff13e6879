"""Check a request's credentials exactly as the operation's security requirements say."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Any

from starlette.datastructures import Headers

from specbench.mock.errors import ApiError
from specbench.mock.operations import CompiledOperation

# (scheme name, the credential the request presented, the mock's token) -> accepted?
Verifier = Callable[[str, str, str], bool]


def same_token(_scheme: str, presented: str, token: str) -> bool:
    """The default: the presented credential is the token itself (constant-time compare)."""
    return hmac.compare_digest(presented.encode("utf-8", "replace"), token.encode("utf-8"))


class Authenticator:
    """Knows the document's security schemes and the one credential the mock accepts."""

    def __init__(self, document: dict[str, Any], token: str, verify: Verifier = same_token):
        self.schemes: dict[str, Any] = (document.get("components") or {}).get("securitySchemes", {})
        self.token = token
        self.verify = verify

    def presented(self, name: str, headers: Headers) -> str | None:
        """The credential a request presents for one scheme, if any."""
        scheme = self.schemes.get(name) or {}
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            value = headers.get("authorization", "")
            kind, _, credential = value.partition(" ")
            return credential.strip() if kind.lower() == "bearer" and credential.strip() else None
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return headers.get(str(scheme.get("name")))
        return None

    def check(self, op: CompiledOperation, headers: Headers) -> None:
        """Return when one security requirement is met; raise the vendor's 401 otherwise."""
        if not op.security:
            return
        for requirement in op.security:
            if all(self._met(name, headers) for name in requirement):
                return
        raise ApiError(401, "The request requires to be authenticated.")

    def _met(self, name: str, headers: Headers) -> bool:
        credential = self.presented(name, headers)
        return credential is not None and self.verify(name, credential, self.token)


def credential_headers(document: dict[str, Any], token: str) -> dict[str, str]:
    """Headers that meet the document's first security requirement with `token`.

    For the schemes that send the token as it is (bearer, API key header); an API whose
    credential is derived from the token (Base64, a signed JWT) adds its own form.
    """
    schemes = (document.get("components") or {}).get("securitySchemes", {})
    requirement: dict[str, Any] = next(iter(document.get("security") or [{}]), {})
    headers: dict[str, str] = {}
    for name in requirement:
        scheme = schemes.get(name) or {}
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            headers["Authorization"] = f"Bearer {token}"
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            headers[str(scheme["name"])] = token
    return headers
