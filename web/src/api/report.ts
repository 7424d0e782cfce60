// The scrutiny report (issue 5): its JSON as GET /api/plans/{planId}/report returns it, and the addresses of its
// downloads. The types mirror api/Features/Reports/ReportModel.cs field for field and live only here, so a change
// on the server side is one edit. Dates are yyyy-mm-dd; enums are camelCase words.

import { apiRoot, request, type DeadlineStatus, type Direction, type Review } from './client';

/** The scrutiny report of a plan at one review. */
export interface Report {
  plan: ReportPlan;
  /** The review reported on; null when the plan has no reviews yet. */
  review: ReportReview | null;
  /** The review before it, which direction of travel and the averages compare with; null for the first review. */
  previousReview: ReportReview | null;
  /** True when the review reported on is the plan's current one (the latest open, or the latest). */
  isCurrentReview: boolean;
  /** The date (UK time) that overdue was judged on. */
  today: string;
  /** When the report was made, UTC, ISO 8601. */
  generatedAt: string;
  summary: ReportSummary;
  /** Averages per priority; empty for plans not grouped by priority. */
  priorities: ReportPriority[];
  /** Declining, at the worst level, overdue, stale, contradicting overrides, awaiting sign-off: all six, in that order. */
  exceptions: ReportException[];
  /** The score-history columns: every review up to and including the one reported on, oldest first. */
  reviews: ReportReview[];
  /** The whole plan in reading order, scored rows marked. */
  rows: ReportRow[];
  /** "Plan version v3.2 · Review: RAG 11/26 (20 November 2026) · Generated 23 November 2026 09:30". */
  footer: string;
}

export interface ReportPlan {
  id: number;
  title: string;
  sourceType: string;
  sourceReportDate: string | null;
  overallJudgement: string | null;
  planVersion: string | null;
  status: string;
  scaleName: string;
  /** Null when the source never said which end of the scale is good. */
  higherIsBetter: boolean | null;
  groupedByPriority: boolean;
  /** recommendation, action or measure: the rows that carry scores. */
  scoreLevel: string;
  /** "recommendation", "action", "success measure". */
  itemNoun: string;
  itemNounPlural: string;
}

export interface ReportReview {
  id: number;
  label: string;
  /** Null for a review known only by its label. */
  reviewDate: string | null;
  status: string;
}

export interface ReportSummary {
  /** The summary in plain English, in reading order. */
  sentences: string[];
  scoredItems: number;
  noScoreCount: number;
  overall: ReportAverage;
  /** The mean of the priority averages (grouped plans only). */
  overPriorities: ReportAverage | null;
  averageMethod: string;
  /** Every level of the scale, lowest value first, with its count (zeros included). */
  levelCounts: ReportLevelCount[];
  directionCounts: ReportDirectionCounts;
}

/** An average at the previous review and at this one, to one decimal, and its direction of travel. */
export interface ReportAverage {
  previous: number | null;
  current: number | null;
  direction: Direction;
  directionText: string;
  scoredPrevious: number;
  scoredCurrent: number;
}

export interface ReportLevelCount {
  value: number;
  label: string;
  /** Null when the scale gives the level no colour. */
  colour: string | null;
  textColour: string;
  count: number;
}

export interface ReportDirectionCounts {
  improving: number;
  maintained: number;
  declining: number;
  new: number;
  noData: number;
}

export interface ReportPriority {
  number: string | null;
  title: string;
  previous: number | null;
  current: number | null;
  direction: Direction;
  directionText: string;
  /** "Priority 1, Help and protection: the average moved from 3.0 to 2.5, a decline." */
  sentence: string;
}

/** A level as shown in a cell: colour, a text colour with AA contrast on it, and the words ("3 Green"). */
export interface ReportLevel {
  value: number;
  label: string;
  /** Null when the scale gives the level no colour. */
  colour: string | null;
  textColour: string;
  text: string;
}

export type ReportExceptionKind = 'declining' | 'worstLevel' | 'overdue' | 'stale' | 'contradictingOverride' | 'awaitingSignOff';

export interface ReportException {
  kind: ReportExceptionKind | string;
  heading: string;
  /** What to print when the list is empty ("No recommendation is overdue."). */
  emptyText: string;
  items: ReportExceptionItem[];
}

export interface ReportExceptionItem {
  kind: string;
  id: number;
  reference: string;
  text: string;
  /** Who answers for the item, joined with commas. */
  leads: string;
  /** The score in the review; null for no score. */
  level: ReportLevel | null;
  latestUpdate: string | null;
  latestUpdateDate: string | null;
  /** Why it is on this list, in words: "Down from 4 Complete in RAG 09/26". */
  detail: string;
}

export interface ReportRow {
  /** priority, recommendation, action or measure. */
  kind: string;
  id: number;
  /** 0 for the top rows, one more for each level down. */
  depth: number;
  /** Only scored rows carry scores, direction and updates. */
  isScored: boolean;
  /** "1 / 1.1 / 2". */
  reference: string;
  text: string;
  priority: string | null;
  recommendation: string | null;
  action: string | null;
  leads: string;
  owners: string;
  /** The deadline as written, on the row or inherited from the row above. */
  deadlineText: string | null;
  dueBy: string | null;
  deadlineStatus: DeadlineStatus | null;
  deadlineStatusText: string;
  /** One entry per review column: null when the item has no entry in that review. */
  scores: (ReportScore | null)[];
  direction: Direction | null;
  /** The direction in words, with any override beside it. */
  directionText: string;
  latestUpdate: string | null;
  latestUpdateDate: string | null;
}

/** A score in one review column: the level (null when the review recorded no score) and what the sheet said. */
export interface ReportScore {
  reviewId: number;
  level: ReportLevel | null;
  recordedAs: string | null;
  /** "3 Green", or "No score" (with what was recorded: "No score (update not available)"). */
  text: string;
}

export type ReportFormat = 'docx' | 'xlsx' | 'csv';

/** The report at `reviewId` (the current review when absent). Unknown plan or review: ApiError 404 naming planId or reviewId. */
export function getReport(planId: number, reviewId: number | undefined, signal?: AbortSignal): Promise<Report> {
  return request<Report>('GET', reportUrl(planId, reviewId), { signal });
}

/** The plan's reviews in date order, for the review chooser (the report itself lists only those up to its review). */
export function listReviews(planId: number, signal?: AbortSignal): Promise<Review[]> {
  return request<Review[]>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/reviews`, { signal });
}

/** Where a download of the report comes from; the server names the file after the plan and the review. */
export function reportDownloadUrl(planId: number, format: ReportFormat, reviewId: number | undefined): string {
  return reportUrl(planId, reviewId, `/${format}`);
}

function reportUrl(planId: number, reviewId: number | undefined, suffix = ''): string {
  const query = reviewId === undefined ? '' : `?reviewId=${encodeURIComponent(reviewId)}`;
  return `${apiRoot}/plans/${encodeURIComponent(planId)}/report${suffix}${query}`;
}
