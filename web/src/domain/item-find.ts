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

/** One dated update in the timeline. */
export interface TimelineEntry {
  reviewId: number;
  reviewLabel: string;
  /** The date the update was written, or the review's date when the sheet gave none; null when neither has one. */
  date: string | null;
  datedByReview: boolean;
  by: string;
  level: number | null;
  label: string | null;
  narrative: string;
}

/** Every review's narrative, newest review first (by column order, since a review may have no date); reviews without an update are left out. */
export function timeline(reviews: readonly Review[], scores: readonly GridScore[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const score of scores) {
    const review = reviews.find((r) => r.id === score.reviewId);
    if (!review || !score.narrative?.trim()) continue;
    entries.push({
      reviewId: review.id,
      reviewLabel: review.label,
      date: score.narrativeDate ?? review.reviewDate,
      datedByReview: !score.narrativeDate && review.reviewDate !== null,
      by: score.updatedBy,
      level: score.level,
      label: score.label,
      narrative: score.narrative,
    });
  }
  const column = new Map(inColumnOrder(reviews).map((r, i) => [r.id, i]));
  const order = (e: TimelineEntry) => column.get(e.reviewId) ?? -1;
  return entries.sort((a, b) => order(b) - order(a) || (b.date ?? '').localeCompare(a.date ?? ''));
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
