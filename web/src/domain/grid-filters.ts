// Which rows of the action-plan grid the filters leave, and the filters in words, worked out without the DOM
// (grid-filters.test.ts). The filter form (pages/grid/filter-form.ts) reads and writes the state; this judges rows.

import type { GridItem, PersonRef } from '../api/client';
import { directionWords, type ViewRow } from './grid-rows';
import { isFiltered, noFilters, sortLevels, type GridFilters } from './grid-state';
import { levelWords } from './levels';

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

/** Addressees are grouped as the API's summary groups them: ignoring case ("The local authority" is "the local authority"). */
export function sameAddressee(a: string, b: string): boolean {
  return a.localeCompare(b, 'en-GB', { sensitivity: 'accent' }) === 0;
}

/**
 * Which rows the filters leave. Each row is judged on:
 * - its score at the review shown, and its direction, override, printed direction and staleness at the current review
 *   (as the API works them out) — a row below the plan's score level, such as an action under a scored
 *   recommendation, is judged by that scored row, since the score is about it too; rows above the score level have no
 *   score and never match these;
 * - its own deadline status (a row that is not scored carries the worst status below it);
 * - the person named on it or on any row above it (a success measure is answered for by its action's people);
 * - the recommendation's addressee, on it and everything under it;
 * - the priority it sits in.
 * Filters combine with "and"; the levels chosen, and overdue with due soon, combine with "or". Every row above a match
 * is kept "for context", so the hierarchy still reads.
 */
export function filterRows(rows: readonly ViewRow[], filters: GridFilters, scoreReviewId: number | null): FilterResult {
  const status = new Uint8Array(rows.length);
  const filtered = isFiltered(filters);
  const levels = new Set(filters.levels);
  const scoreFilters = levels.size > 0 || filters.stale || filters.direction !== null || filters.override !== null || filters.printed !== null;
  // Inherited down the tree: the nearest scored row, whether the person or addressee is named here or above, the priority.
  const anchor = new Int32Array(rows.length);
  const personHere = new Uint8Array(rows.length);
  const addresseeHere = new Uint8Array(rows.length);
  const priorityOf = new Float64Array(rows.length);
  const addressee = filters.addressee;

  let matched = 0;
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const { item, parent } = rows[i]!;
    anchor[i] = item.isScored ? i : parent >= 0 ? anchor[parent]! : -1;
    personHere[i] = filters.person === null ? 1 : (parent >= 0 && personHere[parent]) || names(item, filters.person) ? 1 : 0;
    addresseeHere[i] = addressee === null ? 1 : (parent >= 0 && addresseeHere[parent]) || item.addressees.some((a) => sameAddressee(a, addressee)) ? 1 : 0;
    priorityOf[i] = item.kind === 'priority' ? item.id : parent >= 0 ? priorityOf[parent]! : 0;
    if (item.kind !== 'priority') total++;

    let match = true;
    if (filtered) {
      if (!personHere[i] || !addresseeHere[i]) match = false;
      else if (filters.priority !== null && priorityOf[i] !== filters.priority) match = false;
      else if ((filters.overdue || filters.dueSoon) && !deadlineMatches(item, filters)) match = false;
      else if (scoreFilters) match = anchor[i]! >= 0 && scoreMatches(rows[anchor[i]!]!.item, filters, levels, scoreReviewId);
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

function scoreMatches(item: GridItem, filters: GridFilters, levels: Set<number | 'none'>, scoreReviewId: number | null): boolean {
  if (levels.size > 0) {
    const level = levelAt(item, scoreReviewId);
    if (!levels.has(level === null ? 'none' : level)) return false;
  }
  if (filters.stale && item.stale.length === 0) return false;
  if (filters.direction !== null && item.direction?.computed !== filters.direction) return false;
  if (filters.override === 'any' && !item.direction?.override) return false;
  if (filters.override === 'contradicts' && !item.direction?.overrideContradicts) return false;
  if (filters.printed === 'any' && !item.direction?.printed) return false;
  if (filters.printed === 'contradicts' && !item.direction?.printedContradicts) return false;
  return true;
}

export type FilterName = 'levels' | 'person' | 'priority' | 'addressee' | 'deadline' | 'stale' | 'direction' | 'override' | 'printed';

/** Each active filter on its own, for saying which ones left nothing. */
export function singleFilters(filters: GridFilters): { name: FilterName; filters: GridFilters }[] {
  const one = (patch: Partial<GridFilters>): GridFilters => ({ ...noFilters, levels: [], ...patch });
  const list: { name: FilterName; filters: GridFilters }[] = [];
  if (filters.levels.length > 0) list.push({ name: 'levels', filters: one({ levels: filters.levels }) });
  if (filters.person !== null) list.push({ name: 'person', filters: one({ person: filters.person }) });
  if (filters.priority !== null) list.push({ name: 'priority', filters: one({ priority: filters.priority }) });
  if (filters.addressee !== null) list.push({ name: 'addressee', filters: one({ addressee: filters.addressee }) });
  if (filters.overdue || filters.dueSoon) list.push({ name: 'deadline', filters: one({ overdue: filters.overdue, dueSoon: filters.dueSoon }) });
  if (filters.stale) list.push({ name: 'stale', filters: one({ stale: true }) });
  if (filters.direction !== null) list.push({ name: 'direction', filters: one({ direction: filters.direction }) });
  if (filters.override !== null) list.push({ name: 'override', filters: one({ override: filters.override }) });
  if (filters.printed !== null) list.push({ name: 'printed', filters: one({ printed: filters.printed }) });
  return list;
}

/** What the filter descriptions need to name things as the plan does. */
export interface FilterVocabulary {
  levels: readonly { value: number; label: string }[];
  people: readonly PersonRef[];
  priorities: readonly { id: number; number: string | null; text: string }[];
  /** The review whose scores the level filter judges (where the grid opens). */
  scoreReviewLabel: string | null;
}

/** Each active filter in words, e.g. "Score at RAG 11/26: 2 Started with some delay or no score". */
export function describeFilters(filters: GridFilters, words: FilterVocabulary): { name: FilterName; text: string }[] {
  const out: { name: FilterName; text: string }[] = [];
  if (filters.levels.length > 0) {
    const names = sortLevels(filters.levels).map((l) => {
      if (l === 'none') return 'no score';
      const level = words.levels.find((x) => x.value === l);
      return level ? levelWords(l, level.label) : String(l);
    });
    out.push({ name: 'levels', text: `Score at ${words.scoreReviewLabel ?? 'the current review'}: ${orList(names)}` });
  }
  if (filters.person !== null) {
    const person = words.people.find((p) => p.id === filters.person);
    out.push({ name: 'person', text: `Person: ${person ? person.displayName : `unknown person (${filters.person})`}` });
  }
  if (filters.priority !== null) {
    const priority = words.priorities.find((p) => p.id === filters.priority);
    out.push({ name: 'priority', text: priority ? `Priority ${priority.number ? `${priority.number}: ` : '(unnumbered) '}${priority.text}` : `Unknown priority (${filters.priority})` });
  }
  if (filters.addressee !== null) out.push({ name: 'addressee', text: `Addressed to ${filters.addressee}` });
  if (filters.overdue || filters.dueSoon) {
    out.push({ name: 'deadline', text: `Deadline: ${orList([filters.overdue ? 'overdue' : '', filters.dueSoon ? 'due soon' : ''].filter(Boolean))}` });
  }
  if (filters.stale) out.push({ name: 'stale', text: 'Stale: no score, no update or the update copied forward' });
  if (filters.direction !== null) out.push({ name: 'direction', text: `Direction of travel: ${directionWords(filters.direction).word.toLowerCase()}` });
  if (filters.override !== null) {
    out.push({ name: 'override', text: filters.override === 'any' ? 'Direction of travel overridden by a person' : 'Overrides that contradict the scores' });
  }
  if (filters.printed !== null) {
    out.push({ name: 'printed', text: filters.printed === 'any' ? 'Direction of travel printed in the source' : 'Printed directions that contradict the scores' });
  }
  return out;
}

function orList(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The people named anywhere in the plan (leads and owners at every level), once each, by name. */
export function peopleInPlan(rows: readonly ViewRow[]): PersonRef[] {
  const byId = new Map<number, PersonRef>();
  for (const { item } of rows) {
    for (const p of item.leads) byId.set(p.id, p);
    for (const p of item.owners) byId.set(p.id, p);
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB') || a.id - b.id);
}

/** The bodies the plan's recommendations are addressed to, once each (ignoring case), in the order first printed. */
export function addresseesInPlan(rows: readonly ViewRow[]): string[] {
  const found: string[] = [];
  for (const { item } of rows) {
    for (const a of item.addressees) if (!found.some((f) => sameAddressee(f, a))) found.push(a);
  }
  return found;
}

/** The "Showing N of M items" line, with the rows kept for context when there are any. */
export function showingText(result: Pick<FilterResult, 'matched' | 'total' | 'context'>): string {
  const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
  const base = `Showing ${result.matched} of ${items(result.total)}`;
  return result.context > 0 ? `${base}, and ${result.context} more shown for context.` : `${base}.`;
}
