import { describe, expect, it } from 'vitest';
import { deadline, person } from '../test-support/grid-fixtures';
import { current, dana, item, keys, m1, m2, m3, m4, rows, sam } from '../test-support/known-grid';
import { indexRows } from './grid-rows';
import { describeSort, nextSort, orderRows, sameSort, sortValue } from './grid-sort';

describe('orderRows', () => {
  const order = (sort: Parameters<typeof orderRows>[1]) => orderRows(rows, sort, current).map((i) => keys[i]);

  it('keeps the plan’s order without a sort', () => {
    expect(order(null)).toEqual(keys);
  });

  it('sorts only among siblings, so each row stays under its parent', () => {
    expect(order({ key: 'score', descending: false })).toEqual(['p1', 'a11', 'm102', 'm101', 'p2', 'a21', 'm103', 'm104', 'r5', 'a51']);
    expect(order({ key: 'score', descending: true })).toEqual(['p1', 'a11', 'm101', 'm102', 'p2', 'a21', 'm103', 'm104', 'r5', 'a51']);
  });

  it('puts rows without a value last whichever way round', () => {
    // M4 has no score at the current review.
    expect(order({ key: 'score', descending: true }).slice(-4, -2)).toEqual(['m103', 'm104']);
    expect(order({ key: 'score', descending: false }).slice(-4, -2)).toEqual(['m103', 'm104']);
  });

  it('sorts references as people number them (2 before 10), unnumbered rows last', () => {
    const many = indexRows([item('recommendation', 1, '10'), item('recommendation', 4, null), item('recommendation', 2, '2'), item('recommendation', 3, '7 (14)')]);
    const numbers = (descending: boolean) => orderRows(many, { key: 'reference', descending }, current).map((i) => many[i]!.item.number);
    expect(numbers(false)).toEqual(['2', '7 (14)', '10', null]);
    expect(numbers(true)).toEqual(['10', '7 (14)', '2', null]);
  });

  it('sorts by deadline, lead and direction (declining first), using what a row takes from the row above', () => {
    const flat = indexRows([
      item('action', 1, 'A', { deadline: deadline('Mar-27', '2027-03-31'), leads: [sam] }),
      item('action', 2, 'B', { deadline: deadline('Sep-26', '2026-09-30'), leads: [dana] }),
      item('action', 3, 'C', {
        inheritedLeads: { from: 'recommendation', fromReference: '1', people: [person(9, 'Alex Byrne')] },
        inheritedDeadline: { from: 'recommendation', fromReference: '1', deadline: deadline('Dec-26', '2026-12-31') },
      }),
      item('action', 4, 'D'),
    ]);
    const numbers = (sort: Parameters<typeof orderRows>[1]) => orderRows(flat, sort, current).map((i) => flat[i]!.item.number);
    expect(numbers({ key: 'deadline', descending: false })).toEqual(['B', 'C', 'A', 'D']);
    expect(numbers({ key: 'deadline', descending: true })).toEqual(['A', 'C', 'B', 'D']);
    expect(numbers({ key: 'lead', descending: false })).toEqual(['C', 'B', 'A', 'D']);
    const directions = indexRows([m1, m3, m4, m2].map((m) => ({ ...m, children: [] })));
    expect(orderRows(directions, { key: 'direction', descending: false }, current).map((i) => directions[i]!.item.id)).toEqual([103, 101, 104, 102]);
  });

  it('gives a changed direction (a scale with no stated direction) no rank', () => {
    expect(sortValue({ ...m3, direction: { ...m3.direction!, computed: 'changed' } }, 'direction', current)).toBeNull();
  });

  it('sorts scores at the review asked for', () => {
    expect(sortValue(m3, 'score', 2)).toBe(4);
    expect(sortValue(m3, 'score', current)).toBe(2);
  });
});

describe('describeSort', () => {
  it.each([
    [{ key: 'deadline', descending: true } as const, undefined, 'Sorted by deadline, latest first, within each group.'],
    [{ key: 'score', descending: false } as const, undefined, 'Sorted by score at the current review, lowest first, within each group.'],
    [{ key: 'score', descending: true } as const, { leadHeading: 'Lead', scoreReviewLabel: 'RAG 09/26' }, 'Sorted by score at RAG 09/26, highest first, within each group.'],
    [{ key: 'lead', descending: false } as const, { leadHeading: 'Assigned lead', scoreReviewLabel: null }, 'Sorted by assigned lead, A to Z, within each group.'],
    [null, undefined, 'In the plan’s order.'],
  ])('%j', (sort, words, text) => {
    expect(describeSort(sort, words)).toBe(text);
  });
});

describe('nextSort and sameSort', () => {
  it('sorts ascending first, then the other way round', () => {
    expect(nextSort(null, 'deadline')).toEqual({ key: 'deadline', descending: false });
    expect(nextSort({ key: 'deadline', descending: false }, 'deadline')).toEqual({ key: 'deadline', descending: true });
    expect(nextSort({ key: 'deadline', descending: true }, 'lead')).toEqual({ key: 'lead', descending: false });
  });

  it('tells sorts apart', () => {
    expect(sameSort(null, null)).toBe(true);
    expect(sameSort({ key: 'lead', descending: false }, { key: 'lead', descending: false })).toBe(true);
    expect(sameSort({ key: 'lead', descending: false }, { key: 'lead', descending: true })).toBe(false);
    expect(sameSort(null, { key: 'lead', descending: true })).toBe(false);
  });
});
