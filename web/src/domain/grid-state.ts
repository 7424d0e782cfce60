// What a person chose to see on the action-plan grid (filters, sort, folded rows, review columns, the date the figures
// are as of) and how it is written in the address, worked out without the DOM (grid-state.test.ts). The state lives in
// the address, so a filtered grid can be shared as a link and the back button undoes a change: parseGridState reads
// it, gridQuery writes it.

import type { Direction, GridItem } from '../api/client';

/** A level's value, or "none" for an item with no score at the review shown. */
export type LevelChoice = number | 'none';
/** Hand-recorded directions (a person's override, or one printed in the source): any, or only those the scores contradict. */
export type HandDirectionChoice = 'any' | 'contradicts';
export type SortKey = 'reference' | 'score' | 'direction' | 'deadline' | 'lead';
/** Which review columns the grid shows: all, the current one, or the last three or six. */
export type ReviewColumns = 'all' | 'current' | 'last3' | 'last6';

export interface GridFilters {
  /** Levels at the review shown; an item matches any of them. */
  levels: LevelChoice[];
  /** A person named as lead or owner on the item or on a row above it. */
  person: number | null;
  /** The deadline is overdue, or due soon; with both, either will do. */
  overdue: boolean;
  dueSoon: boolean;
  /** No score, no update or an update copied forward at the current review. */
  stale: boolean;
  /** Only this priority and what is under it. */
  priority: number | null;
  /** Recommendations addressed to this body ("the local authority"), and what is under them. */
  addressee: string | null;
  /** Computed direction of travel at the current review. */
  direction: Direction | null;
  /** A person's override of the direction of travel: any, or only those the scores contradict. */
  override: HandDirectionChoice | null;
  /** The direction printed in the source: any, or only those the scores contradict. */
  printed: HandDirectionChoice | null;
}

export interface GridSort {
  key: SortKey;
  descending: boolean;
}

export interface GridViewState {
  filters: GridFilters;
  /** Null keeps the plan's own order. */
  sort: GridSort | null;
  /** Row keys (see rowKey) whose children are hidden. */
  collapsed: string[];
  reviews: ReviewColumns;
  /** yyyy-mm-dd: the plan as it stood on this date (asked of the API); null for today. */
  asOf: string | null;
}

export const noFilters: Readonly<GridFilters> = Object.freeze({
  levels: [],
  person: null,
  overdue: false,
  dueSoon: false,
  stale: false,
  priority: null,
  addressee: null,
  direction: null,
  override: null,
  printed: null,
});

export function defaultState(): GridViewState {
  return { filters: { ...noFilters, levels: [] }, sort: null, collapsed: [], reviews: 'all', asOf: null };
}

const sortKeys: readonly SortKey[] = ['reference', 'score', 'direction', 'deadline', 'lead'];
const directionChoices: readonly Direction[] = ['improving', 'maintained', 'declining', 'new', 'noData', 'changed'];
const reviewChoices: readonly ReviewColumns[] = ['all', 'current', 'last3', 'last6'];
const keyPattern = /^[pram][1-9][0-9]{0,14}$/;
const idPattern = /^[1-9][0-9]{0,14}$/;
const handChoices: readonly HandDirectionChoice[] = ['any', 'contradicts'];

/** The years the API accepts for asOf (AsOfDates.cs): a date outside them is left out of the state, not sent. */
export const asOfYears = { first: 1990, last: 2100 } as const;

/** A real calendar date as yyyy-mm-dd within the years the API accepts, or null. */
export function validAsOf(text: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < asOfYears.first || year > asOfYears.last || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? text! : null;
}

/** A row's key in the address: the kind's initial and the id ("r34"); each kind numbers its own ids. */
export function rowKey(item: Pick<GridItem, 'kind' | 'id'>): string {
  return `${item.kind[0]}${item.id}`;
}

/**
 * The state an address's query names. Anything it does not understand is left out rather than refused, so an old or
 * hand-edited link still opens the grid; repeated values may come as "level=2,3" or "level=2&level=3".
 */
export function parseGridState(search: string): GridViewState {
  const query = new URLSearchParams(search);
  const list = (name: string) => query.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const flag = (name: string) => ['1', 'true', 'yes'].includes((query.get(name) ?? '').toLowerCase());
  const id = (name: string) => {
    const value = query.get(name) ?? '';
    return idPattern.test(value) ? Number(value) : null;
  };
  const hand = (name: string) => {
    const value = query.get(name);
    return handChoices.includes(value as HandDirectionChoice) ? (value as HandDirectionChoice) : null;
  };

  const levels: LevelChoice[] = [];
  for (const value of list('level')) {
    // Levels may start at 0 (an inspectorate's "0 Inadequate"), so 0 is a level here; no score is "none".
    const choice: LevelChoice | null = value === 'none' ? 'none' : /^(0|[1-9][0-9]{0,3})$/.test(value) ? Number(value) : null;
    if (choice !== null && !levels.includes(choice)) levels.push(choice);
  }
  const direction = query.get('direction');
  const reviews = query.get('reviews');
  const addressee = (query.get('addressee') ?? '').trim();

  let sort: GridSort | null = null;
  const sortMatch = /^([a-z]+)(?:-(asc|desc))?$/.exec(query.get('sort') ?? '');
  if (sortMatch && sortKeys.includes(sortMatch[1] as SortKey)) sort = { key: sortMatch[1] as SortKey, descending: sortMatch[2] === 'desc' };

  const collapsed: string[] = [];
  for (const key of list('collapsed')) if (keyPattern.test(key) && !collapsed.includes(key)) collapsed.push(key);

  return {
    filters: {
      levels: sortLevels(levels),
      person: id('person'),
      overdue: flag('overdue'),
      dueSoon: flag('dueSoon'),
      stale: flag('stale'),
      priority: id('priority'),
      addressee: addressee === '' ? null : addressee.slice(0, 200),
      direction: directionChoices.includes(direction as Direction) ? (direction as Direction) : null,
      override: hand('override'),
      printed: hand('printed'),
    },
    sort,
    collapsed,
    reviews: reviewChoices.includes(reviews as ReviewColumns) ? (reviews as ReviewColumns) : 'all',
    asOf: validAsOf(query.get('asOf')),
  };
}

/**
 * The query ("" or "?level=2,3&person=12&sort=deadline-desc") for a state, always in the same order so one view has
 * one address. Commas are left unescaped: they are allowed in a query and keep a shared link readable. An addressee is
 * one value that may hold commas of its own, so it is escaped whole.
 */
export function gridQuery(state: GridViewState): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${value.split(',').map(encodeURIComponent).join(',')}`);
  const f = state.filters;
  if (state.asOf) add('asOf', state.asOf);
  if (f.levels.length > 0) add('level', sortLevels(f.levels).join(','));
  if (f.person !== null) add('person', String(f.person));
  if (f.priority !== null) add('priority', String(f.priority));
  if (f.addressee !== null) parts.push(`addressee=${encodeURIComponent(f.addressee)}`);
  if (f.overdue) add('overdue', '1');
  if (f.dueSoon) add('dueSoon', '1');
  if (f.stale) add('stale', '1');
  if (f.direction) add('direction', f.direction);
  if (f.override) add('override', f.override);
  if (f.printed) add('printed', f.printed);
  if (state.sort) add('sort', `${state.sort.key}-${state.sort.descending ? 'desc' : 'asc'}`);
  if (state.reviews !== 'all') add('reviews', state.reviews);
  if (state.collapsed.length > 0) add('collapsed', state.collapsed.join(','));
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function sortLevels(levels: LevelChoice[]): LevelChoice[] {
  return [...levels].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : a - b));
}

/** True when any filter is set (sort, collapsed rows, review columns and the as-of date are not filters). */
export function isFiltered(filters: GridFilters): boolean {
  return (
    filters.levels.length > 0 ||
    filters.person !== null ||
    filters.overdue ||
    filters.dueSoon ||
    filters.stale ||
    filters.priority !== null ||
    filters.addressee !== null ||
    filters.direction !== null ||
    filters.override !== null ||
    filters.printed !== null
  );
}

/** The same filters, whichever order their lists were built in. */
export function sameFilters(a: GridFilters | null, b: GridFilters): boolean {
  return (
    a !== null &&
    sortLevels(a.levels).join(',') === sortLevels(b.levels).join(',') &&
    a.person === b.person &&
    a.overdue === b.overdue &&
    a.dueSoon === b.dueSoon &&
    a.stale === b.stale &&
    a.priority === b.priority &&
    a.addressee === b.addressee &&
    a.direction === b.direction &&
    a.override === b.override &&
    a.printed === b.printed
  );
}

/** Which review columns to show, as indexes into the reviews (in column order), for a choice of columns. */
export function reviewsShown(count: number, currentIndex: number, choice: ReviewColumns): Set<number> {
  const all = [...Array(count).keys()];
  if (choice === 'all' || count === 0) return new Set(all);
  const end = currentIndex >= 0 ? currentIndex : count - 1;
  const size = choice === 'current' ? 1 : choice === 'last3' ? 3 : 6;
  return new Set(all.filter((i) => i <= end && i > end - size));
}
