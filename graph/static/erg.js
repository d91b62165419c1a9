(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("erg-data").textContent);
  var DIM_NODE = {background: "#e6e8eb", border: "#d0d4d9"};
  var DIM_EDGE = "rgba(200,203,208,0.35)";
  var state = window.erg = {
    ready: false, readyMs: null, highlighted: null, selectedEdge: null,
    hiddenRelationTypes: {}, hiddenEntityTypes: {}, data: DATA
  };

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
        return arrow + e.rtype + " " + (DATA.names[out ? e.to : e.from] || "");
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
    var ends = [DATA.names[e.from] || e.from, DATA.names[e.to] || e.to];
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
    state.network = network;
    var etypeOf = {};
    nodes.forEach(function (n) { etypeOf[n.id] = n.etype; });
    var groupColour = DATA.entityColours, edgeColour = {};
    edges.forEach(function (e) { edgeColour[e.id] = e.color; });

    function markReady() {
      if (state.ready) return;
      state.ready = true;
      state.readyMs = performance.now();
      document.documentElement.setAttribute("data-erg-ready", "1");
      window.dispatchEvent(new Event("erg-ready"));
    }
    if (!nodes.length) {
      var empty = el("p", "erg-empty", "Nothing to show: no entity matched the selection.");
      network.body.container.appendChild(empty);
      network.once("afterDrawing", markReady);
      network.redraw();
    } else if (DATA.physics) {
      network.once("stabilizationIterationsDone", function () {
        network.once("afterDrawing", markReady);
        network.redraw();
      });
    } else {
      network.once("afterDrawing", markReady);
      network.fit();
    }

    network.on("hoverNode", function (p) { showTip(nodeInfo(nodes.get(p.node), false), p); });
    network.on("blurNode", hideTip);
    network.on("hoverEdge", function (p) { showTip(edgeInfo(edges.get(p.edge), false), p); });
    network.on("blurEdge", hideTip);
    network.on("dragStart", hideTip);
    network.on("zoom", hideTip);

    function clearHighlight() {
      if (state.highlighted === null) return;
      nodes.update(nodes.map(function (n) {
        return {id: n.id, color: groupColour[n.etype], font: {color: "#343434"}};
      }));
      edges.update(edges.map(function (e) {
        return {id: e.id, color: edgeColour[e.id], font: {color: "#444444"}};
      }));
      state.highlighted = null;
    }
    function highlight(id) {
      clearHighlight();
      var near = {}; near[id] = true;
      network.getConnectedNodes(id).forEach(function (n) { near[n] = true; });
      var touching = {};
      network.getConnectedEdges(id).forEach(function (e) { touching[e] = true; });
      nodes.update(nodes.map(function (n) {
        return near[n.id] ? {id: n.id} : {id: n.id, color: DIM_NODE, font: {color: "#c4c8cd"}};
      }));
      edges.update(edges.map(function (e) {
        if (touching[e.id]) return {id: e.id};
        return {id: e.id, color: {color: DIM_EDGE, highlight: DIM_EDGE, hover: DIM_EDGE},
          font: {color: "#c4c8cd"}};
      }));
      state.highlighted = id;
      state.neighbourhood = Object.keys(near);
    }
    state.highlight = highlight;
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

    function applyFilters() {
      var nodeChanges = [], edgeChanges = [];
      nodes.forEach(function (n) {
        var hide = !!state.hiddenEntityTypes[n.etype];
        if (!!n.hidden !== hide) nodeChanges.push({id: n.id, hidden: hide});
      });
      edges.forEach(function (e) {
        var hidden = state.hiddenEntityTypes;
        var hide = !!state.hiddenRelationTypes[e.rtype] || !!hidden[etypeOf[e.from]] ||
          !!hidden[etypeOf[e.to]];
        if (!!e.hidden !== hide) edgeChanges.push({id: e.id, hidden: hide});
      });
      nodes.update(nodeChanges);
      edges.update(edgeChanges);
    }
    state.applyFilters = applyFilters;
    document.querySelectorAll("#erg-panel input[data-rtype]").forEach(function (box) {
      box.addEventListener("change", function () {
        state.hiddenRelationTypes[box.getAttribute("data-rtype")] = !box.checked;
        applyFilters();
      });
    });
    document.querySelectorAll("#erg-panel input[data-etype]").forEach(function (box) {
      box.addEventListener("change", function () {
        state.hiddenEntityTypes[box.getAttribute("data-etype")] = !box.checked;
        applyFilters();
      });
    });

    function norm(s) { return String(s).toLowerCase().replace(/\s+/g, " ").trim(); }
    function find(query) {
      var q = norm(query);
      if (!q) return [];
      var exact = [], prefix = [], inside = [];
      nodes.forEach(function (n) {
        var names = [n.label].concat(n.aliases || []).map(norm);
        if (names.indexOf(q) >= 0) exact.push(n.id);
        else if (names.some(function (s) { return s.indexOf(q) === 0; })) prefix.push(n.id);
        else if (names.some(function (s) { return s.indexOf(q) > 0; })) inside.push(n.id);
      });
      return exact.concat(prefix, inside);
    }
    state.find = find;
    var search = document.getElementById("erg-search");
    var status = document.getElementById("erg-search-status");
    function focusNode(id) {
      var n = nodes.get(id);
      if (n.hidden) {
        state.hiddenEntityTypes[n.etype] = false;
        var selector = '#erg-panel input[data-etype="' + CSS.escape(n.etype) + '"]';
        var box = document.querySelector(selector);
        if (box) box.checked = true;
        applyFilters();
      }
      network.selectNodes([id]);
      highlight(id);
      showDetails(nodeInfo(nodes.get(id), true));
      network.focus(id, {
        scale: Math.max(network.getScale(), 1.1),
        animation: {duration: 400, easingFunction: "easeInOutQuad"}
      });
      state.focused = id;
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
      var list = document.getElementById("erg-names"), seen = {};
      nodes.forEach(function (n) {
        [n.label].concat(n.aliases || []).forEach(function (name) {
          if (seen[name]) return;
          seen[name] = true;
          var o = document.createElement("option");
          o.value = name;
          list.appendChild(o);
        });
      });
    });

    var physics = document.getElementById("erg-physics");
    physics.addEventListener("change", function () {
      network.setOptions({physics: {enabled: physics.checked}});
    });
    document.getElementById("erg-reset").addEventListener("click", function () {
      state.hiddenRelationTypes = {}; state.hiddenEntityTypes = {};
      document.querySelectorAll("#erg-panel input[type=checkbox]").forEach(function (b) {
        b.checked = true;
      });
      applyFilters(); clearHighlight(); network.unselectAll(); network.fit();
      search.value = ""; status.textContent = "";
    });
    document.getElementById("erg-panel-toggle").addEventListener("click", function () {
      document.body.classList.toggle("erg-nopanel");
      setTimeout(function () { network.redraw(); network.fit(); }, 0);
    });
  };
})();
