import { describe, expect, it } from 'vitest';
import { hasMergeMarkers, mergedDraft, mergedText } from './score-merge';

describe('mergedText', () => {
  it('puts both updates under marker lines that say whose each is', () => {
    expect(mergedText('Two posts filled. ', 'Audit of 30 files: 21 good.', 'Tom Okafor')).toBe(
      '----- Your update -----\nTwo posts filled.\n----- Update saved by Tom Okafor -----\nAudit of 30 files: 21 good.',
    );
  });

  it.each([
    ['Same words', 'same  words', 'Same words'],
    ['', 'Only theirs', 'Only theirs'],
    ['Only mine', '   ', 'Only mine'],
    ['Two posts filled.', 'Two posts filled. A third advertised.', 'Two posts filled. A third advertised.'],
    ['Two posts filled. A third advertised.', 'Two posts filled.', 'Two posts filled. A third advertised.'],
  ])('%j and %j need no markers: %j', (mine, theirs, expected) => {
    expect(mergedText(mine, theirs, 'Tom Okafor')).toBe(expected);
  });
});

describe('hasMergeMarkers', () => {
  it.each([
    ['----- Your update -----\nText', true],
    ['Text\n----- Update saved by Tom Okafor -----  \nMore', true],
    ['Costs went down -- a lot', false],
    ['-----', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(hasMergeMarkers(text)).toBe(expected);
  });
});

describe('mergedDraft', () => {
  it('starts from my score and date with both updates', () => {
    const merged = mergedDraft(
      { level: 3, narrative: 'Mine', narrativeDate: '2026-11-20', evidence: '' },
      { level: 2, narrative: 'Theirs', narrativeDate: '2026-11-23', evidence: '' },
      'Tom Okafor',
    );
    expect(merged.level).toBe(3);
    expect(merged.narrativeDate).toBe('2026-11-20');
    expect(merged.narrative).toContain('Mine');
    expect(merged.narrative).toContain('Theirs');
    expect(hasMergeMarkers(merged.narrative)).toBe(true);
    expect(merged.evidence).toBe('');
  });

  it('takes their score when I had chosen none', () => {
    expect(mergedDraft({ level: null, narrative: '', narrativeDate: '', evidence: '' },
      { level: 2, narrative: 'Theirs', narrativeDate: '2026-11-23', evidence: '' }, 'Tom').level).toBe(2);
  });
});
