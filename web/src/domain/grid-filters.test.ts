import { describe, expect, it } from 'vitest';
import { gridScore, person } from '../test-support/grid-fixtures';
import { current, dana, item, keys, rows } from '../test-support/known-grid';
import {
  addresseesInPlan,
  describeFilters,
  filterRows,
  levelAt,
  peopleInPlan,
  RowFilter,
  sameAddressee,
  showingText,
  singleFilters,
} from './grid-filters';
import { indexRows } from './grid-rows';
import { isFiltered, noFilters, type GridFilters } from './grid-state';

const filters = (patch: Partial<GridFilters>): GridFilters => ({ ...noFilters, levels: [], ...patch });

/** The rows a filter leaves, as "key" for matches and "(key)" for rows kept for context. */
function shown(f: Partial<GridFilters>, scoreReview = current): string[] {
  const { status } = filterRows(rows, filters(f), scoreReview);
  return rows.flatMap((r, i) => (status[i] === RowFilter.Match ? [r.key] : status[i] === RowFilter.Context ? [`(${r.key})`] : []));
}

describe('filterRows', () => {
  it('shows everything when nothing is filtered', () => {
    const result = filterRows(rows, filters({}), current);
    expect([...result.status].every((s) => s === RowFilter.Match)).toBe(true);
    expect(result).toMatchObject({ matched: 8, total: 8, context: 0 });
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
    ['overdue or due soon', { overdue: true, dueSoon: true }, keys.filter((k) => k !== 'r5' && k !== 'a51')],
    ['stale', { stale: true }, ['(p1)', '(a11)', 'm101', 'm102']],
    ['priority 2', { priority: 2 }, ['p2', 'a21', 'm103', 'm104']],
    ['declining', { direction: 'declining' }, ['(p2)', '(a21)', 'm103']],
    ['any override', { override: 'any' }, ['(p1)', '(a11)', 'm101']],
    ['contradicting overrides', { override: 'contradicts' }, ['(p1)', '(a11)', 'm101']],
    ['any printed direction', { printed: 'any' }, ['(p2)', '(a21)', 'm103']],
    ['printed directions the scores contradict', { printed: 'contradicts' }, ['(p2)', '(a21)', 'm103']],
    // The addressee is on the recommendation; what answers it (its unnumbered action) goes with it. Case is ignored.
    ['addressed to the safeguarding partnership', { addressee: 'The Safeguarding Partnership' }, ['r5', 'a51']],
    ['addressed to nobody in the plan', { addressee: 'the local authority' }, []],
    ['level 2 and Dana', { levels: [2], person: 7 }, ['(p1)', '(a11)', 'm102']],
    ['declining and Dana', { direction: 'declining', person: 7 }, []],
    ['the addressee and a score (its rows are not scored)', { addressee: 'the safeguarding partnership', levels: ['none'] }, []],
  ])('%s', (_, f, expected) => {
    expect(shown(f)).toEqual(expected);
  });

  it('judges levels at the review the grid opened on, which may not be the current one', () => {
    // At review 2, M1 was at 3 and M3 at 4.
    expect(shown({ levels: [4] }, 2)).toEqual(['(p2)', '(a21)', 'm103']);
  });

  it('counts items that match and those kept for context, leaving out priorities', () => {
    expect(filterRows(rows, filters({ levels: [2] }), current)).toMatchObject({ matched: 2, total: 8, context: 2 });
  });

  it('judges rows below the score level by the scored row above them', () => {
    // An inspection plan: recommendations are scored, their actions are not.
    const inspection = indexRows([
      item('recommendation', 1, '1', { isScored: true, scores: [gridScore(3, 2)] }, [item('action', 1, 'A', { isScored: false }), item('action', 2, 'B', { isScored: false })]),
      item('recommendation', 2, '2', { isScored: true, scores: [gridScore(3, 3)] }, [item('action', 3, 'A', { isScored: false })]),
    ]);
    const { status, matched } = filterRows(inspection, filters({ levels: [2] }), current);
    expect([...status]).toEqual([RowFilter.Match, RowFilter.Match, RowFilter.Match, RowFilter.Hidden, RowFilter.Hidden]);
    expect(matched).toBe(3);
  });

  it('matches level 0, a level on scales that start at 0', () => {
    const zero = indexRows([item('recommendation', 1, '1', { isScored: true, scores: [gridScore(3, 0)] })]);
    expect(filterRows(zero, filters({ levels: [0] }), current).matched).toBe(1);
    expect(filterRows(zero, filters({ levels: ['none'] }), current).matched).toBe(0);
  });

  it('treats every level as no score when there is no review to judge', () => {
    expect(filterRows(rows, filters({ levels: ['none'] }), null).matched).toBe(4);
  });
});

describe('levelAt', () => {
  it('is the level in that review, or null for none', () => {
    const m = item('measure', 1, '1', { scores: [gridScore(1, 2), gridScore(2, null)] });
    expect([levelAt(m, 1), levelAt(m, 2), levelAt(m, 3), levelAt(m, null)]).toEqual([2, null, null, null]);
  });
});

describe('singleFilters', () => {
  it('splits the active filters so each can be counted on its own', () => {
    const single = singleFilters(filters({ levels: [5], person: 7, overdue: true, dueSoon: true, addressee: 'the local authority', printed: 'contradicts' }));
    expect(single.map((s) => s.name)).toEqual(['levels', 'person', 'addressee', 'deadline', 'printed']);
    expect(single.map((s) => filterRows(rows, s.filters, current).matched)).toEqual([0, 3, 0, 6, 1]);
  });
});

describe('words', () => {
  const vocabulary = {
    levels: [{ value: 2, label: 'Started with some delay' }, { value: 3, label: 'On track' }, { value: 4, label: '4' }],
    people: [dana, person(9, null, 'Head of Service')],
    priorities: [{ id: 2, number: '2', text: 'Children in care' }, { id: 3, number: null, text: 'Early help' }],
    scoreReviewLabel: 'RAG 11/26',
  };

  it('describes each active filter as the plan names things', () => {
    const f = filters({
      levels: [2, 4, 'none'], person: 7, priority: 2, addressee: 'the local authority', overdue: true, dueSoon: true, stale: true,
      direction: 'declining', override: 'any', printed: 'contradicts',
    });
    expect(describeFilters(f, vocabulary).map((d) => d.text)).toEqual([
      'Score at RAG 11/26: 2 Started with some delay, 4 or no score',
      'Person: Dana Whitfield',
      'Priority 2: Children in care',
      'Addressed to the local authority',
      'Deadline: overdue or due soon',
      'Stale: no score, no update or the update copied forward',
      'Direction of travel: declining',
      'Direction of travel overridden by a person',
      'Printed directions that contradict the scores',
    ]);
    expect(isFiltered(f)).toBe(true);
    expect(isFiltered(filters({}))).toBe(false);
  });

  it('names someone known by role only by the role, and an unnumbered priority as unnumbered', () => {
    expect(describeFilters(filters({ person: 9, priority: 3 }), vocabulary).map((d) => d.text)).toEqual([
      'Person: Head of Service', 'Priority (unnumbered) Early help',
    ]);
  });

  it('names a person or priority it does not know by number', () => {
    expect(describeFilters(filters({ person: 99, priority: 98 }), vocabulary).map((d) => d.text)).toEqual(['Person: unknown person (99)', 'Unknown priority (98)']);
  });

  it('says how many items show', () => {
    expect(showingText({ matched: 2, total: 6, context: 2 })).toBe('Showing 2 of 6 items, and 2 more shown for context.');
    expect(showingText({ matched: 1, total: 1, context: 0 })).toBe('Showing 1 of 1 item.');
  });

  it('lists the people named in the plan once each, by the name they print', () => {
    expect(peopleInPlan(rows).map((p) => p.displayName)).toEqual(['Dana Whitfield', 'Sam Okafor']);
  });

  it('lists each addressee once, ignoring case, in the order first printed', () => {
    const addressed = indexRows([
      item('recommendation', 1, '1', { addressees: ['the local authority', 'the safeguarding partnership'] }),
      item('recommendation', 2, '2', { addressees: ['The local authority'] }),
    ]);
    expect(addresseesInPlan(addressed)).toEqual(['the local authority', 'the safeguarding partnership']);
    expect(sameAddressee('The Local Authority', 'the local authority')).toBe(true);
    expect(sameAddressee('the local authority', 'the service')).toBe(false);
  });
});
