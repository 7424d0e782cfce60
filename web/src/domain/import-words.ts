// What the import pages say: the dry run's findings grouped under headings, counts in words, the file's size, format
// and fingerprint, upload progress, a column's role. DOM-free (import-words.test.ts), so the wording is tested and
// the pages only lay it out.

import type { ColumnRoleWord, DryRunCounts, FindingKindWord, ImportFinding, ItemLevelWord } from '../api/imports';
import { count } from './admin-words';

export interface FindingGroup {
  kind: FindingKindWord;
  heading: string;
  /** What the heading's list is, for a person who reads only this ("A person should confirm these deadlines."). */
  explain: string;
  findings: ImportFinding[];
}

// The order a person should read them in: what stops the commit first, then what the tracker could not read or had to
// choose, then what it will do (people), then what it noticed but needs nothing.
const groups: readonly Omit<FindingGroup, 'findings'>[] = [
  { kind: 'blocking', heading: 'Problems that stop the plan being created', explain: 'Change the mapping or the file so each of these goes, then read it again.' },
  { kind: 'unreadableCell', heading: 'Cells it could not read', explain: 'Each is held as written, or left out, as it says.' },
  { kind: 'valueNotOnScale', heading: 'Values not on the scale', explain: 'Held as no score until you choose a level for them under “What each score means”.' },
  { kind: 'deadlineQuestion', heading: 'Deadlines to confirm', explain: 'The deadline is kept as written; the date read from it needs a person to check.' },
  { kind: 'personCreated', heading: 'People it will create', explain: 'Nobody in the tracker matched them. Choose an existing person under “Who the people are” if they are already here.' },
  { kind: 'personMatched', heading: 'People it matched', explain: 'Matched to someone already in the tracker.' },
  { kind: 'figureDisagrees', heading: 'Printed figures that disagree with the scores', explain: 'The figures are kept as printed, and the dashboard shows both.' },
  { kind: 'placeholder', heading: 'Placeholders held as no score', explain: 'A zero, a blank or “please select” is no score, never a level; the text is kept.' },
  { kind: 'rowSkipped', heading: 'Rows it will skip', explain: 'Left out of the plan; they stay in the stored file.' },
  { kind: 'note', heading: 'Notes', explain: 'Worth knowing; nothing to do.' },
];

/** The findings under their headings, in reading order, leaving out kinds with none; an unknown kind goes with the notes. */
export function groupFindings(findings: readonly ImportFinding[]): FindingGroup[] {
  const known = new Set(groups.map((g) => g.kind));
  return groups
    .map((g) => ({ ...g, findings: findings.filter((f) => f.kind === g.kind || (g.kind === 'note' && !known.has(f.kind))) }))
    .filter((g) => g.findings.length > 0);
}

/** "Cells it could not read (3)". */
export function groupHeading(group: FindingGroup): string {
  return `${group.heading} (${group.findings.length})`;
}

/** Where a finding is, or that it is about the whole file. */
export function whereText(finding: ImportFinding): string {
  return finding.where ?? 'The file as a whole';
}

const countWords: readonly [keyof DryRunCounts, string, string][] = [
  ['priorities', 'priority', 'priorities'],
  ['recommendations', 'recommendation', 'recommendations'],
  ['actions', 'action', 'actions'],
  ['measures', 'success measure', 'success measures'],
  ['reviews', 'review', 'reviews'],
  ['scores', 'score', 'scores'],
  ['noScores', 'cell held as no score', 'cells held as no score'],
  ['updates', 'progress update', 'progress updates'],
  ['peopleCreated', 'new person', 'new people'],
  ['peopleMatched', 'person matched', 'people matched'],
  ['reportedAverages', 'printed average', 'printed averages'],
  ['printedFigures', 'other printed figure', 'other printed figures'],
  ['rowsSkipped', 'row skipped', 'rows skipped'],
];

/** Each count with its words, for the dry run's table: every kind, zeros included, so a missing level is visible. */
export function countRows(counts: DryRunCounts): { label: string; value: number }[] {
  const labels: Record<keyof DryRunCounts, string> = {
    priorities: 'Priorities',
    recommendations: 'Recommendations',
    actions: 'Actions',
    measures: 'Success measures',
    reviews: 'Reviews (score columns)',
    scores: 'Scores',
    noScores: 'Cells held as no score',
    updates: 'Progress updates',
    peopleCreated: 'People to create',
    peopleMatched: 'People matched',
    reportedAverages: 'Printed averages',
    printedFigures: 'Other printed figures',
    rowsSkipped: 'Rows skipped',
  };
  return countWords.map(([key]) => ({ label: labels[key], value: counts[key] }));
}

/** "8 priorities, 59 actions, 96 success measures, 4 reviews and 320 scores": what a commit writes, zeros left out. */
export function createdText(counts: DryRunCounts): string {
  const parts = countWords
    .filter(([key]) => ['priorities', 'recommendations', 'actions', 'measures', 'reviews', 'scores', 'updates', 'peopleCreated'].includes(key))
    .filter(([key]) => counts[key] > 0)
    .map(([key, one, many]) => count(counts[key], one, many));
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** Why "Create the plan" cannot be pressed, or null when it can. */
export function cannotCommitReason(canCommit: boolean, findings: readonly ImportFinding[]): string | null {
  if (canCommit) return null;
  const blocking = findings.filter((f) => f.kind === 'blocking').length;
  if (blocking === 0) return 'The plan cannot be created from this import yet. Read the dry run above, change the mapping, and apply it again.';
  return `The plan cannot be created yet: ${count(blocking, 'problem stops', 'problems stop')} it (see “Problems that stop the plan being created”). Change the mapping or the file, then read it again.`;
}

/** "Uploading… 42%", or "Reading the file…" once it has all arrived and the server is reading it. */
export function uploadProgressText(sent: number): string {
  if (sent >= 1) return 'Reading the file…';
  return `Uploading… ${Math.floor(Math.max(0, sent) * 100)}%`;
}

/** "350 KB", "1.2 MB", "512 bytes": as a file manager shows it (1 KB = 1,024 bytes). */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return count(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** "Excel workbook (.xlsx)". */
export function formatText(format: string): string {
  const words: Record<string, string> = {
    xlsx: 'Excel workbook (.xlsx)',
    xlsm: 'Excel workbook with macros (.xlsm; the macros were not run)',
    xls: 'Excel 97-2003 workbook (.xls)',
    docx: 'Word document (.docx)',
    csv: 'CSV file (.csv)',
    tsv: 'Cells pasted from Excel',
  };
  return words[format] ?? format;
}

/** The first and last 8 characters of a SHA-256, enough to tell two files apart by eye; the full value is shown beside it. */
export function shortHash(sha256: string): string {
  return sha256.length <= 20 ? sha256 : `${sha256.slice(0, 8)}…${sha256.slice(-8)}`;
}

export const columnRoleChoices: readonly { value: ColumnRoleWord; text: string }[] = [
  { value: 'ignore', text: 'Not imported' },
  { value: 'number', text: 'Number' },
  { value: 'text', text: 'Text of the item' },
  { value: 'outcomeStatement', text: 'Outcome statement (of a priority)' },
  { value: 'lead', text: 'Lead' },
  { value: 'owner', text: 'Owner or responsible officer' },
  { value: 'deadline', text: 'Deadline' },
  { value: 'score', text: 'Score in a review' },
  { value: 'printedDirection', text: 'Direction of travel as printed' },
  { value: 'update', text: 'Progress update' },
  { value: 'updateDate', text: 'Date of a progress update' },
  { value: 'evidence', text: 'Evidence' },
  { value: 'sourceReference', text: 'Recommendation it answers (“Ofsted rec 14”)' },
  { value: 'addressee', text: 'Addressed to' },
  { value: 'sourceParagraphs', text: 'Report paragraphs' },
  { value: 'judgementArea', text: 'Judgement area' },
];

export function columnRoleText(role: string): string {
  return columnRoleChoices.find((c) => c.value === role)?.text ?? role;
}

const levelWords: Record<ItemLevelWord, [string, string]> = {
  priority: ['Priority', 'Priorities'],
  recommendation: ['Recommendation', 'Recommendations'],
  action: ['Action', 'Actions'],
  measure: ['Success measure', 'Success measures'],
};

/** "Success measure"; an unknown word is itself. */
export function itemLevelText(level: string): string {
  return levelWords[level as ItemLevelWord]?.[0] ?? level;
}

/** A preview row's kind in words: the four levels, and a section heading, a printed figure or a skipped row. */
export function previewKindText(item: string): string {
  const other: Record<string, string> = { section: 'Section heading', figure: 'Printed figure', skipped: 'Skipped' };
  return other[item] ?? itemLevelText(item);
}

/** Column D for column 4, as Excel heads it. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The commit's outcome in a sentence, for the success page. */
export function committedMessage(title: string, planCreated: boolean, counts: DryRunCounts): string {
  if (!planCreated) return `This file had been imported already, so nothing was written. ${title} is as it was.`;
  return `${title} created from the file: ${createdText(counts)}.`;
}
