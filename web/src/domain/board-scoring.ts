// Scoring any item as a board member or administrator, and overriding its direction of travel: which review a score
// page writes to, last review's score to show beside the form, who sees the grid's and item page's links, and the
// override's words. DOM-free (board-scoring.test.ts).
//
// The API decides who may write (board members and administrators any item; a manager the items they lead or own);
// these only choose what to offer, so nobody is shown a link that can only end in a refusal.

import type { Direction, GridItem, GridScore, Review, Role } from '../api/client';
import type { MyItemPrevious } from '../api/my-items';
import { directionWords, displayReference, inColumnOrder, kindLabels } from './grid-rows';
import { levelWords } from './levels';

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

/**
 * Last review's score and update, shown beside the form: the latest review before `reviewId` (in column order) in
 * which anything was recorded for the item, so a review it missed does not hide the one before.
 */
export function previousScore(reviews: readonly Review[], scores: readonly GridScore[], reviewId: number): MyItemPrevious | null {
  const ordered = inColumnOrder(reviews);
  const at = ordered.findIndex((r) => r.id === reviewId);
  for (let i = at - 1; i >= 0; i--) {
    const review = ordered[i]!;
    const score = scores.find((s) => s.reviewId === review.id);
    if (!score) continue;
    return {
      reviewId: review.id, reviewLabel: review.label, level: score.level, levelLabel: score.label, recordedAs: score.recordedAs,
      narrative: score.narrative, narrativeDate: score.narrativeDate,
    };
  }
  return null;
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

/** What a score page says once it has saved: "Action 2.3 scored 3 On track for RAG 11/26." */
export function scoreSavedWords(item: Pick<GridItem, 'kind' | 'number' | 'reference'>, level: number | null, levelLabel: string | null, reviewLabel: string): string {
  const what = `${kindLabels[item.kind]} ${displayReference(item)}`;
  return level === null ? `${what}: “no score” saved for ${reviewLabel}.` : `${what} scored ${levelWords(level, levelLabel)} for ${reviewLabel}.`;
}

export type OverrideDirection = 'improving' | 'maintained' | 'declining';

/** The three judgements a person may record (SaveDirectionOverride.Directions), each explained. */
export const overrideChoices: readonly { value: OverrideDirection; text: string; hint: string }[] = [
  { value: 'improving', text: 'Improving', hint: 'Things are better than at the last review, whatever the scores show.' },
  { value: 'maintained', text: 'Maintained', hint: 'Neither better nor worse than at the last review.' },
  { value: 'declining', text: 'Declining', hint: 'Things are worse than at the last review.' },
];

/** The computed direction in a sentence, so the person sees what they override: "The scores say: ↑ Improving, compared with RAG 09/26." */
export function computedWords(computed: Direction | string, comparedWith: string | null): string {
  const { arrow, word } = directionWords(computed);
  const shown = arrow ? `${arrow} ${word}` : word;
  const why = computed === 'new' ? ' (no earlier score to compare with)' : computed === 'noData' ? ' (no score in this review)' : '';
  return `The scores say: ${shown}${why}${comparedWith ? `, compared with ${comparedWith}` : ''}.`;
}

/** A word on an override that says the same as the scores: kept, but it only adds the reason. */
export function overrideAgreement(chosen: string, computed: Direction | string): string | null {
  return chosen === computed ? 'The scores say the same, so this override only adds your reason.' : null;
}

/** "Direction of travel for RAG 11/26 overridden: Declining." */
export function overrideSavedWords(direction: string, reviewLabel: string): string {
  return `Direction of travel for ${reviewLabel} overridden: ${directionWords(direction).word}.`;
}

/** "Override withdrawn: the direction of travel for RAG 11/26 is the one the scores give, Maintained." */
export function overrideWithdrawnWords(reviewLabel: string, computed: Direction | string): string {
  return `Override withdrawn: the direction of travel for ${reviewLabel} is the one the scores give, ${directionWords(computed).word}.`;
}
