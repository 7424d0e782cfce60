import { describe, expect, it } from 'vitest';
import { gridItem, gridScore, review } from '../test-support/grid-fixtures';
import {
  computedWords, gridScoreReview, isBoard, overrideAgreement, overrideChoices, overrideSavedWords, overrideWithdrawnWords, previousScore,
  reviewToScore, scoreLinkName, scoreSavedWords,
} from './board-scoring';

const july = review(1, 'RAG 07/26', '2026-07-31', 1);
const september = review(2, 'RAG 09/26', '2026-09-30', 2);
const november = review(3, 'RAG 11/26', '2026-11-20', 3, { status: 'open' });

describe('isBoard', () => {
  it.each([
    ['board', true],
    ['administrator', true],
    ['manager', false],
    ['viewer', false],
    [null, false],
  ] as const)('%s may score any item: %s', (role, expected) => {
    expect(isBoard(role)).toBe(expected);
  });
});

describe('reviewToScore', () => {
  it('defaults to the open current review', () => {
    expect(reviewToScore([july, september, november], 3, null)).toEqual({ state: 'open', review: november });
  });
  it('takes the review the address asks for when it is open', () => {
    const reopened = { ...september, status: 'open' };
    expect(reviewToScore([july, reopened, november], 3, 2)).toEqual({ state: 'open', review: reopened });
  });
  it('says a closed review is closed, and names the open one', () => {
    expect(reviewToScore([july, september, november], 3, 1)).toEqual({ state: 'closed', review: july, open: november });
  });
  it('says when no review is open, naming the current one', () => {
    const closed = { ...november, status: 'closed' };
    expect(reviewToScore([july, september, closed], 3, null)).toEqual({ state: 'noOpen', current: closed });
    expect(reviewToScore([], null, null)).toEqual({ state: 'noOpen', current: null });
    expect(reviewToScore([july, september, closed], 3, 3)).toEqual({ state: 'closed', review: closed, open: null });
  });
  it('falls back to an open earlier review when the current one is closed', () => {
    const reopened = { ...september, status: 'open' };
    expect(reviewToScore([july, reopened, { ...november, status: 'closed' }], 3, null)).toEqual({ state: 'open', review: reopened });
  });
  it('says a review of another plan is unknown', () => {
    expect(reviewToScore([july, november], 3, 99)).toEqual({ state: 'unknown' });
  });
});

describe('previousScore', () => {
  const scores = [gridScore(1, 2, { label: 'Started', narrative: 'Advert out.', narrativeDate: '2026-07-20' }), gridScore(3, 3)];
  it('is the latest earlier review with something recorded, skipping one the item missed', () => {
    expect(previousScore([september, november, july], scores, 3)).toEqual({
      reviewId: 1, reviewLabel: 'RAG 07/26', level: 2, levelLabel: 'Started', recordedAs: null, narrative: 'Advert out.', narrativeDate: '2026-07-20',
    });
  });
  it('is null for the first review', () => {
    expect(previousScore([july, september, november], scores, 1)).toBeNull();
  });
});

describe('the grid’s Score links', () => {
  it.each([
    ['board', null, 3],
    ['administrator', null, 3],
    ['manager', null, null],
    ['viewer', null, null],
    ['board', '2026-10-01', null],
  ] as const)('for %s as of %s point at review %s', (role, asOf, expected) => {
    expect(gridScoreReview(role, [july, september, november], 3, asOf)?.id ?? null).toBe(expected);
  });
  it('are offered to nobody when no review is open', () => {
    expect(gridScoreReview('board', [july, september], 2, null)).toBeNull();
  });
  it('are named by the row and the review', () => {
    expect(scoreLinkName(gridItem('action', 7, '2.3', { reference: '2.3' }), 'RAG 11/26')).toBe('Score action 2.3 for RAG 11/26');
    expect(scoreLinkName(gridItem('measure', 8, '1', { reference: '1 / 1.1 / 1' }), 'RAG 11/26')).toBe('Score success measure 1 / 1.1 / 1 for RAG 11/26');
    expect(scoreLinkName(gridItem('action', 9, null, { reference: '3' }), 'RAG 11/26')).toBe('Score action 3 / unnumbered for RAG 11/26');
  });
});

describe('what the score page says after a save', () => {
  it.each([
    [3, 'On track', 'Action 2.3 scored 3 On track for RAG 11/26.'],
    [4, '4', 'Action 2.3 scored 4 for RAG 11/26.'],
    [null, null, 'Action 2.3: “no score” saved for RAG 11/26.'],
  ] as const)('level %s (%s): %s', (level, label, expected) => {
    expect(scoreSavedWords(gridItem('action', 7, '2.3', { reference: '2.3' }), level, label, 'RAG 11/26')).toBe(expected);
  });
});

describe('the direction override’s words', () => {
  it('offers the three judgements the API accepts', () => {
    expect(overrideChoices.map((c) => c.value)).toEqual(['improving', 'maintained', 'declining']);
  });
  it.each([
    ['improving', 'RAG 09/26', 'The scores say: ↑ Improving, compared with RAG 09/26.'],
    ['maintained', 'RAG 09/26', 'The scores say: → Maintained, compared with RAG 09/26.'],
    ['new', null, 'The scores say: • New (no earlier score to compare with).'],
    ['noData', null, 'The scores say: – No data (no score in this review).'],
    ['changed', 'RAG 09/26', 'The scores say: ↕ Changed, compared with RAG 09/26.'],
  ])('computed %s compared with %s', (computed, compared, expected) => {
    expect(computedWords(computed, compared)).toBe(expected);
  });
  it('notes an override that says what the scores say', () => {
    expect(overrideAgreement('maintained', 'maintained')).toBe('The scores say the same, so this override only adds your reason.');
    expect(overrideAgreement('improving', 'maintained')).toBeNull();
  });
  it('says what was saved and withdrawn', () => {
    expect(overrideSavedWords('declining', 'RAG 11/26')).toBe('Direction of travel for RAG 11/26 overridden: Declining.');
    expect(overrideWithdrawnWords('RAG 11/26', 'maintained')).toBe('Override withdrawn: the direction of travel for RAG 11/26 is the one the scores give, Maintained.');
  });
});
