"""notebooks/explore_stargate.ipynb runs top to bottom in a real kernel and answers right.

The kernel is ipykernel's `python3` (pip installs its kernelspec with the package; jupyter_client
also falls back to the running interpreter's ipykernel), so no `ipykernel install` step is needed.
"""

import json
import os

import pytest
from conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

pytestmark = pytest.mark.slow
NOTEBOOK = ROOT / "notebooks" / "explore_stargate.ipynb"


def execute(nb, env: dict[str, str] | None = None):
    client = nbclient.NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute(env={**os.environ, **(env or {})})
    return nb


def fresh():
    return nbformat.read(NOTEBOOK, as_version=4)


def text_of(cell) -> str:
    """Everything a cell showed: printed text, and the plain and HTML forms of displays."""
    parts = []
    for out in cell.get("outputs", []):
        if out["output_type"] == "stream":
            parts.append(out["text"])
        elif "data" in out:
            parts.append(out["data"].get("text/plain", ""))
            parts.append(out["data"].get("text/html", ""))
    return "\n".join(parts)


def tagged(nb, tag: str):
    [cell] = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    return cell


def test_committed_notebook_has_no_outputs():
    data = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in data["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)


@pytest.fixture(scope="module")
def ran():
    return execute(fresh())


def test_notebook_runs_top_to_bottom(ran):
    for cell in ran.cells:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", out
    assert "setup ok" in text_of(tagged(ran, "check-setup"))
    assert "relations created" in text_of(tagged(ran, "build"))


def test_notebook_shows_the_interactive_graph_inline(ran):
    shown = text_of(tagged(ran, "show"))
    assert "<iframe srcdoc=" in shown and "vis.Network" in shown


def test_notebook_runs_the_readme_cookbook(ran):
    cookbook = (ROOT / "README.md").read_text(encoding="utf-8").split("<!-- cookbook:start -->")[1]
    count = cookbook.split("<!-- cookbook:end -->")[0].count("```cypher")
    assert f"{count} cookbook queries ran" in text_of(tagged(ran, "cookbook"))


def test_notebook_explains_how_musk_is_connected_to_microsoft(ran):
    out = text_of(tagged(ran, "paths"))
    assert out.startswith("path 1 (") and "Elon Musk" in out and "Microsoft" in out
    assert '      - "' in out  # every tie comes with its evidence sentences


def test_notebook_ranks_actors_and_finds_groups(ran):
    central = text_of(tagged(ran, "central"))
    assert "top 5 by degree" in central and "top 5 by betweenness" in central
    assert "Elon Musk" in central
    groups = text_of(tagged(ran, "communities"))
    assert groups.startswith("group 1: ")


def test_notebook_adds_an_analysts_relation_and_shows_the_change(ran):
    out = text_of(tagged(ran, "add-relation"))
    assert "1 evidence items added" in out
    assert "path 1 (1 hop): Elon Musk -[" in out and "DISPUTES" in out.split("path 1 (1 hop)")[1]
    assert "unfair competitive edge" in out
    assert out.rstrip().endswith("-> 1 hop")
    after = text_of(tagged(ran, "after"))
    assert "Elon Musk now has" in after and "<iframe srcdoc=" in after


def test_notebook_without_its_extras_stops_at_once_with_one_clear_line(tmp_path):
    # Simulate a missing package: a stand-in module that fails to import, as a missing one does.
    fake = tmp_path / "pyvis"
    fake.mkdir()
    (fake / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'pyvis'\", name='pyvis')\n"
    )
    path = os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    nb = fresh()
    with pytest.raises(nbclient.exceptions.CellExecutionError) as caught:
        execute(nb, {"PYTHONPATH": path})
    assert caught.value.ename == "ImportError"
    assert caught.value.evalue == (
        "this notebook needs pyvis, which is not installed: run "
        "pip install -e '.[notebook]' in the erg repository, then restart the kernel"
    )
    # It is the first code cell that stops, before anything else ran.
    ran = [c for c in nb.cells if c.cell_type == "code" and c.execution_count]
    assert len(ran) == 1 and "check-setup" in ran[0].metadata["tags"]
