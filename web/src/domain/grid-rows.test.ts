import { describe, expect, it } from 'vitest';
import type { GridItem, GridLevel } from '../api/client';
import {
  contrastRatio,
  deadlineBadge,
  directionWords,
  flattenGrid,
  formatDate,
  levelShape,
  luminance,
  textColourOn,
  truncate,
} from './grid-rows';

function item(kind: GridItem['kind'], reference: string, children: GridItem[] = []): GridItem {
  return {
    kind, id: 0, number: reference, reference, text: reference, leads: [], responsibleOfficer: null, owners: [],
    deadline: null, deadlineStatus: null, isScored: kind === 'measure', scores: [], direction: null, latestUpdate: null,
    stale: [], children,
  };
}

describe('flattenGrid', () => {
  it('lists the tree depth first with each row’s depth', () => {
    const tree = [
      item('priority', '1', [item('action', '1 / 1.1', [item('measure', '1 / 1.1 / 1'), item('measure', '1 / 1.1 / 2')])]),
      item('priority', '2', [item('action', '2 / 2.1')]),
    ];
    expect(flattenGrid(tree).map((r) => [r.item.reference, r.depth])).toEqual([
      ['1', 0], ['1 / 1.1', 1], ['1 / 1.1 / 1', 2], ['1 / 1.1 / 2', 2], ['2', 0], ['2 / 2.1', 1],
    ]);
  });

  it('is empty for a plan with no items', () => {
    expect(flattenGrid([])).toEqual([]);
  });
});

describe('directionWords', () => {
  it.each([
    ['improving', '↑', 'Improving'],
    ['maintained', '→', 'Maintained'],
    ['declining', '↓', 'Declining'],
    ['new', '•', 'New'],
    ['noData', '–', 'No data'],
  ])('%s is %s %s', (direction, arrow, word) => {
    expect(directionWords(direction)).toEqual({ arrow, word });
  });
});

describe('deadlineBadge', () => {
  it.each([
    ['overdue', 'Overdue'],
    ['dueSoon', 'Due soon'],
    ['notDue', null],
    ['completed', null],
    ['ongoing', null],
    ['noDate', null],
    [null, null],
  ] as const)('%s shows %s', (status, text) => {
    expect(deadlineBadge(status)?.text ?? null).toBe(text);
  });
});

describe('textColourOn', () => {
  // The built-in scales' colours: every one must give AA contrast (4.5:1) with the text colour chosen.
  it.each([
    ['#d4351c', '#ffffff'],
    ['#ffcc00', '#0b0c0c'],
    ['#92d050', '#0b0c0c'],
    ['#5694ca', '#0b0c0c'],
    ['#1d70b8', '#ffffff'],
    ['#000', '#ffffff'],
    ['#fff', '#0b0c0c'],
    ['not a colour', '#0b0c0c'],
  ])('on %s is %s', (background, text) => {
    expect(textColourOn(background)).toBe(text);
  });

  it.each(['#d4351c', '#ffcc00', '#92d050', '#5694ca', '#1d70b8', '#808080', '#767676'])('meets AA on %s', (background) => {
    const ratio = contrastRatio(luminance(background)!, luminance(textColourOn(background))!);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });
});

describe('levelShape', () => {
  const levels: GridLevel[] = [3, 1, 2].map((value) => ({ value, label: `L${value}`, meaning: null, colour: '#fff', meansComplete: false }));

  it('gives each level its own shape in value order', () => {
    expect([1, 2, 3].map((v) => levelShape(levels, v))).toEqual(['●', '▲', '■']);
    expect(levelShape(levels, 9)).toBe('');
  });
});

describe('truncate', () => {
  it.each([
    ['Short update', 20, 'Short update'],
    ['Slipped because two staff left and the audit was delayed', 30, 'Slipped because two staff…'],
    ['  spaced\n\nout  ', 20, 'spaced out'],
  ])('%j at %i is %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-11-20', '20 November 2026'],
    ['2026-01-05', '5 January 2026'],
    ['2026-12-31T10:00:00Z', '31 December 2026'],
    ['2026-13-01', '2026-13-01'],
    ['not a date', 'not a date'],
    [null, ''],
  ])('%s is %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});
