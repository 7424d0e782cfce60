import { describe, expect, it } from 'vitest';
import type { GridItem, PersonRef } from '../api/client';
import { deadline, gridDirection, gridItem, gridScore, person } from '../test-support/grid-fixtures';
import {
  defaultState,
  describeFilters,
  describeSort,
  filterRows,
  gridQuery,
  indexRows,
  isFiltered,
  nextSort,
  noFilters,
  orderRows,
  parseGridState,
  peopleInPlan,
  reviewsShown,
  RowFilter,
  showingText,
  singleFilters,
  toggleCollapsed,
  type GridFilters,
} from './grid-view';

// The shape of tests/Api/Grid/KnownPlan.cs, scored at measure level, current review 3 (previous 2):
//   Priority 1 (id 1): action 1.1 (id 11, lead Dana, overdue) with M1 (id 101: 3, overridden "improving",
//                      contradicting "maintained", stale) and M2 (id 102: 2, stale, no update)
//   Priority 2 (id 2): action 2.1 (id 21, owner Sam, due soon) with M3 (id 103: 2, declining)
//   and one more measure M4 (id 104) under 2.1 with no score at the current review.
const dana: PersonRef = person(7, 'Dana Whitfield', 'Head of Service');
const sam: PersonRef = person(8, 'Sam Okafor');
const current = 3;

function item(kind: GridItem['kind'], id: number, number: string, patch: Partial<GridItem> = {}, children: GridItem[] = []): GridItem {
  return gridItem(kind, id, number, patch, children);
}

const score = (reviewId: number, level: number | null) => gridScore(reviewId, level);

const m1 = item('measure', 101, '1', {
  scores: [score(1, 2), score(2, 3), score(3, 3)],
  direction: gridDirection('maintained', { override: 'improving', overrideReason: 'Feels better', overrideContradicts: true }),
  stale: ['updateCopiedForward'],
  deadlineStatus: 'overdue',
});
const m2 = item('measure', 102, '2', {
  scores: [score(1, 1), score(2, null), score(3, 2)],
  direction: gridDirection('new'),
  stale: ['noUpdate'],
  deadlineStatus: 'overdue',
});
const m3 = item('measure', 103, '1', {
  scores: [score(1, 3), score(2, 4), score(3, 2)],
  direction: gridDirection('declining'),
  deadlineStatus: 'dueSoon',
});
const m4 = item('measure', 104, '2', { scores: [score(1, 1)], direction: gridDirection('noData'), deadlineStatus: 'dueSoon' });
const a11 = item('action', 11, '1.1', { leads: [dana], deadline: deadline('Sep-26', '2026-09-30'), deadlineStatus: 'overdue' }, [m1, m2]);
const a21 = item('action', 21, '2.1', { owners: [sam], deadline: deadline('15/12/2026', '2026-12-15'), deadlineStatus: 'dueSoon' }, [m3, m4]);
const plan = [
  item('priority', 1, '1', { text: 'Help and protection', deadlineStatus: 'overdue' }, [a11]),
  item('priority', 2, '2', { text: 'Children in care', deadlineStatus: 'dueSoon' }, [a21]),
];
const rows = indexRows(plan);
const keys = rows.map((r) => r.key);

const filters = (patch: Partial<GridFilters>): GridFilters => ({ ...noFilters, levels: [], ...patch });
/** The rows a filter leaves, as "key" for matches and "(key)" for rows kept for context. */
function shown(f: Partial<GridFilters>): string[] {
  const { status } = filterRows(rows, filters(f), current);
  return rows.flatMap((r, i) => (status[i] === RowFilter.Match ? [r.key] : status[i] === RowFilter.Context ? [`(${r.key})`] : []));
}

describe('indexRows', () => {
  it('gives each row its key, parent and children in the plan’s order', () => {
    expect(keys).toEqual(['p1', 'a11', 'm101', 'm102', 'p2', 'a21', 'm103', 'm104']);
    expect(rows.map((r) => r.parent)).toEqual([-1, 0, 1, 1, -1, 4, 5, 5]);
    expect(rows[1]!.children).toEqual([2, 3]);
  });
});

describe('filterRows', () => {
  it('shows everything when nothing is filtered', () => {
    const result = filterRows(rows, filters({}), current);
    expect([...result.status].every((s) => s === RowFilter.Match)).toBe(true);
    expect(result).toMatchObject({ matched: 6, total: 6, context: 0 });
  });

  it.each<[string, Partial<GridFilters>, string[]]>([
    ['level 2', { levels: [2] }, ['(p1)', '(a11)', 'm102', '(p2)', '(a21)', 'm103']],
    ['level 3 or no score', { levels: [3, 'none'] }, ['(p1)', '(a11)', 'm101', '(p2)', '(a21)', 'm104']],
    ['level 5 (nobody)', { levels: [5] }, []],
    // Dana leads action 1.1, so its measures are hers to answer for too.
    ['Dana', { person: 7 }, ['(p1)', 'a11', 'm101', 'm102']],
    ['Sam, an owner', { person: 8 }, ['(p2)', 'a21', 'm103', 'm104']],
    ['overdue', { overdue: true }, ['p1', 'a11', 'm101', 'm102']],
    ['due soon', { dueSoon: true }, ['p2', 'a21', 'm103', 'm104']],
    ['overdue or due soon', { overdue: true, dueSoon: true }, keys],
    ['stale', { stale: true }, ['(p1)', '(a11)', 'm101', 'm102']],
    ['priority 2', { priority: 2 }, ['p2', 'a21', 'm103', 'm104']],
    ['declining', { direction: 'declining' }, ['(p2)', '(a21)', 'm103']],
    ['any override', { override: 'any' }, ['(p1)', '(a11)', 'm101']],
    ['contradicting overrides', { override: 'contradicts' }, ['(p1)', '(a11)', 'm101']],
    ['level 2 and Dana', { levels: [2], person: 7 }, ['(p1)', '(a11)', 'm102']],
    ['declining and Dana', { direction: 'declining', person: 7 }, []],
  ])('%s', (_, f, expected) => {
    expect(shown(f)).toEqual(expected);
  });

  it('counts items that match and those kept for context, leaving out priorities', () => {
    expect(filterRows(rows, filters({ levels: [2] }), current)).toMatchObject({ matched: 2, total: 6, context: 2 });
  });

  it('judges rows below the score level by the scored row above them', () => {
    // An inspection plan: recommendations are scored, their actions are not.
    const inspection = indexRows([
      item('recommendation', 1, '1', { isScored: true, scores: [score(3, 2)] }, [item('action', 1, 'A', { isScored: false }), item('action', 2, 'B', { isScored: false })]),
      item('recommendation', 2, '2', { isScored: true, scores: [score(3, 3)] }, [item('action', 3, 'A', { isScored: false })]),
    ]);
    const { status, matched } = filterRows(inspection, filters({ levels: [2] }), current);
    expect([...status]).toEqual([RowFilter.Match, RowFilter.Match, RowFilter.Match, RowFilter.Hidden, RowFilter.Hidden]);
    expect(matched).toBe(3);
  });

  it('treats every level as no score when there is no current review', () => {
    expect(filterRows(rows, filters({ levels: ['none'] }), null).matched).toBe(4);
  });
});

describe('singleFilters', () => {
  it('splits the active filters so each can be counted on its own', () => {
    const single = singleFilters(filters({ levels: [5], person: 7, overdue: true, dueSoon: true }));
    expect(single.map((s) => s.name)).toEqual(['levels', 'person', 'deadline']);
    expect(single.map((s) => filterRows(rows, s.filters, current).matched)).toEqual([0, 3, 6]);
  });
});

describe('orderRows', () => {
  const order = (sort: Parameters<typeof orderRows>[1]) => orderRows(rows, sort, current).map((i) => keys[i]);

  it('keeps the plan’s order without a sort', () => {
    expect(order(null)).toEqual(keys);
  });

  it('sorts only among siblings, so each row stays under its parent', () => {
    expect(order({ key: 'score', descending: false })).toEqual(['p1', 'a11', 'm102', 'm101', 'p2', 'a21', 'm103', 'm104']);
    expect(order({ key: 'score', descending: true })).toEqual(['p1', 'a11', 'm101', 'm102', 'p2', 'a21', 'm103', 'm104']);
  });

  it('puts rows without a value last whichever way round', () => {
    // M4 has no score at the current review.
    expect(order({ key: 'score', descending: true }).slice(-2)).toEqual(['m103', 'm104']);
    expect(order({ key: 'score', descending: false }).slice(-2)).toEqual(['m103', 'm104']);
  });

  it('sorts references as people number them (2 before 10)', () => {
    const many = indexRows([item('recommendation', 1, '10'), item('recommendation', 2, '2'), item('recommendation', 3, '7 (14)')]);
    expect(orderRows(many, { key: 'reference', descending: false }, current).map((i) => many[i]!.item.number)).toEqual(['2', '7 (14)', '10']);
  });

  it('sorts by deadline, lead and direction (declining first)', () => {
    const flat = indexRows([
      item('action', 1, 'A', { deadline: deadline('Mar-27', '2027-03-31'), leads: [sam] }),
      item('action', 2, 'B', { deadline: deadline('Sep-26', '2026-09-30'), leads: [dana] }),
      item('action', 3, 'C', { inheritedLeads: { from: 'recommendation', fromReference: '1', people: [person(9, 'Alex Byrne')] } }),
    ]);
    const numbers = (sort: Parameters<typeof orderRows>[1]) => orderRows(flat, sort, current).map((i) => flat[i]!.item.number);
    expect(numbers({ key: 'deadline', descending: false })).toEqual(['B', 'A', 'C']);
    expect(numbers({ key: 'deadline', descending: true })).toEqual(['A', 'B', 'C']);
    expect(numbers({ key: 'lead', descending: false })).toEqual(['C', 'B', 'A']);
    const directions = indexRows([m1, m3, m4, m2].map((m) => ({ ...m, children: [] })));
    expect(orderRows(directions, { key: 'direction', descending: false }, current).map((i) => directions[i]!.item.id)).toEqual([103, 101, 104, 102]);
  });
});

describe('the address', () => {
  it('reads filters, sort and collapsed rows from the query', () => {
    const state = parseGridState('?level=3,none&level=1&person=12&overdue=1&stale=true&sort=deadline-desc&collapsed=r34,a12&reviews=last3');
    expect(state).toEqual({
      filters: { ...noFilters, levels: [1, 3, 'none'], person: 12, overdue: true, stale: true },
      sort: { key: 'deadline', descending: true },
      collapsed: ['r34', 'a12'],
      reviews: 'last3',
    });
  });

  it('writes the same state back in one canonical order, commas unescaped', () => {
    const state = parseGridState('?sort=deadline-desc&overdue=1&person=12&level=none,3,1&collapsed=r34,a12');
    expect(gridQuery(state)).toBe('?level=1,3,none&person=12&overdue=1&sort=deadline-desc&collapsed=r34,a12');
  });

  it('round-trips every setting', () => {
    const state = {
      filters: { levels: [2, 'none' as const], person: 4, overdue: true, dueSoon: true, stale: true, priority: 9, direction: 'declining' as const, override: 'contradicts' as const },
      sort: { key: 'lead' as const, descending: false },
      collapsed: ['p9', 'm3'],
      reviews: 'current' as const,
    };
    expect(parseGridState(gridQuery(state))).toEqual(state);
  });

  it('is empty for the default view', () => {
    expect(gridQuery(defaultState())).toBe('');
    expect(parseGridState('')).toEqual(defaultState());
  });

  it.each([
    ['?level=0,abc,-1', 'level'],
    ['?person=0&priority=x1', 'person and priority'],
    ['?sort=colour-up&direction=sideways&override=maybe&reviews=7', 'sort, direction, override and reviews'],
    ['?collapsed=x1,r0,r1a', 'collapsed'],
  ])('ignores what it does not understand: %s', (query) => {
    expect(parseGridState(query)).toEqual(defaultState());
  });

  it('takes a sort without a direction as ascending', () => {
    expect(parseGridState('?sort=score').sort).toEqual({ key: 'score', descending: false });
  });
});

describe('words', () => {
  const vocabulary = {
    levels: [{ value: 2, label: 'Started with some delay' }, { value: 3, label: 'On track' }],
    people: [dana],
    priorities: [{ id: 2, number: '2', text: 'Children in care' }],
    currentReviewLabel: 'RAG 11/26',
  };

  it('describes each active filter as the plan names things', () => {
    const f = filters({ levels: [2, 'none'], person: 7, priority: 2, overdue: true, dueSoon: true, stale: true, direction: 'declining', override: 'any' });
    expect(describeFilters(f, vocabulary).map((d) => d.text)).toEqual([
      'Score at RAG 11/26: 2 Started with some delay or no score',
      'Person: Dana Whitfield',
      'Priority 2: Children in care',
      'Deadline: overdue or due soon',
      'Stale: no score, no update or the update copied forward',
      'Direction of travel: declining',
      'Direction of travel overridden by a person',
    ]);
    expect(isFiltered(f)).toBe(true);
    expect(isFiltered(filters({}))).toBe(false);
  });

  it('names a person or priority it does not know by number', () => {
    expect(describeFilters(filters({ person: 99, priority: 98 }), vocabulary).map((d) => d.text)).toEqual(['Person: unknown person (99)', 'Unknown priority (98)']);
  });

  it('says how many items show', () => {
    expect(showingText({ matched: 2, total: 6, context: 2 })).toBe('Showing 2 of 6 items, and 2 more shown for context.');
    expect(showingText({ matched: 1, total: 1, context: 0 })).toBe('Showing 1 of 1 item.');
  });

  it('says how the rows are sorted', () => {
    expect(describeSort({ key: 'deadline', descending: true })).toBe('Sorted by deadline, latest first, within each group.');
    expect(describeSort(null)).toBe('In the plan’s order.');
  });

  it('lists the people named in the plan once each, by name', () => {
    expect(peopleInPlan(rows).map((p) => p.name)).toEqual(['Dana Whitfield', 'Sam Okafor']);
  });
});

describe('small steps', () => {
  it('sorts ascending first, then the other way round', () => {
    expect(nextSort(null, 'deadline')).toEqual({ key: 'deadline', descending: false });
    expect(nextSort({ key: 'deadline', descending: false }, 'deadline')).toEqual({ key: 'deadline', descending: true });
    expect(nextSort({ key: 'deadline', descending: true }, 'lead')).toEqual({ key: 'lead', descending: false });
  });

  it('collapses and expands a row', () => {
    expect(toggleCollapsed(['r1'], 'a2')).toEqual(['r1', 'a2']);
    expect(toggleCollapsed(['r1', 'a2'], 'r1')).toEqual(['a2']);
  });

  it.each([
    ['all', 24, 23, 24],
    ['current', 24, 23, 1],
    ['last3', 24, 23, 3],
    ['last6', 3, 2, 3],
  ] as const)('%s of %i reviews shows %i', (choice, count, currentIndex, expected) => {
    expect(reviewsShown(count, currentIndex, choice).size).toBe(expected);
  });

  it('counts back from the current review, not the last', () => {
    expect([...reviewsShown(5, 2, 'last3')]).toEqual([0, 1, 2]);
  });
});
