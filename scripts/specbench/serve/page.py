"""The docs page: Swagger UI's standalone layout with a top-bar list of every API."""

from __future__ import annotations

import html
import json
from string import Template
from typing import Any

from specbench.openapi import HTTP_METHODS
from specbench.serve.assets import asset_url
from specbench.serve.specs import BundledSpec

_PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>$title</title>
  <link rel="stylesheet" href="$css">
  <link rel="icon" type="image/png" sizes="32x32" href="$icon32">
  <link rel="icon" type="image/png" sizes="16x16" href="$icon16">
  <style>body { margin: 0; }</style>
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="$bundle"></script>
  <script src="$preset"></script>
  <script>
    window.ui = SwaggerUIBundle(Object.assign($config, {
      dom_id: "#swagger-ui",
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      plugins: [SwaggerUIBundle.plugins.DownloadUrl],
      layout: "StandaloneLayout"
    }));
  </script>
</body>
</html>
""")


def ui_config(specs: list[BundledSpec]) -> dict[str, Any]:
    """SwaggerUIBundle options: one top-bar entry per API, the first one shown."""
    return {
        "urls": [{"name": spec.api.name, "url": spec.json_url} for spec in specs],
        "urls.primaryName": specs[0].api.name if specs else None,
        # "Try it out" on every operation, whatever its method.
        "supportedSubmitMethods": list(HTTP_METHODS),
        "deepLinking": True,
        "displayRequestDuration": True,
        "persistAuthorization": True,
        # Nothing leaves the machine: no badge from the online validator.
        "validatorUrl": None,
    }


def _script_json(value: Any) -> str:
    """JSON safe to inline in a <script> element."""
    return json.dumps(value).replace("</", "<\\/")


def render_page(specs: list[BundledSpec], title: str = "specbench: API docs and mocks") -> str:
    """The whole HTML page; it only refers to local assets and local specs."""
    return _PAGE.substitute(
        title=html.escape(title),
        css=asset_url("swagger-ui.css"),
        icon32=asset_url("favicon-32x32.png"),
        icon16=asset_url("favicon-16x16.png"),
        bundle=asset_url("swagger-ui-bundle.js"),
        preset=asset_url("swagger-ui-standalone-preset.js"),
        config=_script_json(ui_config(specs)),
    )
