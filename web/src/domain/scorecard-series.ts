// One indicator's values over time as its page shows them (scorecard-series.test.ts): each period's target (the
// interim target, else its year's), comparators by year, RAG and direction against the previous number, mirroring the
// rules of api/Domain/Scorecard (docs/domain-rules.md, "Performance scorecard: the rules") for the periods the
// scorecard read does not judge; and the chart's scale. DOM-free.

import { niceMax } from './chart-maths';
import { parsePeriod, type Polarity, type Rag, type TravelDirection } from './scorecard-words';

export interface SeriesIndicator {
  polarity: Polarity;
  decimalPlaces: number;
  years: readonly { year: number; target: number | null; tolerance: number | null; interimTargets: readonly { period: string; target: number }[] }[];
  comparators: readonly { year: number; kind: string; value: number }[];
}

export interface SeriesValue {
  period: string;
  value: number | null;
  state: string;
  note: string | null;
}

export interface SeriesPoint extends SeriesValue {
  target: number | null;
  rag: Rag;
  direction: TravelDirection;
  comparators: Record<string, number | null>;
}

/** The council year (named by the calendar year it starts in) a period falls in. */
export function councilYear(period: string, yearStartMonth: number): number {
  const p = parsePeriod(period)!;
  return p.month >= yearStartMonth ? p.year : p.year - 1;
}

const round = (n: number, places: number) => {
  const f = 10 ** places;
  return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
};

/** The target for a period: its interim target when there is one, else its year's; null when none. */
export function targetFor(indicator: SeriesIndicator, period: string, yearStartMonth: number): { target: number; tolerance: number } | null {
  const year = indicator.years.find((y) => y.year === councilYear(period, yearStartMonth));
  if (!year) return null;
  const interim = year.interimTargets.find((t) => t.period === period);
  const target = interim?.target ?? year.target;
  return target === null || target === undefined ? null : { target, tolerance: year.tolerance ?? 0 };
}

/** RAG: no number first, then neither polarity or no target, then met / within tolerance / missed at the indicator's places. */
export function ragOf(indicator: SeriesIndicator, value: number | null, target: { target: number; tolerance: number } | null): Rag {
  if (value === null) return 'no-value';
  if (indicator.polarity === 'neither' || !target) return 'no-target';
  const v = round(value, indicator.decimalPlaces);
  const t = round(target.target, indicator.decimalPlaces);
  const miss = indicator.polarity === 'higher-is-better' ? t - v : v - t;
  if (miss <= 0) return 'green';
  return round(miss, indicator.decimalPlaces) <= round(target.tolerance, indicator.decimalPlaces) ? 'amber' : 'red';
}

/** The direction from `before` to `now`, by polarity, compared at the indicator's places. */
export function directionOf(indicator: SeriesIndicator, before: number | null, now: number | null): TravelDirection {
  if (before === null || now === null) return 'not-comparable';
  const a = round(before, indicator.decimalPlaces);
  const b = round(now, indicator.decimalPlaces);
  if (a === b) return 'maintained';
  if (indicator.polarity === 'neither') return b > a ? 'up' : 'down';
  return (b > a) === (indicator.polarity === 'higher-is-better') ? 'improving' : 'declining';
}

/** Every period entered, oldest first, with its target, RAG, direction against the latest earlier number and comparators. */
export function seriesOf(indicator: SeriesIndicator, values: readonly SeriesValue[], yearStartMonth: number): SeriesPoint[] {
  const sorted = [...values].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  let lastNumber: number | null = null;
  const kinds = [...new Set(indicator.comparators.map((c) => c.kind))];
  return sorted.map((v) => {
    const value = v.state === 'value' ? v.value : null;
    const target = targetFor(indicator, v.period, yearStartMonth);
    const year = councilYear(v.period, yearStartMonth);
    const comparators: Record<string, number | null> = {};
    for (const kind of kinds) comparators[kind] = indicator.comparators.find((c) => c.kind === kind && c.year === year)?.value ?? null;
    const point: SeriesPoint = { ...v, value, target: target?.target ?? null, rag: ragOf(indicator, value, target), direction: directionOf(indicator, lastNumber, value), comparators };
    if (value !== null) lastNumber = value;
    return point;
  });
}

/** The chart's value axis: from 0 (or below, for a negative figure) to a round maximum above every figure; 100 caps a percentage. */
export function valueAxis(figures: readonly (number | null)[], percentage: boolean): { min: number; max: number; ticks: number[] } {
  const numbers = figures.filter((f): f is number => f !== null);
  const top = numbers.length === 0 ? 1 : Math.max(...numbers);
  let max = niceMax(top);
  if (percentage && top <= 100) max = Math.min(max, 100);
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max].map((t) => Math.round(t * 100) / 100);
  return { min: 0, max, ticks };
}

/** The y of `value` on an axis from `min` at `bottom` to `max` at `top`. */
export function yOf(value: number, axis: { min: number; max: number }, top: number, bottom: number): number {
  const share = axis.max === axis.min ? 0 : (value - axis.min) / (axis.max - axis.min);
  return Math.round((bottom - share * (bottom - top)) * 10) / 10;
}

export const comparatorWords: Record<string, string> = {
  'statistical-neighbours': 'Statistical neighbours’ average',
  england: 'England',
  region: 'The region',
};
