// What the board chose to see on the action-plan grid (filters, sort order, collapsed rows) and what that leaves on
// screen, worked out without the DOM (grid-view.test.ts). The state lives in the address, so a filtered grid can be
// shared as a link and the back button undoes a change: parseGridState reads it, gridQuery writes it.

import type { Direction, GridItem, PersonRef } from '../api/client';
import { directionWords, flattenGrid } from './grid-rows';

/** A level's value, or "none" for an item with no score at the current review. */
export type LevelChoice = number | 'none';
export type OverrideChoice = 'any' | 'contradicts';
export type SortKey = 'reference' | 'score' | 'direction' | 'deadline' | 'lead';
/** Which review columns the grid shows: all, the current one, or the last three or six. */
export type ReviewColumns = 'all' | 'current' | 'last3' | 'last6';

export interface GridFilters {
  /** Levels at the current review; an item matches any of them. */
  levels: LevelChoice[];
  /** A person named as lead, responsible officer or owner on the item or on a row above it. */
  person: number | null;
  /** The deadline is overdue, or due soon; with both, either will do. */
  overdue: boolean;
  dueSoon: boolean;
  /** No score, no update or an update copied forward at the current review. */
  stale: boolean;
  /** Only this priority and what is under it. */
  priority: number | null;
  /** Computed direction of travel at the current review. */
  direction: Direction | null;
  /** A person's override of the direction of travel: any, or only those the scores contradict. */
  override: OverrideChoice | null;
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
}

export const noFilters: Readonly<GridFilters> = Object.freeze({
  levels: [],
  person: null,
  overdue: false,
  dueSoon: false,
  stale: false,
  priority: null,
  direction: null,
  override: null,
});

export function defaultState(): GridViewState {
  return { filters: { ...noFilters, levels: [] }, sort: null, collapsed: [], reviews: 'all' };
}

const sortKeys: readonly SortKey[] = ['reference', 'score', 'direction', 'deadline', 'lead'];
const directionChoices: readonly Direction[] = ['improving', 'maintained', 'declining', 'new', 'noData'];
const reviewChoices: readonly ReviewColumns[] = ['all', 'current', 'last3', 'last6'];
const keyPattern = /^[pram][1-9][0-9]{0,14}$/;
const idPattern = /^[1-9][0-9]{0,14}$/;

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

  const levels: LevelChoice[] = [];
  for (const value of list('level')) {
    const choice: LevelChoice | null = value === 'none' ? 'none' : /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : null;
    if (choice !== null && !levels.includes(choice)) levels.push(choice);
  }
  const direction = query.get('direction');
  const override = query.get('override');
  const reviews = query.get('reviews');

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
      direction: directionChoices.includes(direction as Direction) ? (direction as Direction) : null,
      override: override === 'any' || override === 'contradicts' ? override : null,
    },
    sort,
    collapsed,
    reviews: reviewChoices.includes(reviews as ReviewColumns) ? (reviews as ReviewColumns) : 'all',
  };
}

/**
 * The query ("" or "?level=2,3&person=12&sort=deadline-desc") for a state, always in the same order so one view has
 * one address. Commas are left unescaped: they are allowed in a query and keep a shared link readable.
 */
export function gridQuery(state: GridViewState): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${value.split(',').map(encodeURIComponent).join(',')}`);
  const f = state.filters;
  if (f.levels.length > 0) add('level', sortLevels(f.levels).join(','));
  if (f.person !== null) add('person', String(f.person));
  if (f.priority !== null) add('priority', String(f.priority));
  if (f.overdue) add('overdue', '1');
  if (f.dueSoon) add('dueSoon', '1');
  if (f.stale) add('stale', '1');
  if (f.direction) add('direction', f.direction);
  if (f.override) add('override', f.override);
  if (state.sort) add('sort', `${state.sort.key}-${state.sort.descending ? 'desc' : 'asc'}`);
  if (state.reviews !== 'all') add('reviews', state.reviews);
  if (state.collapsed.length > 0) add('collapsed', state.collapsed.join(','));
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function sortLevels(levels: LevelChoice[]): LevelChoice[] {
  return [...levels].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : a - b));
}

/** True when any filter is set (sort, collapsed rows and review columns are not filters). */
export function isFiltered(filters: GridFilters): boolean {
  return (
    filters.levels.length > 0 ||
    filters.person !== null ||
    filters.overdue ||
    filters.dueSoon ||
    filters.stale ||
    filters.priority !== null ||
    filters.direction !== null ||
    filters.override !== null
  );
}

/** One row of the grid with what filtering and sorting need to know about its place in the tree. */
export interface ViewRow {
  item: GridItem;
  key: string;
  depth: number;
  /** Index of the parent row, or -1 at the top. */
  parent: number;
  children: number[];
}

/** The plan's tree as rows in the plan's order, each knowing its parent and children. */
export function indexRows(items: readonly GridItem[]): ViewRow[] {
  const flat = flattenGrid(items);
  const rows: ViewRow[] = [];
  // Depth first: a row's parent is the latest row one level up.
  const lastAtDepth: number[] = [];
  for (const { item, depth } of flat) {
    const parent = depth === 0 ? -1 : lastAtDepth[depth - 1]!;
    const index = rows.length;
    rows.push({ item, key: rowKey(item), depth, parent, children: [] });
    if (parent >= 0) rows[parent]!.children.push(index);
    lastAtDepth[depth] = index;
  }
  return rows;
}

/** How a row fares under the filters: it matches, it is shown only so a match below it keeps its place, or hidden. */
export const RowFilter = { Hidden: 0, Context: 1, Match: 2 } as const;

export interface FilterResult {
  /** One entry per row, in the rows' order. */
  status: Uint8Array;
  /** Matching rows that are not priorities (a priority is a group heading, not an item). */
  matched: number;
  /** Rows that are not priorities. */
  total: number;
  /** Rows shown only for context. */
  context: number;
}

/**
 * Which rows the filters leave. Each row is judged on:
 * - its score at the current review (level, direction, override, staleness) — a row below the plan's score level,
 *   such as an action under a scored recommendation, is judged by that scored row, since the score is about it too;
 *   rows above the score level have no score and never match these;
 * - its own deadline status (a row that is not scored carries the worst status below it);
 * - the person named on it or on any row above it (a success measure is answered for by its action's people);
 * - the priority it sits in.
 * Filters combine with "and"; the levels chosen, and overdue with due soon, combine with "or". Every row above a match
 * is kept "for context", so the hierarchy still reads.
 */
export function filterRows(rows: readonly ViewRow[], filters: GridFilters, currentReviewId: number | null): FilterResult {
  const status = new Uint8Array(rows.length);
  const filtered = isFiltered(filters);
  const levels = new Set(filters.levels);
  const scoreFilters = levels.size > 0 || filters.stale || filters.direction !== null || filters.override !== null;
  // Inherited down the tree: the nearest scored row, whether the person is named here or above, the priority.
  const anchor = new Int32Array(rows.length);
  const personHere = new Uint8Array(rows.length);
  const priorityOf = new Float64Array(rows.length);

  let matched = 0;
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const { item, parent } = rows[i]!;
    anchor[i] = item.isScored ? i : parent >= 0 ? anchor[parent]! : -1;
    personHere[i] = filters.person === null ? 1 : (parent >= 0 && personHere[parent]) || names(item, filters.person) ? 1 : 0;
    priorityOf[i] = item.kind === 'priority' ? item.id : parent >= 0 ? priorityOf[parent]! : 0;
    if (item.kind !== 'priority') total++;

    let match = true;
    if (filtered) {
      if (!personHere[i]) match = false;
      else if (filters.priority !== null && priorityOf[i] !== filters.priority) match = false;
      else if ((filters.overdue || filters.dueSoon) && !deadlineMatches(item, filters)) match = false;
      else if (scoreFilters) match = anchor[i]! >= 0 && scoreMatches(rows[anchor[i]!]!.item, filters, levels, currentReviewId);
    }
    if (match) {
      status[i] = RowFilter.Match;
      if (item.kind !== 'priority') matched++;
    }
  }

  // Children come after their parents, so one pass from the end carries "keep me" up to every ancestor.
  let context = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const parent = rows[i]!.parent;
    if (status[i] !== RowFilter.Hidden && parent >= 0 && status[parent] === RowFilter.Hidden) {
      status[parent] = RowFilter.Context;
      if (rows[parent]!.item.kind !== 'priority') context++;
    }
  }
  return { status, matched, total, context };
}

function names(item: GridItem, person: number): boolean {
  return item.leads.some((p) => p.id === person) || item.owners.some((p) => p.id === person);
}

function deadlineMatches(item: GridItem, filters: GridFilters): boolean {
  return (filters.overdue && item.deadlineStatus === 'overdue') || (filters.dueSoon && item.deadlineStatus === 'dueSoon');
}

/** The item's level at the review, or null when it has no score there (no row, or a row recorded as no score). */
export function levelAt(item: GridItem, reviewId: number | null): number | null {
  if (reviewId === null) return null;
  for (const score of item.scores) if (score.reviewId === reviewId) return score.level;
  return null;
}

function scoreMatches(item: GridItem, filters: GridFilters, levels: Set<LevelChoice>, currentReviewId: number | null): boolean {
  if (levels.size > 0) {
    const level = levelAt(item, currentReviewId);
    if (!levels.has(level === null ? 'none' : level)) return false;
  }
  if (filters.stale && item.stale.length === 0) return false;
  if (filters.direction !== null && item.direction?.computed !== filters.direction) return false;
  if (filters.override === 'any' && !item.direction?.override) return false;
  if (filters.override === 'contradicts' && !item.direction?.overrideContradicts) return false;
  return true;
}

/** Each active filter on its own, for saying which ones left nothing. */
export function singleFilters(filters: GridFilters): { name: FilterName; filters: GridFilters }[] {
  const one = (patch: Partial<GridFilters>): GridFilters => ({ ...noFilters, levels: [], ...patch });
  const list: { name: FilterName; filters: GridFilters }[] = [];
  if (filters.levels.length > 0) list.push({ name: 'levels', filters: one({ levels: filters.levels }) });
  if (filters.person !== null) list.push({ name: 'person', filters: one({ person: filters.person }) });
  if (filters.priority !== null) list.push({ name: 'priority', filters: one({ priority: filters.priority }) });
  if (filters.overdue || filters.dueSoon) list.push({ name: 'deadline', filters: one({ overdue: filters.overdue, dueSoon: filters.dueSoon }) });
  if (filters.stale) list.push({ name: 'stale', filters: one({ stale: true }) });
  if (filters.direction !== null) list.push({ name: 'direction', filters: one({ direction: filters.direction }) });
  if (filters.override !== null) list.push({ name: 'override', filters: one({ override: filters.override }) });
  return list;
}

export type FilterName = 'levels' | 'person' | 'priority' | 'deadline' | 'stale' | 'direction' | 'override';

/** What the filter descriptions need to name things as the plan does. */
export interface FilterVocabulary {
  levels: readonly { value: number; label: string }[];
  people: readonly PersonRef[];
  priorities: readonly { id: number; number: string | null; text: string }[];
  currentReviewLabel: string | null;
}

/** Each active filter in words, e.g. "Score at RAG 11/26: 2 Started with some delay or no score". */
export function describeFilters(filters: GridFilters, words: FilterVocabulary): { name: FilterName; text: string }[] {
  const out: { name: FilterName; text: string }[] = [];
  if (filters.levels.length > 0) {
    const names = sortLevels(filters.levels).map((l) => {
      if (l === 'none') return 'no score';
      const level = words.levels.find((x) => x.value === l);
      return level ? `${l} ${level.label}` : String(l);
    });
    out.push({ name: 'levels', text: `Score at ${words.currentReviewLabel ?? 'the current review'}: ${orList(names)}` });
  }
  if (filters.person !== null) {
    const person = words.people.find((p) => p.id === filters.person);
    out.push({ name: 'person', text: `Person: ${person ? person.displayName : `unknown person (${filters.person})`}` });
  }
  if (filters.priority !== null) {
    const priority = words.priorities.find((p) => p.id === filters.priority);
    out.push({ name: 'priority', text: priority ? `Priority ${priority.number ? `${priority.number}: ` : '(unnumbered) '}${priority.text}` : `Unknown priority (${filters.priority})` });
  }
  if (filters.overdue || filters.dueSoon) {
    out.push({ name: 'deadline', text: `Deadline: ${orList([filters.overdue ? 'overdue' : '', filters.dueSoon ? 'due soon' : ''].filter(Boolean))}` });
  }
  if (filters.stale) out.push({ name: 'stale', text: 'Stale: no score, no update or the update copied forward' });
  if (filters.direction !== null) out.push({ name: 'direction', text: `Direction of travel: ${directionWords(filters.direction).word.toLowerCase()}` });
  if (filters.override !== null) {
    out.push({ name: 'override', text: filters.override === 'any' ? 'Direction of travel overridden by a person' : 'Overrides that contradict the scores' });
  }
  return out;
}

function orList(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The people named anywhere in the plan (leads, responsible officers, owners), once each, by name. */
export function peopleInPlan(rows: readonly ViewRow[]): PersonRef[] {
  const byId = new Map<number, PersonRef>();
  for (const { item } of rows) {
    for (const p of item.leads) byId.set(p.id, p);
    for (const p of item.owners) byId.set(p.id, p);
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB') || a.id - b.id);
}

// Worst first, so "ascending" brings the rows that need attention to the top; new and no data have no order and go last.
const directionRank: Record<string, number> = { declining: 0, maintained: 1, improving: 2 };
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** The value a row is sorted by; null sorts last whichever way round. */
export function sortValue(item: GridItem, key: SortKey, currentReviewId: number | null): string | number | null {
  switch (key) {
    case 'reference':
      return item.number;
    case 'score':
      return item.isScored ? levelAt(item, currentReviewId) : null;
    case 'direction':
      return item.isScored && item.direction ? (directionRank[item.direction.computed] ?? null) : null;
    case 'deadline':
      return item.deadline?.dueBy ?? null;
    case 'lead': {
      const lead = item.leads[0] ?? item.inheritedLeads?.people[0];
      return lead ? lead.displayName : null;
    }
  }
}

/**
 * Row indexes in the order to show them: the tree depth first, each set of siblings (the children of one parent)
 * sorted on its own, so every row stays under its parent. The sort is stable: ties and rows without a value keep the
 * plan's order, and rows without a value go last in either direction.
 */
export function orderRows(rows: readonly ViewRow[], sort: GridSort | null, currentReviewId: number | null): number[] {
  if (!sort) return rows.map((_, i) => i);
  const values = rows.map((r) => sortValue(r.item, sort.key, currentReviewId));
  const sign = sort.descending ? -1 : 1;
  const compare = (a: number, b: number) => {
    const x = values[a]!;
    const y = values[b]!;
    if (x === null || y === null) return x === null ? (y === null ? a - b : 1) : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c !== 0 ? sign * c : a - b;
  };
  const order: number[] = [];
  const walk = (siblings: number[]) => {
    for (const i of [...siblings].sort(compare)) {
      order.push(i);
      if (rows[i]!.children.length > 0) walk(rows[i]!.children);
    }
  };
  walk(rows.flatMap((r, i) => (r.parent < 0 ? [i] : [])));
  return order;
}

const sortNames: Record<SortKey, { name: string; ascending: string; descending: string }> = {
  reference: { name: 'reference', ascending: 'first to last', descending: 'last to first' },
  score: { name: 'score at the current review', ascending: 'lowest first', descending: 'highest first' },
  direction: { name: 'direction of travel', ascending: 'declining first', descending: 'improving first' },
  deadline: { name: 'deadline', ascending: 'earliest first', descending: 'latest first' },
  lead: { name: 'lead', ascending: 'A to Z', descending: 'Z to A' },
};

/** The sort order in words, for the live region: "Sorted by deadline, earliest first, within each group." */
export function describeSort(sort: GridSort | null): string {
  if (!sort) return 'In the plan’s order.';
  const names = sortNames[sort.key];
  return `Sorted by ${names.name}, ${sort.descending ? names.descending : names.ascending}, within each group.`;
}

/** The next sort when a column's sort button is pressed: ascending first, then the other way round. */
export function nextSort(current: GridSort | null, key: SortKey): GridSort {
  return current?.key === key ? { key, descending: !current.descending } : { key, descending: false };
}

/** The collapsed keys after pressing a row's disclosure button. */
export function toggleCollapsed(collapsed: readonly string[], key: string): string[] {
  return collapsed.includes(key) ? collapsed.filter((k) => k !== key) : [...collapsed, key];
}

/** The "Showing N of M items" line, with the rows kept for context when there are any. */
export function showingText(result: Pick<FilterResult, 'matched' | 'total' | 'context'>): string {
  const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
  const base = `Showing ${result.matched} of ${items(result.total)}`;
  return result.context > 0 ? `${base}, and ${result.context} more shown for context.` : `${base}.`;
}

/** Which review columns to show, as indexes into the reviews (in date order), for a choice of columns. */
export function reviewsShown(count: number, currentIndex: number, choice: ReviewColumns): Set<number> {
  const all = [...Array(count).keys()];
  if (choice === 'all' || count === 0) return new Set(all);
  const end = currentIndex >= 0 ? currentIndex : count - 1;
  const size = choice === 'current' ? 1 : choice === 'last3' ? 3 : 6;
  return new Set(all.filter((i) => i <= end && i > end - size));
}
