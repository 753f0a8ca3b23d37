// The dashboard's charts, drawn with Chart.js from the tables beside them. The tables stay: they are the charts'
// accessible view and what shows without JavaScript. Data comes from the page, never from inline script (CSP).
(() => {
  "use strict";

  const PRIMARY = "#0b3d6b";
  const STATUS_COLOURS = {
    BARU: "#0d6efd",
    DITELAAH: "#6f42c1",
    TERVERIFIKASI: "#198754",
    DITOLAK: "#6c757d",
    TINDAK_LANJUT: "#b35c00",
    SELESAI: "#212529",
  };
  const numberFormat = new Intl.NumberFormat(document.documentElement.lang || "id");

  function rowsOf(figure) {
    return Array.from(figure.querySelectorAll("tbody tr[data-value]")).map((row) => ({
      label: row.querySelector("th").textContent.trim(),
      value: Number(row.dataset.value),
      code: row.dataset.code,
    }));
  }

  function draw(figure) {
    const canvas = figure.querySelector("canvas");
    const box = figure.querySelector(".chart-box");
    const rows = rowsOf(figure);
    const kind = figure.dataset.chart;
    if (!canvas || rows.length === 0) {
      return;
    }
    const labels = rows.map((row) => row.label);
    const values = rows.map((row) => row.value);
    const common = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => " " + numberFormat.format(item.raw) } },
      },
    };
    if (kind === "line") {
      new window.Chart(canvas, {
        type: "line",
        data: {
          labels,
          datasets: [{
            data: values,
            borderColor: PRIMARY,
            backgroundColor: "rgba(11, 61, 107, 0.12)",
            fill: true,
            tension: 0.25,
            pointRadius: 3,
          }],
        },
        options: { ...common, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      });
      return;
    }
    // One bar per row, tall enough for its label whatever the number of rows.
    box.style.height = Math.max(7, rows.length * 1.9 + 2) + "rem";
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels,
        datasets: [{
          data: values,
          backgroundColor: kind === "status" ? rows.map((row) => STATUS_COLOURS[row.code] || PRIMARY) : PRIMARY,
          borderRadius: 3,
          maxBarThickness: 22,
        }],
      },
      options: {
        ...common,
        indexAxis: "y",
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } },
      },
    });
  }

  // A custom period needs its two dates; the others do not, so the date fields show only for it.
  function customPeriodFields() {
    const select = document.getElementById("periode");
    if (!select) {
      return;
    }
    const fields = document.querySelectorAll(".custom-period");
    const sync = () => fields.forEach((field) => {
      field.hidden = select.value !== select.dataset.customPeriod;
    });
    select.addEventListener("change", sync);
    sync();
  }

  customPeriodFields();
  if (window.Chart) {
    document.querySelectorAll("figure.chart[data-chart]").forEach(draw);
  }
})();
