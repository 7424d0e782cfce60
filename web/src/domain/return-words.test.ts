import { describe, expect, it } from 'vitest';
import type { ReturnCounts, ReturnFinding, ReturnRow } from '../api/returns';
import {
  applyButtonText,
  appliedText,
  cannotApplyReason,
  countsText,
  findingsFor,
  itemWords,
  noteFindings,
  reviewForReturn,
  rowsByOutcome,
  valuesLines,
  whereWords,
} from './return-words';

const counts = (c: Partial<ReturnCounts>): ReturnCounts => ({ rows: 0, changes: 0, unchanged: 0, invalid: 0, conflicts: 0, skipped: 0, ...c });

const row = (r: Partial<ReturnRow>): ReturnRow => ({
  row: 7, where: "Sheet 'Return', row 7", outcome: 'change', itemType: 'recommendation', itemId: 1, reference: '1', text: 'Improve assessments.',
  yours: null, theirs: null, change: null, ...r,
});

const finding = (kind: ReturnFinding['kind'], rowNumber: number, message: string = kind): ReturnFinding => ({ kind, message, where: `Sheet 'Return', row ${rowNumber}`, row: rowNumber });

describe('countsText', () => {
  it.each([
    [counts({ rows: 1, changes: 1 }), false, '1 row read: 1 change to save.'],
    [counts({ rows: 3, changes: 2, unchanged: 1 }), false, '3 rows read: 2 changes to save and 1 unchanged.'],
    [counts({ rows: 2, unchanged: 2 }), false, '2 rows read: 2 unchanged.'],
    [counts({ rows: 5, changes: 1, unchanged: 1, conflicts: 1, invalid: 1, skipped: 1 }), false,
      '5 rows read: 1 change to save, 1 unchanged, 1 changed by someone else since you downloaded the return, 1 that cannot be saved and 1 left out.'],
    [counts({ rows: 2, changes: 2 }), true, '2 rows read: 2 changes saved.'],
    [counts({ rows: 1, changes: 1 }), true, '1 row read: 1 change saved.'],
    [counts({}), false, 'The return has no item rows below its header, so there is nothing to save.'],
  ])('%o (applied %s) says “%s”', (c, applied, words) => {
    expect(countsText(c, applied)).toBe(words);
  });
});

describe('the apply button', () => {
  it.each([
    [1, 'Apply 1 change'],
    [3, 'Apply 3 changes'],
    [0, 'Apply 0 changes'],
  ])('%i changes: “%s”', (n, text) => {
    expect(applyButtonText(n)).toBe(text);
  });

  const pending = { status: 'pending', canApply: true, reviewLabel: 'RAG 11/26' };

  it('can be pressed while the return is pending, its review open, and a row changes something', () => {
    expect(cannotApplyReason({ ...pending, counts: counts({ rows: 2, changes: 1, conflicts: 1 }) })).toBeNull();
  });

  it.each([
    [{ ...pending, status: 'committed' }, counts({ rows: 1, changes: 1 }), 'This return has been applied already. Upload the workbook again to apply newer entries.'],
    [{ ...pending, canApply: false }, counts({ rows: 1, changes: 1 }),
      'RAG 11/26 is closed, so nothing can be saved to it. Ask the board to reopen it, or enter your updates in the open review.'],
    [pending, counts({ rows: 2, unchanged: 2 }), 'There is nothing to apply: every row says what the tracker already holds.'],
    [pending, counts({ rows: 2, unchanged: 1, conflicts: 1 }), 'There is nothing to apply: no row changes a score in a way that can be saved. The rows above say why.'],
    [pending, counts({ rows: 1, skipped: 1 }), 'There is nothing to apply: no row changes a score in a way that can be saved. The rows above say why.'],
  ])('is disabled with the reason for %o', (state, c, reason) => {
    expect(cannotApplyReason({ ...state, counts: c })).toBe(reason);
  });
});

describe('appliedText', () => {
  it.each([
    [counts({ rows: 1, changes: 1 }), '1 change was saved to RAG 11/26, with your name on it.'],
    [counts({ rows: 3, changes: 2, unchanged: 1 }), '2 changes were saved to RAG 11/26, with your name on each.'],
    [counts({ rows: 3, changes: 1, conflicts: 1, invalid: 1 }),
      '1 change was saved to RAG 11/26, with your name on it. 2 rows were not saved: 1 changed by someone else meanwhile and 1 that could not be saved. They are listed below.'],
    [counts({ rows: 2, unchanged: 1, skipped: 1 }), 'Nothing was saved to RAG 11/26: no row changed a score. 1 row was not saved: 1 left out. It is listed below.'],
  ])('%o: “%s”', (c, words) => {
    expect(appliedText({ reviewLabel: 'RAG 11/26', counts: c })).toBe(words);
  });
});

describe('rows and their findings', () => {
  it('sorts the rows by what will happen to them, keeping workbook order within each', () => {
    const rows = [row({ row: 7, outcome: 'conflict' }), row({ row: 8, outcome: 'change' }), row({ row: 9, outcome: 'skipped' }), row({ row: 10, outcome: 'change' }), row({ row: 11, outcome: 'invalid' })];
    const by = rowsByOutcome(rows);
    expect(by.change.map((r) => r.row)).toEqual([8, 10]);
    expect(by.conflict.map((r) => r.row)).toEqual([7]);
    expect(by.invalid.map((r) => r.row)).toEqual([11]);
    expect(by.skipped.map((r) => r.row)).toEqual([9]);
  });

  it.each([
    [row({ itemType: 'recommendation', reference: '1' }), 'Recommendation 1'],
    [row({ itemType: 'measure', reference: '2.1.a' }), 'Success measure 2.1.a'],
    [row({ itemType: 'action', reference: '' }), 'Action (unnumbered)'],
    [row({ itemType: null, reference: null, row: 12 }), 'Row 12'],
  ])('names the row’s item: %o is “%s”', (r, words) => {
    expect(itemWords(r)).toBe(words);
  });

  it('gives a row its reasons apart from its notes, and the notes of every row together', () => {
    const findings = [finding('conflict', 7, 'Demo board member changed recommendation 1'), finding('note', 7, 'Evidence not kept'), finding('notYours', 8), finding('note', 9, 'Left as it was')];
    expect(findingsFor(findings, 7, false).map((f) => f.message)).toEqual(['Demo board member changed recommendation 1']);
    expect(findingsFor(findings, 7, true).map((f) => f.message)).toEqual(['Evidence not kept']);
    expect(findingsFor(findings, 10, false)).toEqual([]);
    expect(noteFindings(findings).map((f) => f.row)).toEqual([7, 9]);
  });

  it('says where a finding is as the API wrote it', () => {
    expect(whereWords({ where: "Sheet 'Return', row 12, column H", row: 12 })).toBe("Sheet 'Return', row 12, column H");
    expect(whereWords({ where: '', row: 12 })).toBe('Row 12');
  });
});

describe('valuesLines', () => {
  it('says the level, the update or that there is none, its date and the evidence', () => {
    expect(valuesLines({ level: 4, levelText: '4 Complete, monitoring', update: 'All audits done.', updateDate: '2026-11-25', evidence: 'Audit report, November' }))
      .toEqual(['4 Complete, monitoring', 'Update: “All audits done.”', 'Dated 25 November 2026', 'Evidence: “Audit report, November”']);
    expect(valuesLines({ level: null, levelText: 'No score', update: null, updateDate: null, evidence: null })).toEqual(['No score', 'No update']);
    expect(valuesLines(null)).toEqual(['Nothing']);
  });
});

describe('reviewForReturn', () => {
  const reviews = [
    { id: 3, status: 'closed', position: 1 },
    { id: 9, status: 'open', position: 3 },
    { id: 5, status: 'open', position: 2 },
    { id: 12, status: 'closed', position: 4 },
  ];
  it.each([
    [null, 9],
    [5, 5],
    [12, 12],
    [77, null],
  ])('asked for %s, gives review %s', (asked, id) => {
    expect(reviewForReturn(reviews, asked)?.id ?? null).toBe(id);
  });
  it('gives none when no review is open and none is named', () => {
    expect(reviewForReturn([{ id: 3, status: 'closed', position: 1 }], null)).toBeNull();
  });
});

