/* The page's behaviour (erg viz). Everything that came from an article is put on the page
   with textContent, never as markup, so names and sentences show literally and run nothing.
   Ids, names and types are only ever keys of Map and Set objects, never of plain objects:
   "constructor" and "__proto__" are real company names. vis-network's node ids are n0, n1...
   (it indexes plain objects by them); each node carries its entity id as `eid`. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("erg-data").textContent);
  var DIM_NODE = {background: "#e6e8eb", border: "#d0d4d9"};
  var DIM_EDGE = "rgba(200,203,208,0.35)";
  var state = window.erg = {
    ready: false, readyMs: null, highlighted: null, neighbourhood: [], selectedEdge: null,
    focused: null, hiddenRelationTypes: new Set(), hiddenEntityTypes: new Set(),
    hiddenSources: new Set(), since: "", until: "", showLoose: false, data: DATA
  };
  // The nodes and edges for vis-network (read by pyvis's script, before ergAttach): each node
  // gets its entity type's colour object, shared by the type's nodes (vis-network copies it).
  window.ergGraph = function () {
    var graph = JSON.parse(document.getElementById("erg-graph").textContent);
    var colours = new Map(DATA.entityColours);
    graph.nodes.forEach(function (n) { n.color = colours.get(n.etype); });
    return graph;
  };
  function nameOf(id) {
    var n = state.network && state.network.body.data.nodes.get(id);
    return n ? n.label : "";
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function docLabel(i) {
    var d = DATA.documents[i];
    if (!d) return null;
    return {name: d[0] || d[1] || "untitled document", source: d[1], date: d[2]};
  }
  function sourceLine(i, extractor, confidence, links) {
    var p = el("div", "erg-meta");
    var d = docLabel(i);
    if (d) {
      if (links && /^https?:\/\//i.test(d.source || "")) {
        var a = el("a", null, d.name);
        a.href = d.source; a.target = "_blank"; a.rel = "noopener noreferrer";
        p.appendChild(a);
      } else {
        p.appendChild(document.createTextNode(d.name));
      }
      if (d.source && d.source !== d.name) {
        p.appendChild(document.createTextNode(" (" + d.source + ")"));
      }
      if (d.date) p.appendChild(document.createTextNode(" · " + d.date));
    } else {
      p.appendChild(document.createTextNode("no source document"));
    }
    if (extractor) p.appendChild(document.createTextNode(" · extractor: " + extractor));
    if (confidence !== undefined && confidence !== null && confidence < 1) {
      p.appendChild(document.createTextNode(" · confidence " + Number(confidence).toFixed(2)));
    }
    return p;
  }
  function more(count, full) {
    return el("div", "erg-meta", "and " + count + " more" + (full ? "" : " (click to see all)"));
  }
  function nodeInfo(n, full) {
    var box = el("div", "erg-info");
    box.appendChild(el("h3", null, n.label));
    var count = n.deg + " relation" + (n.deg === 1 ? "" : "s");
    box.appendChild(el("div", "erg-kind", n.etype + " · " + count));
    if (n.aliases && n.aliases.length) {
      box.appendChild(el("div", null, "Also: " + n.aliases.join(", ")));
    }
    if (n.docs && n.docs.length) {
      box.appendChild(el("div", "erg-kind", "Documents"));
      var ul = el("ul");
      var shown = full ? n.docs : n.docs.slice(0, 5);
      shown.forEach(function (i) {
        var li = el("li");
        li.appendChild(sourceLine(i, null, null, full));
        ul.appendChild(li);
      });
      if (shown.length < n.docs.length) ul.appendChild(more(n.docs.length - shown.length, full));
      box.appendChild(ul);
    }
    if (full && state.network) {
      var data = state.network.body.data.edges;
      var lines = state.network.getConnectedEdges(n.id).map(function (id) {
        var e = data.get(id);
        var out = e.from === n.id;
        var arrow = e.sym ? "— " : out ? "→ " : "← ";
        return arrow + e.rtype + " " + nameOf(out ? e.to : e.from);
      }).sort();
      if (lines.length) {
        box.appendChild(el("div", "erg-kind", "Relations"));
        var rel = el("ul", "erg-relations");
        lines.slice(0, 100).forEach(function (line) { rel.appendChild(el("li", null, line)); });
        if (lines.length > 100) rel.appendChild(more(lines.length - 100, true));
        box.appendChild(rel);
      }
    }
    return box;
  }
  function edgeInfo(e, full) {
    var box = el("div", "erg-info");
    var arrow = e.sym ? " —" + e.rtype + "— " : " —" + e.rtype + "→ ";
    var ends = [nameOf(e.from), nameOf(e.to)];
    box.appendChild(el("h3", null, ends[0] + arrow + ends[1]));
    var props = Object.keys(e.props || {}).map(function (k) { return k + ": " + e.props[k]; });
    if (props.length) box.appendChild(el("div", "erg-kind", props.join(" · ")));
    var ev = e.ev || [];
    var count = ev.length + " evidence sentence" + (ev.length === 1 ? "" : "s");
    box.appendChild(el("div", "erg-kind", count));
    var shown = full ? ev : ev.slice(0, 4);
    shown.forEach(function (item) {
      box.appendChild(el("blockquote", null, item[0]));
      box.appendChild(sourceLine(item[1], item[2], item[3], full));
    });
    if (shown.length < ev.length) box.appendChild(more(ev.length - shown.length, full));
    return box;
  }

  var tip = document.getElementById("erg-tooltip");
  function showTip(content, params) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var ev = params.event && (params.event.srcEvent || params.event);
    var x = ev && ev.clientX !== undefined ? ev.clientX : 0;
    var y = ev && ev.clientY !== undefined ? ev.clientY : 0;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x + 14, window.innerWidth - w - 4)) + "px";
    tip.style.top = Math.max(4, Math.min(y + 14, window.innerHeight - h - 4)) + "px";
  }
  function hideTip() { tip.hidden = true; }
  var details = document.getElementById("erg-details");
  function showDetails(content) { details.replaceChildren(content); }

  window.ergAttach = function (network) {
    var nodes = network.body.data.nodes, edges = network.body.data.edges;
    var view = window.ergView;
    state.network = network;
    state.attachMs = performance.now();  // vis-network has read the data; the rest is ours
    // The network was built hidden (see erg.css): shown now, its canvas takes the window's size.
    document.documentElement.setAttribute("data-erg-attached", "1");
    network.setSize("100%", "100%");
    view.measureDrawnLabelsOnly(network);
    state.draws = 0;  // drawings of the network, for the tests: one before the page is ready
    network.on("afterDrawing", function () { state.draws += 1; });
    var byEntity = new Map(), etypeOf = new Map(), rankOf = new Map(), edgesOf = new Map();
    nodes.forEach(function (n) {
      byEntity.set(n.eid, n.id);
      etypeOf.set(n.id, n.etype);
      rankOf.set(n.id, n.rank);
      edgesOf.set(n.id, []);
    });
    var edgeColour = new Map();
    edges.forEach(function (e) {
      edgeColour.set(e.id, e.color);
      edgesOf.get(e.from).push(e.id);
      if (e.to !== e.from) edgesOf.get(e.to).push(e.id);
    });
    var groupColour = new Map(DATA.entityColours);
    var nameSize = new Map();  // node id -> label size in world units, set by arrange()
    state.neighbourhoodIds = new Set();
    state.visId = function (entityId) { return byEntity.get(entityId); };
    state.entityId = function (id) { var n = nodes.get(id); return n ? n.eid : null; };
    state.node = function (entityId) { return nodes.get(byEntity.get(entityId)); };
    function font(id, colour) {
      var f = {color: colour};
      if (nameSize.has(id)) f.size = nameSize.get(id);
      return f;
    }

    // With physics off, vis-network draws the whole network after every DataSet update:
    // updates made together are drawn once, by the caller (arrange, or a redraw).
    function together(change) {
      var renderer = network.renderer, allowed = renderer.allowRedraw;
      renderer.allowRedraw = false;
      try { change(); } finally { renderer.allowRedraw = allowed; }
    }

    function markReady() {
      if (state.ready) return;
      state.ready = true;
      state.readyMs = performance.now();
      document.documentElement.setAttribute("data-erg-ready", "1");
      window.dispatchEvent(new Event("erg-ready"));
    }

    // -- filters: types, sources, dates; entities without a visible relation ----------------
    var sourcesFiltered = function () {
      return state.hiddenSources.size > 0 || !!state.since || !!state.until;
    };
    function inRange(date) {
      if (!state.since && !state.until) return true;
      if (!date) return false;
      var day = String(date).slice(0, 10);
      return (!state.since || day >= state.since) && (!state.until || day <= state.until);
    }
    function supported(e) {
      if (!sourcesFiltered()) return true;
      var ev = e.ev || [];
      if (!ev.length) return !state.hiddenSources.has(-1) && inRange(e.date);
      return ev.some(function (item) {
        var d = DATA.documents[item[1]];
        return !state.hiddenSources.has(d ? item[1] : -1) && inRange((d && d[2]) || e.date);
      });
    }
    function mentioned(n) {
      if (!sourcesFiltered()) return true;
      return (n.docs || []).some(function (i) {
        return !state.hiddenSources.has(i) && inRange(DATA.documents[i][2]);
      });
    }
    var looseButton = document.getElementById("erg-isolated");
    function applyFilters() {
      var shown = new Set(), edgeChanges = [], nodeChanges = [], loose = 0;
      edges.forEach(function (e) {
        var show = !state.hiddenRelationTypes.has(e.rtype) &&
          !state.hiddenEntityTypes.has(etypeOf.get(e.from)) &&
          !state.hiddenEntityTypes.has(etypeOf.get(e.to)) && supported(e);
        if (show) shown.add(e.id);
        if (!!e.hidden === show) edgeChanges.push({id: e.id, hidden: !show});
      });
      nodes.forEach(function (n) {
        var typeShown = !state.hiddenEntityTypes.has(n.etype);
        var tied = edgesOf.get(n.id).some(function (id) { return shown.has(id); });
        var isLoose = typeShown && !tied && mentioned(n);
        if (isLoose) loose += 1;
        var show = typeShown && (tied || (isLoose && state.showLoose));
        if (!!n.hidden === show) nodeChanges.push({id: n.id, hidden: !show});
      });
      together(function () {
        if (nodeChanges.length) nodes.update(nodeChanges);
        if (edgeChanges.length) edges.update(edgeChanges);
      });
      state.looseCount = loose;
      looseButton.hidden = loose === 0;
      looseButton.setAttribute("aria-pressed", state.showLoose ? "true" : "false");
      var what = loose + (loose === 1 ? " entity" : " entities") + " without relations";
      looseButton.textContent = (state.showLoose ? "Hide " : "Show ") + what;
    }
    state.applyFilters = applyFilters;

    // -- the view: components packed, names sized, fitted to the window ---------------------
    function arrange(then) {
      view.arrange(network, function (id) { return rankOf.get(id); });
      view.fit(network);
      var visible = network.body.nodeIndices.slice().sort(function (a, b) {
        return rankOf.get(a) - rankOf.get(b);
      });
      var body = network.body, tied = new Set();
      body.edgeIndices.forEach(function (id) {
        tied.add(body.edges[id].fromId);
        tied.add(body.edges[id].toId);
      });
      var order = visible.filter(function (id) { return tied.has(id); });
      var rest = visible.filter(function (id) { return !tied.has(id); });
      var sizes = view.sizeNames(network, order.concat(rest), order, DATA.labelThreshold);
      sizes.forEach(function (size, id) { nameSize.set(id, size); });
      view.settle(network);
      network.once("afterDrawing", function () { if (then) then(); });
      // view.fit asked vis-network for a drawing on its next turn (one was pending anyway
      // after the network was built): drawing now as well would draw everything twice.
      if (!network.renderer.redrawRequested) network.redraw();
    }
    state.arrange = arrange;
    state.drawnNames = function () {
      return view.drawnNames(network, DATA.labelThreshold).map(state.entityId);
    };

    // With no relation at all, the entities are all there is to see.
    if (!edges.length) state.showLoose = true;
    applyFilters();
    if (!nodes.length) {
      var empty = el("p", "erg-empty", "Nothing to show: no entity matched the selection.");
      network.body.container.appendChild(empty);
      network.once("afterDrawing", markReady);
      network.redraw();
    } else if (DATA.physics) {
      network.once("stabilizationIterationsDone", function () {
        // Physics has laid the graph out; it stops so the packed components stay put (the
        // Physics box turns it on again).
        network.setOptions({physics: {enabled: false}});
        document.getElementById("erg-physics").checked = false;
        arrange(markReady);
      });
    } else {
      arrange(markReady);
    }

    network.on("hoverNode", function (p) { showTip(nodeInfo(nodes.get(p.node), false), p); });
    network.on("blurNode", hideTip);
    network.on("hoverEdge", function (p) { showTip(edgeInfo(edges.get(p.edge), false), p); });
    network.on("blurEdge", hideTip);
    network.on("dragStart", hideTip);
    network.on("zoom", hideTip);

    // -- highlight a neighbourhood ---------------------------------------------------------
    function undim() {
      state.highlighted = null;
      state.neighbourhoodIds = new Set();
      state.neighbourhood = [];
      nodes.update(nodes.map(function (n) {
        return {id: n.id, color: groupColour.get(n.etype), font: font(n.id, "#343434")};
      }));
      edges.update(edges.map(function (e) {
        return {id: e.id, color: edgeColour.get(e.id), font: {color: "#444444"}};
      }));
    }
    function clearHighlight() {
      if (state.highlighted === null) return;
      together(undim);
      network.redraw();
    }
    function highlight(id) {
      var near = new Set([id]);
      network.getConnectedNodes(id).forEach(function (n) { near.add(n); });
      var touching = new Set(network.getConnectedEdges(id));
      together(function () {
        if (state.highlighted !== null) undim();
        nodes.update(nodes.map(function (n) {
          if (near.has(n.id)) return {id: n.id};
          return {id: n.id, color: DIM_NODE, font: font(n.id, "#c4c8cd")};
        }));
        edges.update(edges.map(function (e) {
          if (touching.has(e.id)) return {id: e.id};
          return {id: e.id, color: {color: DIM_EDGE, highlight: DIM_EDGE, hover: DIM_EDGE},
            font: {color: "#c4c8cd"}};
        }));
      });
      network.redraw();
      state.highlighted = state.entityId(id);
      state.neighbourhoodIds = near;
      state.neighbourhood = Array.from(near).map(state.entityId);
    }
    state.highlight = function (entityId) { highlight(byEntity.get(entityId)); };
    state.clearHighlight = clearHighlight;

    network.on("click", function (p) {
      hideTip();
      if (p.nodes.length) {
        highlight(p.nodes[0]);
        showDetails(nodeInfo(nodes.get(p.nodes[0]), true));
      } else if (p.edges.length) {
        clearHighlight();
        state.selectedEdge = p.edges[0];
        showDetails(edgeInfo(edges.get(p.edges[0]), true));
      } else {
        clearHighlight();
        state.selectedEdge = null;
      }
    });

    // -- the panel's filters ----------------------------------------------------------------
    function refilter() { applyFilters(); arrange(); }
    function wire(selector, attribute, set, parse) {
      document.querySelectorAll(selector).forEach(function (box) {
        box.addEventListener("change", function () {
          var key = parse(box.getAttribute(attribute));
          if (box.checked) set.delete(key); else set.add(key);
          refilter();
        });
      });
    }
    var same = function (v) { return v; };
    wire("#erg-panel input[data-rtype]", "data-rtype", state.hiddenRelationTypes, same);
    wire("#erg-panel input[data-etype]", "data-etype", state.hiddenEntityTypes, same);
    wire("#erg-panel input[data-source]", "data-source", state.hiddenSources, Number);
    ["since", "until"].forEach(function (bound) {
      var input = document.getElementById("erg-" + bound);
      if (!input) return;
      input.addEventListener("change", function () { state[bound] = input.value; refilter(); });
    });
    looseButton.addEventListener("click", function () {
      state.showLoose = !state.showLoose;
      refilter();
    });

    // -- search -----------------------------------------------------------------------------
    function norm(s) { return String(s).toLowerCase().replace(/\s+/g, " ").trim(); }
    function find(query) {
      var q = norm(query);
      if (!q) return [];
      var exact = [], prefix = [], inside = [];
      nodes.forEach(function (n) {
        var names = [n.label].concat(n.aliases || []).map(norm);
        if (names.indexOf(q) >= 0) exact.push(n.eid);
        else if (names.some(function (s) { return s.indexOf(q) === 0; })) prefix.push(n.eid);
        else if (names.some(function (s) { return s.indexOf(q) > 0; })) inside.push(n.eid);
      });
      return exact.concat(prefix, inside);
    }
    state.find = find;
    var search = document.getElementById("erg-search");
    var status = document.getElementById("erg-search-status");
    function focusNode(entityId) {
      var id = byEntity.get(entityId), n = nodes.get(id);
      if (n.hidden) {
        state.hiddenEntityTypes.delete(n.etype);
        var selector = '#erg-panel input[data-etype="' + CSS.escape(n.etype) + '"]';
        var box = document.querySelector(selector);
        if (box) box.checked = true;
        state.showLoose = true;
        applyFilters();
      }
      network.selectNodes([id]);
      highlight(id);
      showDetails(nodeInfo(nodes.get(id), true));
      network.focus(id, {
        scale: Math.max(network.getScale(), 1.1),
        animation: {duration: 400, easingFunction: "easeInOutQuad"}
      });
      state.focused = entityId;
    }
    state.focusNode = focusNode;
    function runSearch() {
      var found = find(search.value);
      status.textContent = found.length > 1 ? found.length + " matches" : "";
      if (!found.length) status.textContent = "no match";
      if (found.length) focusNode(found[0]);
    }
    search.addEventListener("keydown", function (e) { if (e.key === "Enter") runSearch(); });
    document.getElementById("erg-find").addEventListener("click", runSearch);
    var listed = false;
    search.addEventListener("focus", function () {
      if (listed) return;
      listed = true;
      var list = document.getElementById("erg-names"), seen = new Set();
      nodes.forEach(function (n) {
        [n.label].concat(n.aliases || []).forEach(function (name) {
          if (seen.has(name)) return;
          seen.add(name);
          var o = document.createElement("option");
          o.value = name;
          list.appendChild(o);
        });
      });
    });

    // -- controls ---------------------------------------------------------------------------
    var physics = document.getElementById("erg-physics");
    physics.addEventListener("change", function () {
      network.setOptions({physics: {enabled: physics.checked}});
    });
    document.getElementById("erg-reset").addEventListener("click", function () {
      state.hiddenRelationTypes.clear();
      state.hiddenEntityTypes.clear();
      state.hiddenSources.clear();
      state.since = state.until = "";
      state.showLoose = false;
      document.querySelectorAll("#erg-panel input[type=checkbox]").forEach(function (b) {
        b.checked = true;
      });
      document.querySelectorAll("#erg-panel input[type=date]").forEach(function (b) {
        b.value = "";
      });
      clearHighlight(); network.unselectAll();
      refilter();
      search.value = ""; status.textContent = "";
    });
    function setPanel(shown, then) {
      document.body.classList.toggle("erg-nopanel", !shown);
      network.setSize("100%", "100%");
      arrange(then);
    }
    state.setPanel = setPanel;
    document.getElementById("erg-panel-toggle").addEventListener("click", function () {
      setTimeout(function () {
        setPanel(document.body.classList.contains("erg-nopanel"));
      }, 0);
    });

    // -- Save image -------------------------------------------------------------------------
    function legendRows() {
      var ecount = new Map(), rcount = new Map();
      network.body.nodeIndices.forEach(function (id) {
        var t = etypeOf.get(id);
        ecount.set(t, (ecount.get(t) || 0) + 1);
      });
      network.body.edgeIndices.forEach(function (id) {
        var t = edges.get(id).rtype;
        rcount.set(t, (rcount.get(t) || 0) + 1);
      });
      return {
        entities: DATA.entityStyles.filter(function (s) { return ecount.has(s[0]); })
          .map(function (s) { return s.concat([ecount.get(s[0])]); }),
        relations: DATA.relationStyles.filter(function (s) { return rcount.has(s[0]); })
          .map(function (s) { return s.concat([rcount.get(s[0])]); })
      };
    }
    state.image = function () {
      var rows = legendRows();
      return window.ergImage.compose(network, DATA.title, DATA.summary, rows.entities,
        rows.relations);
    };
    state.imageDataURL = function () { return state.image().toDataURL("image/png"); };
    document.getElementById("erg-save").addEventListener("click", function () {
      var name = (DATA.title || "erg graph").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "");
      window.ergImage.download(state.image(), (name || "erg-graph") + ".png");
    });
  };
})();
