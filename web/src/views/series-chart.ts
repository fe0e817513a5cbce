/** The dyad's chart: events per period stacked by quad class, with the mean Goldstein score as a line. */
import { BarChart, LineChart } from "echarts/charts";
import {
  AriaComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import type { DyadSeries } from "../api.js";
import { el } from "../dom.js";
import { QUADS, QUAD_COLOURS } from "../format.js";
import { continuousPeriods, periodOf, periodRange } from "./dyad/periods.js";

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  DataZoomSliderComponent,
  CanvasRenderer,
]);

/** A date range of the view: either end open. */
export interface DateRange {
  readonly since?: string | undefined;
  readonly until?: string | undefined;
}

/**
 * The chart, plus the same figures as a table for keyboards and screen readers. Every period from the first
 * to the last is on the axis, empty ones too, so that the width of a stretch of time is its length. The
 * slider under it picks a range of periods, which `onRange` hears once the handle is let go.
 */
export function seriesChart(
  series: DyadSeries,
  range: DateRange = {},
  onRange: (range: DateRange) => void = () => undefined,
): HTMLElement {
  const box = el("div", {
    class: "chart",
    role: "img",
    "aria-label": `Events between ${series.a} and ${series.b} per ${series.by}, by quad class, with mean Goldstein score`,
  });
  const periods = continuousPeriods(
    series.rows.map((r) => r.period),
    series.by,
  );
  const byPeriod = new Map(series.rows.map((r) => [r.period, r]));
  box.dataset.periods = String(periods.length);
  const index = (date: string | undefined, fallback: number) => {
    const i = date ? periods.indexOf(periodOf(date, series.by)) : -1;
    return i < 0 ? fallback : i;
  };
  const chart = echarts.init(box, undefined, { renderer: "canvas", height: 360 });
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 40, right: 50, top: 40, bottom: 70 },
    xAxis: { type: "category", data: periods },
    yAxis: [
      { type: "value", name: "events", minInterval: 1 },
      { type: "value", name: "Goldstein", min: -10, max: 10 },
    ],
    dataZoom: [
      {
        type: "slider",
        xAxisIndex: 0,
        // Under the plot, as wide as it, so that a handle sits at the first or last period.
        left: 40,
        right: 50,
        bottom: 10,
        height: 24,
        startValue: index(range.since, 0),
        endValue: index(range.until, periods.length - 1),
        realtime: true,
      },
    ],
    series: [
      ...QUADS.map((name, q) => ({
        name,
        type: "bar",
        stack: "quad",
        itemStyle: { color: QUAD_COLOURS[q] },
        data: periods.map((p) => byPeriod.get(p)?.combined.quad[q] ?? 0),
      })),
      {
        name: "mean Goldstein",
        type: "line",
        yAxisIndex: 1,
        itemStyle: { color: "#333" },
        data: periods.map((p) => byPeriod.get(p)?.combined.goldsteinMean ?? null),
      },
    ],
  });
  let pending: ReturnType<typeof setTimeout> | undefined;
  chart.on("datazoom", () => {
    // The slider fires while it is dragged: the view's lists follow once it rests.
    clearTimeout(pending);
    pending = setTimeout(() => {
      const zoom = (chart.getOption() as { dataZoom?: { startValue?: number; endValue?: number }[] })
        .dataZoom?.[0];
      const first = zoom?.startValue ?? 0;
      const last = zoom?.endValue ?? periods.length - 1;
      const from = periods[first];
      const to = periods[last];
      onRange({
        since: first > 0 && from ? periodRange(from, series.by)[0] : undefined,
        until: last < periods.length - 1 && to ? periodRange(to, series.by)[1] : undefined,
      });
    }, 250);
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
      `${series.a}–${series.b} per ${series.by}, periods with events${series.undated ? ` (${series.undated} undated event(s) not shown)` : ""}`,
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
