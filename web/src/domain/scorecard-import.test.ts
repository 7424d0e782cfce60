import { describe, expect, it } from 'vitest';
import { blockedReason, countsSentence, importButtonText, importQuery, importedSentence, lineId, rowProblems, valuesToImport, type ImportCounts } from './scorecard-import';

const counts = (c: Partial<ImportCounts>): ImportCounts => ({ rows: 0, new: 0, changes: 0, unchanged: 0, skipped: 0, refused: 0, asked: 0, ...c });

describe('the scorecard import in words', () => {
  it('says every count, zeros included', () => {
    expect(countsSentence(counts({ rows: 5, new: 3, changes: 1, unchanged: 1 }))).toBe(
      '5 lines: 3 new values, 1 change to a value already entered, 1 unchanged, 0 skipped, 0 refused, 0 with a question about a 0.');
    expect(countsSentence(counts({ rows: 1, new: 1 }))).toContain('1 line: 1 new value,');
  });

  it('counts changes only when they replace what was entered', () => {
    const c = counts({ rows: 4, new: 3, changes: 1 });
    expect(valuesToImport(c, { zeroes: null, replaceExisting: false })).toBe(3);
    expect(valuesToImport(c, { zeroes: null, replaceExisting: true })).toBe(4);
    expect(importButtonText(1)).toBe('Import 1 value');
    expect(importButtonText(4)).toBe('Import 4 values');
    expect(importedSentence(c, { zeroes: null, replaceExisting: true })).toBe('Imported 4 values into the scorecard: 3 new and 1 replaced.');
  });

  it.each([
    ['answers not checked', counts({ new: 2 }), false, false, 'check the file again'],
    ['a refused line', counts({ new: 2, refused: 1 }), false, true, '1 line is refused'],
    ['two questions', counts({ new: 2, asked: 2 }), false, true, 'the 2 0s that look like a placeholder'],
    ['a change not to replace', counts({ new: 2, changes: 1 }), false, true, '1 line changes a value already entered'],
    ['nothing to save', counts({ unchanged: 2 }), false, true, 'nothing to import'],
  ])('is blocked by %s', (_, c, replace, checked, words) => {
    expect(blockedReason(c, { zeroes: null, replaceExisting: replace }, checked)).toContain(words);
  });

  it('is not blocked when every line can be saved', () => {
    expect(blockedReason(counts({ new: 2, changes: 1 }), { zeroes: 'real', replaceExisting: true }, true)).toBeNull();
  });

  it('names each refused or asked line and its column, linked to the line', () => {
    const problems = rowProblems([
      { row: 2, indicator: 'CP1', outcome: 'new', reasons: [], question: null },
      { row: 3, indicator: 'CP1', outcome: 'refused', reasons: [{ column: 'Actual', message: '"lots" is not a number.' }], question: null },
      { row: 4, indicator: 'CP2', outcome: 'asked', reasons: [], question: 'Is the 0 for CP2 in May 2025 a real zero?' },
    ]);
    expect(problems).toEqual([
      { field: 'import-line-3', message: 'Line 3, column “Actual”: "lots" is not a number.' },
      { field: 'import-line-4', message: 'Line 4: Is the 0 for CP2 in May 2025 a real zero?' },
    ]);
    expect(lineId(3)).toBe('import-line-3');
  });

  it('sends the answers in the query', () => {
    expect(importQuery(true, { zeroes: null, replaceExisting: false })).toBe('?dryRun=true');
    expect(importQuery(false, { zeroes: 'no-data', replaceExisting: true })).toBe('?dryRun=false&zeroes=no-data&replaceExisting=true');
  });
});
