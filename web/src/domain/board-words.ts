// The words and figures of the board's score and direction pages (loaded only with those pages): last review's score
// shown beside the form, what a save says, and the direction-of-travel override's choices and sentences.
// DOM-free (board-words.test.ts).

import type { Direction, GridItem, GridScore, Review } from '../api/client';
import type { MyItemPrevious } from '../api/my-items';
import { directionWords, displayReference, inColumnOrder, kindLabels } from './grid-rows';
import { levelWords } from './levels';

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
