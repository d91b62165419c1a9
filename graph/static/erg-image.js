/* "Save image": the current view of the network as a PNG, with the page's title and summary
   above it and a legend of what is shown beside it. Text is drawn on a canvas (fillText): it
   is never markup. */
(function () {
  "use strict";
  var TITLE_HEIGHT = 60, LEGEND_WIDTH = 220, PAD = 12, ROW = 20;
  var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var POLYGONS = {
    square: [[-1, -1], [1, -1], [1, 1], [-1, 1]],
    diamond: [[0, -1.2], [1.2, 0], [0, 1.2], [-1.2, 0]],
    triangle: [[0, -1.1], [1.1, 0.9], [-1.1, 0.9]],
    triangleDown: [[-1.1, -0.9], [1.1, -0.9], [0, 1.1]],
    hexagon: [[-0.5, -0.9], [0.5, -0.9], [1, 0], [0.5, 0.9], [-0.5, 0.9], [-1, 0]],
    star: [[0, -1.1], [0.3, -0.35], [1.1, -0.35], [0.45, 0.15], [0.7, 1],
      [0, 0.5], [-0.7, 1], [-0.45, 0.15], [-1.1, -0.35], [-0.3, -0.35]]
  };

  function fitText(ctx, text, width) {
    text = String(text);
    if (ctx.measureText(text).width <= width) return text;
    while (text.length > 1 && ctx.measureText(text + "…").width > width) text = text.slice(0, -1);
    return text + "…";
  }

  function marker(ctx, shape, x, y, r, colour) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    var points = POLYGONS[shape];
    if (!points) {
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    } else {
      points.forEach(function (p, i) {
        if (i === 0) ctx.moveTo(x + p[0] * r, y + p[1] * r);
        else ctx.lineTo(x + p[0] * r, y + p[1] * r);
      });
      ctx.closePath();
    }
    ctx.fill();
  }

  function legend(ctx, x, y, entities, relations) {
    ctx.textBaseline = "middle";
    function heading(text) {
      ctx.fillStyle = "#57606a";
      ctx.font = "600 11px " + FONT;
      ctx.fillText(text.toUpperCase(), x, y + ROW / 2);
      y += ROW;
    }
    function row(text, count) {
      ctx.fillStyle = "#1f2328";
      ctx.font = "13px " + FONT;
      ctx.fillText(fitText(ctx, text, LEGEND_WIDTH - 90), x + 40, y + ROW / 2);
      ctx.fillStyle = "#57606a";
      ctx.textAlign = "right";
      ctx.fillText(String(count), x + LEGEND_WIDTH - 2 * PAD, y + ROW / 2);
      ctx.textAlign = "left";
      y += ROW;
    }
    heading("Entities");
    entities.forEach(function (e) {
      marker(ctx, e[2], x + 16, y + ROW / 2, 6, e[1]);
      row(e[0], e[3]);
    });
    y += 8;
    heading("Relations");
    relations.forEach(function (r) {
      ctx.strokeStyle = r[1];
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      ctx.moveTo(x + 2, y + ROW / 2);
      ctx.lineTo(x + 32, y + ROW / 2);
      ctx.stroke();
      if (!r[2]) {
        ctx.fillStyle = r[1];
        ctx.beginPath();
        ctx.moveTo(x + 26, y + ROW / 2 - 5);
        ctx.lineTo(x + 35, y + ROW / 2);
        ctx.lineTo(x + 26, y + ROW / 2 + 5);
        ctx.closePath();
        ctx.fill();
      }
      row(r[0], r[3]);
    });
    return y;
  }

  // A canvas: title band on top, the network's canvas as drawn, the legend on the right.
  // entities: [type, colour, shape, count]; relations: [type, colour, symmetric, count].
  function compose(network, title, summary, entities, relations) {
    var source = network.canvas.frame.canvas;
    var w = source.clientWidth, h = source.clientHeight;
    var ratio = source.width / Math.max(1, w);
    var legendHeight = ROW * (entities.length + relations.length + 2) + 8 + 2 * PAD;
    var width = w + LEGEND_WIDTH, height = TITLE_HEIGHT + Math.max(h, legendHeight);
    var out = document.createElement("canvas");
    out.width = Math.round(width * ratio);
    out.height = Math.round(height * ratio);
    var ctx = out.getContext("2d");
    ctx.scale(ratio, ratio);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height);
    ctx.textBaseline = "top";
    ctx.fillStyle = "#1f2328";
    ctx.font = "600 20px " + FONT;
    ctx.fillText(fitText(ctx, title, width - 2 * PAD), PAD, 10);
    ctx.fillStyle = "#57606a";
    ctx.font = "13px " + FONT;
    ctx.fillText(fitText(ctx, summary, width - 2 * PAD), PAD, 38);
    ctx.drawImage(source, 0, TITLE_HEIGHT, w, h);
    ctx.fillStyle = "#d0d7de";
    ctx.fillRect(0, TITLE_HEIGHT - 1, width, 1);
    ctx.fillRect(w, TITLE_HEIGHT, 1, height - TITLE_HEIGHT);
    legend(ctx, w + PAD, TITLE_HEIGHT + PAD, entities, relations);
    return out;
  }

  function download(canvas, name) {
    var a = document.createElement("a");
    a.href = canvas.toDataURL("image/png");
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  window.ergImage = {compose: compose, download: download};
})();
