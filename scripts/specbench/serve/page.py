"""The docs page: Swagger UI's standalone layout with a top-bar list of every API, and under
the selected API's title a link to its rendered ERRATA.md."""

from __future__ import annotations

import html
import json
from string import Template
from typing import Any

from specbench.openapi import HTTP_METHODS
from specbench.serve.assets import asset_url
from specbench.serve.html_head import HEAD
from specbench.serve.specs import BundledSpec

_PAGE = Template(
    HEAD
    + """  <link rel="stylesheet" href="$css">
  <link rel="icon" type="image/png" sizes="32x32" href="$icon32">
  <link rel="icon" type="image/png" sizes="16x16" href="$icon16">
  <style>
    body { margin: 0; }
    .specbench-errata { font-family: sans-serif; font-size: 14px; color: #3b4151;
                        margin: -30px 0 40px; }
    .specbench-errata a { color: #4990e2; }
  </style>
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="$bundle"></script>
  <script src="$preset"></script>
  <script>
    // Bundle URL -> its ERRATA page; the link follows the API chosen in the top bar.
    const ERRATA = $errata;
    function ErrataLink() {
      return {
        wrapComponents: {
          InfoContainer: (Original, system) => (props) => {
            const h = system.React.createElement;
            const shown = new URL(system.specSelectors.url() || "/", window.location.href);
            const errata = ERRATA[shown.pathname];
            if (!errata) return h(Original, props);
            return h("div", null, h(Original, props), h("p", {className: "specbench-errata"},
              h("a", {href: errata}, "ERRATA"),
              " — where this description departs from the vendor's documentation, and why"));
          }
        }
      };
    }
    window.ui = SwaggerUIBundle(Object.assign($config, {
      dom_id: "#swagger-ui",
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      plugins: [SwaggerUIBundle.plugins.DownloadUrl, ErrataLink],
      layout: "StandaloneLayout"
    }));
  </script>
</body>
</html>
"""
)


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


def render_page(
    specs: list[BundledSpec],
    title: str = "specbench: API docs and mocks",
    *,
    errata: dict[str, str] | None = None,
) -> str:
    """The whole HTML page; it only refers to local assets and local specs.

    `errata` maps a bundle's URL to its ERRATA page's URL (both site-relative).
    """
    return _PAGE.substitute(
        title=html.escape(title),
        css=asset_url("swagger-ui.css"),
        icon32=asset_url("favicon-32x32.png"),
        icon16=asset_url("favicon-16x16.png"),
        bundle=asset_url("swagger-ui-bundle.js"),
        preset=asset_url("swagger-ui-standalone-preset.js"),
        config=_script_json(ui_config(specs)),
        errata=_script_json(errata or {}),
    )
