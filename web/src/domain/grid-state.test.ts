import { describe, expect, it } from 'vitest';
import { defaultState, gridQuery, noFilters, parseGridState, reviewsShown, rowKey, sameFilters, validAsOf, type GridViewState } from './grid-state';

describe('the address', () => {
  it('reads filters, sort, collapsed rows and the as-of date from the query', () => {
    const state = parseGridState('?level=3,none&level=1&person=12&overdue=1&stale=true&sort=deadline-desc&collapsed=r34,a12&reviews=last3&asOf=2026-10-15');
    expect(state).toEqual({
      filters: { ...noFilters, levels: [1, 3, 'none'], person: 12, overdue: true, stale: true },
      sort: { key: 'deadline', descending: true },
      collapsed: ['r34', 'a12'],
      reviews: 'last3',
      asOf: '2026-10-15',
    });
  });

  it('writes the same state back in one canonical order, commas unescaped', () => {
    const state = parseGridState('?sort=deadline-desc&overdue=1&person=12&level=none,3,1&collapsed=r34,a12&asOf=2026-10-15');
    expect(gridQuery(state)).toBe('?asOf=2026-10-15&level=1,3,none&person=12&overdue=1&sort=deadline-desc&collapsed=r34,a12');
  });

  it('keeps an addressee whole, commas and spaces included', () => {
    const query = gridQuery({ ...defaultState(), filters: { ...noFilters, levels: [], addressee: 'the youth justice board, north' } });
    expect(query).toBe('?addressee=the%20youth%20justice%20board%2C%20north');
    expect(parseGridState(query).filters.addressee).toBe('the youth justice board, north');
  });

  it('round-trips every setting', () => {
    const state: GridViewState = {
      filters: {
        levels: [0, 2, 'none'], person: 4, overdue: true, dueSoon: true, stale: true, priority: 9, addressee: 'the local authority',
        direction: 'changed', override: 'contradicts', printed: 'any',
      },
      sort: { key: 'lead', descending: false },
      collapsed: ['p9', 'm3'],
      reviews: 'current',
      asOf: '2024-02-29',
    };
    expect(parseGridState(gridQuery(state))).toEqual(state);
  });

  it('is empty for the default view', () => {
    expect(gridQuery(defaultState())).toBe('');
    expect(parseGridState('')).toEqual(defaultState());
  });

  it.each([
    ['?level=abc,-1,01', 'level'],
    ['?person=0&priority=x1', 'person and priority'],
    ['?sort=colour-up&direction=sideways&override=maybe&printed=perhaps&reviews=7', 'sort, direction, override, printed and reviews'],
    ['?collapsed=x1,r0,r1a', 'collapsed'],
    ['?addressee=%20%20', 'a blank addressee'],
    ['?asOf=2026-02-30', 'a date that does not exist'],
    ['?asOf=15/10/2026', 'a date not written yyyy-mm-dd'],
    ['?asOf=1989-12-31', 'a date before the years the API accepts'],
  ])('ignores what it does not understand: %s (%s)', (query) => {
    expect(parseGridState(query)).toEqual(defaultState());
  });

  it('takes a sort without a direction as ascending', () => {
    expect(parseGridState('?sort=score').sort).toEqual({ key: 'score', descending: false });
  });

  it('names a row by its kind’s initial and id', () => {
    expect(rowKey({ kind: 'recommendation', id: 34 })).toBe('r34');
    expect(rowKey({ kind: 'measure', id: 3 })).toBe('m3');
  });
});

describe('validAsOf', () => {
  it.each<[string | null, string | null]>([
    ['2026-10-15', '2026-10-15'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2100-12-31', '2100-12-31'],
    ['2101-01-01', null],
    ['', null],
    [null, null],
  ])('%j', (text, valid) => expect(validAsOf(text)).toBe(valid));
});

describe('sameFilters', () => {
  it('ignores the order levels were ticked in', () => {
    expect(sameFilters({ ...noFilters, levels: [3, 1] }, { ...noFilters, levels: [1, 3] })).toBe(true);
    expect(sameFilters({ ...noFilters, levels: [] }, { ...noFilters, levels: [], addressee: 'the service' })).toBe(false);
    expect(sameFilters(null, { ...noFilters, levels: [] })).toBe(false);
  });
});

describe('reviewsShown', () => {
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
