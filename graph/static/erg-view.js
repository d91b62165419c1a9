/* The first view of the graph (erg viz): connected components packed next to each other to
   the window's shape, biggest first, entities without relations in a block beside them, and
   names sized by importance so the most important ones are legible at first sight.
   Works on vis-network's body: node ids are the page's own (n0, n1, ...), never entity ids. */
(function () {
  "use strict";
  var MARGIN = 45;             // world units around each packed component
  var CELL = [150, 70];
  var SMALL = 6;               // components up to this size are redrawn compactly
  var RING = 75;               // world units from a small component's centre to the others        // one loose entity's cell in the block of entities without relations
  var ALL_NAMES_UP_TO = 100;   // up to this many tied entities, every one is named at first sight
  var FIRST_NAMES = 20;        // above it, this many of the most important ones that fit,
  var POOL = 60;               // taken in order from this many
  var NAME_PX = [12, 18];      // their size on screen, least to most important
  var LATER_ZOOM = [1.5, 4];   // the others appear at this much zoom, most to least important

  // Connected components of the visible nodes along visible edges, biggest first.
  function components(body) {
    var ids = body.nodeIndices, index = new Map(), parent = [];
    ids.forEach(function (id, i) { index.set(id, i); parent.push(i); });
    function root(i) {
      while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
      return i;
    }
    body.edgeIndices.forEach(function (edgeId) {
      var e = body.edges[edgeId];
      var a = index.get(e.fromId), b = index.get(e.toId);
      if (a === undefined || b === undefined) return;
      a = root(a); b = root(b);
      if (a !== b) parent[a] = b;
    });
    var groups = new Map();
    ids.forEach(function (id, i) {
      var r = root(i);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r).push(id);
    });
    return Array.from(groups.values()).sort(function (a, b) { return b.length - a.length; });
  }

  function bounds(body, ids) {
    var box = {x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity};
    ids.forEach(function (id) {
      var n = body.nodes[id], r = n.options.size || 10;
      box.x0 = Math.min(box.x0, n.x - r); box.x1 = Math.max(box.x1, n.x + r);
      box.y0 = Math.min(box.y0, n.y - r); box.y1 = Math.max(box.y1, n.y + r);
    });
    box.w = box.x1 - box.x0 + 2 * MARGIN;
    box.h = box.y1 - box.y0 + 2 * MARGIN;
    return box;
  }

  // Shelf packing in rows of at most `width`; returns each box's corner and the total size.
  function shelf(boxes, width) {
    var x = 0, y = 0, rowHeight = 0, widest = 0, at = [];
    boxes.forEach(function (b) {
      if (x > 0 && x + b.w > width) { x = 0; y += rowHeight; rowHeight = 0; }
      at.push({x: x, y: y});
      x += b.w;
      rowHeight = Math.max(rowHeight, b.h);
      widest = Math.max(widest, x);
    });
    return {at: at, w: widest, h: y + rowHeight};
  }

  // The row width whose packing fills a window of this aspect (width / height) best.
  function pack(boxes, aspect) {
    var area = 0, widest = 0, best = null;
    boxes.forEach(function (b) { area += b.w * b.h; widest = Math.max(widest, b.w); });
    [0.5, 0.7, 0.85, 1, 1.2, 1.45, 1.8, 2.4, 3.2].forEach(function (k) {
      var p = shelf(boxes, Math.max(widest, Math.sqrt(area * aspect) * k));
      p.fit = Math.min(aspect / p.w, 1 / p.h);
      if (!best || p.fit > best.fit) best = p;
    });
    return best;
  }

  // A small component as a tight star around its most important node (physics leaves them
  // sprawled, pushed away by the big one): its box then packs closely beside the others.
  function compact(body, ids, rankOf) {
    ids.sort(function (a, b) { return rankOf(a) - rankOf(b); });
    var centre = body.nodes[ids[0]], ring = ids.length === 2 ? 1.4 * RING : RING;
    ids.slice(1).forEach(function (id, k) {
      var angle = Math.PI / 2 + 2 * Math.PI * k / (ids.length - 1);
      body.nodes[id].x = centre.x + ring * Math.cos(angle);
      body.nodes[id].y = centre.y + ring * Math.sin(angle);
    });
  }

  // Move the visible nodes: components packed biggest first, loose ones in a block after them.
  function arrange(network, rankOf) {
    var body = network.body, canvas = network.canvas.frame.canvas;
    var aspect = Math.max(0.25, canvas.clientWidth / Math.max(1, canvas.clientHeight));
    var boxes = [], loose = [];
    components(body).forEach(function (ids) {
      if (ids.length === 1) loose.push(ids[0]);
      else {
        if (ids.length <= SMALL) compact(body, ids, rankOf);
        var box = bounds(body, ids);
        box.ids = ids;
        boxes.push(box);
      }
    });
    var columns = 1;
    if (loose.length) {
      loose.sort(function (a, b) { return rankOf(a) - rankOf(b); });
      columns = Math.max(1, Math.round(Math.sqrt(loose.length * aspect * CELL[1] / CELL[0])));
      var rows = Math.ceil(loose.length / columns);
      boxes.push({loose: loose, w: columns * CELL[0], h: rows * CELL[1]});
    }
    if (!boxes.length) return;
    var packed = pack(boxes, aspect);
    boxes.forEach(function (b, i) {
      var at = packed.at[i];
      if (b.loose) {
        b.loose.forEach(function (id, k) {
          var n = body.nodes[id];
          n.x = at.x + (k % columns + 0.5) * CELL[0];
          n.y = at.y + (Math.floor(k / columns) + 0.5) * CELL[1];
        });
        return;
      }
      var dx = at.x + MARGIN - b.x0, dy = at.y + MARGIN - b.y0;
      b.ids.forEach(function (id) { body.nodes[id].x += dx; body.nodes[id].y += dy; });
    });
  }

  // Fit the view to the visible nodes, leaving room at the sides and below for their names.
  // (vis-network's own fit measures every label first: seconds for thousands of nodes.)
  function fit(network) {
    var body = network.body, canvas = network.canvas.frame.canvas;
    if (!body.nodeIndices.length) return;
    var box = bounds(body, body.nodeIndices);
    var w = Math.max(1, box.x1 - box.x0), h = Math.max(1, box.y1 - box.y0);
    var room = [Math.max(50, canvas.clientWidth - 160), Math.max(50, canvas.clientHeight - 70)];
    var scale = Math.min(1, room[0] / w, room[1] / h);
    network.moveTo({
      position: {x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 + 8 / scale},
      scale: scale,
      animation: false
    });
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  // Set a label's size (world units) on vis-network's node directly: a DataSet update per
  // node costs about a millisecond, too slow for thousands.
  function setNameSize(node, size) {
    node.labelModule.fontOptions.size = size;
    node.labelModule.labelDirty = true;
  }

  // Where vis-network will draw a node's label (below the node, as its shapes do), measured
  // without drawing: the same calls its draw makes.
  function labelBox(ctx, node) {
    var label = node.labelModule, sel = node.selected, hover = node.hover;
    node.shape.resize(ctx, sel, hover);
    label.calculateLabelSize(ctx, sel, hover, node.x, node.y, "hanging");
    var y = node.y + 0.5 * node.shape.height + 0.5 * label.size.height;
    label.calculateLabelSize(ctx, sel, hover, node.x, y, "hanging");
    var s = label.size;
    return {left: s.left, right: s.left + s.width, top: s.top, bottom: s.top + s.height};
  }

  // Name sizes for the current scale: the most important tied entities get a size on screen
  // of NAME_PX (a name that would overlap a more important one is tried at the smallest size,
  // then left for later), the rest a size below vis-network's draw threshold that it reaches
  // at LATER_ZOOM. Returns the sizes (Map id -> world units), already set on the nodes.
  function sizeNames(network, order, tied, threshold) {
    var scale = network.getScale(), body = network.body, ctx = network.canvas.getContext();
    var few = tied.length <= ALL_NAMES_UP_TO;
    var named = few ? tied : tied.slice(0, POOL), wanted = few ? named.length : FIRST_NAMES;
    var sizes = new Map(), kept = [], chosen = new Set(), later = [], pad = 2 / scale;
    function set(id, size) { sizes.set(id, size); setNameSize(body.nodes[id], size); }
    function fits(id, px) {
      set(id, px / scale);
      var box = labelBox(ctx, body.nodes[id]);
      box.left -= pad; box.right += pad; box.top -= pad; box.bottom += pad;
      if (kept.some(function (k) { return overlaps(k, box); })) return false;
      kept.push(box);
      return true;
    }
    // Greedy, most important first: a name is kept when its box overlaps no kept one.
    named.forEach(function (id, k) {
      var step = named.length > 1 ? k / (named.length - 1) : 0;
      var px = Math.round(2 * (NAME_PX[1] - (NAME_PX[1] - NAME_PX[0]) * step)) / 2;
      if (kept.length < wanted && (fits(id, px) || fits(id, NAME_PX[0]))) chosen.add(id);
    });
    order.forEach(function (id) { if (!chosen.has(id)) later.push(id); });
    // A few distinct sizes only: the canvas parses the font string of every label it
    // measures, and thousands of different strings made the first drawing four times slower.
    later.forEach(function (id, k) {
      var step = later.length > 1 ? Math.round(5 * k / (later.length - 1)) / 5 : 0;
      var zoom = LATER_ZOOM[0] + (LATER_ZOOM[1] - LATER_ZOOM[0]) * step;
      set(id, (threshold - 1) / (scale * zoom));
    });
    return sizes;
  }

  // vis-network measures every label (nodes' and edges') before each drawing, though it
  // draws only those whose size on screen reaches the draw threshold: at the first view of
  // 5,000 entities, 20 of them. A label under the threshold is left unmeasured (empty, so it
  // adds nothing to its node's box) and measured when a drawing needs it, as the analyst
  // zooms in: the same condition as vis-network's Label.draw, which skips it meanwhile.
  function measureDrawnLabelsOnly(network) {
    var some = null;
    for (var id in network.body.nodes) { some = network.body.nodes[id]; break; }
    var label = some && Object.getPrototypeOf(some.labelModule);
    if (!label || label.ergDeferred || typeof label._processLabel !== "function") return;
    var measure = label._processLabel;
    label._processLabel = function (ctx, selected, hover) {
      var shown = this.elementOptions.label === undefined || !this.elementOptions.scaling ||
        this.fontOptions.size * this.body.view.scale >=
          this.elementOptions.scaling.label.drawThreshold - 1;
      if (shown) measure.call(this, ctx, selected, hover);
    };
    label.ergDeferred = true;
  }

  // vis-network culls and hit-tests nodes by the boxes its last fit or drawing left, and the
  // network was built without either (see erg.css): after the nodes moved and their names were
  // sized, each visible one is resized (measuring the names about to be drawn, once) and
  // boxed where it now is.
  function settle(network) {
    var body = network.body, ctx = network.canvas.getContext();
    body.nodeIndices.forEach(function (id) {
      var node = body.nodes[id];
      node.resize(ctx);
      node.updateBoundingBox(ctx, node.selected);
    });
  }

  // Ids of the visible nodes whose name vis-network draws at the current scale.
  function drawnNames(network, threshold) {
    var body = network.body, scale = network.getScale();
    return body.nodeIndices.filter(function (id) {
      var label = body.nodes[id].labelModule;
      return label.fontOptions.size * scale >= threshold - 1;
    });
  }

  window.ergView = {
    arrange: arrange, fit: fit, sizeNames: sizeNames, settle: settle, drawnNames: drawnNames,
    measureDrawnLabelsOnly: measureDrawnLabelsOnly
  };
})();
