// The board's review cycle in words (pages/reviews/): the next review's label suggested from the last one's pattern,
// what opening it does to the review still open, who has not updated yet, and what closing means. DOM-free
// (board-reviews.test.ts).

import type { DateParts } from './admin-forms';
import { formatDate } from './grid-rows';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// How plans abbreviate months ("Sept 16", "Nov-18"); each maps to its month's index.
const monthWords = new Map<string, number>([
  ...monthNames.map((m, i) => [m.toLowerCase(), i] as const),
  ...monthNames.map((m, i) => [m.slice(0, 3).toLowerCase(), i] as const),
  ['sept', 8],
]);

/**
 * The label after `label`, in its own pattern, or null when it has none the tracker can see:
 * "RAG 11/26" → "RAG 12/26", "RAG 12/26" → "RAG 01/27", "Update November 26" → "Update December 26",
 * "Update Dec 2026" → "Update Jan 2027", "Review 3" → "Review 4".
 */
export function nextLabel(label: string): string | null {
  // A month and year as numbers at the end: "RAG 03/18", "Update 3/2026".
  const numeric = /^(.*?)(\d{1,2})([/.-])(\d{2}|\d{4})$/.exec(label);
  if (numeric) {
    const [, before, m, sep, y] = numeric as unknown as [string, string, string, string, string];
    const month = Number(m);
    if (month >= 1 && month <= 12) {
      const year = month === 12 ? Number(y) + 1 : Number(y);
      const nextMonth = month === 12 ? 1 : month + 1;
      const monthText = m.length === 2 ? String(nextMonth).padStart(2, '0') : String(nextMonth);
      return `${before}${monthText}${sep}${String(year % (y.length === 2 ? 100 : 10_000)).padStart(y.length, '0')}`;
    }
  }
  // A month's name and a year: "Update November 16", "RAG Sept 2016", "Nov-18".
  const named = /^(.*?)\b([A-Za-z]{3,9})([\s-]+)(\d{2}|\d{4})$/.exec(label);
  if (named) {
    const [, before, word, sep, y] = named as unknown as [string, string, string, string, string];
    const index = monthWords.get(word.toLowerCase());
    if (index !== undefined) {
      const next = (index + 1) % 12;
      const year = index === 11 ? Number(y) + 1 : Number(y);
      // Written in full or shortened ("Sept", "Nov"); May, June and July are their own full names.
      const full = word.length > 4 || ['may', 'june', 'july'].includes(word.toLowerCase());
      let name = full ? monthNames[next]! : monthNames[next]!.slice(0, 3);
      if (word === word.toUpperCase()) name = name.toUpperCase();
      return `${before}${name}${sep}${String(year % (y.length === 2 ? 100 : 10_000)).padStart(y.length, '0')}`;
    }
  }
  // A count at the end: "Review 3", "Update 12".
  const counted = /^(.*?)(\d+)$/.exec(label);
  if (counted) return `${counted[1]}${Number(counted[2]) + 1}`;
  return null;
}

/**
 * The label to suggest for the next review: the last review's pattern carried on, skipping labels the plan already
 * has (two reviews of a plan cannot share one). Empty when there is no review yet or no pattern to follow.
 */
export function suggestedLabel(labelsInColumnOrder: readonly string[]): string {
  const last = labelsInColumnOrder[labelsInColumnOrder.length - 1];
  if (last === undefined) return '';
  const taken = new Set(labelsInColumnOrder.map((l) => l.trim().toLowerCase()));
  let candidate = nextLabel(last);
  for (let i = 0; candidate !== null && taken.has(candidate.toLowerCase()) && i < 36; i++) candidate = nextLabel(candidate);
  return candidate !== null && !taken.has(candidate.toLowerCase()) ? candidate : '';
}

/** Today as the three date boxes hold it (the person's own calendar day). */
export function todayParts(now: Date): DateParts {
  return { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()) };
}

/**
 * What opening a review does to those still open, said on the form: the API closes nothing when a review is started
 * (CreateReview), so the board is told the open one stays open until it is closed.
 */
export function openingNote(openLabels: readonly string[]): string {
  if (openLabels.length === 0) return 'No review is open now, so this review will be the one managers update.';
  const names = listWords(openLabels);
  const them = openLabels.length === 1 ? 'it stays' : 'they stay';
  return `Opening a review does not close ${names}: ${them} open, and scores can still be recorded in ${openLabels.length === 1 ? 'it' : 'them'}, until you close ${openLabels.length === 1 ? 'it' : 'them'}. Managers’ “My actions” asks for the latest open review.`;
}

/** "RAG 10/26", "RAG 10/26 and RAG 11/26", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 item", "3 items". */
export function itemCount(n: number): string {
  return `${n} item${n === 1 ? '' : 's'}`;
}

export interface ProgressCounts {
  itemCount: number;
  updatedCount: number;
  notUpdatedCount: number;
}

/** The review's progress in a sentence, the good news said as such. */
export function progressSummary(progress: ProgressCounts, reviewLabel: string): string {
  if (progress.itemCount === 0) return `The plan has no scored items yet, so there is nothing to update for ${reviewLabel}.`;
  if (progress.notUpdatedCount === 0)
    return `Everyone has updated: ${progress.itemCount === 1 ? 'the 1 item has' : `all ${progress.itemCount} items have`} a score and a fresh update for ${reviewLabel}.`;
  return `${progress.updatedCount} of ${itemCount(progress.itemCount)} updated for ${reviewLabel}; ${progress.notUpdatedCount} still to update.`;
}

/** What closing a review leaves behind, for the confirmation. */
export function closeWarning(progress: ProgressCounts, reviewLabel: string): string {
  if (progress.itemCount === 0) return `${reviewLabel} has no scored items to update.`;
  if (progress.notUpdatedCount === 0) return `Every item has been updated for ${reviewLabel}.`;
  const verb = progress.notUpdatedCount === 1 ? 'has' : 'have';
  return `${progress.notUpdatedCount} of ${itemCount(progress.itemCount)} ${verb} no update yet for ${reviewLabel}. Once it is closed, nobody can record or change a score in it unless the board re-opens it.`;
}

export type StaleWord = 'noScore' | 'noUpdate' | 'updateCopiedForward';

/** Why one item is not updated: "no score, update copied from RAG 10/26", "completion rejected by the board". */
export function notUpdatedWhy(item: { stale: readonly StaleWord[] | readonly string[]; signOffRejected: boolean }, previousLabel: string | null): string {
  const words = item.stale.map((reason) =>
    reason === 'noScore' ? 'no score' : reason === 'noUpdate' ? 'no update' : `update copied from ${previousLabel ?? 'the last review'}`,
  );
  if (item.signOffRejected) words.push('completion rejected by the board');
  return words.join(', ');
}

/** A person as the list names them: "Aisha Rahman, Service Manager", or the role alone for someone named by role. */
export function personWords(person: { displayName: string; jobTitle: string | null }): string {
  return person.jobTitle && person.jobTitle !== person.displayName ? `${person.displayName}, ${person.jobTitle}` : person.displayName;
}

/** "2 of 3 items to update", "all 2 items updated". */
export function personCount(person: { itemCount: number; updatedCount: number }): string {
  const left = person.itemCount - person.updatedCount;
  return left === 0 ? `all ${itemCount(person.itemCount)} updated` : `${left} of ${itemCount(person.itemCount)} to update`;
}

/** "Updates due by 20 November 2026", or that none was set. */
export function dueByWords(updatesDueBy: string | null): string {
  return updatesDueBy ? `Updates due by ${formatDate(updatesDueBy)}` : 'No date set for updates';
}

/** How many of the plan's scored items have a score recorded (a level or "no score") in each review. */
export function scoresPerReview(items: readonly { isScored: boolean; scores: readonly { reviewId: number }[]; children: readonly unknown[] }[]): Map<number, number> {
  const counts = new Map<number, number>();
  const walk = (list: readonly { isScored: boolean; scores: readonly { reviewId: number }[]; children: readonly unknown[] }[]) => {
    for (const item of list) {
      if (item.isScored) for (const reviewId of new Set(item.scores.map((s) => s.reviewId))) counts.set(reviewId, (counts.get(reviewId) ?? 0) + 1);
      walk(item.children as typeof list);
    }
  };
  walk(items);
  return counts;
}

/** The number of scored items in the plan. */
export function scoredItemCount(items: readonly { isScored: boolean; children: readonly unknown[] }[]): number {
  let n = 0;
  for (const item of items) n += (item.isScored ? 1 : 0) + scoredItemCount(item.children as typeof items);
  return n;
}

/** The review the board chases updates for: the latest open one in column order (the grid's current review when open). */
export function currentOpenReview<T extends { status: string; position: number; id: number }>(reviews: readonly T[]): T | null {
  const open = reviews.filter((r) => r.status === 'open').sort((a, b) => a.position - b.position || a.id - b.id);
  return open[open.length - 1] ?? null;
}
