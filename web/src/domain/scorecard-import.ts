// The scorecard's CSV import page (issue 15), DOM-free (scorecard-import.test.ts): the dry run's counts in words, what
// the import button says and why it may be disabled, the refused and asked lines as the error summary's problems (each
// naming its line and column), and the query the API takes. The judgements are the API's
// (POST /api/plans/{planId}/indicator-values/import); the page only words what it sends.

import type { FieldError } from '../api/problems';

export type ImportOutcome = 'new' | 'change' | 'unchanged' | 'skipped' | 'refused' | 'asked';
export type ZeroAnswer = 'real' | 'no-data';

export interface ImportCounts {
  rows: number;
  new: number;
  changes: number;
  unchanged: number;
  skipped: number;
  refused: number;
  asked: number;
}

export interface ImportRowLike {
  row: number;
  indicator: string;
  outcome: ImportOutcome;
  reasons: readonly { column: string; message: string }[];
  question: string | null;
}

export interface ImportChoices {
  zeroes: ZeroAnswer | null;
  replaceExisting: boolean;
}

export const outcomeWords: Record<ImportOutcome, string> = {
  new: 'New',
  change: 'Changes a value',
  unchanged: 'Unchanged',
  skipped: 'Skipped',
  refused: 'Refused',
  asked: 'Question',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 lines: 8 new values, 1 change to a value already entered, 2 unchanged, 1 skipped, 1 refused, 1 with a question." */
export function countsSentence(counts: ImportCounts): string {
  const parts = [
    plural(counts.new, 'new value', 'new values'),
    plural(counts.changes, 'change to a value already entered', 'changes to values already entered'),
    `${counts.unchanged} unchanged`,
    `${counts.skipped} skipped`,
    `${counts.refused} refused`,
    `${counts.asked} with a question about a 0`,
  ];
  return `${plural(counts.rows, 'line', 'lines')}: ${parts.join(', ')}.`;
}

/** How many values an import with these choices saves, as the dry run read them. */
export function valuesToImport(counts: ImportCounts, choices: ImportChoices): number {
  return counts.new + (choices.replaceExisting ? counts.changes : 0);
}

/** "Import 1 value", "Import 8 values". */
export function importButtonText(count: number): string {
  return `Import ${plural(count, 'value', 'values')}`;
}

/**
 * Why the import cannot run yet, or null when it can: the API saves all or nothing, so a refused line, an unanswered
 * question or a change without "replace" stops it, and there must be something to save.
 */
export function blockedReason(counts: ImportCounts, choices: ImportChoices, answersChecked: boolean): string | null {
  if (!answersChecked) return 'Your answers have changed: check the file again to see what they do before importing.';
  if (counts.refused > 0) return `Nothing can be imported yet: ${plural(counts.refused, 'line is', 'lines are')} refused. Correct the file and check it again.`;
  if (counts.asked > 0) return `Nothing can be imported yet: say how to read the ${plural(counts.asked, '0 that looks', '0s that look')} like a placeholder, then check again.`;
  if (counts.changes > 0 && !choices.replaceExisting) {
    return `Nothing can be imported yet: ${plural(counts.changes, 'line changes a value', 'lines change values')} already entered. Choose to replace them, or remove ${counts.changes === 1 ? 'that line' : 'those lines'} from the file.`;
  }
  if (valuesToImport(counts, choices) === 0) return 'There is nothing to import: every value in the file is already in the scorecard or the line is blank.';
  return null;
}

/** The id of a line's header cell in the dry run's table, which the error summary's links focus. */
export function lineId(row: number): string {
  return `import-line-${row}`;
}

/** The refused and asked lines as the error summary's problems, each naming its line and column, linked to its row. */
export function rowProblems(rows: readonly ImportRowLike[]): FieldError[] {
  const problems: FieldError[] = [];
  for (const r of rows) {
    if (r.outcome === 'refused') {
      for (const reason of r.reasons) problems.push({ field: lineId(r.row), message: `Line ${r.row}, column “${reason.column}”: ${reason.message}` });
    } else if (r.outcome === 'asked') {
      problems.push({ field: lineId(r.row), message: `Line ${r.row}: ${r.question ?? `is the 0 for ${r.indicator} a real zero?`}` });
    }
  }
  return problems;
}

/** The import's query: a dry run or the commit, and the answers. */
export function importQuery(dryRun: boolean, choices: ImportChoices): string {
  const q = new URLSearchParams();
  q.set('dryRun', String(dryRun));
  if (choices.zeroes) q.set('zeroes', choices.zeroes);
  if (choices.replaceExisting) q.set('replaceExisting', 'true');
  return `?${q.toString()}`;
}

/** "Imported 8 values: 7 new and 1 replaced." */
export function importedSentence(counts: ImportCounts, choices: ImportChoices): string {
  const replaced = choices.replaceExisting ? counts.changes : 0;
  const total = counts.new + replaced;
  return `Imported ${plural(total, 'value', 'values')} into the scorecard: ${counts.new} new and ${replaced} replaced.`;
}
