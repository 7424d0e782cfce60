// The board's figures for a plan at one review (GET /api/plans/{planId}/summary), as the plans page and the board
// dashboard read them. Checked against the OpenAPI document in contract.ts.

import { apiRoot, request, type DeadlineStatus, type Direction, type GridUpdate, type Review, type StaleReason } from './client';

/** An average at the previous and the chosen review; null when nothing was scored then. */
export interface AverageFigure {
  previous: number | null;
  current: number | null;
  /** As plans print it: one decimal place, halves away from zero (2.25 is 2.3). */
  previousRounded: number | null;
  currentRounded: number | null;
  direction: Direction;
  scoredPrevious: number;
  scoredCurrent: number;
}

export interface PriorityAverage {
  /** Null for the "ungrouped" figure of items outside any priority. */
  priorityId: number | null;
  number: string;
  title: string;
  figure: AverageFigure;
}

export interface LevelCount {
  value: number;
  label: string;
  colour: string;
  meansComplete: boolean;
  count: number;
}

/** One item in an exception list (overdue, declining, stale…), with who must explain it. */
export interface SummaryItem {
  kind: 'recommendation' | 'action' | 'measure';
  id: number;
  reference: string;
  text: string;
  /** Who must explain this row to the board: its own leads or the nearest above it. */
  leads: string[];
  level: number | null;
  levelLabel: string | null;
  deadline: string | null;
  deadlineStatus: DeadlineStatus | null;
  direction: Direction | null;
  directionOverride: string | null;
  directionOverrideReason: string | null;
  staleReasons: StaleReason[];
  latestUpdate: GridUpdate | null;
}

export interface Summary {
  planId: number;
  planTitle: string;
  /** The review the figures are for; null when the plan has no reviews yet. */
  review: Review | null;
  previousReview: Review | null;
  currentReviewId: number | null;
  isCurrentReview: boolean;
  today: string;
  scoredItemCount: number;
  levelCounts: LevelCount[];
  noScoreCount: number;
  averages: { method: string; overItems: AverageFigure; overPriorities: AverageFigure | null; priorities: PriorityAverage[] };
  directionCounts: Partial<Record<Direction, number>>;
  overdue: SummaryItem[];
  dueSoon: SummaryItem[];
  stale: SummaryItem[];
  declining: SummaryItem[];
  atWorstLevel: SummaryItem[];
  contradictingOverrides: SummaryItem[];
  awaitingSignOff: SummaryItem[];
}

/** A plan's figures at `reviewId` (default: its current review). Unknown plan or review: ApiError 404. */
export function getSummary(planId: number, reviewId?: number | null, signal?: AbortSignal): Promise<Summary> {
  const query = reviewId ? `?reviewId=${encodeURIComponent(reviewId)}` : '';
  return request<Summary>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/summary${query}`, { signal });
}
