import { describe, expect, it } from 'vitest';
import { councilYear, directionOf, ragOf, seriesOf, targetFor, valueAxis, yOf, type SeriesIndicator } from './scorecard-series';

const higher: SeriesIndicator = {
  polarity: 'higher-is-better',
  decimalPlaces: 1,
  years: [{ year: 2025, target: 80, tolerance: 5, interimTargets: [{ period: '2025-04', target: 70 }] }],
  comparators: [{ year: 2025, kind: 'statistical-neighbours', value: 75 }],
};

describe('targets and RAG', () => {
  it('takes the interim target, else the year’s, by the council year', () => {
    expect(councilYear('2026-03', 4)).toBe(2025);
    expect(councilYear('2026-04', 4)).toBe(2026);
    expect(targetFor(higher, '2025-04', 4)).toEqual({ target: 70, tolerance: 5 });
    expect(targetFor(higher, '2025-05', 4)).toEqual({ target: 80, tolerance: 5 });
    expect(targetFor(higher, '2026-05', 4)).toBeNull();
  });

  it('judges met at the indicator’s places, within tolerance as amber, by polarity', () => {
    expect(ragOf(higher, 79.96, { target: 80, tolerance: 5 })).toBe('green');
    expect(ragOf(higher, 75, { target: 80, tolerance: 5 })).toBe('amber');
    expect(ragOf(higher, 74.9, { target: 80, tolerance: 5 })).toBe('red');
    expect(ragOf(higher, null, { target: 80, tolerance: 5 })).toBe('no-value');
    expect(ragOf({ ...higher, polarity: 'lower-is-better' }, 12, { target: 10, tolerance: 0 })).toBe('red');
    expect(ragOf({ ...higher, polarity: 'neither' }, 12, { target: 10, tolerance: 0 })).toBe('no-target');
    expect(ragOf(higher, 12, null)).toBe('no-target');
  });

  it('says the direction by polarity, up or down without one', () => {
    expect(directionOf(higher, 70, 72)).toBe('improving');
    expect(directionOf({ ...higher, polarity: 'lower-is-better' }, 70, 72)).toBe('declining');
    expect(directionOf({ ...higher, polarity: 'neither' }, 70, 72)).toBe('up');
    expect(directionOf(higher, 70.01, 70.04)).toBe('maintained');
    expect(directionOf(higher, null, 70)).toBe('not-comparable');
  });
});

describe('seriesOf', () => {
  it('compares with the latest earlier number, passing over a period being collated', () => {
    const series = seriesOf(higher, [
      { period: '2025-06', value: 82, state: 'value', note: null },
      { period: '2025-04', value: 72, state: 'value', note: null },
      { period: '2025-05', value: null, state: 'being-collated', note: 'late' },
    ], 4);
    expect(series.map((p) => [p.period, p.rag, p.direction, p.target, p.comparators['statistical-neighbours']])).toEqual([
      ['2025-04', 'green', 'not-comparable', 70, 75],
      ['2025-05', 'no-value', 'not-comparable', 80, 75],
      ['2025-06', 'green', 'improving', 80, 75],
    ]);
  });
});

describe('the chart’s axis', () => {
  it('runs from 0 to a round maximum, at most 100 for a percentage', () => {
    expect(valueAxis([72, 87.5, null], true)).toEqual({ min: 0, max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(valueAxis([12, 30], false).max).toBe(50);
    expect(valueAxis([], false).max).toBe(1);
    expect(yOf(50, { min: 0, max: 100 }, 10, 210)).toBe(110);
  });
});
