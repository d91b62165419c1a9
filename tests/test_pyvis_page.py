"""pyvis's page, rendered from its template without importing pyvis (which imports IPython):
the same page pyvis itself writes, and a page made without IPython or pyvis in the process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from graph.pyvis_page import empty_page
from graph.viz import _vis_options, page_options


@pytest.mark.parametrize("entities", [5, 150, 3000])
def test_the_page_is_the_one_pyvis_writes_for_the_same_options(entities):
    from pyvis.network import Network  # the real library, as the reference

    options = _vis_options(page_options(entities, None), entities)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.options = options
    assert empty_page(options) == net.generate_html()


def test_making_a_page_imports_neither_pyvis_nor_ipython():
    code = (
        "import sys\n"
        "from graph.model import Entity, GraphDocument\n"
        "from graph.viz import render_html\n"
        "doc = GraphDocument(entities={'a': Entity('a', 'Ann', 'Person')})\n"
        "assert 'new vis.Network(' in render_html(doc)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyvis', 'IPython')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
