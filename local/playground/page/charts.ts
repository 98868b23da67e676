// The sheet's embedded charts drawn as SVG over the grid at their anchor cells, as Sheets
// floats them: columns, lines or a pie from the figures of the chart's ranges. Every mark
// carries its category and value (data-category, data-value) so a test can read the chart.

import type { ChartView } from '../protocol';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 480;
const HEIGHT = 300;
const PLOT = { left: 56, right: 16, top: 36, bottom: 40 };
const COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];
/** Sheets' default column width, for anchors right of the last column drawn. */
const COLUMN_WIDTH = 100;

type Attributes = Record<string, string | number>;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes, text = ''): SVGElementTagNameMap[K] {
  const made = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, String(value));
  if (text) made.textContent = text;
  return made;
}

function mark<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes, category: string, value: number, series: string): SVGElementTagNameMap[K] {
  const made = svg(tag, { ...attributes, 'data-category': category, 'data-value': value, 'data-series': series });
  made.append(svg('title', {}, `${series} ${category}: ${value.toLocaleString()}`));
  return made;
}

/** Vertical scale over every value, with 0 always on it. */
function scale(chart: ChartView): (value: number) => number {
  const values = chart.series.flatMap((s) => s.values);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const height = HEIGHT - PLOT.top - PLOT.bottom;
  return (value) => PLOT.top + ((max - value) / span) * height;
}

function axes(chart: ChartView, y: (value: number) => number, step: number): SVGElement[] {
  const labels = chart.categories.map((category, i) =>
    svg('text', { x: PLOT.left + step * (i + 0.5), y: HEIGHT - PLOT.bottom + 14, 'text-anchor': 'middle', 'font-size': 9 }, category),
  );
  const top = Math.max(0, ...chart.series.flatMap((s) => s.values));
  return [
    svg('line', { x1: PLOT.left, x2: WIDTH - PLOT.right, y1: y(0), y2: y(0), stroke: '#9aa0a6' }),
    svg('text', { x: PLOT.left - 4, y: y(top) + 4, 'text-anchor': 'end', 'font-size': 9 }, top.toLocaleString()),
    svg('text', { x: PLOT.left - 4, y: y(0) + 4, 'text-anchor': 'end', 'font-size': 9 }, '0'),
    ...labels,
  ];
}

function columns(chart: ChartView): SVGElement[] {
  const y = scale(chart);
  const step = (WIDTH - PLOT.left - PLOT.right) / Math.max(1, chart.categories.length);
  const bar = (step * 0.7) / Math.max(1, chart.series.length);
  const bars = chart.series.flatMap((series, s) =>
    series.values.map((value, i) =>
      mark('rect', { x: PLOT.left + step * i + step * 0.15 + bar * s, y: Math.min(y(value), y(0)), width: bar, height: Math.abs(y(0) - y(value)), fill: COLORS[s % COLORS.length] }, chart.categories[i], value, series.name),
    ),
  );
  return [...axes(chart, y, step), ...bars];
}

function lines(chart: ChartView): SVGElement[] {
  const y = scale(chart);
  const step = (WIDTH - PLOT.left - PLOT.right) / Math.max(1, chart.categories.length);
  const x = (i: number) => PLOT.left + step * (i + 0.5);
  const drawn = chart.series.flatMap((series, s) => {
    const color = COLORS[s % COLORS.length];
    const points = series.values.map((value, i) => `${x(i)},${y(value)}`).join(' ');
    return [
      svg('polyline', { points, fill: 'none', stroke: color, 'stroke-width': 2 }),
      ...series.values.map((value, i) => mark('circle', { cx: x(i), cy: y(value), r: 3, fill: color }, chart.categories[i], value, series.name)),
    ];
  });
  return [...axes(chart, y, step), ...drawn];
}

/** Slices of the first series; blank and non-positive values get none, as in Sheets. */
function pie(chart: ChartView): SVGElement[] {
  const [series] = chart.series;
  const values = series?.values ?? [];
  const total = values.reduce((sum, v) => sum + Math.max(0, v), 0);
  const [cx, cy, r] = [PLOT.left + 110, (HEIGHT + PLOT.top) / 2, 100];
  let angle = -Math.PI / 2;
  const drawn: SVGElement[] = [];
  values.forEach((value, i) => {
    const color = COLORS[i % COLORS.length];
    drawn.push(svg('rect', { x: cx + r + 30, y: PLOT.top + 16 * i, width: 10, height: 10, fill: color }));
    drawn.push(svg('text', { x: cx + r + 46, y: PLOT.top + 16 * i + 9, 'font-size': 11 }, chart.categories[i]));
    if (value <= 0 || total <= 0) return;
    const sweep = (value / total) * 2 * Math.PI;
    const at = (a: number) => `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
    // A whole circle cannot be one arc: draw it as a circle.
    const shape =
      sweep >= 2 * Math.PI - 1e-9
        ? mark('circle', { cx, cy, r, fill: color }, chart.categories[i], value, series.name)
        : mark('path', { d: `M${cx},${cy} L${at(angle)} A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${at(angle + sweep)} Z`, fill: color }, chart.categories[i], value, series.name);
    drawn.push(shape);
    angle += sweep;
  });
  return drawn;
}

function legend(chart: ChartView): SVGElement[] {
  if (chart.type === 'PIE') return [];
  return chart.series.flatMap((series, s) => [
    svg('rect', { x: PLOT.left + 150 * s, y: HEIGHT - 14, width: 10, height: 10, fill: COLORS[s % COLORS.length] }),
    svg('text', { x: PLOT.left + 150 * s + 14, y: HEIGHT - 5, 'font-size': 10 }, series.name),
  ]);
}

const DRAW: Record<string, (chart: ChartView) => SVGElement[]> = { COLUMN: columns, BAR: columns, LINE: lines, PIE: pie };

export function chartSvg(chart: ChartView): SVGSVGElement {
  const picture = svg('svg', { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': chart.title, 'data-chart-type': chart.type });
  picture.append(
    svg('rect', { width: WIDTH, height: HEIGHT, fill: '#fff' }),
    svg('text', { x: WIDTH / 2, y: 20, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 'bold' }, chart.title),
    ...(DRAW[chart.type] ?? columns)(chart),
    ...legend(chart),
  );
  return picture;
}

/** Draws the charts over the grid in `layer`, each at the top left of its anchor cell. */
export function renderCharts(layer: HTMLElement, grid: HTMLTableElement, charts: readonly ChartView[]): void {
  const origin = layer.getBoundingClientRect();
  layer.replaceChildren(
    ...charts.map((chart) => {
      const row = grid.querySelector(`tr[data-row="${chart.anchorRow}"]`)?.getBoundingClientRect();
      const cell = grid.querySelector(`td[data-row="${chart.anchorRow}"][data-column="${chart.anchorColumn}"]`)?.getBoundingClientRect();
      const left = cell ? cell.left - origin.left : grid.getBoundingClientRect().right - origin.left + (chart.anchorColumn - grid.rows[0].cells.length) * COLUMN_WIDTH;
      const frame = document.createElement('figure');
      frame.className = 'chart';
      frame.style.top = `${(row?.top ?? origin.top) - origin.top}px`;
      frame.style.left = `${left}px`;
      frame.append(chartSvg(chart));
      return frame;
    }),
  );
}
