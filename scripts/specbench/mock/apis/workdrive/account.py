"""The organization, its API access tokens and media uploads in the WorkDrive mock."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from specbench.mock.behaviours.call import Behaviour, Call, Reply, Unbound
from specbench.mock.behaviours.crud import Create, Resource, Update
from specbench.mock.behaviours.ids import UUID, new_id

ORGANIZATIONS = Resource("organizations", UUID)
FILES = "files"


@dataclass
class GenerateAccessToken(Unbound):
    """A new API access token for body `userId` (random; never stored in clear)."""

    def __call__(self, call: Call) -> Reply:
        token = secrets.token_urlsafe(32)
        user_id = (call.body or {}).get("userId")
        digest = hashlib.sha256(token.encode()).hexdigest()
        call.store.put("access_tokens", digest, {"userId": user_id})
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
    "createOrganization": Create(ORGANIZATIONS, None, lenient=True),
    "updateOrganization": Update(ORGANIZATIONS, None, lenient=True),
    "createAccessToken": GenerateAccessToken(),
    "getMediaUploadSignedRequest": SignMediaUpload(),
}
