import { describe, expect, it } from 'vitest';
import type { GridLevel } from '../api/client';
import { columnCentre, levelPositions, niceMax, runs, shapeIndex, shapePath, stackColumn, axisLabelLines } from './chart-maths';

const levels: GridLevel[] = [1, 2, 3].map((value) => ({ value, label: `L${value}`, meaning: null, colour: '#fff', meansComplete: false }));

describe('levelPositions', () => {
  it('puts the best level at the top: the highest value on a higher-is-better scale', () => {
    expect([...levelPositions(levels, true, 100, 10)]).toEqual([[1, 90], [2, 50], [3, 10]]);
  });

  it('puts 1 at the top when lower is better', () => {
    expect([...levelPositions(levels, false, 100, 10)]).toEqual([[3, 90], [2, 50], [1, 10]]);
  });

  it('centres a one-level scale', () => {
    expect([...levelPositions(levels.slice(0, 1), true, 100, 10)]).toEqual([[1, 50]]);
  });
});

describe('columnCentre', () => {
  it('spreads columns evenly after the left margin', () => {
    expect([0, 1, 2, 3].map((i) => columnCentre(i, 4, 40, 400))).toEqual([90, 190, 290, 390]);
  });
});

describe('runs', () => {
  it('breaks a line wherever a value is missing', () => {
    expect(runs([1, 2, null, 3, null, null, 4, 5])).toEqual([
      { start: 0, points: [1, 2] }, { start: 3, points: [3] }, { start: 6, points: [4, 5] },
    ]);
  });
  it('has no runs when there are no values', () => {
    expect(runs([null, null])).toEqual([]);
  });
});

describe('stackColumn', () => {
  it('stacks counts upwards from the baseline, leaving out empty series', () => {
    expect(stackColumn([{ key: 'a', count: 1 }, { key: 'b', count: 0 }, { key: 'c', count: 3 }], 4, 200, 100)).toEqual([
      { key: 'a', count: 1, y: 175, height: 25 },
      { key: 'c', count: 3, y: 100, height: 75 },
    ]);
  });
  it('draws nothing when there is nothing to count', () => {
    expect(stackColumn([{ key: 'a', count: 0 }], 0, 200, 100)).toEqual([]);
  });
});

describe('niceMax', () => {
  it.each([[0, 1], [1, 1], [3, 5], [7, 10], [11, 20], [48, 50], [120, 200]])('%d → %d', (value, expected) => {
    expect(niceMax(value)).toBe(expected);
  });
});

describe('shapes', () => {
  it('gives each level the shape of its position, lowest value first, as the tags do', () => {
    expect(levels.map((l) => shapeIndex(levels, l.value))).toEqual([0, 1, 2]);
    expect(shapeIndex(levels, 9)).toBe(-1);
  });
  it('draws a closed path for every shape', () => {
    for (let i = 0; i < 7; i++) expect(shapePath(i, 10, 10, 5)).toMatch(/^M.*Z$/);
    expect(shapePath(2, 10, 10, 5)).toBe('M5.8 5.8L14.3 5.8L14.3 14.3L5.8 14.3Z');
  });
});

describe('axisLabelLines', () => {
  // A 104-unit column at 15: 11 characters a line.
  it.each([
    ['RAG 09/26', ['RAG 09/26']],
    ['RAG initial', ['RAG initial']],
    ['Update September 26', ['Update', 'September…']],
    ['Update Sept 26', ['Update', 'Sept 26']],
    ['Board report November 2016', ['Board repo…', 'November 2…']],
    ['Reviewedinnovember', ['Reviewedin…']],
    ['  RAG   11/26 ', ['RAG 11/26']],
  ])('%s', (label, expected) => {
    expect(axisLabelLines(label, 104, 15)).toEqual(expected);
  });

  it('keeps every line within the column', () => {
    for (const label of ['Update September 26', 'Quarterly review to the improvement board', 'x'.repeat(40)]) {
      for (const line of axisLabelLines(label, 104, 15)) expect(line.length * 15 * 0.62).toBeLessThanOrEqual(104);
    }
  });
});
