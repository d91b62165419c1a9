"""The HTML page in a real headless Chromium (Playwright driving Debian's chromium).

Skipped, with the reason, where no Chromium is found; ERG_REQUIRE_BROWSER=1 (set by CI) turns
that skip into a failure. Every page is opened from file:// with all other requests blocked
and recorded.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from graph.model import Document, Entity, Evidence, GraphDocument, Relation
from graph.viz import render_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE_NAME = "<img src=x onerror=window.__pwned=1>"
HOSTILE_SCRIPT = "<script>window.__pwned=2</script>"


def _unavailable(reason: str):
    if os.environ.get("ERG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"ERG_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


def find_chromium() -> str | None:
    for candidate in (os.environ.get("ERG_CHROMIUM"), "/usr/bin/chromium", "chromium"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


@pytest.fixture(scope="session")
def browser():
    path = find_chromium()
    if path is None:
        _unavailable("no Chromium found (apt-get install chromium, or set ERG_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install playwright)")
    manager = sync_playwright().start()
    try:
        launched = manager.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
    except Exception as exc:  # a broken install: say why
        manager.stop()
        _unavailable(f"Chromium at {path} does not start: {str(exc).splitlines()[0]}")
    yield launched
    launched.close()
    manager.stop()


class Opened:
    """A page opened from file:// with every other request blocked and recorded."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 850):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.erg && window.erg.ready === true", timeout=60_000)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Where the node of entity `node_id` is drawn, in page coordinates."""
        return tuple(
            self.js(
                """id => {
                  const n = window.erg.network;
                  const vid = window.erg.visId(id);
                  const p = n.canvasToDOM(n.getPositions([vid])[vid]);
                  const box = n.body.container.getBoundingClientRect();
                  return [box.left + p.x, box.top + p.y];
                }""",
                node_id,
            )
        )

    def edge_point(self, source: str, rel_type: str, target: str) -> tuple[float, float]:
        """The middle of an edge as drawn (edges may be curved), in page coordinates."""
        return tuple(
            self.js(
                """([s, t, target]) => {
                  const n = window.erg.network;
                  const [from, to] = [window.erg.visId(s), window.erg.visId(target)];
                  const id = n.body.data.edges.getIds(
                    {filter: e => e.from === from && e.rtype === t && e.to === to})[0];
                  const p = n.canvasToDOM(n.body.edges[id].edgeType.getPoint(0.5));
                  const box = n.body.container.getBoundingClientRect();
                  return [box.left + p.x, box.top + p.y];
                }""",
                [source, rel_type, target],
            )
        )

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(browser):
    opened: list[Opened] = []

    def open_(path: Path, **size) -> Opened:
        page = Opened(browser, path, **size)
        opened.append(page)
        return page

    yield open_
    for page in opened:
        page.close()


@pytest.fixture
def stargate_page(erg, tmp_path, open_page) -> Opened:
    out = tmp_path / "stargate.html"
    ran = erg("build", str(EXAMPLES / "stargate.yaml"), "--html", str(out), "--quiet")
    assert ran.code == 0, ran.err
    return open_page(out)


def visible_edges(page: Opened) -> list[str]:
    return page.js(
        "() => window.erg.network.body.data.edges.get({filter: e => !e.hidden}).map(e => e.rtype)"
    )


# -- the Stargate graph ---------------------------------------------------------------------------
def test_stargate_page_draws_every_node_and_edge_offline(stargate_page):
    page = stargate_page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "stargate.png"))
    assert page.outside == [] and page.errors == [] and page.dialogs == []
    drawn = page.js(
        """() => {
          const body = window.erg.network.body;
          return {
            nodes: body.nodeIndices.map(id => body.nodes[id].options.label).sort(),
            edges: body.edgeIndices.map(id => {
              const e = body.edges[id];
              // a drawn edge; its relation type is in the DataSet
              const ends = [e.fromId, e.toId].map(window.erg.entityId);
              return [ends[0], body.data.edges.get(id).rtype, ends[1]].join(' ');
            }).sort(),
          };
        }"""
    )
    assert len(drawn["nodes"]) == 14 and "Elon Musk" in drawn["nodes"]
    assert len(drawn["edges"]) == 21
    assert "elon-musk FOUNDED openai" in drawn["edges"]
    assert "stargate LOCATED_IN texas" in drawn["edges"]
    # laid out inside the window, not piled up in one spot
    xs = [page.node_point(i)[0] for i in ("elon-musk", "texas", "larry-ellison", "x")]
    assert len({round(x) for x in xs}) == 4
    width = page.js("() => window.erg.network.body.container.clientHeight")
    assert width > 700  # the network fills the window's height


def test_unticking_a_relation_type_hides_its_edges(stargate_page):
    page = stargate_page
    assert visible_edges(page).count("DISPUTES") == 4
    page.page.uncheck('input[data-rtype="DISPUTES"]')
    shown = visible_edges(page)
    assert "DISPUTES" not in shown and len(shown) == 17
    hidden = page.js(
        """() => {
          const body = window.erg.network.body;
          return body.data.edges.getIds({filter: e => e.rtype === 'DISPUTES'})
            .map(id => body.edges[id].options.hidden);
        }"""
    )
    assert hidden == [True] * 4
    page.page.check('input[data-rtype="DISPUTES"]')
    assert len(visible_edges(page)) == 21
    page.page.uncheck('input[data-etype="Person"]')
    assert page.js("() => window.erg.network.body.data.nodes.get({filter: n => !n.hidden}).length")
    assert (
        page.js(
            "() => window.erg.network.body.data.nodes.get({filter: n => !n.hidden && "
            "n.etype === 'Person'}).length"
        )
        == 0
    )
    assert "LEADS" not in visible_edges(page)  # every LEADS edge starts at a person


def test_search_finds_and_focuses_a_node(stargate_page):
    page = stargate_page
    page.page.fill("#erg-search", "Texas project")  # an alias
    page.page.press("#erg-search", "Enter")
    assert page.js("() => window.erg.focused") == "stargate"
    selected = page.js("() => window.erg.network.getSelectedNodes().map(window.erg.entityId)")
    assert selected == ["stargate"]
    assert "Stargate" in page.page.text_content("#erg-details")
    page.js(
        """() => { window.__focusDone = false;
          window.erg.network.once("animationFinished", () => { window.__focusDone = true; }); }"""
    )
    page.page.fill("#erg-search", "altman")
    page.page.click("#erg-find")
    assert page.js("() => window.erg.focused") == "sam-altman"
    wait_for_still_view(page)
    x, y = page.node_point("sam-altman")
    box = page.js("() => window.erg.network.body.container.getBoundingClientRect().toJSON()")
    assert abs(x - (box["left"] + box["width"] / 2)) < 5  # centred on it
    assert abs(y - (box["top"] + box["height"] / 2)) < 5
    page.page.fill("#erg-search", "nobody at all")
    page.page.press("#erg-search", "Enter")
    assert page.page.text_content("#erg-search-status") == "no match"


def wait_for_still_view(page: Opened) -> None:
    """Until vis-network says the focus animation finished and the view position has stopped
    moving between two polls (however slow the machine), never a fixed wait."""
    page.page.wait_for_function(
        """() => {
          const n = window.erg.network, p = n.getViewPosition();
          const key = [p.x, p.y, n.getScale()].map(v => v.toFixed(2)).join();
          const still = window.__lastView === key;
          window.__lastView = key;
          return window.__focusDone === true && still;
        }""",
        polling=100,
        timeout=30_000,
    )


def test_clicking_a_node_highlights_its_neighbourhood(stargate_page):
    page = stargate_page
    x, y = page.node_point("larry-ellison")
    page.page.mouse.click(x, y)
    assert page.js("() => window.erg.highlighted") == "larry-ellison"
    assert sorted(page.js("() => window.erg.neighbourhood")) == ["larry-ellison", "oracle"]
    drawn_colours = """() => Object.fromEntries(Object.entries(window.erg.network.body.nodes)
             .map(([id, n]) => [window.erg.entityId(id), n.options.color.background]))"""
    colours = page.js(drawn_colours)
    assert colours["elon-musk"] == "#e6e8eb"  # dimmed
    assert colours["oracle"] != "#e6e8eb" and colours["larry-ellison"] != "#e6e8eb"
    details = page.page.text_content("#erg-details")
    assert "Larry Ellison" in details and "Person" in details and "Also: Ellison" in details
    assert "→ FOUNDED Oracle" in details  # its relations are listed
    page.page.click("#erg-reset")
    assert page.js("() => window.erg.highlighted") is None
    assert page.js(drawn_colours)["elon-musk"] == "#4e79a7"  # Person blue again


def test_hovering_an_edge_shows_its_evidence(stargate_page):
    page = stargate_page
    page.page.mouse.move(*page.edge_point("stargate", "LOCATED_IN", "texas"))
    page.page.wait_for_selector("#erg-tooltip:not([hidden])")
    text = page.page.text_content("#erg-tooltip")
    assert "Stargate —LOCATED_IN→ Texas" in text
    assert "first construction site in Texas" in text
    assert "Musk Clashes with Altman" in text and "extractor: curated" in text


# -- hostile article text -------------------------------------------------------------------------
def hostile_doc() -> GraphDocument:
    doc = GraphDocument()
    doc.add_document(
        Document("d1", title=f"News {HOSTILE_SCRIPT}", source="javascript:window.__pwned=3")
    )
    doc.add_entity(
        Entity("evil", HOSTILE_NAME, "Person", aliases=[HOSTILE_SCRIPT], documents=["d1"])
    )
    doc.add_entity(
        Entity("acme", "Acme </script><script>window.__pwned=4</script>", "Organization")
    )
    doc.add_relation(
        Relation(
            "evil",
            "LEADS",
            "acme",
            evidence=[Evidence(f"Said {HOSTILE_NAME} then {HOSTILE_SCRIPT}", "d1", 0, 9, "rules")],
        )
    )
    return doc


def test_hostile_names_and_evidence_show_literally_and_run_nothing(open_page, tmp_path):
    out = tmp_path / "hostile.html"
    render_html(hostile_doc(), out, title=f"Title {HOSTILE_NAME}", physics=False)
    page = open_page(out)
    assert page.page.title() == f"Title {HOSTILE_NAME}"
    assert page.js("() => window.erg.node('evil').label") == HOSTILE_NAME
    # hover the node: the tooltip shows the name and alias as text
    page.page.mouse.move(*page.node_point("evil"))
    page.page.wait_for_selector("#erg-tooltip:not([hidden])")
    tip = page.page.text_content("#erg-tooltip")
    assert HOSTILE_NAME in tip and HOSTILE_SCRIPT in tip
    # click the edge: the evidence and its source show as text, the javascript: URL is no link
    page.page.mouse.click(*page.edge_point("evil", "LEADS", "acme"))
    details = page.page.text_content("#erg-details")
    assert f"Said {HOSTILE_NAME} then {HOSTILE_SCRIPT}" in details
    assert f"News {HOSTILE_SCRIPT}" in details and "extractor: rules" in details
    # and nothing ran
    page.page.wait_for_timeout(300)
    assert page.js("() => window.__pwned") is None
    assert page.js("() => document.querySelectorAll('img').length") == 0
    assert page.js("() => document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert page.js("() => document.querySelectorAll('#erg-details script').length") == 0
    assert page.dialogs == [] and page.outside == [] and page.errors == []


# -- big graphs -----------------------------------------------------------------------------------
def test_big_graph_comes_laid_out_without_physics(open_page, tmp_path):
    doc = GraphDocument()
    for i in range(400):
        doc.add_entity(Entity(f"p{i}", f"Person {i}", "Person"))
    for i in range(1, 400):
        doc.add_relation(Relation(f"p{i}", "ADVISES", f"p{(i * 7) % i}"))
    out = tmp_path / "big.html"
    render_html(doc, out)
    page = open_page(out)
    assert page.js("() => window.erg.network.physics.physicsEnabled") is False
    assert page.js("() => window.erg.network.body.nodeIndices.length") == 400
    assert page.js("() => window.erg.readyMs") < 20_000
    page.page.click("#erg-physics")  # the toggle turns it on
    assert page.js("() => window.erg.network.physics.physicsEnabled") is True


def test_an_empty_selection_opens_and_says_so(open_page, tmp_path):
    out = tmp_path / "empty.html"
    render_html(GraphDocument(), out, title="Nothing")
    page = open_page(out)
    assert "Nothing to show" in page.page.text_content("#mynetwork")
    assert page.errors == [] and page.outside == []
