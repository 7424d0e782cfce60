// The arithmetic behind the small SVG charts (components/charts.ts), kept apart from the DOM so it can be tested
// (chart-maths.test.ts): where a level sits on a "better is up" axis, how a column of counts stacks, and the outline
// of each level's shape (the same shapes, in the same order, as the level tags: ● ▲ ■ ◆ ★ ⬟ ⬢).

import type { GridLevel } from '../api/client';

/**
 * The y of each level's line on a chart `height` high with `padding` above and below: the best level at the top,
 * the worst at the bottom, whichever way the scale's numbers run (on "lower is better", 1 is at the top). A scale whose
 * direction is not stated puts the highest value at the top, and the chart then says nothing about better.
 */
export function levelPositions(levels: readonly GridLevel[], higherIsBetter: boolean | null, height: number, padding: number): Map<number, number> {
  const worstFirst = [...levels].sort((a, b) => (higherIsBetter === false ? b.value - a.value : a.value - b.value));
  const positions = new Map<number, number>();
  const span = height - 2 * padding;
  worstFirst.forEach((level, i) => {
    const y = worstFirst.length === 1 ? height / 2 : height - padding - (span * i) / (worstFirst.length - 1);
    positions.set(level.value, round(y));
  });
  return positions;
}

/** The centre x of column `index` of `count` columns spread over `width` after `left`. */
export function columnCentre(index: number, count: number, left: number, width: number): number {
  return round(left + (width * (index + 0.5)) / count);
}

/** A polyline's runs: consecutive points joined, broken wherever a value is missing, so a gap is never drawn as a line. */
export function runs<T>(values: readonly (T | null)[]): { start: number; points: T[] }[] {
  const result: { start: number; points: T[] }[] = [];
  let current: { start: number; points: T[] } | null = null;
  values.forEach((value, i) => {
    if (value === null) {
      current = null;
      return;
    }
    if (!current) {
      current = { start: i, points: [] };
      result.push(current);
    }
    current.points.push(value);
  });
  return result;
}

/** One segment of a stacked bar: which series, its count, and its top and height in pixels. */
export interface Segment {
  key: string;
  count: number;
  y: number;
  height: number;
}

/**
 * A column of counts stacked from the bottom (`baseline`), first series lowest, on a scale where `max` fills `height`.
 * Empty series take no room but are kept out of the result.
 */
export function stackColumn(series: readonly { key: string; count: number }[], max: number, baseline: number, height: number): Segment[] {
  const segments: Segment[] = [];
  let top = baseline;
  for (const { key, count } of series) {
    if (count <= 0 || max <= 0) continue;
    const h = (height * count) / max;
    top -= h;
    segments.push({ key, count, y: round(top), height: round(h) });
  }
  return segments;
}

/** A whole-number axis maximum at or above `value` that reads well: 1, 2, 5, 10, 20, 50 … */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/** The SVG path of shape number `index` (0 circle, 1 triangle, 2 square, 3 diamond, 4 star, 5 pentagon, 6 hexagon). */
export function shapePath(index: number, cx: number, cy: number, r: number): string {
  const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`;
  const around = (n: number, radius: (i: number) => number, turn = -Math.PI / 2) =>
    Array.from({ length: n }, (_, i): [number, number] => {
      const angle = turn + (2 * Math.PI * i) / n;
      return [cx + radius(i) * Math.cos(angle), cy + radius(i) * Math.sin(angle)];
    });
  switch (index % 7) {
    case 0:
      return `M${round(cx - r)} ${round(cy)}A${round(r)} ${round(r)} 0 1 0 ${round(cx + r)} ${round(cy)}A${round(r)} ${round(r)} 0 1 0 ${round(cx - r)} ${round(cy)}Z`;
    case 1:
      return polygon(around(3, () => r * 1.15));
    case 2:
      return polygon([[cx - r * 0.85, cy - r * 0.85], [cx + r * 0.85, cy - r * 0.85], [cx + r * 0.85, cy + r * 0.85], [cx - r * 0.85, cy + r * 0.85]]);
    case 3:
      return polygon([[cx, cy - r * 1.15], [cx + r, cy], [cx, cy + r * 1.15], [cx - r, cy]]);
    case 4:
      return polygon(around(10, (i) => (i % 2 === 0 ? r * 1.2 : r * 0.5)));
    case 5:
      return polygon(around(5, () => r * 1.1));
    default:
      return polygon(around(6, () => r * 1.05, 0));
  }
}

/** The index of a level's shape: its position in the scale, lowest value first (as domain/grid-rows.ts levelShape). */
export function shapeIndex(levels: readonly GridLevel[], value: number): number {
  return [...levels].sort((a, b) => a.value - b.value).findIndex((l) => l.value === value);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * A review's label under its column, as lines that fit the column's `width` at `fontSize`: whole on one line when it
 * fits, else split between two lines at a space, else cut with an ellipsis (the chart's table beside it gives every
 * label whole). Widths are estimated at `charWidth` ems a character, generous for the sans-serif fonts a page gets,
 * so neighbouring labels never run into each other.
 */
export function axisLabelLines(label: string, width: number, fontSize: number, charWidth = 0.62): string[] {
  const fits = Math.max(1, Math.floor(width / (fontSize * charWidth)));
  const text = label.replace(/\s+/g, ' ').trim();
  if (text.length <= fits) return [text];
  const cut = (line: string) => (line.length <= fits ? line : `${line.slice(0, Math.max(1, fits - 1)).trimEnd()}…`);
  // The space that leaves the longer of the two lines shortest.
  let best: [string, string] | null = null;
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const pair: [string, string] = [text.slice(0, i), text.slice(i + 1)];
    if (!best || Math.max(pair[0].length, pair[1].length) < Math.max(best[0].length, best[1].length)) best = pair;
  }
  return best ? [cut(best[0]), cut(best[1])] : [cut(text)];
}
