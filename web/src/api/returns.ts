// The monthly return, offline and back (issue 11): download a review's return workbook, upload it filled in for a dry
// run, read that dry run again, and apply it. The types mirror api/Features/Import/Returns/ReturnResponse.cs and
// api/Domain/Import/Returns/ReturnJudge.cs; the API writes enums as camelCase words.

import { ifMatch } from './admin';
import { request } from './client';
import { returnsPath } from './return-download';
import { postWithProgress } from './upload';

/** change: applying saves it; conflict: someone else changed the score since the download (never overwritten). */
export type ReturnOutcome = 'unchanged' | 'change' | 'invalid' | 'conflict' | 'skipped';

export type ReturnFindingKind =
  | 'notOnScale'
  | 'notADate'
  | 'evidenceNeeded'
  | 'notYours'
  | 'keyMissing'
  | 'keyChanged'
  | 'repeated'
  | 'notInPlan'
  | 'conflict'
  | 'note';

export type FieldChange = 'unchanged' | 'added' | 'changed' | 'removed';

export interface ReturnCounts {
  /** Rows read below the header (blank rows are not counted). */
  rows: number;
  /** Rows that change a score (once applied: rows saved). */
  changes: number;
  unchanged: number;
  invalid: number;
  conflicts: number;
  skipped: number;
}

/** A score as a row asks for it or as the tracker holds it; levelText is "3 On track" or "No score". */
export interface ReturnValues {
  level: number | null;
  levelText: string;
  update: string | null;
  /** yyyy-mm-dd */
  updateDate: string | null;
  evidence: string | null;
}

export interface ReturnChange {
  levelFrom: string;
  levelTo: string;
  levelChanged: boolean;
  update: FieldChange;
  updateDate: FieldChange;
  evidence: FieldChange;
  /** "No score → 3 On track; update added". */
  summary: string;
}

/** One row that does something, or cannot. */
export interface ReturnRow {
  row: number;
  /** "Sheet 'Return', row 12". */
  where: string;
  outcome: ReturnOutcome;
  /** recommendation, action or measure; null when the row's key could not be read. */
  itemType: 'recommendation' | 'action' | 'measure' | null;
  itemId: number | null;
  reference: string | null;
  text: string | null;
  /** What the row asks for. */
  yours: ReturnValues | null;
  /** What the tracker holds now (once applied: held before the apply). */
  theirs: ReturnValues | null;
  change: ReturnChange | null;
}

export interface ReturnFinding {
  kind: ReturnFindingKind;
  message: string;
  /** "Sheet 'Return', row 12, column H". */
  where: string;
  row: number;
}

/** An uploaded return and its dry run; once applied (status committed), what the apply did. */
export interface ReturnUpload {
  id: number;
  planId: number;
  reviewId: number;
  reviewLabel: string;
  status: 'pending' | 'committed' | string;
  fileName: string;
  sizeBytes: number;
  createdBy: string;
  createdAt: string;
  committedAt: string | null;
  madeFor: string | null;
  /** When the workbook was made (UTC). */
  madeAt: string | null;
  version: number;
  counts: ReturnCounts;
  /** Every row that is not unchanged, in workbook order. */
  rows: ReturnRow[];
  findings: ReturnFinding[];
  /** What is true of the whole return (a closed review, the reader's notes on the file). */
  notes: string[];
  canApply: boolean;
}

const uploaded = (planId: number, importId: number) => `${returnsPath(planId)}/uploads/${encodeURIComponent(importId)}`;

/**
 * Uploads a filled-in return; `onProgress` hears the share sent (0 to 1). With `reviewId`, a return made for another
 * review is refused. A workbook that is no return: ApiError 400 naming "file" (or "reviewId").
 */
export function uploadReturn(planId: number, file: File, reviewId: number | null, onProgress: (sent: number) => void, signal?: AbortSignal): Promise<ReturnUpload> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (reviewId !== null) form.append('reviewId', String(reviewId));
  return postWithProgress<ReturnUpload>(returnsPath(planId), form, onProgress, signal);
}

/** A return this account uploaded, judged against the tracker as it is now (or, once applied, what was done). */
export function getReturnUpload(planId: number, importId: number, signal?: AbortSignal): Promise<ReturnUpload> {
  return request<ReturnUpload>('GET', uploaded(planId, importId), { signal });
}

/** Saves the return's changed rows in one transaction; 409 when the review is closed or it was applied already. */
export function applyReturn(planId: number, importId: number, version: number): Promise<ReturnUpload> {
  return request<ReturnUpload>('POST', `${uploaded(planId, importId)}/apply`, { ifMatch: ifMatch(version) });
}
