import { describe, expect, it } from 'vitest';
import type { Grid, GridItem, GridScore } from '../api/client';
import { gridItem, gridScore, review } from '../test-support/grid-fixtures';
import { averageWords, levelHistory, movementWords } from './dashboard-levels';

const score = (reviewId: number, level: number | null): GridScore => gridScore(reviewId, level);

function measure(id: number, scores: GridScore[]): GridItem {
  return gridItem('measure', id, String(id), { text: '', isScored: true, scores });
}

// The known plan of the API tests (tests/Api/Grid/KnownPlan.cs): M1 2,3,3; M2 1,none,2; M3 3,4,2.
const grid: Pick<Grid, 'reviews' | 'items' | 'scale'> = {
  scale: { id: 1, name: 'Progress', higherIsBetter: true, levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}`, meaning: null, colour: '#fff', meansComplete: value >= 4 })) },
  reviews: [
    review(12, 'RAG 11/26', '2026-11-20', 3, { status: 'open' }),
    review(10, 'RAG 07/26', '2026-07-31', 1),
    review(11, 'RAG 09/26', '2026-09-30', 2),
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
