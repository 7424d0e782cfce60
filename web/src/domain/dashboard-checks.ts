// The dashboard's reconciliation of what the plan's documents printed with what the scores say, and the date its
// figures were judged on, in words. The API does the checking (summary.reportedAverages, contradictingPrintedDirections,
// scaleDirection, ...); this only says it. DOM-free (dashboard-checks.test.ts).

import type { JudgedOn, ReportedAverageCheck, Summary, SummaryItem } from '../api/summary';
import { directionWords, formatDate } from './grid-rows';

/** "Deadlines judged on 23 November 2026 (today)." with why that date. */
export function judgedOnWords(summary: Pick<Summary, 'today' | 'judgedOn' | 'asOf' | 'review'>): string {
  const reasons: Record<JudgedOn, string> = {
    today: 'today',
    asOf: 'the date chosen: the figures are as they stood then, and reviews held after it are left out',
    reviewDate: `the date of ${summary.review?.label ?? 'the review'}: a past review is judged as at its own meeting`,
  };
  return `Overdue and due soon are judged on ${formatDate(summary.today)} (${reasons[summary.judgedOn] ?? summary.judgedOn}).`;
}

/** A figure to one decimal, as plans print it; "no figure" when there is none. */
export function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? 'no figure' : value.toFixed(1);
}

/** Which mean a printed average agrees with, in words. */
export function matchWords(check: Pick<ReportedAverageCheck, 'matches'>): string {
  switch (check.matches) {
    case 'overItems':
      return 'Agrees with the mean over scored items';
    case 'overPriorities':
      return 'Agrees with the mean of the priority figures';
    default:
      return 'Agrees with neither mean';
  }
}

/** "Scores say maintained; the source printed improving (“Improved”)." */
export function printedDirectionWords(item: Pick<SummaryItem, 'direction' | 'printedDirection' | 'printedDirectionText'>): string {
  const computed = directionWords(item.direction ?? 'noData').word.toLowerCase();
  const printed = directionWords(item.printedDirection ?? '').word.toLowerCase();
  const text = item.printedDirectionText?.trim();
  const asPrinted = text && text.toLowerCase() !== printed ? ` (“${text}”)` : '';
  return `Scores say ${computed}; the source printed ${printed}${asPrinted}.`;
}

/** The reconciliation's headline: how many printed things disagree with the scores, or that nothing does. */
export function reconciliationSummary(summary: Pick<Summary, 'reportedAverages' | 'contradictingPrintedDirections' | 'contradictingOverrides' | 'completeAsPrinted' | 'deadlinesToConfirm'>): string {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const averages = summary.reportedAverages.filter((a) => a.disagrees).length;
  if (averages > 0) parts.push(count(averages, 'printed average disagrees', 'printed averages disagree'));
  if (summary.contradictingPrintedDirections.length > 0) {
    parts.push(count(summary.contradictingPrintedDirections.length, 'printed direction of travel contradicts', 'printed directions of travel contradict'));
  }
  if (summary.contradictingOverrides.length > 0) parts.push(count(summary.contradictingOverrides.length, 'override contradicts', 'overrides contradict'));
  const checks = parts.length > 0 ? `${joinAnd(parts)} the scores.` : 'Nothing printed contradicts the scores.';
  const more: string[] = [];
  if (summary.completeAsPrinted.length > 0) more.push(count(summary.completeAsPrinted.length, 'item is complete only as printed in a source', 'items are complete only as printed in a source'));
  if (summary.deadlinesToConfirm.length > 0) more.push(count(summary.deadlinesToConfirm.length, 'deadline date needs confirming', 'deadline dates need confirming'));
  return more.length > 0 ? `${capitalise(checks)} ${capitalise(joinAnd(more))}.` : capitalise(checks);
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
