import { describe, expect, it } from 'vitest';
import { differences, differenceWords, sideOf, wordDiff } from './score-diff';

const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('wordDiff', () => {
  it('marks the words only one version has', () => {
    expect(wordDiff('Audit of 30 files: 24 good.', 'Audit of 30 files: 21 good, 3 poor.')).toEqual([
      { text: 'Audit of 30 files: ', in: 'both' },
      { text: '24 good.', in: 'mine' },
      { text: '21 good, 3 poor.', in: 'theirs' },
    ]);
  });

  it('finds words both have in the middle of changes', () => {
    const parts = wordDiff('Two posts filled in October.', 'Three posts filled by December.');
    expect(parts.filter((p) => p.in === 'both').map((p) => p.text.trim()).join(' ')).toBe('posts filled');
  });

  it.each([
    ['', 'Something new'],
    ['Kept as it was', 'Kept as it was'],
    ['Line one\nline two', 'Line one\nline 2\n'],
    ['a b c d e f', 'f e d c b a'],
  ])('gives back both texts exactly: %j / %j', (mine, theirs) => {
    const parts = wordDiff(mine, theirs);
    expect(join(sideOf(parts, 'mine'))).toBe(mine);
    expect(join(sideOf(parts, 'theirs'))).toBe(theirs);
  });

  it('compares long rewritten updates as a whole rather than word by word', () => {
    const mine = Array.from({ length: 600 }, (_, i) => `m${i}`).join(' ');
    const theirs = Array.from({ length: 600 }, (_, i) => `t${i}`).join(' ');
    const parts = wordDiff(`Same start. ${mine}`, `Same start. ${theirs}`);
    expect(parts.map((p) => p.in)).toEqual(['both', 'mine', 'theirs']);
  });
});

describe('sideOf', () => {
  it('marks changed words but not changed spaces', () => {
    expect(sideOf(wordDiff('a  b', 'a b'), 'mine')).toEqual([
      { text: 'a', changed: false },
      { text: '  ', changed: false },
      { text: 'b', changed: false },
    ]);
    expect(sideOf(wordDiff('a b', 'a c'), 'theirs')).toEqual([
      { text: 'a ', changed: false },
      { text: 'c', changed: true },
    ]);
  });
});

describe('differences', () => {
  const base = { level: 3, narrative: 'Audit done.', narrativeDate: '2026-11-20', evidence: '' };
  it('names each field that differs', () => {
    const d = differences(base, { ...base, level: 2, narrative: 'Audit done. ' });
    expect(d).toEqual({ level: true, narrative: false, narrativeDate: false, evidence: false });
    expect(differenceWords(d)).toBe('What differs: the score.');
  });
  it('lists several in words', () => {
    expect(differenceWords(differences(base, { level: 2, narrative: 'x', narrativeDate: '2026-11-21', evidence: 'y' })))
      .toBe('What differs: the score, the update, the date of the update and the evidence.');
    expect(differenceWords(differences(base, { ...base, level: 2, narrative: 'x' }))).toBe('What differs: the score and the update.');
  });
  it('says when the two are the same', () => {
    expect(differenceWords(differences(base, { ...base }))).toBe('The two versions say the same thing.');
  });
  it('leaves out evidence that neither level shows', () => {
    expect(differenceWords(differences(base, { ...base, evidence: 'old' }), false)).toBe('The two versions say the same thing.');
  });
});
