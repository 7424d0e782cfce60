import { describe, expect, it } from 'vitest';
import type { Grid, GridItem, GridScore } from '../api/client';
import { averageWords, levelHistory, movementWords } from './dashboard-levels';

function score(reviewId: number, level: number | null): GridScore {
  return { reviewId, level, label: null, recordedAs: null, narrative: null, narrativeDate: null, direction: 'new', directionOverride: null, signOffStatus: null, updatedBy: '', updatedAt: '' };
}

function measure(id: number, scores: GridScore[]): GridItem {
  return {
    kind: 'measure', id, number: String(id), reference: String(id), text: '', leads: [], responsibleOfficer: null, owners: [], deadline: null,
    deadlineStatus: null, isScored: true, scores, direction: null, latestUpdate: null, stale: [], children: [],
  };
}

// The known plan of the API tests (tests/Api/Grid/KnownPlan.cs): M1 2,3,3; M2 1,none,2; M3 3,4,2.
const grid: Pick<Grid, 'reviews' | 'items' | 'scale'> = {
  scale: { id: 1, name: 'Progress', higherIsBetter: true, levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}`, meaning: null, colour: '#fff', meansComplete: value >= 4 })) },
  reviews: [
    { id: 12, planId: 1, label: 'RAG 11/26', reviewDate: '2026-11-20', reviewer: null, status: 'open' },
    { id: 10, planId: 1, label: 'RAG 07/26', reviewDate: '2026-07-31', reviewer: null, status: 'closed' },
    { id: 11, planId: 1, label: 'RAG 09/26', reviewDate: '2026-09-30', reviewer: null, status: 'closed' },
  ],
  items: [{
    ...measure(0, []), kind: 'action', isScored: false,
    children: [measure(1, [score(10, 2), score(11, 3), score(12, 3)]), measure(2, [score(10, 1), score(11, null), score(12, 2)]), measure(3, [score(10, 3), score(11, 4), score(12, 2)])],
  }],
};

describe('levelHistory', () => {
  it('counts the scored items at each level in each review, in date order, with no score apart', () => {
    const history = levelHistory(grid);
    expect(history.map((h) => [h.review.label, [...h.counts.values()], h.noScore, h.total])).toEqual([
      ['RAG 07/26', [1, 1, 1, 0, 0], 0, 3],
      ['RAG 09/26', [0, 0, 1, 1, 0], 1, 3],
      ['RAG 11/26', [0, 2, 1, 0, 0], 0, 3],
    ]);
  });

  it('counts an item with no row in a review as no score, never as a level', () => {
    const later = { ...grid, items: [measure(4, [score(12, 5)])] };
    expect(levelHistory(later).map((h) => [h.noScore, h.counts.get(5)])).toEqual([[1, 0], [1, 0], [0, 1]]);
  });

  it('is empty when the plan has no reviews', () => {
    expect(levelHistory({ ...grid, reviews: [] })).toEqual([]);
  });
});

describe('averageWords', () => {
  it('shows one decimal and the movement in words', () => {
    const figure = { previous: 3.5, current: 2.333, previousRounded: 3.5, currentRounded: 2.3, direction: 'declining' as const, scoredPrevious: 2, scoredCurrent: 3 };
    expect(averageWords(figure)).toEqual({ previous: '3.5', current: '2.3', direction: 'worse' });
    expect(averageWords({ ...figure, previousRounded: null, direction: 'new' })).toEqual({ previous: 'no figure', current: '2.3', direction: 'no earlier figure to compare' });
    expect(movementWords('improving')).toBe('better');
    expect(movementWords(null)).toBe('no scores to compare');
  });
});
