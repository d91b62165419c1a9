"""pyvis's page (its template, vis-network inlined) for the options given, with no nodes or
edges: erg's page (graph.viz) starts from it.

pyvis's own `Network.generate_html` renders the same template with the same arguments, but
importing `pyvis` (or `pyvis.network`) imports IPython, which took 1.7-2.6 s of every
`erg viz`. So the template is found where pyvis is installed, without importing the package,
and rendered with jinja2 as pyvis renders it (the arguments of an empty `Network(height=
"100%", width="100%", cdn_resources="in_line")` whose `options` is a dict).

>>> page = empty_page({"physics": {"enabled": False}})
>>> "new vis.Network" in page and '"enabled": false' in page
True
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from graph.errors import ErgError


def empty_page(options: dict[str, Any]) -> str:
    """The page pyvis writes for a network with no nodes or edges and these vis options."""
    physics = options.get("physics")
    physics_enabled = physics.get("enabled", True) if isinstance(physics, dict) else True
    return _template().render(
        height="100%",
        width="100%",
        nodes=[],
        edges=[],
        heading="",
        options=json.dumps(options),
        physics_enabled=physics_enabled,
        use_DOT=False,
        dot_lang="",
        widget=False,
        bgcolor="#ffffff",
        conf=False,
        tooltip_link=False,
        neighborhood_highlight=False,
        select_menu=False,
        filter_menu=False,
        notebook=False,
        cdn_resources="in_line",
    )


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    spec = importlib.util.find_spec("pyvis")  # finds the package; runs none of its code
    folders = list(spec.submodule_search_locations or []) if spec else []
    templates = [Path(f) / "templates" for f in folders if (Path(f) / "templates").is_dir()]
    if not templates:
        raise ErgError("pyvis is not installed, or its page template is missing: pip install pyvis")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates[0])))
    return env.get_template("template.html")
