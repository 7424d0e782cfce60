// The distribution of levels across every review, worked out from the grid (every scored item's score in every review),
// for the dashboard's chart over time and its table. DOM-free (dashboard-levels.test.ts). The scrutiny report can reuse it.

import type { Direction, Grid, GridItem, Review } from '../api/client';
import type { AverageFigure } from '../api/summary';
import { flattenGrid, inColumnOrder } from './grid-rows';

export interface ReviewLevels {
  review: Review;
  /** Items at each level value in this review. */
  counts: Map<number, number>;
  /** Scored items with no score in this review (no row, or an explicit "no score"): not a level, never a zero. */
  noScore: number;
  /** Scored items in the plan: counts plus noScore. */
  total: number;
}

/** For each review in column order (undated reviews have their place too), how many of the plan's scored items sat at each level. */
export function levelHistory(grid: Pick<Grid, 'reviews' | 'items' | 'scale'>): ReviewLevels[] {
  const scored: GridItem[] = flattenGrid(grid.items).map((r) => r.item).filter((i) => i.isScored);
  const reviews = inColumnOrder(grid.reviews);
  return reviews.map((review) => {
    const counts = new Map<number, number>(grid.scale.levels.map((l) => [l.value, 0]));
    let noScore = 0;
    for (const item of scored) {
      const level = item.scores.find((s) => s.reviewId === review.id)?.level ?? null;
      if (level === null || !counts.has(level)) noScore++;
      else counts.set(level, counts.get(level)! + 1);
    }
    return { review, counts, noScore, total: scored.length };
  });
}

/** "3.5 → 2.3, worse": an average's movement in words, by the scale's sense of better (the API's direction). */
export function averageWords(figure: AverageFigure | null | undefined): { previous: string; current: string; direction: string } {
  const show = (n: number | null | undefined) => (n === null || n === undefined ? 'no figure' : n.toFixed(1));
  return { previous: show(figure?.previousRounded), current: show(figure?.currentRounded), direction: movementWords(figure?.direction) };
}

const movement: Record<Direction, string> = {
  improving: 'better',
  maintained: 'no change',
  declining: 'worse',
  new: 'no earlier figure to compare',
  noData: 'no scores to compare',
  changed: 'changed (the scale does not say which way is better)',
};

/** An average's direction as a short phrase for a table cell. */
export function movementWords(direction: Direction | null | undefined): string {
  return direction ? movement[direction] ?? direction : 'no scores to compare';
}
