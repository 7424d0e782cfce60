import { describe, expect, it } from 'vitest';
import {
  closeWarning, currentOpenReview, dueByWords, listWords, nextLabel, notUpdatedWhy, openingNote, personCount, personWords,
  progressSummary, scoredItemCount, scoresPerReview, suggestedLabel, todayParts,
} from './board-reviews';

describe('nextLabel', () => {
  it.each([
    ['RAG 11/26', 'RAG 12/26'],
    ['RAG 12/26', 'RAG 01/27'],
    ['RAG 03/18', 'RAG 04/18'],
    ['RAG 9/2026', 'RAG 10/2026'],
    ['RAG 12/2026', 'RAG 01/2027'],
    ['Update November 26', 'Update December 26'],
    ['Update December 2026', 'Update January 2027'],
    ['Update Nov 16', 'Update Dec 16'],
    ['RAG Sept 16', 'RAG Oct 16'],
    ['Update May 26', 'Update June 26'],
    ['Update June 26', 'Update July 26'],
    ['Nov-18', 'Dec-18'],
    ['UPDATE NOVEMBER 26', 'UPDATE DECEMBER 26'],
    ['Review 3', 'Review 4'],
    ['RAG initial', null],
    ['Baseline', null],
  ])('after %s comes %s', (label, next) => {
    expect(nextLabel(label)).toBe(next);
  });
});

describe('suggestedLabel', () => {
  it('carries on the last review’s pattern, skipping labels the plan has', () => {
    expect(suggestedLabel(['RAG initial', 'RAG 10/26', 'RAG 11/26'])).toBe('RAG 12/26');
    expect(suggestedLabel(['RAG 12/26', 'RAG 11/26'])).toBe('RAG 01/27');
    expect(suggestedLabel(['RAG 11/26', 'RAG 10/26'])).toBe('RAG 12/26');
  });

  it('suggests nothing for a plan’s first review or a label without a pattern', () => {
    expect(suggestedLabel([])).toBe('');
    expect(suggestedLabel(['Baseline'])).toBe('');
  });
});

describe('todayParts', () => {
  it('gives the day, month and year as a person types them', () => {
    expect(todayParts(new Date(2026, 10, 3))).toEqual({ day: '3', month: '11', year: '2026' });
  });
});

describe('words', () => {
  it('says that opening a review leaves the open one open', () => {
    expect(openingNote(['RAG 11/26'])).toBe(
      'Opening a review does not close RAG 11/26: it stays open, and scores can still be recorded in it, until you close it. Managers’ “My actions” asks for the latest open review.',
    );
    expect(openingNote(['RAG 10/26', 'RAG 11/26'])).toContain('does not close RAG 10/26 and RAG 11/26: they stay open');
    expect(openingNote([])).toBe('No review is open now, so this review will be the one managers update.');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('says the progress, with the good news as such', () => {
    expect(progressSummary({ itemCount: 12, updatedCount: 9, notUpdatedCount: 3 }, 'RAG 11/26')).toBe('9 of 12 items updated for RAG 11/26; 3 still to update.');
    expect(progressSummary({ itemCount: 1, updatedCount: 1, notUpdatedCount: 0 }, 'RAG 11/26')).toBe(
      'Everyone has updated: the 1 item has a score and a fresh update for RAG 11/26.',
    );
    expect(progressSummary({ itemCount: 0, updatedCount: 0, notUpdatedCount: 0 }, 'RAG 11/26')).toContain('no scored items');
  });

  it('warns before closing how many items have no update', () => {
    expect(closeWarning({ itemCount: 4, updatedCount: 1, notUpdatedCount: 3 }, 'RAG 11/26')).toBe(
      '3 of 4 items have no update yet for RAG 11/26. Once it is closed, nobody can record or change a score in it unless the board re-opens it.',
    );
    expect(closeWarning({ itemCount: 4, updatedCount: 3, notUpdatedCount: 1 }, 'RAG 11/26')).toMatch(/^1 of 4 items has no update yet/);
    expect(closeWarning({ itemCount: 4, updatedCount: 4, notUpdatedCount: 0 }, 'RAG 11/26')).toBe('Every item has been updated for RAG 11/26.');
  });

  it('says why an item is not updated, and who a person is', () => {
    expect(notUpdatedWhy({ stale: ['noScore', 'noUpdate'], signOffRejected: false }, 'RAG 10/26')).toBe('no score, no update');
    expect(notUpdatedWhy({ stale: ['updateCopiedForward'], signOffRejected: false }, 'RAG 10/26')).toBe('update copied from RAG 10/26');
    expect(notUpdatedWhy({ stale: [], signOffRejected: true }, null)).toBe('completion rejected by the board');
    expect(personWords({ displayName: 'Aisha Rahman', jobTitle: 'Service Manager' })).toBe('Aisha Rahman, Service Manager');
    expect(personWords({ displayName: 'Head of Service', jobTitle: 'Head of Service' })).toBe('Head of Service');
    expect(personCount({ itemCount: 3, updatedCount: 1 })).toBe('2 of 3 items to update');
    expect(personCount({ itemCount: 2, updatedCount: 2 })).toBe('all 2 items updated');
    expect(dueByWords('2026-11-20')).toBe('Updates due by 20 November 2026');
    expect(dueByWords(null)).toBe('No date set for updates');
  });
});

describe('counting', () => {
  const item = (isScored: boolean, reviewIds: number[], children: unknown[] = []) => ({ isScored, scores: reviewIds.map((reviewId) => ({ reviewId })), children });

  it('counts scored items with a score recorded in each review, at any depth', () => {
    const items = [item(false, [], [item(true, [1, 2]), item(true, [2]), item(false, [], [item(true, [])])])];
    expect([...scoresPerReview(items as never)]).toEqual([[1, 1], [2, 2]]);
    expect(scoredItemCount(items as never)).toBe(3);
  });

  it('takes the latest open review in column order as the one to chase', () => {
    const reviews = [
      { id: 5, position: 3, status: 'closed' },
      { id: 9, position: 2, status: 'open' },
      { id: 3, position: 1, status: 'open' },
    ];
    expect(currentOpenReview(reviews)?.id).toBe(9);
    expect(currentOpenReview([{ id: 1, position: 1, status: 'closed' }])).toBeNull();
  });
});
