// How the action-plan grid sorts: the value each row is sorted by, the order of the rows (siblings sorted among
// themselves, so every row stays under its parent), and the order in words for the live region. DOM-free
// (grid-sort.test.ts); pages/grid/sort-headers.ts draws the buttons and moves the rows.

import type { GridItem } from '../api/client';
import { levelAt } from './grid-filters';
import type { ViewRow } from './grid-rows';
import type { GridSort, SortKey } from './grid-state';

// Worst first, so "ascending" brings the rows that need attention to the top; new, no data and changed (a scale whose
// direction is not stated) have no order and go last.
const directionRank: Record<string, number> = { declining: 0, maintained: 1, improving: 2 };
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/**
 * The value a row is sorted by; null sorts last whichever way round. A row's lead and deadline are its own, or those it
 * takes from the row above (the ones it is judged by); an unnumbered row has no reference to sort by.
 */
export function sortValue(item: GridItem, key: SortKey, scoreReviewId: number | null): string | number | null {
  switch (key) {
    case 'reference':
      return item.number;
    case 'score':
      return item.isScored ? levelAt(item, scoreReviewId) : null;
    case 'direction':
      return item.isScored && item.direction ? (directionRank[item.direction.computed] ?? null) : null;
    case 'deadline':
      return item.deadline?.dueBy ?? item.inheritedDeadline?.deadline.dueBy ?? null;
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
export function orderRows(rows: readonly ViewRow[], sort: GridSort | null, scoreReviewId: number | null): number[] {
  if (!sort) return rows.map((_, i) => i);
  const values = rows.map((r) => sortValue(r.item, sort.key, scoreReviewId));
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

/** What the sort description needs from the plan: its own name for the lead column, and the review the score sort judges. */
export interface SortVocabulary {
  /** The plan's lead heading, or "Lead". */
  leadHeading: string;
  /** Null: the current review; otherwise the label of the review the grid opened on, when that is not the current one. */
  scoreReviewLabel: string | null;
}

const orderWords: Record<SortKey, { ascending: string; descending: string }> = {
  reference: { ascending: 'first to last', descending: 'last to first' },
  score: { ascending: 'lowest first', descending: 'highest first' },
  direction: { ascending: 'declining first', descending: 'improving first' },
  deadline: { ascending: 'earliest first', descending: 'latest first' },
  lead: { ascending: 'A to Z', descending: 'Z to A' },
};

function sortName(key: SortKey, words: SortVocabulary): string {
  switch (key) {
    case 'score':
      return words.scoreReviewLabel ? `score at ${words.scoreReviewLabel}` : 'score at the current review';
    case 'lead':
      return words.leadHeading.toLowerCase();
    case 'direction':
      return 'direction of travel';
    default:
      return key;
  }
}

/** The sort order in words, for the live region: "Sorted by deadline, earliest first, within each group." */
export function describeSort(sort: GridSort | null, words: SortVocabulary = { leadHeading: 'Lead', scoreReviewLabel: null }): string {
  if (!sort) return 'In the plan’s order.';
  const names = orderWords[sort.key];
  return `Sorted by ${sortName(sort.key, words)}, ${sort.descending ? names.descending : names.ascending}, within each group.`;
}

/** The next sort when a column's sort button is pressed: ascending first, then the other way round. */
export function nextSort(current: GridSort | null, key: SortKey): GridSort {
  return current?.key === key ? { key, descending: !current.descending } : { key, descending: false };
}

/** The same sort, or both none. */
export function sameSort(a: GridSort | null, b: GridSort | null): boolean {
  return a === b || (a !== null && b !== null && a.key === b.key && a.descending === b.descending);
}
