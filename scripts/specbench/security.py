"""Which request header carries an API's credential, read from its security schemes.

One reading for every consumer: the mock's credential check, the headers the mock's own callers
send (tests, Swagger UI hints), the client templates' data and the client-settings house rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CredentialHeader:
    """A header that carries a credential: its name, and the prefix before the credential
    (`Bearer` for an HTTP bearer scheme, empty for an API key sent as it is)."""

    name: str
    prefix: str = ""

    def value(self, credential: str) -> str:
        """The header's value presenting `credential`."""
        return f"{self.prefix} {credential}" if self.prefix else credential


BEARER = CredentialHeader("Authorization", "Bearer")


def security_schemes(document: Mapping[str, Any]) -> dict[str, Any]:
    """The document's `components.securitySchemes`, by name."""
    return dict((document.get("components") or {}).get("securitySchemes") or {})


def scheme_header(scheme: Mapping[str, Any]) -> CredentialHeader | None:
    """The header a security scheme sends its credential in; None when it uses none (an API key
    in the query or a cookie, OAuth flows …)."""
    if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return BEARER
    if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
        return CredentialHeader(str(scheme.get("name", "")))
    return None


def credential_headers(document: Mapping[str, Any]) -> list[CredentialHeader]:
    """The headers of the document's first security requirement, in its order (empty when the
    document requires none, or none of its schemes is sent in a header)."""
    schemes = security_schemes(document)
    requirement: Mapping[str, Any] = next(iter(document.get("security") or [{}]), {})
    found = [scheme_header(schemes.get(name) or {}) for name in requirement]
    return [header for header in found if header is not None]


def credential_header(document: Mapping[str, Any]) -> CredentialHeader:
    """The one header a client sends its credential in: the first of `credential_headers`,
    `Authorization: Bearer` when there is none."""
    return (credential_headers(document) or [BEARER])[0]
