// Bringing a plan in from a council's file (issue 11): upload or paste, read the import back with its mapping and dry
// run, change the mapping, commit or discard it, and a plan's source files afterwards. Built on client.ts's request()
// (or, for an upload, upload.ts's postWithProgress with the same token, for the progress a 20 MB file needs), so every
// change carries the antiforgery token and every change to an import names the version it was read at (If-Match).
//
// The types mirror api/Features/Import/ImportResponse.cs and api/Domain/Import/{ImportMapping,ImportFinding}.cs; the
// API writes enums as camelCase words.

import { ifMatch } from './admin';
import { apiRoot, request } from './client';
import { postWithProgress } from './upload';

export type ItemLevelWord = 'priority' | 'recommendation' | 'action' | 'measure';

export type ColumnRoleWord =
  | 'ignore'
  | 'number'
  | 'text'
  | 'outcomeStatement'
  | 'lead'
  | 'owner'
  | 'deadline'
  | 'score'
  | 'printedDirection'
  | 'update'
  | 'updateDate'
  | 'evidence'
  | 'sourceReference'
  | 'addressee'
  | 'sourceParagraphs'
  | 'judgementArea';

export type FindingKindWord =
  | 'unreadableCell'
  | 'deadlineQuestion'
  | 'valueNotOnScale'
  | 'placeholder'
  | 'personCreated'
  | 'personMatched'
  | 'figureDisagrees'
  | 'rowSkipped'
  | 'blocking'
  | 'note';

export interface TableChoice {
  table: number;
  headerFrom: number;
  headerTo: number;
}

export interface ColumnMapping {
  column: number;
  header: string;
  role: ColumnRoleWord;
  level: ItemLevelWord | null;
  review: string | null;
}

export interface ReviewColumn {
  label: string;
  /** yyyy-mm-dd when the source gives one; never guessed from a label. */
  date: string | null;
}

export interface NewScaleLevel {
  value: number;
  label: string;
  colour: string | null;
  meansComplete: boolean;
}

export interface NewScale {
  name: string;
  higherIsBetter: boolean | null;
  levels: NewScaleLevel[];
}

export interface ScaleChoice {
  scaleId: number | null;
  new: NewScale | null;
}

/** A score cell's text (upper-cased) or a fill ("#92d050") and the level it means; level null is "no score". */
export interface ValueMapping {
  seen: string;
  level: number | null;
}

/** One person as a people cell writes them, and who they are: an existing person, or (personId null) a new one. */
export interface PersonMapping {
  seen: string;
  personId: number | null;
  name: string | null;
  jobTitle: string | null;
  email: string | null;
}

export interface RowRef {
  table: number;
  row: number;
}

export interface ImportPlanDetails {
  title: string;
  sourceType: string;
  planVersion: string | null;
  planDate: string | null;
  leadHeading: string | null;
  ownerHeading: string | null;
}

/** How to read a source into a plan (api/Domain/Import/ImportMapping.cs). */
export interface ImportMapping {
  tables: TableChoice[];
  columns: ColumnMapping[];
  levels: ItemLevelWord[];
  scoreLevel: ItemLevelWord;
  hierarchy: 'columns' | 'numbering';
  numbersInText: boolean;
  sectionRows: 'priority' | 'ignore';
  tableHeadingsArePriorities: boolean;
  splitLetteredActions: boolean;
  reviews: ReviewColumn[];
  openReview: string | null;
  scale: ScaleChoice;
  values: ValueMapping[];
  people: PersonMapping[];
  skipRows: RowRef[];
  plan: ImportPlanDetails;
}

export interface SourcePlace {
  table: number;
  row: number;
  column: number;
}

export interface ImportFinding {
  kind: FindingKindWord;
  message: string;
  /** "Sheet 'Plan', row 12, column D"; null for the file as a whole. */
  where: string | null;
  place: SourcePlace | null;
}

/** A row of the source as it will be stored. */
export interface PreviewRow {
  from: SourcePlace;
  /** priority, recommendation, action, measure, section, figure or skipped. */
  item: string;
  number: string | null;
  text: string | null;
  leads: string[];
  owners: string[];
  deadline: string | null;
  /** Per review, in review order: the level as it will be stored, null where the row has none. */
  scores: (string | null)[];
}

export interface DryRunCounts {
  priorities: number;
  recommendations: number;
  actions: number;
  measures: number;
  reviews: number;
  scores: number;
  noScores: number;
  updates: number;
  peopleCreated: number;
  peopleMatched: number;
  reportedAverages: number;
  printedFigures: number;
  rowsSkipped: number;
}

export interface DryRun {
  counts: DryRunCounts;
  findings: ImportFinding[];
  preview: PreviewRow[];
  canCommit: boolean;
}

export interface SampleRow {
  number: number;
  cells: string[];
  /** Each cell's fill ("#92d050") or null. */
  fills: (string | null)[];
}

export interface SourceTableSummary {
  index: number;
  name: string;
  heading: string | null;
  rowCount: number;
  columnCount: number;
  sampleRows: SampleRow[];
}

export interface AlreadyImported {
  planId: number;
  planTitle: string;
  committedAt: string;
}

/** An uploaded file and what the tracker makes of it (api/Features/Import/ImportResponse.cs). */
export interface ImportResponse {
  id: number;
  kind: 'plan' | 'return' | string;
  status: 'pending' | 'committed' | 'discarded' | string;
  fileName: string;
  format: string;
  sha256: string;
  sizeBytes: number;
  planId: number | null;
  createdBy: string;
  createdAt: string;
  committedAt: string | null;
  version: number;
  notes: string[];
  tables: SourceTableSummary[];
  mapping: ImportMapping;
  dryRun: DryRun;
  alreadyImported: AlreadyImported | null;
  /** For a newer version of a plan (uploaded with planId): what it would change there; null for a new plan. */
  versionOf: VersionOf | null;
}

/** What a newer version of a plan's file would change in that plan (api/Features/Import/Versions/VersionOf.cs). */
export interface VersionOf {
  planId: number;
  planTitle: string;
  summary: VersionSummary;
  decisions: VersionDecision[];
  fieldChanges: VersionFieldChange[];
  newReviews: string[];
  /** Items the plan has that the file no longer does: listed, never deleted. */
  missing: string[];
}

export interface VersionSummary {
  itemsMatched: number;
  itemsNew: number;
  itemsMissing: number;
  newReviews: number;
  scoresAdded: number;
  scoresSame: number;
  scoresDifferent: number;
  scoresLeftBlankInFile: number;
  fieldChanges: number;
}

export type DecisionChoiceWord = 'keepTracker' | 'takeFile';

/** A score the tracker and the file disagree on; kept as the tracker has it until a person chooses takeFile. */
export interface VersionDecision {
  key: string;
  /** "Recommendation 1: Improve the quality of assessments". */
  item: string;
  review: string;
  tracker: string;
  file: string;
  choice: DecisionChoiceWord | string;
  /** A closed review's score is listed but always kept. */
  reviewClosed: boolean;
}

export interface VersionFieldChange {
  item: string;
  /** text, deadline, leads or owners. */
  field: string;
  tracker: string | null;
  file: string | null;
}

export interface DecisionChoice {
  key: string;
  choice: DecisionChoiceWord;
}

/** What committing a newer version added and changed in its plan. */
export interface VersionApplied {
  summary: VersionSummary;
  scoresWritten: number;
  scoresTakenFromFile: number;
}

export interface CommitResult {
  importId: number;
  planId: number;
  /** False when the same file had been imported before: nothing was written. */
  planCreated: boolean;
  counts: DryRunCounts;
  /** For a newer version of a plan: what it added and changed there (counts are then all zero). */
  versionApplied: VersionApplied | null;
}

/** A mapping saved by name, to read next month's file the same way. */
export interface SavedMapping {
  id: number;
  name: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** An import as lists show it (GET /api/imports, and a plan's source files): never the file, never the reading. */
export interface ImportSummary {
  id: number;
  kind: string;
  status: 'pending' | 'committed' | 'discarded' | string;
  fileName: string;
  format: string;
  sizeBytes: number;
  sha256: string;
  planId: number | null;
  createdBy: string;
  createdAt: string;
  committedAt: string | null;
}

/** The largest file the API accepts (api/Domain/Import/SourceDocument.cs, ReadingLimits.MaxFileBytes). */
export const maxUploadBytes = 20 * 1024 * 1024;

const imports = `${apiRoot}/imports`;
const importPath = (id: number) => `${imports}/${encodeURIComponent(id)}`;

/**
 * Uploads a file to read; `onProgress` hears the share sent (0 to 1). An unreadable file: ApiError 400 naming "file".
 * With `planId`, the file is a newer version of that plan, compared with it rather than made a plan of its own.
 */
export function uploadImport(file: File, mappingId: number | null, onProgress: (sent: number) => void, signal?: AbortSignal, planId: number | null = null): Promise<ImportResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (mappingId !== null) form.append('mappingId', String(mappingId));
  if (planId !== null) form.append('planId', String(planId));
  return postWithProgress<ImportResponse>(imports, form, onProgress, signal);
}

/** Reads cells copied from Excel (tab-separated lines). */
export function pasteImport(text: string, title: string | null): Promise<ImportResponse> {
  return request<ImportResponse>('POST', `${imports}/paste`, { body: { text, title } });
}

export function getImport(id: number, signal?: AbortSignal): Promise<ImportResponse> {
  return request<ImportResponse>('GET', importPath(id), { signal });
}

/** Imports not yet committed or discarded, to resume or discard. */
export function listPendingImports(signal?: AbortSignal): Promise<ImportSummary[]> {
  return request<ImportSummary[]>('GET', `${imports}?status=pending`, { signal });
}

/** Reads the file again by `mapping` and answers with the new dry run; 400 with field errors, 412 when stale. */
export function updateMapping(id: number, mapping: ImportMapping, version: number): Promise<ImportResponse> {
  return request<ImportResponse>('PUT', `${importPath(id)}/mapping`, { body: mapping, ifMatch: ifMatch(version) });
}

/** Writes the plan in one transaction; 409 while blocking findings remain. */
export function commitImport(id: number, version: number, saveMappingAs: string | null): Promise<CommitResult> {
  return request<CommitResult>('POST', `${importPath(id)}/commit`, { body: { saveMappingAs }, ifMatch: ifMatch(version) });
}

/** A newer version's choices, score by score (keys from versionOf.decisions); answers the import again. */
export function saveDecisions(id: number, decisions: readonly DecisionChoice[], version: number): Promise<ImportResponse> {
  return request<ImportResponse>('PUT', `${importPath(id)}/decisions`, { body: { decisions }, ifMatch: ifMatch(version) });
}

export function discardImport(id: number, version: number): Promise<void> {
  return request<void>('DELETE', importPath(id), { ifMatch: ifMatch(version) });
}

export function listSavedMappings(signal?: AbortSignal): Promise<SavedMapping[]> {
  return request<SavedMapping[]>('GET', `${apiRoot}/import-mappings`, { signal });
}

/** The files a plan was imported from: its committed imports. */
export function listSourceFiles(planId: number, signal?: AbortSignal): Promise<ImportSummary[]> {
  return request<ImportSummary[]>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/source-files`, { signal });
}

/** Where the original file downloads from: a plain link, since the browser sends the session cookie with it. */
export function sourceFileUrl(planId: number, importId: number): string {
  return `${apiRoot}/plans/${encodeURIComponent(planId)}/source-files/${encodeURIComponent(importId)}`;
}
