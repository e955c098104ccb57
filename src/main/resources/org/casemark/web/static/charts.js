// The class report as charts, drawn by Chart.js (loaded from its WebJar as a classic script: window.Chart), and
// the same numbers as a table for anyone who cannot see the canvas.
/* global Chart */
import { el } from "./api.js";

const MET = "#1b6e3a";
const PARTIAL = "#b36b00";
const MISSING = "#a12a2a";
const BAR = "#0b4f9c";

function draw(canvas, config) {
  const old = Chart.getChart(canvas);
  if (old) old.destroy();
  return new Chart(canvas, config);
}

/** Draws the stacked component bars and the histogram of totals; fills the table. */
export function drawReport(report, rubric) {
  const title = (key) => (rubric.components.find((c) => c.key === key) || { title: key }).title;
  const labels = report.components.map((c) => title(c.key));
  draw(document.getElementById("coverage-chart"), {
    type: "bar",
    data: {
      labels,
      datasets: [
        { label: "met", data: report.components.map((c) => c.met), backgroundColor: MET },
        { label: "partly met", data: report.components.map((c) => c.partial), backgroundColor: PARTIAL },
        { label: "missing", data: report.components.map((c) => c.missing), backgroundColor: MISSING },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: "y",
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
    },
  });
  draw(document.getElementById("histogram-chart"), {
    type: "bar",
    data: {
      labels: report.histogram.map((b) => String(b.total)),
      datasets: [{ label: "write-ups", data: report.histogram.map((b) => b.count), backgroundColor: BAR }],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { title: { display: true, text: "total" } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: false } },
    },
  });
  const table = document.getElementById("coverage-table");
  table.replaceChildren(el("tr", {}, el("th", { text: "component" }), el("th", { text: "met" }),
    el("th", { text: "partly met" }), el("th", { text: "missing" })));
  for (const c of report.components) {
    table.append(el("tr", {}, el("td", { text: title(c.key) }), el("td", { text: String(c.met) }),
      el("td", { text: String(c.partial) }), el("td", { text: String(c.missing) })));
  }
  table.append(el("tr", {}, el("th", { text: "total" }), el("th", { text: "write-ups", colspan: "3" })));
  for (const b of report.histogram) {
    table.append(el("tr", {}, el("td", { text: String(b.total) }), el("td", { text: String(b.count), colspan: "3" })));
  }
}
