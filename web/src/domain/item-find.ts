// Finding one item in a plan's grid, with the rows above it (the detail page's breadcrumb), and what the page says
// about it: its history in review order, its dated updates newest first, its sign-off state and who may score it.
// DOM-free (item-find.test.ts).

import type { GridItem, GridLevel, GridScore, ItemKind, Review, Role } from '../api/client';
import type { GridScoreMore } from '../api/items';

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
  reviewDate: string;
  level: number | null;
  label: string | null;
  /** What the sheet said where there is no score ("update not available"), or null. */
  recordedAs: string | null;
  /** The item has a score row in this review (possibly "no score"); false means nothing was recorded at all. */
  recorded: boolean;
}

/** The item's score in every review of the plan, in date order. */
export function scoreHistory(reviews: readonly Review[], scores: readonly GridScore[]): HistoryPoint[] {
  return [...reviews]
    .sort((a, b) => a.reviewDate.localeCompare(b.reviewDate) || a.id - b.id)
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
  /** The date the update was written, or the review's date when the sheet gave none. */
  date: string;
  datedByReview: boolean;
  by: string;
  level: number | null;
  label: string | null;
  narrative: string;
}

/** Every review's narrative, newest first; reviews without an update are left out (the history chart shows their gap). */
export function timeline(reviews: readonly Review[], scores: readonly GridScore[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const score of scores) {
    const review = reviews.find((r) => r.id === score.reviewId);
    if (!review || !score.narrative?.trim()) continue;
    entries.push({
      reviewId: review.id,
      reviewLabel: review.label,
      date: score.narrativeDate ?? review.reviewDate,
      datedByReview: !score.narrativeDate,
      by: score.updatedBy,
      level: score.level,
      label: score.label,
      narrative: score.narrative,
    });
  }
  const order = (e: TimelineEntry) => reviews.find((r) => r.id === e.reviewId)?.reviewDate ?? '';
  return entries.sort((a, b) => order(b).localeCompare(order(a)) || b.date.localeCompare(a.date));
}

export type SignOffView =
  | { state: 'none' }
  | { state: 'pending'; evidence: string | null }
  | { state: 'signedOff' | 'rejected'; by: string | null; at: string | null; note: string | null; evidence: string | null };

/** The sign-off state of a score, with the board's note when it has been read (GET score); none when no sign-off applies. */
export function signOffView(score: (GridScore & GridScoreMore) | undefined, note: string | null = null): SignOffView {
  const evidence = score?.evidence ?? null;
  switch (score?.signOffStatus) {
    case 'pending':
      return { state: 'pending', evidence };
    case 'signedOff':
    case 'rejected':
      return { state: score.signOffStatus, by: score.signOffBy ?? null, at: score.signOffAt ?? null, note, evidence };
    default:
      return { state: 'none' };
  }
}

/** Board members and administrators decide on completions (the API's Allowed.Board). */
export function maySignOff(role: Role | null | undefined): boolean {
  return role === 'board' || role === 'administrator';
}

/**
 * Whether this person may score the item, as the API decides it (Scores/ScoreTarget.cs): board members and
 * administrators any item; a manager an item they, as a person, lead, are responsible for or own, or whose parent
 * recommendation or action they do. Viewers never. Only a hint for showing the link: the API still decides.
 */
export function mayScore(role: Role | null | undefined, personId: number | null | undefined, found: FoundItem): boolean {
  if (role === 'board' || role === 'administrator') return true;
  if (role !== 'manager' || personId == null) return false;
  const answers = (item: GridItem) =>
    item.leads.some((p) => p.id === personId) || item.responsibleOfficer?.id === personId || item.owners.some((p) => p.id === personId);
  return answers(found.item) || found.ancestors.some((a) => a.kind !== 'priority' && answers(a));
}

/** The levels, best first: the order a chart's axis reads from top to bottom, whichever way the scale runs. */
export function levelsBestFirst(levels: readonly GridLevel[], higherIsBetter: boolean): GridLevel[] {
  return [...levels].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
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
