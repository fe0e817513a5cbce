/** The dyad's chart: events per period stacked by quad class, with the mean Goldstein score as a line. */
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import type { DyadSeries } from "../api.js";
import { el } from "../dom.js";
import { QUADS, QUAD_COLOURS } from "../format.js";

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
]);

/** The chart, plus the same figures as a table for keyboards and screen readers. */
export function seriesChart(series: DyadSeries): HTMLElement {
  const box = el("div", {
    class: "chart",
    role: "img",
    "aria-label": `Events between ${series.a} and ${series.b} per ${series.by}, by quad class, with mean Goldstein score`,
  });
  const periods = series.rows.map((r) => r.period);
  const chart = echarts.init(box, undefined, { renderer: "canvas", height: 320 });
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 40, right: 50, top: 40, bottom: 30 },
    xAxis: { type: "category", data: periods },
    yAxis: [
      { type: "value", name: "events", minInterval: 1 },
      { type: "value", name: "Goldstein", min: -10, max: 10 },
    ],
    series: [
      ...QUADS.map((name, q) => ({
        name,
        type: "bar",
        stack: "quad",
        itemStyle: { color: QUAD_COLOURS[q] },
        data: series.rows.map((r) => r.combined.quad[q]),
      })),
      {
        name: "mean Goldstein",
        type: "line",
        yAxisIndex: 1,
        itemStyle: { color: "#333" },
        data: series.rows.map((r) => r.combined.goldsteinMean),
      },
    ],
  });
  // ECharts measures its box: size it once the box is in the page, and again with the window.
  requestAnimationFrame(() => chart.resize());
  window.addEventListener("resize", () => chart.resize());

  const table = el(
    "table",
    { class: "series-table" },
    el(
      "caption",
      {},
      `${series.a}–${series.b} per ${series.by}${series.undated ? ` (${series.undated} undated event(s) not shown)` : ""}`,
    ),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, series.by),
        ...QUADS.map((q) => el("th", { scope: "col" }, q)),
        el("th", { scope: "col" }, "events"),
        el("th", { scope: "col" }, "mean Goldstein"),
      ),
    ),
    el(
      "tbody",
      {},
      ...series.rows.map((r) =>
        el(
          "tr",
          { "data-period": r.period },
          el("th", { scope: "row" }, r.period),
          ...r.combined.quad.map((n) => el("td", {}, n)),
          el("td", {}, r.combined.events),
          el("td", {}, r.combined.goldsteinMean ?? "–"),
        ),
      ),
    ),
  );
  return el(
    "div",
    { class: "series" },
    box,
    el("details", {}, el("summary", {}, "Figures as a table"), table),
  );
}
