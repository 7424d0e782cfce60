import { describe, expect, it } from 'vitest';
import type { GridItem, GridLevel } from '../api/client';
import { gridItem } from '../test-support/grid-fixtures';
import {
  contrastRatio,
  deadlineBadge,
  directionWords,
  displayReference,
  flattenGrid,
  indexRows,
  inColumnOrder,
  inheritedFrom,
  itemTitle,
  reviewDateText,
  shortReviewDate,
  reviewWords,
  formatDate,
  levelShape,
  luminance,
  textColourOn,
  truncate,
} from './grid-rows';

function item(kind: GridItem['kind'], reference: string, children: GridItem[] = []): GridItem {
  return gridItem(kind, 0, reference, { reference, text: reference }, children);
}

describe('indexRows', () => {
  it('gives each row its key, parent and children in the plan’s order', () => {
    const rows = indexRows([
      gridItem('priority', 1, '1', {}, [gridItem('action', 11, '1.1', {}, [gridItem('measure', 101, '1'), gridItem('measure', 102, '2')])]),
      gridItem('recommendation', 5, '5'),
    ]);
    expect(rows.map((r) => r.key)).toEqual(['p1', 'a11', 'm101', 'm102', 'r5']);
    expect(rows.map((r) => r.parent)).toEqual([-1, 0, 1, 1, -1]);
    expect(rows[1]!.children).toEqual([2, 3]);
  });
});

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

describe('displayReference and itemTitle', () => {
  it.each<[string | null, string, string]>([
    ['1.1', '1 / 1.1', '1 / 1.1'],
    [null, '3', '3 / unnumbered'],
    [null, '', 'unnumbered'],
    ['  ', '3', '3 / unnumbered'],
  ])('number %j with reference %j prints %j', (number, reference, shown) => {
    expect(displayReference({ number, reference })).toBe(shown);
  });

  it.each<[GridItem['kind'], string | null, number, GridItem['kind'] | null, string]>([
    ['action', '1.1', 1, 'recommendation', 'Action 1.1'],
    ['priority', '2', 2, null, 'Priority 2'],
    ['action', null, 2, 'recommendation', 'Unnumbered action (the second under its recommendation)'],
    ['measure', null, 1, 'action', 'Unnumbered success measure (the first under its action)'],
    ['recommendation', null, 12, null, 'Unnumbered recommendation (the 12th in the plan)'],
    ['recommendation', null, 22, null, 'Unnumbered recommendation (the 22nd in the plan)'],
  ])('%s %j at %d', (kind, number, position, parent, title) => {
    expect(itemTitle({ kind, number, position }, parent)).toBe(title);
  });
});

describe('inheritedFrom', () => {
  it.each([
    [{ from: 'action', fromReference: '1 / 1.1' }, 'action 1 / 1.1'],
    [{ from: 'measure', fromReference: '2.1.3' }, 'success measure 2.1.3'],
    [{ from: 'recommendation', fromReference: null }, 'its recommendation'],
  ])('%j', (source, words) => expect(inheritedFrom(source)).toBe(words));
});

describe('reviewDateText and reviewWords', () => {
  it('prints a review’s date, or "no date" for a column known only by its label', () => {
    expect(reviewDateText('2026-11-20')).toBe('20 November 2026');
    expect(reviewDateText(null)).toBe('no date');
    expect(reviewWords({ label: 'RAG 03/18', reviewDate: null })).toBe('RAG 03/18 (no date)');
  });

  it('puts reviews in column order, which an undated review shares', () => {
    const reviews = [{ id: 3, position: 2 }, { id: 1, position: 3 }, { id: 2, position: 1 }];
    expect(inColumnOrder(reviews).map((r) => r.id)).toEqual([2, 3, 1]);
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

describe('shortReviewDate', () => {
  it.each([
    ['2026-11-20', 'Nov 2026'],
    ['2016-01-05', 'Jan 2016'],
    [null, 'no date'],
    ['', 'no date'],
    ['2026-13-01', 'no date'],
  ])('%s is %s', (date, expected) => {
    expect(shortReviewDate(date)).toBe(expected);
  });
});
