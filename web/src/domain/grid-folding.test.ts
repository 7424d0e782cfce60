import { describe, expect, it } from 'vitest';
import { item, rows } from '../test-support/known-grid';
import { RowFilter } from './grid-filters';
import { childrenName, foldableKeys, hiddenRows, toggleCollapsed } from './grid-folding';
import { indexRows } from './grid-rows';

const all = (status: number) => new Uint8Array(rows.length).fill(status);
const hiddenKeys = (hidden: Uint8Array) => rows.filter((_, i) => hidden[i]).map((r) => r.key);

describe('toggleCollapsed and foldableKeys', () => {
  it('collapses and expands a row', () => {
    expect(toggleCollapsed(['r1'], 'a2')).toEqual(['r1', 'a2']);
    expect(toggleCollapsed(['r1', 'a2'], 'r1')).toEqual(['a2']);
  });

  it('folds every row that has rows under it', () => {
    expect(foldableKeys(rows)).toEqual(['p1', 'a11', 'p2', 'a21', 'r5']);
  });
});

describe('hiddenRows', () => {
  it('hides nothing when nothing is folded or filtered out', () => {
    expect(hiddenKeys(hiddenRows(rows, all(RowFilter.Match), []))).toEqual([]);
  });

  it('hides everything under a folded row, however deep', () => {
    expect(hiddenKeys(hiddenRows(rows, all(RowFilter.Match), ['p1']))).toEqual(['a11', 'm101', 'm102']);
    expect(hiddenKeys(hiddenRows(rows, all(RowFilter.Match), ['a21', 'r5']))).toEqual(['m103', 'm104', 'a51']);
  });

  it('hides rows the filters leave out, and keeps rows shown for context', () => {
    const status = all(RowFilter.Hidden);
    status[0] = RowFilter.Context;
    status[1] = RowFilter.Match;
    expect(hiddenKeys(hiddenRows(rows, status, []))).toEqual(['m101', 'm102', 'p2', 'a21', 'm103', 'm104', 'r5', 'a51']);
  });
});

describe('childrenName', () => {
  it.each([
    ['a11', '2 success measures under 1.1'],
    ['p2', '1 action under priority 2'],
    ['r5', '1 action under 5'],
  ])('%s', (key, name) => {
    const row = rows.find((r) => r.key === key)!;
    expect(childrenName(row, rows)).toBe(name);
  });

  it('counts mixed kinds as items, and names an unnumbered row as unnumbered', () => {
    const mixed = indexRows([item('priority', 1, null, {}, [item('recommendation', 2, '1'), item('action', 3, 'A')])]);
    expect(childrenName(mixed[0]!, mixed)).toBe('2 items under unnumbered priority (the first in the plan)');
    const under = indexRows([item('action', 4, null, { reference: '3' }, [item('measure', 5, '1')])]);
    expect(childrenName(under[0]!, under)).toBe('1 success measure under 3 / unnumbered');
  });
});
