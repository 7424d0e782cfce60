// The scorecard's CSV import (POST /api/plans/{planId}/indicator-values/import): a dry run, then the commit with the
// same answers. In a module of its own, used only by the import page's lazy chunk, with upload progress from upload.ts.

import { apiRoot } from './client';
import { postWithProgress } from './upload';
import type { ImportChoices, ImportCounts, ImportOutcome } from '../domain/scorecard-import';
import { importQuery } from '../domain/scorecard-import';
import type { ValueState } from '../domain/scorecard-words';

export interface ImportedValue {
  state: ValueState;
  value: number | null;
  note: string | null;
  display: string;
}

export interface ImportRowOutcome {
  row: number;
  indicator: string;
  indicatorId: number | null;
  period: string | null;
  periodLabel: string | null;
  outcome: ImportOutcome;
  value: ImportedValue | null;
  current: ImportedValue | null;
  reasons: { column: string; message: string }[];
  question: string | null;
}

export interface ImportReport {
  planId: number;
  dryRun: boolean;
  saved: boolean;
  counts: ImportCounts;
  columns: { header: string; readAs: string | null }[];
  rows: ImportRowOutcome[];
}

/** The largest CSV the API takes. */
export const maxImportBytes = 2 * 1024 * 1024;

/** Sends the CSV (a chosen file, or pasted text as a file) for a dry run or the import; a refused commit's problem carries `report`. */
export function importValues(planId: number, csv: File | string, dryRun: boolean, choices: ImportChoices, onProgress: (sent: number) => void): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', typeof csv === 'string' ? new Blob([csv], { type: 'text/csv' }) : csv, typeof csv === 'string' ? 'pasted.csv' : csv.name);
  return postWithProgress<ImportReport>(`${apiRoot}/plans/${encodeURIComponent(String(planId))}/indicator-values/import${importQuery(dryRun, choices)}`, body, onProgress);
}
