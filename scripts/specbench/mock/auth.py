"""Check a request's credentials exactly as the operation's security requirements say."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from typing import Any

from starlette.datastructures import Headers

from specbench.mock.errors import ApiError
from specbench.mock.operations import CompiledOperation
from specbench.mock.store import Store
from specbench.security import credential_headers as headers_of
from specbench.security import scheme_header, security_schemes

# (scheme name, the credential the request presented, the mock's token) -> accepted?
Verifier = Callable[[str, str, str], bool]
# the credential the request presented -> issued by the mock itself (and so accepted)?
Issued = Callable[[str], bool]


def same_token(_scheme: str, presented: str, token: str) -> bool:
    """The default: the presented credential is the token itself (constant-time compare)."""
    return hmac.compare_digest(presented.encode("utf-8", "replace"), token.encode("utf-8"))


class Authenticator:
    """Knows the document's security schemes and the one credential the mock accepts."""

    def __init__(
        self,
        document: dict[str, Any],
        token: str,
        verify: Verifier = same_token,
        issued: Issued | None = None,
    ):
        self.schemes = security_schemes(document)
        self.headers = {
            name: scheme_header(scheme) if isinstance(scheme, dict) else None
            for name, scheme in self.schemes.items()
        }
        self.token = token
        self.verify = verify
        self.issued = issued

    def presented(self, name: str, headers: Headers) -> str | None:
        """The credential a request presents for one scheme, if any."""
        header = self.headers.get(name)
        if header is None:
            return None
        if not header.prefix:
            return headers.get(header.name)
        kind, _, credential = headers.get(header.name, "").partition(" ")
        return (
            credential.strip()
            if kind.lower() == header.prefix.lower() and credential.strip()
            else None
        )

    def check(self, op: CompiledOperation, headers: Headers) -> str:
        """The accepted credential(s) of the first security requirement met (empty when the
        operation needs none); raise the vendor's 401 when none is met."""
        if not op.security:
            return ""
        for requirement in op.security:
            credentials = [self._accepted(name, headers) for name in requirement]
            if all(credential is not None for credential in credentials):
                return "\n".join(c for c in credentials if c is not None)
        raise ApiError(401, "The request requires to be authenticated.")

    def _accepted(self, name: str, headers: Headers) -> str | None:
        credential = self.presented(name, headers)
        if credential is None:
            return None
        if self.verify(name, credential, self.token):
            return credential
        if self.issued is not None and self.issued(credential):
            return credential
        return None


def token_digest(token: str) -> str:
    """How a token the mock issued is stored: its SHA-256, never the token itself."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def issued_in(store: Store, collection: str) -> Issued:
    """Accept the tokens whose digest the mock keeps in `collection` of `store`."""
    return lambda credential: store.get(collection, token_digest(credential)) is not None


def credential_headers(document: dict[str, Any], credential: str) -> dict[str, str]:
    """Headers that present `credential` for the document's first security requirement.

    `credential` is what the client sends: the mock's token passed through the vendor's
    `Vendor.credential` (see `specbench.mock.apis.credential_headers_for`).
    """
    return {header.name: header.value(credential) for header in headers_of(document)}
