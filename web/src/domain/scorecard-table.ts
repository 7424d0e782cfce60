// The scorecard table's filters and sort (scorecard-table.test.ts), DOM-free, after grid-filters.ts and grid-sort.ts:
// filters by priority (through the indicator's links), RAG and owner, kept in the address with the sort and as-of
// period; sort by reference, name, RAG (worst first), direction (declining first) or latest period.

import type { Rag, TravelDirection } from './scorecard-words';

export interface ScorecardRowLike {
  reference: string;
  name: string;
  rag: Rag;
  owners: readonly { personId: number }[];
  links: readonly { kind: string; itemId: number }[];
  fromPrevious: { direction: TravelDirection };
  latest: { period: string } | null;
}

export type ScorecardSortKey = 'reference' | 'name' | 'rag' | 'direction' | 'latest';
export interface ScorecardState {
  priority: number | null;
  rag: Rag | null;
  owner: number | null;
  sort: ScorecardSortKey | null;
  descending: boolean;
  asOf: string | null;
}

const rags: readonly Rag[] = ['red', 'amber', 'green', 'no-target', 'no-value'];
const sortKeys: readonly ScorecardSortKey[] = ['reference', 'name', 'rag', 'direction', 'latest'];
const directionOrder: readonly TravelDirection[] = ['declining', 'down', 'maintained', 'up', 'improving', 'not-comparable'];

const idOf = (text: string | null) => (text && /^[1-9][0-9]{0,14}$/.test(text) ? Number(text) : null);

export function parseScorecardState(search: string): ScorecardState {
  const q = new URLSearchParams(search);
  const rag = q.get('rag');
  const sort = q.get('sort');
  const asOf = q.get('asOf');
  return {
    priority: idOf(q.get('priority')),
    rag: rags.includes(rag as Rag) ? (rag as Rag) : null,
    owner: idOf(q.get('owner')),
    sort: sortKeys.includes(sort as ScorecardSortKey) ? (sort as ScorecardSortKey) : null,
    descending: q.get('order') === 'desc',
    asOf: asOf && /^[0-9]{4}-(0[1-9]|1[0-2])$/.test(asOf) ? asOf : null,
  };
}

export function scorecardQuery(state: ScorecardState): string {
  const q = new URLSearchParams();
  if (state.asOf) q.set('asOf', state.asOf);
  if (state.priority) q.set('priority', String(state.priority));
  if (state.rag) q.set('rag', state.rag);
  if (state.owner) q.set('owner', String(state.owner));
  if (state.sort) q.set('sort', state.sort);
  if (state.sort && state.descending) q.set('order', 'desc');
  const text = q.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether a row passes the filters. `priorityOf` gives the priority an item of the plan sits under (a recommendation
 * or action evidences its priority too), or null.
 */
export function passes(row: ScorecardRowLike, state: ScorecardState, priorityOf: (kind: string, id: number) => number | null): boolean {
  if (state.rag && row.rag !== state.rag) return false;
  if (state.owner && !row.owners.some((o) => o.personId === state.owner)) return false;
  if (state.priority && !row.links.some((l) => priorityOf(l.kind, l.itemId) === state.priority)) return false;
  return true;
}

/** References compared as people read them: "CP2" before "CP10". */
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

export function sortRows<T extends ScorecardRowLike>(rows: readonly T[], key: ScorecardSortKey | null, descending: boolean): T[] {
  if (!key) return [...rows];
  const compare = (a: T, b: T): number => {
    switch (key) {
      case 'name':
        return collator.compare(a.name, b.name);
      case 'rag':
        return rags.indexOf(a.rag) - rags.indexOf(b.rag);
      case 'direction':
        return directionOrder.indexOf(a.fromPrevious.direction) - directionOrder.indexOf(b.fromPrevious.direction);
      case 'latest':
        return (a.latest?.period ?? '').localeCompare(b.latest?.period ?? '');
      default:
        return 0;
    }
  };
  return rows.map((row, i) => ({ row, i })).sort((a, b) => {
    const c = compare(a.row, b.row) || collator.compare(a.row.reference, b.row.reference);
    return (descending ? -c : c) || a.i - b.i;
  }).map(({ row }) => row);
}

export const ragFilterWords: Record<Rag, string> = {
  red: 'Red: off target',
  amber: 'Amber: within tolerance',
  green: 'Green: on target',
  'no-target': 'No target',
  'no-value': 'No value',
};
