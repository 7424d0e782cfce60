import { describe, expect, it } from 'vitest';
import { review } from '../test-support/grid-fixtures';
import { asOfWords, openOnReview, printedJudgedOn, reviewSummary, viewWords } from './grid-print';
import { defaultState, noFilters } from './grid-state';

const reviews = [
  review(1, 'RAG 07/26', '2026-07-31', 1),
  review(2, 'RAG 09/26', '2026-09-30', 2),
  review(3, 'RAG 11/26', '2026-11-20', 3, { status: 'open' }),
];
const grid = { reviews, currentReviewId: 3, openOnReviewId: 3, today: '2026-11-23', asOf: null };

describe('reviewSummary', () => {
  it('says which review is current and the date deadlines are judged on', () => {
    expect(reviewSummary(grid)).toBe('Current review: RAG 11/26 (open), dated 20 November 2026. Deadlines judged on 23 November 2026.');
  });

  it('says where the grid opens when the current review holds no scores yet', () => {
    expect(reviewSummary({ ...grid, openOnReviewId: 2 })).toBe(
      'Current review: RAG 11/26 (open), dated 20 November 2026. Deadlines judged on 23 November 2026. ' +
        'RAG 11/26 holds no scores yet, so the grid opens on RAG 09/26, the latest review with scores.',
    );
    expect(openOnReview({ ...grid, openOnReviewId: 2 })?.label).toBe('RAG 09/26');
  });

  it('says "no date" for a review known only by its label, and how a past date chose the current review', () => {
    const undated = [review(4, 'RAG 03/18', null, 1)];
    expect(reviewSummary({ reviews: undated, currentReviewId: 4, openOnReviewId: 4, today: '2026-11-23', asOf: null })).toBe(
      'Current review: RAG 03/18 (closed), no date. Deadlines judged on 23 November 2026.',
    );
    expect(reviewSummary({ ...grid, reviews: reviews.slice(0, 2), currentReviewId: 2, openOnReviewId: 2, today: '2026-10-15', asOf: '2026-10-15' })).toBe(
      'Current review: RAG 09/26 (the latest held by then), dated 30 September 2026. Deadlines judged on 15 October 2026.',
    );
  });

  it('says when there are no reviews', () => {
    expect(reviewSummary({ ...grid, reviews: [], currentReviewId: null, openOnReviewId: null })).toBe('No reviews yet. Deadlines judged on 23 November 2026.');
  });
});

describe('asOfWords and printedJudgedOn', () => {
  it('says nothing extra for today’s plan, and that it is today’s on paper', () => {
    expect(asOfWords(grid)).toBeNull();
    expect(printedJudgedOn(grid)).toBe('Figures as at 23 November 2026 (today).');
  });

  it('says which date the figures were judged on and that later reviews are left out', () => {
    const past = { reviews: reviews.slice(0, 2), today: '2026-10-15', asOf: '2026-10-15' };
    expect(asOfWords(past)).toEqual({
      title: 'Figures as they stood on 15 October 2026',
      detail: 'Overdue and due soon are judged on 15 October 2026, and reviews held after that date are left out: the latest review shown is RAG 09/26 (30 September 2026).',
    });
    expect(printedJudgedOn(past)).toBe('Figures as they stood on 15 October 2026 (an earlier date chosen).');
    expect(asOfWords({ reviews: [], today: '2020-01-01', asOf: '2020-01-01' })?.detail).toMatch(/no review had been held by then\.$/);
  });
});

describe('viewWords', () => {
  it('says what is filtered and which review columns show', () => {
    const state = { ...defaultState(), filters: { ...noFilters, levels: [], overdue: true }, reviews: 'last3' as const };
    expect(viewWords(state, [{ text: 'Deadline: overdue' }], reviews, 2)).toBe('Filtered by: Deadline: overdue. Review columns: RAG 07/26 to RAG 11/26 (3 of 3).');
    expect(viewWords(defaultState(), [], reviews, 2)).toBe('Not filtered: every item is shown.');
  });
});
