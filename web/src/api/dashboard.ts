// The board's figures at one review, as GET /api/plans/{planId}/summary returns them (api/Features/Summary).

import { apiRoot, request, type DeadlineStatus, type Direction, type GridUpdate, type Review, type StaleReason } from './client';

export interface LevelCount {
  value: number;
  label: string;
  colour: string;
  meansComplete: boolean;
  count: number;
}

/** An average at the previous and at this review, unrounded and to one decimal, with its direction. */
export interface AverageFigure {
  previous: number | null;
  current: number | null;
  previousRounded: number | null;
  currentRounded: number | null;
  direction: Direction;
  scoredPrevious: number;
  scoredCurrent: number;
}

export interface PriorityAverage {
  priorityId: number | null;
  number: string;
  title: string;
  figure: AverageFigure;
}

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

/** The plan at one review (the current one when `reviewId` is null). Unknown plan or review: ApiError 404. */
export function getSummary(planId: number, reviewId: number | null, signal?: AbortSignal): Promise<Summary> {
  const query = reviewId ? `?reviewId=${encodeURIComponent(reviewId)}` : '';
  return request<Summary>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/summary${query}`, { signal });
}
