// An indicator's line chart in inline SVG: its values over time, the target and the comparators, each line with its
// own dash pattern and marker shape (never colour alone), axis labels, and a legend in text. The SVG is role="img"
// with a summary as its label; the values table beneath it is its accessible form.

import { columnCentre, runs, shapePath } from '../../domain/chart-maths';
import { valueAxis, yOf } from '../../domain/scorecard-series';
import { element } from '../../dom';

const svgNs = 'http://www.w3.org/2000/svg';
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface ChartLine {
  name: string;
  /** One figure per period, null where there is none (a gap, never a zero). */
  values: (number | null)[];
  colour: string;
  dash: string;
  shape: number;
  /** How the line looks, for the legend ("solid line, circles"). */
  looks: string;
}

export interface LineChartOptions {
  labels: string[];
  lines: ChartLine[];
  percentage: boolean;
  format: (value: number) => string;
  description: string;
  axisTitle: string;
}

export function lineChart(o: LineChartOptions): HTMLElement {
  const width = Math.max(480, 64 + o.labels.length * 56);
  const height = 300;
  const left = 64;
  const right = 16;
  const top = 16;
  const bottom = height - 56;
  const plot = width - left - right;
  const axis = valueAxis(o.lines.flatMap((l) => l.values), o.percentage);
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': o.description, class: 'chart__svg' });
  const ink = '#0b0c0c';
  for (const tick of axis.ticks) {
    const y = yOf(tick, axis, top, bottom);
    root.append(
      svg('line', { x1: left - 6, x2: left + plot, y1: y, y2: y, stroke: '#b1b4b6', 'stroke-width': 1 }),
      svg('text', { x: left - 10, y: y + 5, 'text-anchor': 'end', 'font-size': 13, fill: ink }, o.format(tick)),
    );
  }
  root.append(svg('line', { x1: left, x2: left, y1: top, y2: bottom, stroke: ink, 'stroke-width': 1 }));
  o.labels.forEach((label, i) => {
    const x = columnCentre(i, o.labels.length, left, plot);
    root.append(svg('text', { x, y: bottom + 20, 'text-anchor': 'middle', 'font-size': 13, fill: ink }, label));
  });
  root.append(svg('text', { x: left + plot / 2, y: height - 8, 'text-anchor': 'middle', 'font-size': 13, fill: ink }, o.axisTitle));
  for (const line of o.lines) {
    const points = line.values.map((v, i) => (v === null ? null : { x: columnCentre(i, o.labels.length, left, plot), y: yOf(v, axis, top, bottom) }));
    for (const run of runs(points)) {
      if (run.points.length > 1) {
        root.append(svg('polyline', {
          points: run.points.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none', stroke: line.colour, 'stroke-width': 2.5,
          'stroke-dasharray': line.dash || 'none',
        }));
      }
      for (const p of run.points) root.append(svg('path', { d: shapePath(line.shape, p.x, p.y, 5), fill: line.colour, stroke: '#ffffff', 'stroke-width': 1 }));
    }
  }
  const frame = element('div', 'chart scorecard-chart');
  frame.setAttribute('role', 'region');
  frame.setAttribute('aria-label', 'Chart (scrolls sideways on a narrow screen)');
  frame.tabIndex = 0;
  frame.append(root);

  const legend = element('ul', 'scorecard-chart__legend');
  for (const line of o.lines) {
    const li = element('li');
    const key = svg('svg', { width: 44, height: 14, viewBox: '0 0 44 14', 'aria-hidden': 'true', focusable: 'false' });
    key.append(
      svg('line', { x1: 2, x2: 42, y1: 7, y2: 7, stroke: line.colour, 'stroke-width': 2.5, 'stroke-dasharray': line.dash || 'none' }),
      svg('path', { d: shapePath(line.shape, 22, 7, 5), fill: line.colour }),
    );
    li.append(key, ` ${line.name}: ${line.looks}`);
    legend.append(li);
  }
  legend.setAttribute('aria-label', 'Key to the chart');
  const figure = element('div', 'scorecard-figure');
  figure.append(frame, legend);
  return figure;
}
