// What the scrutiny report's print view says, worked out without the DOM (report-view.test.ts): which review and date
// the address asks for, how figures, deadlines and dates are written (a review known only by its label says "no date"),
// the plan's own words for its people columns, where inherited people and deadlines come from, which score-history
// columns fit on paper, and the words on the download links. The report's sentences, counts and checks come from the
// API; nothing here recomputes them.

import type { GridLevel, Review } from '../api/client';
import type { Report, ReportFormat, ReportLevelCount, ReportPlan, ReportReview, ReportRow } from '../api/report';
import { columnHeadings } from './grid-cells';
import { formatDate, reviewDateText, reviewWords } from './grid-rows';
import { validAsOf } from './grid-state';
import { scaleDirectionWords } from './levels';

/** What ?review= in the address asks for: nothing (the current review), one review, or something that is no review id. */
export type ReviewChoice = { kind: 'current' } | { kind: 'review'; reviewId: number } | { kind: 'invalid' };

/** Reads ?review=. An empty value means the current review; anything but a positive whole number is invalid. */
export function reviewChoice(value: string | null): ReviewChoice {
  if (value === null || value.trim() === '') return { kind: 'current' };
  if (!/^[1-9][0-9]{0,14}$/.test(value.trim())) return { kind: 'invalid' };
  return { kind: 'review', reviewId: Number(value.trim()) };
}

/** What ?asOf= asks for: today (none), a date, or something that is no date the tracker can judge. */
export type AsOfChoice = { kind: 'today' } | { kind: 'date'; asOf: string } | { kind: 'invalid'; text: string };

/** Reads ?asOf= (yyyy-mm-dd, 1990 to 2100, as the grid and dashboard take it); an empty value means today. */
export function asOfChoice(value: string | null): AsOfChoice {
  if (value === null || value.trim() === '') return { kind: 'today' };
  const asOf = validAsOf(value.trim());
  return asOf ? { kind: 'date', asOf } : { kind: 'invalid', text: value };
}

/**
 * Whether the toolbar's "Show report" keeps the review chosen when the date changes: a new date starts at the latest
 * review held by then (any later one would be refused), unless another review was chosen at the same time.
 */
export function keepReviewOnShow(chosenReview: string, shownReview: number, chosenAsOf: string | null, shownAsOf: string | null): boolean {
  return chosenReview !== '' && (chosenAsOf === shownAsOf || chosenReview !== String(shownReview));
}

/** An average as printed in the plan: one decimal place ("2.0"), or words when there is none. */
export function averageText(value: number | null | undefined): string {
  return value === null || value === undefined ? 'No figure' : value.toFixed(1);
}

/** The chooser's words for a review: "RAG 11/26, 20 November 2026 (open)", or "RAG 03/18, no date". */
export function reviewOptionText(review: Pick<Review, 'label' | 'reviewDate' | 'status'>): string {
  const status = review.status === 'open' ? ' (open)' : '';
  return `${review.label}, ${reviewDateText(review.reviewDate)}${status}`;
}

/** "RAG 11/26 (20 November 2026)", or "RAG 03/18 (no date)": a review named with its date, as headings and notes print it. */
export function reviewWithDate(review: Pick<ReportReview, 'label' | 'reviewDate'>): string {
  return reviewWords(review);
}

/** A review column's date under its label: "20 November 2026", or "no date" for a column known only by its label. */
export function columnDate(review: Pick<ReportReview, 'reviewDate'>): string {
  return reviewDateText(review.reviewDate);
}

/** The plan's version as its header prints it: "Plan version v3.2 of 1 March 2026."; null when neither is recorded. */
export function planVersionWords(plan: Pick<ReportPlan, 'planVersion' | 'planDate'>): string | null {
  const version = plan.planVersion?.trim();
  if (version && plan.planDate) return `Plan version ${version} of ${formatDate(plan.planDate)}.`;
  if (version) return `Plan version ${version}.`;
  if (plan.planDate) return `Plan dated ${formatDate(plan.planDate)} (version not recorded).`;
  return null;
}

/** The scale in a sentence: "Scored on “Progress 1 to 5” (higher is better).", or that which end is better is not stated. */
export function scaleWords(plan: Pick<ReportPlan, 'scaleName' | 'higherIsBetter'>): string {
  return `Scored on “${plan.scaleName}” (${scaleDirectionWords(plan.higherIsBetter)}).`;
}

/** The heading over the whole plan's people column: the plan's own words when it printed any ("Assigned lead and Responsible officer"). */
export function peopleHeading(plan: Pick<ReportPlan, 'leadHeading' | 'ownerHeading'>): string {
  if (!plan.leadHeading?.trim() && !plan.ownerHeading?.trim()) return 'Lead and owners';
  const { lead, owners } = columnHeadings(plan);
  return `${lead} and ${owners}`;
}

/** What the plan calls its leads ("Assigned lead"), or Lead: the exception lists' people column. */
export function leadHeading(plan: Pick<ReportPlan, 'leadHeading' | 'ownerHeading'>): string {
  return columnHeadings(plan).lead;
}

/** What the plan calls its owners ("Responsible officer"), or Owners: the label before a row's owners. */
export function ownerHeading(plan: Pick<ReportPlan, 'leadHeading' | 'ownerHeading'>): string {
  return columnHeadings(plan).owners;
}

/** Where inherited people or a deadline come from, in words beside them: "(from action 1.1)"; "" for the row's own. */
export function inheritedWords(from: string | null | undefined): string {
  return from?.trim() ? `(from ${from.trim()})` : '';
}

/** A recommendation's addressees as printed: "Addressed to the local authority; the safeguarding partnership"; "" for none. */
export function addresseeWords(addressees: readonly string[]): string {
  const named = addressees.map((a) => a.trim()).filter((a) => a !== '');
  return named.length === 0 ? '' : `Addressed to ${named.join('; ')}`;
}

/** The as-of notice: which date the figures stood on, and what that leaves out; null for today's report. */
export function asOfNotice(report: Pick<Report, 'asOf' | 'reviews'>): { title: string; detail: string } | null {
  if (!report.asOf) return null;
  const last = report.reviews[report.reviews.length - 1];
  return {
    title: `Figures as they stood on ${formatDate(report.asOf)}`,
    detail:
      'Reviews held after that date are left out' +
      (last ? `: the latest review shown is ${reviewWords(last)}.` : ': no review had been held by then.'),
  };
}

/** The direction-of-travel counts to show, in order: "Changed" instead of improving and declining where the scale does not say which end is better. */
export function directionCountKeys(higherIsBetter: boolean | null): ('improving' | 'maintained' | 'declining' | 'new' | 'noData' | 'changed')[] {
  return higherIsBetter === null ? ['changed', 'maintained', 'new', 'noData'] : ['improving', 'maintained', 'declining', 'new', 'noData'];
}

/** The levels of the report's scale in the shape the level tag draws (the report carries each level's colour). */
export function levelsOf(counts: readonly ReportLevelCount[]): GridLevel[] {
  return counts.map((c) => ({ value: c.value, label: c.label, colour: c.colour, meaning: null, meansComplete: false }));
}

/** A deadline in words: as written, the date understood from it, and its status when it needs attention. */
export interface DeadlineWords {
  /** As written in the plan ("Sep-26"), or "No deadline". */
  written: string;
  /** "Due by 30 September 2026", or "" when no date was understood. */
  dueBy: string;
  /** "Overdue" or "Due within 30 days" as a tag; other statuses are plain words. */
  status: { text: string; kind: 'overdue' | 'due-soon' | 'plain' } | null;
}

export function deadlineWords(row: Pick<ReportRow, 'deadlineText' | 'dueBy' | 'deadlineStatus' | 'deadlineStatusText'>): DeadlineWords {
  const written = row.deadlineText?.trim() ? row.deadlineText.trim() : 'No deadline';
  const dueBy = row.dueBy ? `Due by ${formatDate(row.dueBy)}` : '';
  const text = row.deadlineStatusText?.trim() ?? '';
  const kind: 'overdue' | 'due-soon' | 'plain' = row.deadlineStatus === 'overdue' ? 'overdue' : row.deadlineStatus === 'dueSoon' ? 'due-soon' : 'plain';
  // "No date" only repeats "No deadline", and "Ongoing" or "Completed" written as the deadline need not be said twice.
  const repeats = kind === 'plain' && (row.deadlineStatus === 'noDate' || text.toLowerCase() === written.toLowerCase());
  const status = !text || repeats ? null : { text, kind };
  return { written, dueBy, status };
}

/** "Updated 8 November 2026", or "" when the update has no date. */
export function updatedOn(date: string | null | undefined): string {
  return date ? `Updated ${formatDate(date)}` : '';
}

/** Why a deadline's date should be confirmed, in one line: "Date to confirm: "01/02/2027" could be …". */
export function confirmWords(reasons: readonly string[]): string {
  const text = reasons.map((r) => r.trim()).filter((r) => r !== '');
  return text.length === 0 ? '' : `Date to confirm: ${text.join(' ')}`;
}

/** How many score-history columns fit on a landscape A4 page beside the item, lead, deadline and update (as the Word download). */
export const printedHistoryColumns = 6;

/** Which history columns are left off paper: the earliest ones beyond the latest `max`, with a sentence saying so. */
export function earlierColumns(reviews: readonly ReportReview[], max = printedHistoryColumns): { hidden: number; note: string } {
  const hidden = Math.max(0, reviews.length - max);
  if (hidden === 0) return { hidden, note: '' };
  const first = reviews[0]!.label;
  const last = reviews[hidden - 1]!.label;
  const which = hidden === 1 ? `the earliest review, ${first}, is` : `the ${hidden} earliest reviews, ${first} to ${last}, are`;
  return {
    hidden,
    note: `On paper this table shows the latest ${max} reviews; ${which} on screen and in the Excel and CSV downloads.`,
  };
}

const formats: Record<ReportFormat, string> = {
  docx: 'Word',
  xlsx: 'Excel',
  csv: 'CSV',
  'scorecard/csv': 'CSV',
};

/** The words of a download link: "Download as Word (.docx)", "Download the scorecard as CSV (.csv)". */
export function downloadText(format: ReportFormat): string {
  return format === 'scorecard/csv' ? 'Download the scorecard as CSV (.csv)' : `Download as ${formats[format]} (.${format})`;
}

/** An exception list's heading with its count in words: "Overdue: 2 success measures", "Overdue: none". */
export function exceptionHeading(heading: string, count: number, noun: string, nounPlural: string): string {
  return `${heading}: ${count === 0 ? 'none' : `${count} ${count === 1 ? noun : nounPlural}`}`;
}

/** A noun with a capital, for column headings: "success measures" is "Success measures". */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
