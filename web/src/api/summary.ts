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
  /** Null when the priority has no printed number. */
  number: string | null;
  title: string;
  figure: AverageFigure;
}

export interface LevelCount {
  value: number;
  label: string;
  colour: string | null;
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
  /** The direction of travel the source printed, as a word and exactly as printed. */
  printedDirection: string | null;
  printedDirectionText: string | null;
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
  /** yyyy-mm-dd: the date overdue and due soon were judged on. */
  today: string;
  /** Why that date: today, asOf (asked for), or reviewDate (a past review is judged as at its own date). */
  judgedOn: JudgedOn;
  /** yyyy-mm-dd: the date asked for, if any. */
  asOf: string | null;
  scaleDirection: ScaleDirectionSummary;
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
  /** Directions of travel printed in the source that the scores contradict. */
  contradictingPrintedDirections: SummaryItem[];
  /** Items whose completion was printed in a source before the tracker existed (no board sign-off). */
  completeAsPrinted: SummaryItem[];
  /** Recommendations (and the scored rows under them) by the body the report addresses; empty when none are named. */
  addressees: AddresseeCount[];
  awaitingSignOff: SummaryItem[];
  /** Averages as printed in the plan or a board report, each checked against the scores. */
  reportedAverages: ReportedAverageCheck[];
  /** The other figures printed for this review (counts and percentages at a level, numbers of items), each checked. */
  printedFigures: PrintedFigureCheck[];
  deadlinesNotUnderstood: { kind: string; id: number; reference: string; text: string; problems: string[] }[];
  /** Dates a person should confirm (day first or month first), with why. */
  deadlinesToConfirm: DeadlineToConfirm[];
  /** The scorecard in brief: counts by RAG and the indicators off target or getting worse; null when the plan has no indicators. */
  indicators: SummaryIndicators | null;
}

export type JudgedOn = 'today' | 'asOf' | 'reviewDate';

/** What the printed directions of travel say about a scale whose direction nobody wrote down. */
export interface ScaleDirectionReading {
  /** Printed directions beside a score that moved (only those can tell the two readings apart). */
  compared: number;
  agreeIfHigherIsBetter: number;
  agreeIfLowerIsBetter: number;
  /** true: the printed directions imply higher is better; false: lower; null: they do not settle it. */
  implied: boolean | null;
  explanation: string;
}

export interface ScaleDirectionSummary {
  stated: boolean;
  higherIsBetter: boolean | null;
  /** Only when the direction is not stated. */
  reading: ScaleDirectionReading | null;
}

export interface AddresseeCount {
  addressee: string;
  recommendations: number;
  scoredItems: number;
}

/** A printed average checked against the scores: which mean (if either) it agrees with. */
export interface ReportedAverageCheck {
  id: number;
  priorityId: number | null;
  /** "Whole plan", "Priority 2". */
  scope: string;
  printed: number;
  /** Where it was printed ("Board report, March"). */
  source: string | null;
  /** The mean over scored items, to one decimal (null when nothing is scored). */
  overItems: number | null;
  /** The mean of the priority figures (the whole plan's figure only). */
  overPriorities: number | null;
  /** overItems, overPriorities, or null when it agrees with neither. */
  matches: 'overItems' | 'overPriorities' | null;
  disagrees: boolean;
  explanation: string;
}

/** A printed figure checked against the scores: agrees, disagrees, or cannot be checked, with why. */
export interface PrintedFigureCheck {
  id: number;
  priorityId: number | null;
  /** "Whole plan", "Priority 2". */
  scope: string;
  kind: string;
  level: number | null;
  label: string;
  valueText: string;
  value: number | null;
  claims: string | null;
  source: string | null;
  /** What the scores give for the same figure; null when it cannot be worked out. */
  computed: number | null;
  verdict: 'agrees' | 'disagrees' | 'cannotCheck' | string;
  explanation: string;
}

export interface DeadlineToConfirm {
  kind: string;
  id: number;
  reference: string;
  text: string;
  reasons: string[];
}

/**
 * A plan's figures at `reviewId` (default: its current review), as they stood on `asOf` (yyyy-mm-dd) when given.
 * Unknown plan or review: ApiError 404; a review held after asOf, or a date out of range: ApiError 400.
 */
export function getSummary(planId: number, reviewId?: number | null, signal?: AbortSignal, asOf?: string | null): Promise<Summary> {
  const query = new URLSearchParams();
  if (reviewId) query.set('reviewId', String(reviewId));
  if (asOf) query.set('asOf', asOf);
  const text = query.toString();
  return request<Summary>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/summary${text ? `?${text}` : ''}`, { signal });
}

/** The scorecard beside the plan's exceptions (GET /api/plans/{planId}/summary, "indicators"). */
export interface SummaryIndicators {
  asOf: string;
  asOfLabel: string;
  total: number;
  counts: { green: number; amber: number; red: number; noTarget: number; noValue: number; declining: number };
  /** Red first, then amber, then those only getting worse. */
  offTargetOrWorse: SummaryIndicator[];
}

export interface SummaryIndicator {
  id: number;
  reference: string;
  name: string;
  period: string | null;
  latest: string;
  target: string | null;
  rag: 'green' | 'amber' | 'red' | 'no-target' | 'no-value';
  direction: 'improving' | 'maintained' | 'declining' | 'up' | 'down' | 'not-comparable';
  ragSentence: string;
  directionSentence: string;
  /** A ratio indicator's words and counts (the latest period's, and the year to date's sums); null for the others. */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  numerator: number | null;
  denominator: number | null;
  /** The year to date as displayed ("86.3%"), or null. */
  yearToDate: string | null;
  yearToDateNumerator: number | null;
  yearToDateDenominator: number | null;
}
