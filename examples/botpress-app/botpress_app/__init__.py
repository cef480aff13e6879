"""A team directory kept as Botpress chat users: each member is a user tagged with a team."""

from botpress_app.directory import Directory, MemberNotFound

__all__ = ["Directory", "MemberNotFound"]
