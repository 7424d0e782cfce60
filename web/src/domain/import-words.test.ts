import { describe, expect, it } from 'vitest';
import type { ImportFinding } from '../api/imports';
import { counts } from '../test-support/import-fixtures';
import {
  cannotCommitReason,
  columnLetter,
  committedMessage,
  countRows,
  createdText,
  fileSizeText,
  formatText,
  groupFindings,
  groupHeading,
  previewKindText,
  shortHash,
  uploadProgressText,
  whereText,
} from './import-words';

const finding = (kind: ImportFinding['kind'], message: string, where: string | null = null): ImportFinding => ({ kind, message, where, place: null });

describe('groupFindings', () => {
  it('puts what stops the commit first, then what it could not read, and leaves out kinds with none', () => {
    const groups = groupFindings([
      finding('note', 'The workbook has macros; they were not run.'),
      finding('placeholder', '“0” held as no score.', "Sheet 'Plan', row 9, column F"),
      finding('unreadableCell', '“tbc” is no level.', "Sheet 'Plan', row 7, column E"),
      finding('blocking', 'Two actions are numbered 1.1 under priority 1.', "Sheet 'Plan', row 12"),
      finding('unreadableCell', 'A formula with no value.', "Sheet 'Plan', row 8, column E"),
      finding('personCreated', 'Head of Service will be created.'),
    ]);
    expect(groups.map((g) => [g.kind, g.findings.length])).toEqual([
      ['blocking', 1],
      ['unreadableCell', 2],
      ['personCreated', 1],
      ['placeholder', 1],
      ['note', 1],
    ]);
    expect(groups[1]!.findings.map((f) => f.message)).toEqual(['“tbc” is no level.', 'A formula with no value.']);
  });

  it('orders the middle kinds as a person works through them', () => {
    const kinds = ['note', 'rowSkipped', 'placeholder', 'figureDisagrees', 'personMatched', 'personCreated', 'deadlineQuestion', 'valueNotOnScale', 'unreadableCell', 'blocking'] as const;
    expect(groupFindings(kinds.map((k) => finding(k, k))).map((g) => g.kind)).toEqual([...kinds].reverse());
  });

  it('keeps a kind it does not know, with the notes', () => {
    const groups = groupFindings([finding('somethingNew' as ImportFinding['kind'], 'New.')]);
    expect(groups.map((g) => g.kind)).toEqual(['note']);
  });

  it('heads each group with its count, and says where a finding is or that it is the whole file', () => {
    const [group] = groupFindings([finding('deadlineQuestion', 'a', "Sheet 'Plan', row 5, column D"), finding('deadlineQuestion', 'b')]);
    expect(groupHeading(group!)).toBe('Deadlines to confirm (2)');
    expect(whereText(group!.findings[0]!)).toBe("Sheet 'Plan', row 5, column D");
    expect(whereText(group!.findings[1]!)).toBe('The file as a whole');
  });
});

describe('counts in words', () => {
  it('names what a commit creates, leaving out zeros and joining the last with "and"', () => {
    expect(createdText(counts({ priorities: 8, actions: 59, measures: 96, reviews: 4, scores: 320 }))).toBe(
      '8 priorities, 59 actions, 96 success measures, 4 reviews and 320 scores',
    );
    expect(createdText(counts({ recommendations: 1 }))).toBe('1 recommendation');
    expect(createdText(counts({ recommendations: 2, peopleCreated: 1 }))).toBe('2 recommendations and 1 new person');
    expect(createdText(counts())).toBe('nothing');
  });

  it('lists every count for the dry run, zeros included', () => {
    const rows = countRows(counts({ measures: 3, noScores: 2 }));
    expect(rows).toHaveLength(13);
    expect(rows[3]).toEqual({ label: 'Success measures', value: 3 });
    expect(rows.find((r) => r.label === 'Cells held as no score')!.value).toBe(2);
    expect(rows[0]).toEqual({ label: 'Priorities', value: 0 });
  });

  it('says what the commit did, or that the same file changed nothing', () => {
    expect(committedMessage('SDP', true, counts({ recommendations: 2, actions: 5 }))).toBe('SDP created from the file: 2 recommendations and 5 actions.');
    expect(committedMessage('SDP', false, counts({ recommendations: 2 }))).toBe('This file had been imported already, so nothing was written. SDP is as it was.');
  });
});

describe('cannotCommitReason', () => {
  it('is null when the plan can be created', () => {
    expect(cannotCommitReason(true, [])).toBeNull();
  });

  it('counts the problems that stop it', () => {
    expect(cannotCommitReason(false, [finding('blocking', 'a'), finding('note', 'b')])).toBe(
      'The plan cannot be created yet: 1 problem stops it (see “Problems that stop the plan being created”). Change the mapping or the file, then read it again.',
    );
    expect(cannotCommitReason(false, [finding('blocking', 'a'), finding('blocking', 'b')])).toMatch(/^The plan cannot be created yet: 2 problems stop it/);
  });

  it('still gives a reason when the API names no blocking finding', () => {
    expect(cannotCommitReason(false, [])).toMatch(/cannot be created/);
  });
});

describe('file words', () => {
  it.each([
    [0, 'Uploading… 0%'],
    [0.426, 'Uploading… 42%'],
    [0.999, 'Uploading… 99%'],
    [1, 'Reading the file…'],
  ])('progress %s is %s', (sent, text) => {
    expect(uploadProgressText(sent)).toBe(text);
  });

  it.each([
    [1, '1 byte'],
    [512, '512 bytes'],
    [2048, '2 KB'],
    [1_258_291, '1.2 MB'],
    [20 * 1024 * 1024, '20 MB'],
  ])('%s bytes is %s', (bytes, text) => {
    expect(fileSizeText(bytes)).toBe(text);
  });

  it('shortens a SHA-256 to its ends, keeping a short value whole', () => {
    expect(shortHash('3f2a9c1e00000000000000000000000000000000000000000000000000b07d11')).toBe('3f2a9c1e…00b07d11');
    expect(shortHash('abc')).toBe('abc');
  });

  it('names the formats, and keeps one it does not know', () => {
    expect(formatText('xlsx')).toBe('Excel workbook (.xlsx)');
    expect(formatText('tsv')).toBe('Cells pasted from Excel');
    expect(formatText('ods')).toBe('ods');
  });

  it('names columns as Excel heads them', () => {
    expect([1, 4, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'D', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('names preview kinds in words', () => {
    expect(['measure', 'section', 'skipped', 'figure', 'odd'].map(previewKindText)).toEqual(['Success measure', 'Section heading', 'Skipped', 'Printed figure', 'odd']);
  });
});
