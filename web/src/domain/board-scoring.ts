// Scoring any item as a board member or administrator: who sees the grid's and the item page's links, and which review a
// score page writes to. Kept small, since the grid and the item page (in the app everyone downloads) use it; the score
// and direction pages' own words are in board-words.ts, loaded with those pages. DOM-free (board-scoring.test.ts).
//
// The API decides who may write (board members and administrators any item; a manager the items they lead or own);
// these only choose what to offer, so nobody is shown a link that can only end in a refusal.

import type { GridItem, Review, Role } from '../api/client';
import { displayReference, inColumnOrder, kindLabels } from './grid-rows';

/** Board members and administrators score any item, override directions and record printed figures. */
export function isBoard(role: Role | null | undefined): boolean {
  return role === 'board' || role === 'administrator';
}

/** Which review a score page writes to, or why there is none to write to. */
export type ScoreReview =
  | { state: 'open'; review: Review }
  /** The review asked for is closed; `open` is the one that is open now, if any. */
  | { state: 'closed'; review: Review; open: Review | null }
  /** No review is open: the board opens the next one. */
  | { state: 'noOpen'; current: Review | null }
  /** The address names a review this plan does not have. */
  | { state: 'unknown' };

/**
 * The review to score in: the one the address asks for (?review=), or else the plan's current review when it is open,
 * or else the latest open one (a council may reopen an earlier review to correct it).
 */
export function reviewToScore(reviews: readonly Review[], currentReviewId: number | null, asked: number | null): ScoreReview {
  const ordered = inColumnOrder(reviews);
  const open = ordered.find((r) => r.id === currentReviewId && r.status === 'open') ?? [...ordered].reverse().find((r) => r.status === 'open') ?? null;
  if (asked !== null) {
    const review = ordered.find((r) => r.id === asked);
    if (!review) return { state: 'unknown' };
    return review.status === 'open' ? { state: 'open', review } : { state: 'closed', review, open: open && open.id !== review.id ? open : null };
  }
  if (open) return { state: 'open', review: open };
  return { state: 'noOpen', current: ordered.find((r) => r.id === currentReviewId) ?? null };
}

/** The open review the grid's "Score" links write to, for board members and administrators; null for anyone else. */
export function gridScoreReview(role: Role | null | undefined, reviews: readonly Review[], currentReviewId: number | null, asOf: string | null): Review | null {
  // As of an earlier date nobody may score: the grid shows the past.
  if (!isBoard(role) || asOf) return null;
  const choice = reviewToScore(reviews, currentReviewId, null);
  return choice.state === 'open' ? choice.review : null;
}

/** The name of a row's "Score" link, for screen readers' lists of links: "Score action 2.3 for RAG 11/26". */
export function scoreLinkName(item: Pick<GridItem, 'kind' | 'number' | 'reference'>, reviewLabel: string): string {
  return `Score ${kindLabels[item.kind].toLowerCase()} ${displayReference(item)} for ${reviewLabel}`;
}
