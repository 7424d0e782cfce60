// Small charts as inline SVG, drawn by hand: a few lines, shapes and rectangles, so no charting library (see
// docs/web.md, "Charts"). Every mark a colour paints also carries a shape and a number, the chart is one image with a
// full text description (role="img" and aria-label), and each page puts the same figures in a table beside it. Colours
// and sizes are SVG attributes, which the Content-Security-Policy allows; there is no style attribute anywhere.

import type { GridLevel } from '../api/client';
import { element } from '../dom';
import { axisLabelLines, columnCentre, levelPositions, niceMax, runs, shapeIndex, shapePath, stackColumn } from '../domain/chart-maths';
import type { ReviewLevels } from '../domain/dashboard-levels';
import { textColourOn, truncate } from '../domain/grid-rows';
import type { HistoryPoint } from '../domain/item-find';
import { levelFill, levelsBestFirst, levelWords, scaleDirectionWords } from '../domain/levels';

const svgNs = 'http://www.w3.org/2000/svg';
const ink = '#0b0c0c';
const secondary = '#505a5f';
const rule = '#b1b4b6';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function chartRoot(width: number, height: number, description: string): SVGSVGElement {
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': description, class: 'chart__svg' });
  root.setAttribute('focusable', 'false');
  return root;
}

/** A level's marker: its shape, filled with its colour, outlined in black so a pale colour still has an edge. */
function marker(levels: readonly GridLevel[], value: number, cx: number, cy: number, r: number, fill?: string): SVGPathElement {
  const level = levels.find((l) => l.value === value);
  return svg('path', { d: shapePath(Math.max(0, shapeIndex(levels, value)), cx, cy, r), fill: fill ?? levelFill(level?.colour) ?? '#ffffff', stroke: ink, 'stroke-width': 1.5 });
}

/** The chart inside a scrolling region of its own, so a narrow screen scrolls the chart rather than the page. */
export function chartRegion(chart: SVGSVGElement, name: string): HTMLElement {
  const region = element('div', 'table-scroll chart');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', name);
  region.tabIndex = 0;
  region.append(chart);
  return region;
}

export interface ScoreHistoryChartOptions {
  levels: readonly GridLevel[];
  /** Null when the scale does not say which end is better: the highest value is at the top, and nothing is called better. */
  higherIsBetter: boolean | null;
  points: readonly HistoryPoint[];
  /** Says what the chart shows, e.g. "Score history of 1 / 1.1 / 2". */
  description: string;
}

/**
 * One item's score in each review: a point per review at its level's height (the best level at the top, whichever way
 * the scale's numbers run), joined while the reviews have scores and left apart across a review without one, which
 * says "No score" at the foot of its column rather than sitting at zero.
 */
/**
 * A review's label under its column, on one line or two, never wider than the column (chart-maths.ts,
 * axisLabelLines), so neighbouring labels cannot overlap; the table beside the chart has each label whole.
 */
function axisLabel(label: string, x: number, y: number, column: number): SVGTextElement {
  const text = svg('text', { x, y, 'text-anchor': 'middle', 'font-size': 15, fill: ink, class: 'chart__review-label' });
  axisLabelLines(label, column - 8, 15).forEach((line, i) => text.append(svg('tspan', { x, dy: i === 0 ? 0 : 17 }, line)));
  return text;
}

export function scoreHistoryChart(options: ScoreHistoryChartOptions): SVGSVGElement {
  const { levels, higherIsBetter, points } = options;
  const left = 300;
  const column = 112;
  const plotWidth = Math.max(points.length, 1) * column;
  const width = left + plotWidth + 16;
  const top = 24;
  const plotHeight = Math.max(levels.length - 1, 1) * 44 + 36;
  const height = top + plotHeight + 64;
  const positions = levelPositions(levels, higherIsBetter, plotHeight, 16);
  const y = (value: number) => top + (positions.get(value) ?? plotHeight / 2);

  const words = points.map((p) => `${p.reviewLabel}: ${p.level === null ? 'no score' : levelWords(p.level, p.label)}`).join('; ');
  const root = chartRoot(width, height, `${options.description}, ${scaleDirectionWords(higherIsBetter)}. ${words}.`);

  // The level axis: a faint rule across the chart for each level, its shape, number and label at the left.
  for (const level of levels) {
    const ly = y(level.value);
    root.append(
      svg('line', { x1: left - 8, x2: left + plotWidth, y1: ly, y2: ly, stroke: rule, 'stroke-width': 1 }),
      marker(levels, level.value, 12, ly, 7),
      svg('text', { x: 28, y: ly + 5, 'font-size': 15, fill: ink }, truncate(levelWords(level.value, level.label), 36)),
    );
  }
  root.append(svg('text', { x: 4, y: 15, 'font-size': 14, fill: secondary },
    higherIsBetter === null ? '↑ higher (which end is better is not stated)' : higherIsBetter ? '↑ better (higher)' : '↑ better (lower)'));

  const centres = points.map((_, i) => columnCentre(i, points.length, left, plotWidth));
  for (const run of runs(points.map((p, i) => (p.level === null ? null : { x: centres[i]!, y: y(p.level) })))) {
    if (run.points.length > 1) {
      root.append(svg('polyline', { points: run.points.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none', stroke: secondary, 'stroke-width': 2 }));
    }
  }
  points.forEach((point, i) => {
    const x = centres[i]!;
    if (point.level === null) {
      root.append(svg('text', { x, y: top + plotHeight - 2, 'text-anchor': 'middle', 'font-size': 14, fill: secondary, 'font-style': 'italic' }, 'No score'));
    } else {
      const py = y(point.level);
      root.append(marker(levels, point.level, x, py, 9), svg('text', { x: x + 13, y: py - 9, 'font-size': 15, 'font-weight': 700, fill: ink }, String(point.level)));
    }
    root.append(axisLabel(point.reviewLabel, x, top + plotHeight + 24, column));
  });
  return root;
}

export interface LevelDistributionChartOptions {
  levels: readonly GridLevel[];
  higherIsBetter: boolean | null;
  history: readonly ReviewLevels[];
  description: string;
}

const noScoreKey = 'none';

/**
 * A stacked bar per review: how many items sat at each level, the worst level at the foot and the best at the top
 * (better is up), items without a score hatched above them. A segment tall enough carries its level's shape and count.
 */
export function levelDistributionChart(options: LevelDistributionChartOptions): SVGSVGElement {
  const { levels, higherIsBetter, history } = options;
  const worstFirst = [...levelsBestFirst(levels, higherIsBetter)].reverse();
  const left = 48;
  const column = 112;
  const bar = 64;
  const plotWidth = Math.max(history.length, 1) * column;
  const width = left + plotWidth + 16;
  const top = 16;
  const plotHeight = 240;
  const height = top + plotHeight + 56;
  const baseline = top + plotHeight;
  const max = niceMax(Math.max(1, ...history.map((h) => h.total)));

  const words = history.map((h) => {
    const parts = [...worstFirst].reverse().map((l) => `${h.counts.get(l.value) ?? 0} at ${levelWords(l.value, l.label)}`);
    if (h.noScore > 0) parts.push(`${h.noScore} with no score`);
    return `${h.review.label}: ${parts.join(', ')}`;
  }).join('; ');
  const root = chartRoot(width, height, `${options.description}. ${words}.`);

  const defs = svg('defs');
  const hatch = svg('pattern', { id: 'chart-hatch-none', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  hatch.append(svg('rect', { width: 6, height: 6, fill: '#ffffff' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: secondary, 'stroke-width': 2 }));
  defs.append(hatch);
  root.append(defs);

  for (const tick of [0, max / 2, max]) {
    if (!Number.isInteger(tick)) continue;
    const ty = baseline - (plotHeight * tick) / max;
    root.append(
      svg('line', { x1: left - 4, x2: left + plotWidth, y1: ty, y2: ty, stroke: tick === 0 ? ink : rule, 'stroke-width': 1 }),
      svg('text', { x: left - 8, y: ty + 5, 'text-anchor': 'end', 'font-size': 15, fill: ink }, String(tick)),
    );
  }

  history.forEach((h, i) => {
    const x = columnCentre(i, history.length, left, plotWidth);
    const series = [...worstFirst.map((l) => ({ key: String(l.value), count: h.counts.get(l.value) ?? 0 })), { key: noScoreKey, count: h.noScore }];
    for (const segment of stackColumn(series, max, baseline, plotHeight)) {
      const level = levels.find((l) => String(l.value) === segment.key);
      // A level without a colour is drawn white: its shape and count say which it is.
      const fill = level ? (levelFill(level.colour) ?? '#ffffff') : null;
      root.append(svg('rect', {
        x: x - bar / 2, y: segment.y, width: bar, height: segment.height,
        fill: fill ?? 'url(#chart-hatch-none)', stroke: ink, 'stroke-width': 1,
      }));
      if (segment.height >= 18) {
        const cy = segment.y + segment.height / 2;
        const text = fill ? textColourOn(fill) : ink;
        if (level) root.append(marker(levels, level.value, x - 10, cy, 5.5, text === ink ? '#ffffff' : ink));
        const label = svg('text', { x: level ? x + 2 : x, y: cy + 5, 'font-size': 15, 'font-weight': 700, fill: text, 'text-anchor': level ? 'start' : 'middle' }, String(segment.count));
        // On the hatching, the count gets a white halo so it stays readable.
        if (!level) for (const [name, value] of [['stroke', '#ffffff'], ['stroke-width', '3'], ['paint-order', 'stroke']]) label.setAttribute(name!, value!);
        root.append(label);
      }
    }
    root.append(axisLabel(h.review.label, x, baseline + 24, column));
  });
  return root;
}
