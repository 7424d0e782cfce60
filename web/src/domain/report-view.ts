// What the scrutiny report's print view says, worked out without the DOM (report-view.test.ts): which review the
// address asks for, how figures, deadlines and dates are written, which score-history columns fit on paper, and the
// words on the download links. The report's sentences and counts come from the API; nothing here recomputes them.

import type { GridLevel, Review } from '../api/client';
import type { ReportFormat, ReportLevelCount, ReportReview, ReportRow } from '../api/report';
import { formatDate } from './grid-rows';

/** What ?review= in the address asks for: nothing (the current review), one review, or something that is no review id. */
export type ReviewChoice = { kind: 'current' } | { kind: 'review'; reviewId: number } | { kind: 'invalid' };

/** Reads ?review=. An empty value means the current review; anything but a positive whole number is invalid. */
export function reviewChoice(value: string | null): ReviewChoice {
  if (value === null || value.trim() === '') return { kind: 'current' };
  if (!/^[1-9][0-9]{0,14}$/.test(value.trim())) return { kind: 'invalid' };
  return { kind: 'review', reviewId: Number(value.trim()) };
}

/** An average as printed in the plan: one decimal place ("2.0"), or words when there is none. */
export function averageText(value: number | null | undefined): string {
  return value === null || value === undefined ? 'No figure' : value.toFixed(1);
}

/** The chooser's words for a review: "RAG 11/26, 20 November 2026 (open)". */
export function reviewOptionText(review: Pick<Review, 'label' | 'reviewDate' | 'status'>): string {
  const status = review.status === 'open' ? ' (open)' : '';
  return `${review.label}, ${formatDate(review.reviewDate)}${status}`;
}

/** "RAG 11/26 (20 November 2026)": a review named with its date, as the report's headings and notes print it. */
export function reviewWithDate(review: Pick<ReportReview, 'label' | 'reviewDate'>): string {
  return `${review.label} (${formatDate(review.reviewDate)})`;
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
};

/** The words of a download link: "Download as Word (.docx)". */
export function downloadText(format: ReportFormat): string {
  return `Download as ${formats[format]} (.${format})`;
}

/** An exception list's heading with its count in words: "Overdue: 2 success measures", "Overdue: none". */
export function exceptionHeading(heading: string, count: number, noun: string, nounPlural: string): string {
  return `${heading}: ${count === 0 ? 'none' : `${count} ${count === 1 ? noun : nounPlural}`}`;
}

/** A noun with a capital, for column headings: "success measures" is "Success measures". */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
