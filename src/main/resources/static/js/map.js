// The oversight map (peta pengawasan): a choropleth of report counts drawn with Leaflet from the app's own boundary
// GeoJSON, without map tiles. Counts come from /peta/data, scoped to the user's jurisdiction; areas it leaves out
// are drawn grey and are not counted. Clicking an area narrows the dashboard to it.
(() => {
  "use strict";

  const element = document.getElementById("dashboardMap");
  if (!element || !window.L) {
    return;
  }
  const labels = element.dataset;
  // Sequential blues (ColorBrewer), light to dark; 0 and "outside" apart from them.
  const CLASS_COLOURS = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
  const ZERO_COLOUR = "#f7fbff";
  const OUTSIDE_COLOUR = "#d4d8dd";
  const SELECTED_BORDER = "#c8a24a";
  const numberFormat = new Intl.NumberFormat(document.documentElement.lang || "id");

  const map = window.L.map(element, { zoomSnap: 0.25, scrollWheelZoom: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(escapeHtml(labels.attribution));

  function escapeHtml(text) {
    const span = document.createElement("span");
    span.textContent = text || "";
    return span.innerHTML;
  }

  function getJson(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } }).then((response) => {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    });
  }

  /** The colours of the classes actually used, spread over the whole ramp when there are fewer than five. */
  function colourOf(count, breaks) {
    if (!count) {
      return ZERO_COLOUR;
    }
    let index = breaks.findIndex((bound) => count <= bound);
    if (index < 0) {
      index = breaks.length - 1;
    }
    const step = breaks.length <= 1 ? 0 : (CLASS_COLOURS.length - 1) / (breaks.length - 1);
    return CLASS_COLOURS[Math.round(CLASS_COLOURS.length - 1 - (breaks.length - 1 - index) * step)];
  }

  function tooltip(text) {
    const node = document.createElement("div");
    node.textContent = text;
    return node;
  }

  /** The legend sits under the map, where it hides nothing (on a phone a legend on the map would cover half of it). */
  function legend(data) {
    const box = document.getElementById(labels.legend);
    if (!box) {
      return;
    }
    box.replaceChildren();
    const title = document.createElement("span");
    title.className = "map-legend-title";
    title.textContent = labels.labelLegend;
    box.appendChild(title);
    const row = (colour, text) => {
      const item = document.createElement("span");
      item.className = "map-legend-row";
      const swatch = document.createElement("span");
      swatch.className = "map-legend-swatch";
      swatch.style.backgroundColor = colour;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(text));
      box.appendChild(item);
    };
    row(ZERO_COLOUR, labels.labelZero);
    let from = 1;
    data.breaks.forEach((bound) => {
      row(colourOf(bound, data.breaks), from === bound
        ? numberFormat.format(bound)
        : numberFormat.format(from) + "–" + numberFormat.format(bound));
      from = bound + 1;
    });
    row(OUTSIDE_COLOUR, labels.labelOutside);
    box.hidden = false;
  }

  function draw(data, shapes, context) {
    const areas = new Map(data.areas.map((area) => [area.code, area]));
    if (context) {
      window.L.geoJSON(context, {
        interactive: false,
        style: { color: "#ffffff", weight: 1, fillColor: OUTSIDE_COLOUR, fillOpacity: 1 },
      }).addTo(map);
    }
    const layer = window.L.geoJSON(shapes, {
      style: (feature) => {
        const area = areas.get(feature.properties.code);
        const selected = feature.properties.code === data.selected;
        return {
          color: selected ? SELECTED_BORDER : "#ffffff",
          weight: selected ? 3 : 1,
          fillColor: area ? colourOf(area.count, data.breaks) : OUTSIDE_COLOUR,
          fillOpacity: 1,
        };
      },
      onEachFeature: (feature, shape) => {
        const area = areas.get(feature.properties.code);
        const text = area
          ? area.name + ": " + numberFormat.format(area.count) + " " + labels.labelReports
          : feature.properties.name + ": " + labels.labelOutside;
        shape.bindTooltip(tooltip(text), { sticky: true });
        if (area) {
          shape.on("click", () => window.location.assign(area.dashboard));
          shape.on("mouseover", () => shape.setStyle({ weight: 3, color: "#082d50" }));
          shape.on("mouseout", () => layer.resetStyle(shape));
        }
      },
    }).addTo(map);
    const counted = layer.getLayers().filter((shape) => areas.has(shape.feature.properties.code));
    const bounds = (counted.length > 0 ? window.L.featureGroup(counted) : layer).getBounds();
    map.fitBounds(bounds, { padding: [10, 10] });
    // A phone turned sideways, a window resized: the same areas fill the map again.
    map.on("resize", () => map.fitBounds(bounds, { padding: [10, 10], animate: false }));
    // The shapes exist once the map has a view. Each carries its area's code, for tests and for styling.
    layer.eachLayer((shape) => {
      const path = shape.getElement && shape.getElement();
      if (path) {
        path.setAttribute("data-code", shape.feature.properties.code);
      }
    });
    legend(data);
    element.dataset.ready = "true";
  }

  getJson(labels.source)
    .then((data) => Promise.all([getJson(data.geometry), data.context ? getJson(data.context) : null])
      .then(([shapes, context]) => draw(data, shapes, context)))
    .catch(() => {
      map.remove();
      element.classList.add("dashboard-map-failed");
      element.textContent = labels.labelError;
    });
})();
