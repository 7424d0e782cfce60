// The words that head the action-plan grid on screen and on paper: which review is current and which one the grid opened
// on, the date the figures were judged on (today, or the as-of date asked for, with what that leaves out), and the
// line that says what the view filters and which review columns it shows. DOM-free (grid-print.test.ts);
// pages/grid/print.ts puts them on the page and fills every row before printing.

import type { Grid, Review } from '../api/client';
import { formatDate, reviewDateText } from './grid-rows';
import { isFiltered, reviewsShown, type GridViewState } from './grid-state';

/** The review the grid opens on: the latest holding scores (not an empty column added for the future), else the current. */
export function openOnReview(grid: Pick<Grid, 'reviews' | 'openOnReviewId' | 'currentReviewId'>): Review | null {
  return grid.reviews.find((r) => r.id === grid.openOnReviewId) ?? grid.reviews.find((r) => r.id === grid.currentReviewId) ?? null;
}

/** "Current review: RAG 11/26 (open), dated 20 November 2026. Deadlines judged on 23 November 2026." with where the grid opens when that differs. */
export function reviewSummary(grid: Pick<Grid, 'reviews' | 'openOnReviewId' | 'currentReviewId' | 'today' | 'asOf'>): string {
  const current = grid.reviews.find((r) => r.id === grid.currentReviewId) ?? null;
  const judged = `Deadlines judged on ${formatDate(grid.today)}.`;
  if (!current) return `No reviews${grid.asOf ? ' held by then' : ' yet'}. ${judged}`;
  const dated = current.reviewDate ? `dated ${formatDate(current.reviewDate)}` : 'no date';
  // As of a past date nobody can tell which reviews were still open, so the latest held is current (PlanAnalysis.cs).
  const state = grid.asOf ? 'the latest held by then' : current.status === 'open' ? 'open' : 'closed';
  let text = `Current review: ${current.label} (${state}), ${dated}. ${judged}`;
  const opened = openOnReview(grid);
  if (opened && opened.id !== current.id) {
    text += ` ${current.label} holds no scores yet, so the grid opens on ${opened.label}, the latest review with scores.`;
  }
  return text;
}

/**
 * The as-of banner: which date the figures were judged on and what that leaves out; null when the grid is today's.
 * `heldAfter` is how many reviews today's plan has after that date, when known.
 */
export function asOfWords(grid: Pick<Grid, 'asOf' | 'today' | 'reviews'>): { title: string; detail: string } | null {
  if (!grid.asOf) return null;
  const last = grid.reviews[grid.reviews.length - 1];
  return {
    title: `Figures as they stood on ${formatDate(grid.asOf)}`,
    detail:
      `Overdue and due soon are judged on ${formatDate(grid.today)}, and reviews held after that date are left out` +
      (last ? `: the latest review shown is ${last.label} (${reviewDateText(last.reviewDate)}).` : ': no review had been held by then.'),
  };
}

/** On paper, the date the figures were judged on heads the page, whether today's or an as-of date. */
export function printedJudgedOn(grid: Pick<Grid, 'asOf' | 'today'>): string {
  return grid.asOf ? `Figures as they stood on ${formatDate(grid.asOf)} (an earlier date chosen).` : `Figures as at ${formatDate(grid.today)} (today).`;
}

/** The filters and review columns in words: on screen under the count, and the line that says on paper what was left out. */
export function viewWords(state: GridViewState, described: readonly { text: string }[], reviews: readonly Pick<Review, 'label'>[], currentIndex: number): string {
  const parts = [isFiltered(state.filters) ? `Filtered by: ${described.map((d) => d.text).join('; ')}.` : 'Not filtered: every item is shown.'];
  if (state.reviews !== 'all' && reviews.length > 0) {
    const indexes = [...reviewsShown(reviews.length, currentIndex, state.reviews)];
    const first = reviews[indexes[0] ?? 0]!.label;
    const last = reviews[indexes[indexes.length - 1] ?? 0]!.label;
    parts.push(`Review columns: ${indexes.length === 1 ? first : `${first} to ${last}`} (${indexes.length} of ${reviews.length}).`);
  }
  return parts.join(' ');
}
