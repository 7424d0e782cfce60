import { describe, expect, it } from 'vitest';
import { parseScorecardState, passes, scorecardQuery, sortRows, type ScorecardRowLike } from './scorecard-table';

const row = (reference: string, rag: ScorecardRowLike['rag'], direction: ScorecardRowLike['fromPrevious']['direction'], owner: number, link: { kind: string; itemId: number } | null): ScorecardRowLike & { id: string } => ({
  id: reference, reference, name: `Name ${reference}`, rag, owners: [{ personId: owner }], links: link ? [link] : [], fromPrevious: { direction }, latest: null,
});

const rows = [
  row('CP10', 'green', 'improving', 1, { kind: 'priority', itemId: 5 }),
  row('CP2', 'red', 'declining', 2, { kind: 'action', itemId: 40 }),
  row('CP3', 'amber', 'maintained', 1, null),
];

describe('the scorecard’s address', () => {
  it('reads and writes filters, sort and the as-of month, ignoring nonsense', () => {
    const state = parseScorecardState('?asOf=2025-09&priority=5&rag=red&owner=2&sort=rag&order=desc');
    expect(state).toEqual({ asOf: '2025-09', priority: 5, rag: 'red', owner: 2, sort: 'rag', descending: true });
    expect(scorecardQuery(state)).toBe('?asOf=2025-09&priority=5&rag=red&owner=2&sort=rag&order=desc');
    expect(parseScorecardState('?rag=purple&sort=x&asOf=2025-13&priority=0')).toEqual({ asOf: null, priority: null, rag: null, owner: null, sort: null, descending: false });
    expect(scorecardQuery(parseScorecardState(''))).toBe('');
  });
});

describe('filters', () => {
  it('keeps rows by RAG, owner and the priority their linked items sit under', () => {
    const priorityOf = (kind: string, id: number) => (kind === 'priority' ? id : id === 40 ? 5 : null);
    const base = parseScorecardState('');
    expect(rows.filter((r) => passes(r, { ...base, priority: 5 }, priorityOf)).map((r) => r.id)).toEqual(['CP10', 'CP2']);
    expect(rows.filter((r) => passes(r, { ...base, rag: 'amber' }, priorityOf)).map((r) => r.id)).toEqual(['CP3']);
    expect(rows.filter((r) => passes(r, { ...base, owner: 1 }, priorityOf)).map((r) => r.id)).toEqual(['CP10', 'CP3']);
  });
});

describe('sort', () => {
  it('sorts references as numbers, RAG worst first and direction declining first, either way', () => {
    expect(sortRows(rows, 'reference', false).map((r) => r.id)).toEqual(['CP2', 'CP3', 'CP10']);
    expect(sortRows(rows, 'reference', true).map((r) => r.id)).toEqual(['CP10', 'CP3', 'CP2']);
    expect(sortRows(rows, 'rag', false).map((r) => r.id)).toEqual(['CP2', 'CP3', 'CP10']);
    expect(sortRows(rows, 'direction', false).map((r) => r.id)).toEqual(['CP2', 'CP3', 'CP10']);
    expect(sortRows(rows, null, false).map((r) => r.id)).toEqual(['CP10', 'CP2', 'CP3']);
  });
});
