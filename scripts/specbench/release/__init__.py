"""Client versions and changelogs: each generated client is released under the spec's
`info.version` plus a revision counter that moves whenever the bundle or the generated code
changes, and carries a CHANGELOG.md listing the operations and models added, removed or changed.

The state lives in `generated/<api>-client/release.json` (committed with the client): the
bundle's and the client's content hashes, a compact hash map of every operation and schema (the
snapshot the next release is compared with) and the history the changelog is rendered from.
Regenerating from an unchanged bundle with unchanged templates rewrites the same bytes.
"""
