// Finding one item in a plan's grid, with the rows above it (the detail page's breadcrumb), and what the page says
// about it: its history in review order, its dated updates newest first, its sign-off state and who may score it.
// DOM-free (item-find.test.ts).

import type { GridItem, GridScore, ItemKind, Review, Role } from '../api/client';
import { inColumnOrder } from './grid-rows';

export interface FoundItem {
  item: GridItem;
  /** The rows above it, outermost first: priority, recommendation, action (those the plan has). */
  ancestors: GridItem[];
}

/** The item of this kind and id in the tree, or null. Ids are per kind, so both must match. */
export function findItem(items: readonly GridItem[], kind: ItemKind, id: number): FoundItem | null {
  const walk = (list: readonly GridItem[], above: GridItem[]): FoundItem | null => {
    for (const item of list) {
      if (item.kind === kind && item.id === id) return { item, ancestors: above };
      const found = walk(item.children, [...above, item]);
      if (found) return found;
    }
    return null;
  };
  return walk(items, []);
}

/** One review's point in an item's score history: the level, or null where there is no score (a gap, never a zero). */
export interface HistoryPoint {
  reviewId: number;
  reviewLabel: string;
  /** Null for a review known only by its label. */
  reviewDate: string | null;
  level: number | null;
  label: string | null;
  /** What the sheet said where there is no score ("update not available"), or null. */
  recordedAs: string | null;
  /** The item has a score row in this review (possibly "no score"); false means nothing was recorded at all. */
  recorded: boolean;
}

/** The item's score in every review of the plan, in column order (a review without a date keeps its place). */
export function scoreHistory(reviews: readonly Review[], scores: readonly GridScore[]): HistoryPoint[] {
  return inColumnOrder(reviews)
    .map((review) => {
      const score = scores.find((s) => s.reviewId === review.id);
      return {
        reviewId: review.id,
        reviewLabel: review.label,
        reviewDate: review.reviewDate,
        level: score?.level ?? null,
        label: score?.label ?? null,
        recordedAs: score?.recordedAs ?? null,
        recorded: score !== undefined,
      };
    });
}

/** One update in the timeline: a review's score narrative, or an entry of the item's running log. */
export interface TimelineEntry {
  source: 'score' | 'log';
  /** Null for a log entry written for no review. */
  reviewId: number | null;
  reviewLabel: string | null;
  /** The date the update was written, or the review's date when the sheet gave none; null when neither has one. */
  date: string | null;
  /** True when the update has no date of its own and is placed by its review's date: it stays undated. */
  datedByReview: boolean;
  /** Who wrote it as printed (a log entry's author), else who saved it in the tracker. */
  by: string;
  /** The score's level; null for "no score" and for log entries, which carry none. */
  level: number | null;
  label: string | null;
  narrative: string;
  /** The document a log entry was copied from; null for score narratives. */
  sourceDocument: string | null;
}

/** An entry of the item's running log as the timeline needs it (api/items.ts, ItemUpdate). */
export interface LogEntryIn {
  id: number;
  reviewId: number | null;
  writtenOn: string | null;
  text: string;
  author: string | null;
  sourceDocument: string | null;
  position: number;
  enteredBy: string;
}

/**
 * Every update newest first: each review's narrative and each entry of the running log, in the order the API reads
 * "latest" (api/Domain/UpdateLog.cs, docs/domain-rules.md "Update logs"), reversed. An update's date is its own, else
 * its review's; one with no date at all is older than any dated one; ties, and updates without any date, go by review
 * (column order, so an undated review keeps its place; an entry for no review before the first), then a log entry after
 * its review's narrative, then printed position. No date is made up. Blank updates are left out.
 */
export function timeline(reviews: readonly Review[], scores: readonly GridScore[], log: readonly LogEntryIn[] = []): TimelineEntry[] {
  const column = new Map(inColumnOrder(reviews).map((r, i) => [r.id, i]));
  const byId = new Map(reviews.map((r) => [r.id, r]));
  const keyed: { entry: TimelineEntry; column: number; position: number; id: number }[] = [];
  for (const score of scores) {
    const review = byId.get(score.reviewId);
    if (!review || !score.narrative?.trim()) continue;
    keyed.push({
      entry: {
        source: 'score', reviewId: review.id, reviewLabel: review.label,
        date: score.narrativeDate ?? review.reviewDate,
        datedByReview: !score.narrativeDate && review.reviewDate !== null,
        by: score.updatedBy, level: score.level, label: score.label, narrative: score.narrative, sourceDocument: null,
      },
      column: column.get(review.id) ?? -1, position: 0, id: 0,
    });
  }
  for (const logged of log) {
    if (!logged.text.trim()) continue;
    const review = logged.reviewId === null ? undefined : byId.get(logged.reviewId);
    keyed.push({
      entry: {
        source: 'log', reviewId: review?.id ?? null, reviewLabel: review?.label ?? null,
        date: logged.writtenOn ?? review?.reviewDate ?? null,
        datedByReview: !logged.writtenOn && Boolean(review?.reviewDate),
        by: logged.author?.trim() || logged.enteredBy, level: null, label: null, narrative: logged.text, sourceDocument: logged.sourceDocument,
      },
      column: review ? (column.get(review.id) ?? -1) : -1, position: logged.position, id: logged.id,
    });
  }
  type Keyed = (typeof keyed)[number];
  const oldestFirst = (a: Keyed, b: Keyed) =>
    Number(a.entry.date !== null) - Number(b.entry.date !== null)
    || (a.entry.date ?? '').localeCompare(b.entry.date ?? '')
    || a.column - b.column
    || Number(a.entry.source === 'log') - Number(b.entry.source === 'log')
    || a.position - b.position
    || a.id - b.id;
  return keyed.sort((a, b) => oldestFirst(b, a)).map((k) => k.entry);
}

/** The inspection report's recommendations an item answers, as the facts list says it; null when it answers none. */
export function answersWords(answers: readonly { number: string | null }[]): { term: string; value: string } | null {
  if (answers.length === 0) return null;
  const numbers = answers.map((a) => a.number?.trim() || 'one printed without a number');
  return { term: answers.length === 1 ? 'Answers report recommendation' : 'Answers report recommendations', value: numbers.join(', ') };
}

export type SignOffView =
  | { state: 'none' }
  | { state: 'pending'; evidence: string | null }
  | { state: 'signedOff' | 'rejected'; by: string | null; at: string | null; note: string | null; evidence: string | null };

/** The sign-off state of a score, with the board's note when it has been read (GET score); none when no sign-off applies. */
export function signOffView(score: GridScore | undefined, note: string | null = null): SignOffView {
  const evidence = score?.evidence ?? null;
  switch (score?.signOffStatus) {
    case 'pending':
      return { state: 'pending', evidence };
    case 'signedOff':
    case 'rejected':
      return { state: score.signOffStatus, by: score.signOffBy, at: score.signOffAt, note, evidence };
    default:
      return { state: 'none' };
  }
}

/** Board members and administrators decide on completions (the API's Allowed.Board). */
export function maySignOff(role: Role | null | undefined): boolean {
  return role === 'board' || role === 'administrator';
}

/**
 * Whether this person may score the item, as the API decides it (Scores/ScoreTarget.cs, AnsweredBySql): board members
 * and administrators any item; a manager an item they, as a person, lead or own, or that a recommendation or action above
 * it, or a row below it, names them on. Viewers never. Only a hint for showing the link: the API still decides.
 */
export function mayScore(role: Role | null | undefined, personId: number | null | undefined, found: FoundItem): boolean {
  if (role === 'board' || role === 'administrator') return true;
  if (role !== 'manager' || personId == null) return false;
  const names = (item: GridItem) => item.leads.some((p) => p.id === personId) || item.owners.some((p) => p.id === personId);
  const below = (item: GridItem): boolean => item.children.some((c) => names(c) || below(c));
  return names(found.item) || found.ancestors.some((a) => a.kind !== 'priority' && names(a)) || below(found.item);
}

/** What the tracker understood of a deadline as written (the API's reading), in a sentence, or null when nothing was. */
export function understoodWords(deadline: { dueBy: string | null; dueFrom?: string | null; state: string; problems?: string[] } | null, format: (iso: string) => string): string | null {
  if (!deadline) return null;
  const parts: string[] = [];
  if (deadline.dueBy) parts.push(deadline.dueFrom && deadline.dueFrom !== deadline.dueBy ? `Due between ${format(deadline.dueFrom)} and ${format(deadline.dueBy)}` : `Due by ${format(deadline.dueBy)}`);
  const states: Record<string, string> = { ongoing: 'ongoing', completed: 'written as completed', reviewBy: 'a date to review by', recurring: 'recurring' };
  const state = states[deadline.state];
  if (state) parts.push(parts.length ? state : state[0]!.toUpperCase() + state.slice(1));
  if (parts.length === 0) return deadline.problems?.length ? null : 'No date understood';
  return `${parts.join(', ')}.`;
}
