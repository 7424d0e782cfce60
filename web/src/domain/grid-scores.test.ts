import { describe, expect, it } from 'vitest';
import { completeScore, withNarratives } from './grid-scores';

const labels = new Map([[3, 'On track']]);

describe('completeScore', () => {
  it('reads what was left out as null, false or the scale’s label', () => {
    const score = completeScore({ reviewId: 1, level: 3, direction: 'new', version: 2, textOmitted: true }, labels);
    expect(score).toMatchObject({ level: 3, label: 'On track', narrative: null, evidence: null, completeAsPrinted: false, updatedBy: '', textOmitted: true });
  });

  it('keeps what was sent, and a missing level is no score', () => {
    const score = completeScore({ reviewId: 1, direction: 'noData', version: 1, narrative: 'Said', label: 'As printed' }, labels);
    expect([score.level, score.label, score.narrative, score.textOmitted]).toEqual([null, 'As printed', 'Said', false]);
  });
});

describe('withNarratives', () => {
  it('puts back the words of scores sent without them, and leaves the rest alone', () => {
    const older = completeScore({ reviewId: 1, level: 3, direction: 'new', version: 1, textOmitted: true }, labels);
    const latest = completeScore({ reviewId: 2, level: 3, direction: 'maintained', version: 1, narrative: 'Kept inline' }, labels);
    const words = [
      { reviewId: 1, narrative: 'Older words', narrativeDate: '2026-01-02', evidence: null, signOffBy: null, signOffAt: null, updatedBy: 'Ann', updatedAt: 'x' },
      { reviewId: 2, narrative: 'Ignored', narrativeDate: null, evidence: null, signOffBy: null, signOffAt: null, updatedBy: 'Bob', updatedAt: 'y' },
    ];
    const [a, b] = withNarratives([older, latest], words);
    expect([a!.narrative, a!.updatedBy, a!.textOmitted]).toEqual(['Older words', 'Ann', false]);
    expect(b!.narrative).toBe('Kept inline');
  });
});
