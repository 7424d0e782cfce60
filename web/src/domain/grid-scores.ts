// The grid sends scores small (issue 14): properties that are null or false are left out, and older reviews' scores
// (before the current review's column less one) come without their words. These read the grid back into the shape the
// pages use (every property present, null where nothing was sent), and put an item's older words back from
// GET /plans/{planId}/items/{kind}/{itemId}/narratives when the item page has them.

import type { Grid, GridItem, GridScore } from '../api/client';

/** One review's words for an item, as the narratives request returns them. */
export interface ItemNarrative {
  reviewId: number;
  narrative: string | null;
  narrativeDate: string | null;
  evidence: string | null;
  signOffBy: string | null;
  signOffAt: string | null;
  updatedBy: string;
  updatedAt: string;
}

/** A score as sent: everything but reviewId, level, direction and version may be missing. */
export type GridScoreSent = Pick<GridScore, 'reviewId' | 'direction' | 'version'> & Partial<Omit<GridScore, 'updatedBy' | 'updatedAt'>>
  & { updatedBy?: string | null; updatedAt?: string | null };

/** Fills what the grid left out: null for missing values, false for missing flags, the scale's label for a level. */
export function completeScore(sent: GridScoreSent, labels: ReadonlyMap<number, string>): GridScore {
  const level = sent.level ?? null;
  return {
    reviewId: sent.reviewId,
    level,
    label: sent.label ?? (level === null ? null : (labels.get(level) ?? null)),
    recordedAs: sent.recordedAs ?? null,
    narrative: sent.narrative ?? null,
    narrativeDate: sent.narrativeDate ?? null,
    direction: sent.direction,
    directionOverride: sent.directionOverride ?? null,
    evidence: sent.evidence ?? null,
    signOffStatus: sent.signOffStatus ?? null,
    signOffBy: sent.signOffBy ?? null,
    signOffAt: sent.signOffAt ?? null,
    sourceDocument: sent.sourceDocument ?? null,
    completeAsPrinted: sent.completeAsPrinted ?? false,
    printedDirection: sent.printedDirection ?? null,
    printedDirectionText: sent.printedDirectionText ?? null,
    updatedBy: sent.updatedBy ?? '',
    updatedAt: sent.updatedAt ?? '',
    textOmitted: sent.textOmitted ?? false,
    version: sent.version,
  };
}

/** The grid with every item's scores completed (in place: the grid was just parsed). */
export function completeGrid(grid: Grid): Grid {
  const labels = new Map(grid.scale.levels.map((l) => [l.value, l.label]));
  const walk = (items: GridItem[]): void => {
    for (const item of items) {
      item.scores = item.scores.map((s) => completeScore(s as GridScoreSent, labels));
      walk(item.children);
    }
  };
  walk(grid.items);
  return grid;
}

/** An item's scores with the words the grid left out put back from the narratives request. */
export function withNarratives(scores: readonly GridScore[], narratives: readonly ItemNarrative[]): GridScore[] {
  const byReview = new Map(narratives.map((n) => [n.reviewId, n]));
  return scores.map((score) => {
    const words = byReview.get(score.reviewId);
    if (!words || !score.textOmitted) return score;
    return {
      ...score, narrative: words.narrative, narrativeDate: words.narrativeDate, evidence: words.evidence,
      signOffBy: words.signOffBy, signOffAt: words.signOffAt, updatedBy: words.updatedBy, updatedAt: words.updatedAt, textOmitted: false,
    };
  });
}
