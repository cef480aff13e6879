"""The organization, its API access tokens and media uploads in the WorkDrive mock."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from specbench.mock.apis.workdrive.members import strings
from specbench.mock.auth import token_digest
from specbench.mock.behaviours.call import Behaviour, Call, Reply, Unbound
from specbench.mock.behaviours.crud import Create, Resource, Update
from specbench.mock.behaviours.ids import UUID, new_id

ORGANIZATIONS = Resource("organizations", UUID)
FILES = "files"
ACCESS_TOKENS = "access_tokens"


# What a new organization has not filled in yet: answered as `null`.
UNSET = ("parentOrgId", "websites", "address", "email", "phone", "description", "industry")


def registered_media(call: Call, file_id: Any) -> dict[str, Any] | None:
    """The media `file_id` names, when the mock's media upload (GET /api/media) registered it."""
    found = call.store.get(FILES, file_id) if isinstance(file_id, str) else None
    return found if isinstance(found, dict) else None


def registered_among(call: Call, file_ids: Any) -> list[dict[str, Any]]:
    """The media of the list `file_ids` that the mock's media upload registered, in order."""
    found = (registered_media(call, file_id) for file_id in strings(file_ids))
    return [media for media in found if media is not None]


def issue_token(call: Call, user_id: Any) -> str:
    """A new API access token (a random UUID, as the vendor's samples show), stored only as its
    digest; the mock accepts it as `X-API-KEY` from then on."""
    token = str(uuid.uuid4())
    call.store.put(ACCESS_TOKENS, token_digest(token), {"userId": user_id})
    return token


def organization_details(call: Call) -> Mapping[str, Any]:
    """Create a new Organization: `ACTIVE`, the legal name and subdomain made from the name,
    `authMethod` from `auth.method`, everything else not filled in `null`."""
    body = call.body if isinstance(call.body, dict) else {}
    fields: dict[str, Any] = {key: None for key in UNSET if key not in body}
    fields["status"] = "ACTIVE"
    name = body.get("name")
    if isinstance(name, str) and name:
        fields["legalName"] = name
        fields["subdomain"] = re.sub(r"[^a-z0-9]", "", name.lower()) or None
    auth = body.get("auth")
    if isinstance(auth, dict) and isinstance(auth.get("method"), str):
        fields["authMethod"] = auth["method"]
    return {k: v for k, v in fields.items() if v is not None or k in UNSET}


@dataclass
class CreateOrganization(Create):
    """A new organization, never changed yet (`updatedAt` null), answered with an access token
    for its administrator; the token is not stored with the organization, so only this answer
    carries it."""

    def build(self, call: Call, body: Any = None) -> dict[str, Any]:
        item = super().build(call, body)
        item["updatedAt"] = None
        return item

    def __call__(self, call: Call) -> Reply:
        status, organization = super().__call__(call)
        token = issue_token(call, None)
        return status, {**organization, "accessToken": token}


@dataclass
class GenerateAccessToken(Unbound):
    """A new API access token for body `userId` (see `issue_token`)."""

    def __call__(self, call: Call) -> Reply:
        user_id = (call.body or {}).get("userId")
        token = issue_token(call, user_id)
        answer = {"token": token} if user_id is None else {"userId": user_id, "token": token}
        return call.op.success_status, answer


@dataclass
class SignMediaUpload(Unbound):
    """GET /api/media: register a file and answer where to POST it (a form with S3 fields)."""

    def __call__(self, call: Call) -> Reply:
        file_id = new_id(call.store, UUID)
        mime = str(call.query["mime"])
        call.store.put(FILES, file_id, {"id": file_id, "mime": mime, "name": call.query["name"]})
        key = f"m-{call.query['moduleCode']}/{file_id}"
        return call.op.success_status, {
            "fileId": file_id,
            "signedRequest": {
                "url": "https://storage.workdrive.invalid/upload",
                "fields": {
                    "Key": key,
                    "Content-Type": mime,
                    "ACL": "public-read",
                    "bucket": "workdrive-media",
                    "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
                    "X-Amz-Credential": "mock/20260101/region/s3/aws4_request",
                    "X-Amz-Date": "20260101T000000Z",
                    "Policy": "bW9jay1wb2xpY3k=",
                    "X-Amz-Signature": hashlib.sha256(key.encode()).hexdigest(),
                },
            },
            "url": f"https://cdn.workdrive.invalid/{key}",
        }


BEHAVIOURS: dict[str, Behaviour] = {
    "createOrganization": CreateOrganization(
        ORGANIZATIONS, None, extra=organization_details, lenient=True
    ),
    "updateOrganization": Update(ORGANIZATIONS, None, lenient=True),
    "createAccessToken": GenerateAccessToken(),
    "getMediaUploadSignedRequest": SignMediaUpload(),
}
