// The scrutiny report (issue 5, widened by issue 10): its JSON as GET /api/plans/{planId}/report returns it, and the
// addresses of its downloads, each optionally as of a date (asOf). The types mirror api/Features/Reports/ReportModel.cs field for field and live only here, so a change
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
  /** Why that date: today, the asOf date asked for, or a past review's own date. */
  judgedOn: JudgedOn;
  /** The date the figures are as of, when one was asked for (yyyy-mm-dd). */
  asOf: string | null;
  /** "Overdue and due soon are judged as at 23 November 2026, the day this report was made." */
  judgedOnText: string;
  /** When the report was made, UTC, ISO 8601. */
  generatedAt: string;
  summary: ReportSummary;
  /** Averages per priority; empty for plans not grouped by priority. */
  priorities: ReportPriority[];
  /**
   * Declining, at the worst level, overdue, stale, contradicting overrides, awaiting sign-off, complete as printed,
   * deadlines to confirm: all eight, in that order.
   */
  exceptions: ReportException[];
  /** What the plan printed (averages, directions of travel, the scale's sense) checked against the scores. */
  reconciliation: ReportReconciliation;
  /** The score-history columns: every review up to and including the one reported on, oldest first. */
  reviews: ReportReview[];
  /** The whole plan in reading order, scored rows marked. */
  rows: ReportRow[];
  /** The performance scorecard as at the latest month ended by the date judged on; null when the plan has no indicators. */
  scorecard: ReportScorecard | null;
  /** "Plan version v3.2 · Review: RAG 11/26 (20 November 2026) · Generated 23 November 2026 09:30 · Judged as at …". */
  footer: string;
}

export type JudgedOn = 'today' | 'asOf' | 'reviewDate';

export interface ReportPlan {
  id: number;
  title: string;
  sourceType: string;
  sourceReportDate: string | null;
  overallJudgement: string | null;
  planVersion: string | null;
  /** The date the plan's header gives for its version. */
  planDate: string | null;
  /** What the plan calls its people columns ("Assigned lead", "Responsible officer"); null for the tracker's words. */
  leadHeading: string | null;
  ownerHeading: string | null;
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
  /** Items complete as printed in a source document, never signed off in the tracker. */
  completeAsPrinted: number;
  /** Recommendations (and the scored items under them) by who they are addressed to; empty when none names anyone. */
  addressees: ReportAddresseeCount[];
}

export interface ReportAddresseeCount {
  /** As printed ("the safeguarding partnership"); "(none)" for recommendations that name nobody. */
  addressee: string;
  recommendations: number;
  scoredItems: number;
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
  /** Scores that moved on a scale that does not say which end is better (always 0 on other scales). */
  changed: number;
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

export type ReportExceptionKind =
  | 'declining'
  | 'worstLevel'
  | 'overdue'
  | 'stale'
  | 'contradictingOverride'
  | 'awaitingSignOff'
  | 'completeAsPrinted'
  | 'deadlineToConfirm'
  | 'contradictingPrintedDirection';

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
  /** Who answers for the item, joined with commas: its own leads, or the nearest row above's. */
  leads: string;
  /** Where the leads come from when the item names none ("action 1.1"); null when they are its own. */
  leadsInheritedFrom: string | null;
  /** "Dana Whitfield (from action 1.1)", or the names alone. */
  leadsText: string;
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
  /** "1 / 1.1 / 2": the printed numbers, an unnumbered level left out. */
  reference: string;
  /** The row's own number as printed; null when the source printed none. */
  number: string | null;
  text: string;
  /** Who the recommendation is addressed to: a recommendation's own, or its recommendation's below it. */
  addressees: string[];
  priority: string | null;
  recommendation: string | null;
  action: string | null;
  leads: string;
  /** Set when the leads are the nearest row above's: "action 1.1", "the action above". */
  leadsInheritedFrom: string | null;
  owners: string;
  ownersInheritedFrom: string | null;
  /** "Dana Whitfield (from action 1.1)", or the names alone. */
  leadsText: string;
  ownersText: string;
  /** The deadline as written, on the row or inherited from the row above. */
  deadlineText: string | null;
  /** Set when the deadline is the row above's. */
  deadlineInheritedFrom: string | null;
  /** Why the date taken from the deadline should be confirmed; empty when it need not be. */
  deadlineToConfirm: string[];
  dueBy: string | null;
  deadlineStatus: DeadlineStatus | null;
  deadlineStatusText: string;
  /** One entry per review column: null when the item has no entry in that review. */
  scores: (ReportScore | null)[];
  direction: Direction | null;
  /** The direction in words, with any override beside it. */
  directionText: string;
  /** The direction the source printed for the review reported on (improving, maintained, declining); null when none. */
  printedDirection: string | null;
  /** Exactly as printed ("Improved", "↑"). */
  printedDirectionText: string | null;
  printedDirectionContradicts: boolean;
  latestUpdate: string | null;
  latestUpdateDate: string | null;
}

/** A score in one review column: the level (null when the review recorded no score) and what the sheet said. */
export interface ReportScore {
  reviewId: number;
  level: ReportLevel | null;
  recordedAs: string | null;
  /** A complete level copied from a document printed before the tracker, never signed off in it. */
  completeAsPrinted: boolean;
  sourceDocument: string | null;
  /** pending, signedOff or rejected for a complete level marked in the tracker; null otherwise. */
  signOffStatus: 'pending' | 'signedOff' | 'rejected' | null;
  /** "3 Green", or "No score" (with what was recorded: "No score (update not available)"). */
  text: string;
}

/** The board's reconciliation: printed averages beside both means, contradicting printed directions, the scale's sense. */
export interface ReportReconciliation {
  printedAverages: ReportPrintedAverage[];
  /** What to print when no average was recorded as printed for the review. */
  printedAveragesEmptyText: string;
  /** Shaped as an exception list (kind contradictingPrintedDirection). */
  contradictingPrintedDirections: ReportException;
  scaleDirection: ReportScaleDirection;
  /** Counts, percentages and boxes the plan printed, each checked against the scores where they can tell. */
  printedFigures: ReportPrintedFigure[];
  printedFiguresEmptyText: string;
  /** The inspection the plan answers and the report's recommendations no plan item answers; null when it answers none. */
  inspection: ReportInspectionCoverage | null;
}

export interface ReportPrintedFigure {
  id: number;
  scope: string;
  kind: string;
  label: string;
  /** Exactly as printed: "6", "45%". */
  valueText: string;
  claims: string | null;
  source: string | null;
  /** What the scores give, in the same form; null when the tracker cannot work it out. */
  computed: number | null;
  verdict: 'agrees' | 'disagrees' | 'cannotCheck';
  verdictText: string;
  explanation: string;
}

export interface ReportInspectionCoverage {
  name: string;
  overallJudgement: string | null;
  reportRecommendations: number;
  answered: number;
  gaps: { number: string | null; text: string; addressee: string | null; paragraphs: string | null }[];
}

export interface ReportPrintedAverage {
  id: number;
  priorityId: number | null;
  /** "Whole plan", or the priority. */
  scope: string;
  printed: number;
  source: string | null;
  overItems: number | null;
  /** Only for the whole of a grouped plan. */
  overPriorities: number | null;
  matches: 'overItems' | 'overPriorities' | null;
  /** "The mean of the priority figures", or "Neither". */
  matchesText: string;
  disagrees: boolean;
  explanation: string;
}

export interface ReportScaleDirection {
  stated: boolean;
  higherIsBetter: boolean | null;
  /** What the printed directions suggest when the scale does not say: true higher, false lower, null they do not say. */
  implied: boolean | null;
  compared: number;
  agreeIfHigherIsBetter: number;
  agreeIfLowerIsBetter: number;
  text: string;
}

/** scorecard/csv: the scorecard section as its own CSV file (a plan with indicators only). */
export type ReportFormat = 'docx' | 'xlsx' | 'csv' | 'scorecard/csv';

/**
 * The report at `reviewId` (the current review when absent), as of `asOf` (yyyy-mm-dd) when given. Unknown plan or
 * review: ApiError 404 naming planId or reviewId; a review held after asOf, or an asOf out of range: 400 naming it.
 */
export function getReport(planId: number, reviewId: number | undefined, signal?: AbortSignal, asOf?: string | null): Promise<Report> {
  return request<Report>('GET', reportUrl(planId, reviewId, '', asOf), { signal });
}

/** The plan's reviews in date order, for the review chooser (the report itself lists only those up to its review). */
export function listReviews(planId: number, signal?: AbortSignal): Promise<Review[]> {
  return request<Review[]>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/reviews`, { signal });
}

/** Where a download of the report comes from; the server names the file after the plan, the review and any asOf date. */
export function reportDownloadUrl(planId: number, format: ReportFormat, reviewId: number | undefined, asOf?: string | null): string {
  return reportUrl(planId, reviewId, `/${format}`, asOf);
}

function reportUrl(planId: number, reviewId: number | undefined, suffix = '', asOf?: string | null): string {
  const query = new URLSearchParams();
  if (reviewId !== undefined) query.set('reviewId', String(reviewId));
  if (asOf) query.set('asOf', asOf);
  const text = query.toString();
  return `${apiRoot}/plans/${encodeURIComponent(planId)}/report${suffix}${text ? `?${text}` : ''}`;
}

/** The report's "Performance scorecard" section, from the scorecard read model (docs/reports.md). */
export interface ReportScorecard {
  asOf: string;
  asOfLabel: string;
  yearLabel: string;
  /** "Performance scorecard: figures to September 2025". */
  heading: string;
  sentence: string;
  counts: { green: number; amber: number; red: number; noTarget: number; noValue: number; declining: number };
  indicators: ReportIndicator[];
}

export interface ReportIndicator {
  id: number;
  reference: string;
  name: string;
  unit: string;
  decimalPlaces: number;
  polarity: string;
  polarityText: string;
  frequency: string;
  owners: string;
  period: string | null;
  periodLabel: string | null;
  value: number | null;
  state: string | null;
  valueText: string;
  target: number | null;
  targetText: string;
  rag: string;
  ragText: string;
  ragSentence: string;
  direction: string;
  directionText: string;
  directionSentence: string;
  yearOnYear: string;
  yearOnYearText: string;
  yearToDate: number | null;
  yearToDateText: string;
  yearToDateSentence: string;
  baseline: number | null;
  baselineText: string;
  neighbours: number | null;
  neighboursText: string;
  neighboursGap: number | null;
  neighboursJudgement: string | null;
  needsAttention: boolean;
  /** A ratio indicator's words and counts (the latest period's, and the year to date's sums); null for the others. */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  numerator: number | null;
  denominator: number | null;
  /** "42 of 48 plans reviewed within timescales". */
  countsText: string | null;
  yearToDateNumerator: number | null;
  yearToDateDenominator: number | null;
  yearToDateCountsText: string | null;
}
