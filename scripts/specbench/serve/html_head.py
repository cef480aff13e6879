"""The start of every HTML page the site serves, up to its title (a `string.Template`: `$title`).

`<meta charset>` is needed: without it, and with no charset from the server, a browser may read
Swagger UI's bundle in another encoding and fail to parse it.
"""

from __future__ import annotations

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>$title</title>
"""
