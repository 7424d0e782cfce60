// What the monthly return's pages say: the dry run's counts in words, the rows sorted by what will happen to them, each
// row's item and values in words, why "Apply" cannot be pressed, and what an apply did. DOM-free
// (return-words.test.ts), so the wording is tested and the pages only lay it out.

import type { Review } from '../api/client';
import type { ReturnCounts, ReturnFinding, ReturnOutcome, ReturnRow, ReturnUpload, ReturnValues } from '../api/returns';
import { count } from './admin-words';
import { formatDate, kindLabels } from './grid-rows';

/** "a, b and c". */
function listWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/**
 * "4 rows read: 1 change to save, 1 unchanged, 1 changed by someone else since you downloaded the return and 1 that
 * cannot be saved." Kinds with none are left out; once applied, changes are "saved".
 */
export function countsText(counts: ReturnCounts, applied: boolean): string {
  if (counts.rows === 0) return 'The return has no item rows below its header, so there is nothing to save.';
  const parts: string[] = [];
  if (counts.changes > 0) parts.push(count(counts.changes, applied ? 'change saved' : 'change to save', applied ? 'changes saved' : 'changes to save'));
  if (counts.unchanged > 0) parts.push(`${counts.unchanged} unchanged`);
  if (counts.conflicts > 0) parts.push(`${counts.conflicts} changed by someone else since you downloaded the return`);
  if (counts.invalid > 0) parts.push(`${counts.invalid} that cannot be saved`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} left out`);
  return `${count(counts.rows, 'row')} read: ${listWords(parts)}.`;
}

/** "Apply 1 change", "Apply 3 changes": the button says what it will do. */
export function applyButtonText(changes: number): string {
  return `Apply ${count(changes, 'change')}`;
}

/** Why the return cannot be applied, or null when it can. */
export function cannotApplyReason(upload: Pick<ReturnUpload, 'status' | 'canApply' | 'reviewLabel' | 'counts'>): string | null {
  if (upload.status !== 'pending') return 'This return has been applied already. Upload the workbook again to apply newer entries.';
  if (!upload.canApply) return `${upload.reviewLabel} is closed, so nothing can be saved to it. Ask the board to reopen it, or enter your updates in the open review.`;
  if (upload.counts.changes === 0) {
    return upload.counts.conflicts + upload.counts.invalid + upload.counts.skipped > 0
      ? 'There is nothing to apply: no row changes a score in a way that can be saved. The rows above say why.'
      : 'There is nothing to apply: every row says what the tracker already holds.';
  }
  return null;
}

/** What an apply did, for the result page's status message. */
export function appliedText(upload: Pick<ReturnUpload, 'reviewLabel' | 'counts'>): string {
  const { counts } = upload;
  const saved = counts.changes === 0
    ? `Nothing was saved to ${upload.reviewLabel}: no row changed a score.`
    : `${count(counts.changes, 'change was', 'changes were')} saved to ${upload.reviewLabel}, with your name on ${counts.changes === 1 ? 'it' : 'each'}.`;
  const left = counts.conflicts + counts.invalid + counts.skipped;
  if (left === 0) return saved;
  return `${saved} ${count(left, 'row was', 'rows were')} not saved: ${leftOutParts(counts)}. ${left === 1 ? 'It is' : 'They are'} listed below.`;
}

function leftOutParts(counts: ReturnCounts): string {
  const parts: string[] = [];
  if (counts.conflicts > 0) parts.push(`${counts.conflicts} changed by someone else meanwhile`);
  if (counts.invalid > 0) parts.push(`${counts.invalid} that could not be saved`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} left out`);
  return listWords(parts);
}

/** The rows under the headings the page shows them in, each kind in workbook order. */
export function rowsByOutcome(rows: readonly ReturnRow[]): Record<Exclude<ReturnOutcome, 'unchanged'>, ReturnRow[]> {
  const of = (outcome: ReturnOutcome) => rows.filter((r) => r.outcome === outcome);
  return { change: of('change'), conflict: of('conflict'), invalid: of('invalid'), skipped: of('skipped') };
}

/** "Recommendation 1", "Success measure 2.1.a", or the row itself when its key could not be read ("Row 12"). */
export function itemWords(row: Pick<ReturnRow, 'itemType' | 'reference' | 'row'>): string {
  if (!row.itemType) return `Row ${row.row}`;
  const kind = kindLabels[row.itemType];
  return row.reference ? `${kind} ${row.reference}` : `${kind} (unnumbered)`;
}

/** A row's findings: why it is invalid, a conflict or left out (`notes: false`), or only what is worth knowing. */
export function findingsFor(findings: readonly ReturnFinding[], row: number, notes: boolean): ReturnFinding[] {
  return findings.filter((f) => f.row === row && (f.kind === 'note') === notes);
}

/** The notes of the whole return, then each row's, for the "Notes" list: what is worth knowing, nothing left out. */
export function noteFindings(findings: readonly ReturnFinding[]): ReturnFinding[] {
  return findings.filter((f) => f.kind === 'note');
}

/** A score in lines of words: the level first, then the update (or that there is none), its date and the evidence. */
export function valuesLines(values: ReturnValues | null): string[] {
  if (!values) return ['Nothing'];
  const lines = [values.levelText];
  lines.push(values.update ? `Update: “${values.update}”` : 'No update');
  if (values.updateDate) lines.push(`Dated ${formatDate(values.updateDate)}`);
  if (values.evidence) lines.push(`Evidence: “${values.evidence}”`);
  return lines;
}

/** "Sheet 'Return', row 12, column H" as the API wrote it; a row without a place is the row number. */
export function whereWords(finding: Pick<ReturnFinding, 'where' | 'row'>): string {
  return finding.where || `Row ${finding.row}`;
}

/**
 * The review a return upload is for: the one the address names, when the plan has it; otherwise the plan's open review
 * (the latest open one in column order, as the grid's current review is). Null when there is neither.
 */
export function reviewForReturn<R extends Pick<Review, 'id' | 'status' | 'position'>>(reviews: readonly R[], asked: number | null): R | null {
  if (asked !== null) return reviews.find((r) => r.id === asked) ?? null;
  const open = reviews.filter((r) => r.status === 'open').sort((a, b) => a.position - b.position);
  return open.at(-1) ?? null;
}

