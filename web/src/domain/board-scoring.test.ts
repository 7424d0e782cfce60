import { describe, expect, it } from 'vitest';
import { gridItem, review } from '../test-support/grid-fixtures';
import { gridScoreReview, isBoard, reviewToScore, scoreLinkName } from './board-scoring';

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
