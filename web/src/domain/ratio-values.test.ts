import { describe, expect, it } from 'vitest';
import { countsHeader, countsText, ratioBoxWords, ratioPreview, ratioValue, ratioYearToDate, readRatio, roundAway } from './ratio-values';
import { rowsToSave, type StoredValue } from './scorecard-words';

const words = { numeratorLabel: 'children seen within 10 working days', denominatorLabel: 'children referred' };
const none = { numeratorLabel: null, denominatorLabel: null };

describe('the value a numerator and denominator give', () => {
  it('is numerator ÷ denominator scaled by the unit and rounded to the places as the API rounds', () => {
    expect(ratioValue(42, 48, 'percentage', 1)).toBe(87.5);
    expect(ratioValue(1, 3, 'percentage', 1)).toBe(33.3);
    expect(ratioValue(2, 3, 'percentage', 0)).toBe(67);
    expect(ratioValue(45, 10_000, 'rate-per-10000', 1)).toBe(45);
    expect(ratioValue(123, 4567, 'rate-per-10000', 1)).toBe(269.3);
    expect(ratioValue(310, 25, 'days', 1)).toBe(12.4);
    expect(ratioValue(7, 2, 'ratio', 2)).toBe(3.5);
  });

  it('rounds halves away from zero, through 15 significant digits', () => {
    expect(roundAway(12.5, 0)).toBe(13);
    expect(roundAway(-12.5, 0)).toBe(-13);
    expect(roundAway(1.005, 2)).toBe(1.01);
    expect(roundAway(0.1 + 0.2, 1)).toBe(0.3);
    expect(ratioValue(1, 8, 'percentage', 0)).toBe(13);
  });
});

describe('the words of a ratio indicator', () => {
  it('labels the boxes with the indicator’s words, else Numerator and Denominator', () => {
    expect(ratioBoxWords(words)).toEqual({ numerator: 'Children seen within 10 working days', denominator: 'Children referred' });
    expect(ratioBoxWords(none)).toEqual({ numerator: 'Numerator', denominator: 'Denominator' });
  });

  it('says the counts as "42 of 48" with the numerator’s words', () => {
    expect(countsText(42, 48)).toBe('42 of 48');
    expect(countsText(1204, 1500, 'visits on time')).toBe('1,204 of 1,500 visits on time');
    expect(countsHeader(words)).toBe('Children seen within 10 working days of children referred');
    expect(countsHeader(none)).toBe('Numerator of denominator');
  });

  it('puts the year to date’s sums beside its figure, or the figure alone without them', () => {
    expect(ratioYearToDate('87.5%', 42, 48, words.numeratorLabel)).toBe('87.5% — 42 of 48 children seen within 10 working days');
    expect(ratioYearToDate('87.5%', 42, 48, null)).toBe('87.5% — 42 of 48');
    expect(ratioYearToDate('87.5%', null, null, words.numeratorLabel)).toBe('87.5%');
  });
});

describe('a ratio row as typed', () => {
  it('shows the value live once both are numbers', () => {
    expect(ratioPreview('42', '48', 'percentage', 1)).toBe('= 87.5%');
    expect(ratioPreview('42', '', 'percentage', 1)).toBe('');
    expect(ratioPreview('42', '0', 'percentage', 1)).toBe('');
    expect(ratioPreview('x', '48', 'percentage', 1)).toBe('');
  });

  it('reads both counts and the value, or says which box is wrong', () => {
    expect(readRatio('42', '48', 'percentage', 1, words)).toEqual({ numerator: 42, denominator: 48, value: 87.5 });
    expect(readRatio(' ', '', 'percentage', 1, words)).toBeNull();
    expect(readRatio('42', '', 'percentage', 1, words)).toEqual({ field: 'denominator', message: 'Enter children referred too (out of how many), or leave both boxes empty.' });
    expect(readRatio('', '48', 'percentage', 1, none)).toEqual({ field: 'numerator', message: 'Enter the numerator too, or leave both boxes empty.' });
    expect(readRatio('4x', '48', 'percentage', 1, none)).toMatchObject({ field: 'numerator' });
    expect(readRatio('42', '0', 'percentage', 1, none)).toEqual({ field: 'denominator', message: 'The denominator must be more than 0; 0 was given.' });
    expect(readRatio('50', '48', 'percentage', 1, words)).toMatchObject({ field: 'numerator' });
    expect(readRatio('50', '48', 'ratio', 2, words)).toEqual({ numerator: 50, denominator: 48, value: 1.04 });
  });

  it('sends the counts with the value they give, and nothing when they are unchanged', () => {
    const stored = new Map<number, StoredValue>([[7, { indicatorId: 7, value: 87.5, state: 'value', numerator: 42, denominator: 48, note: null, version: 3 }]]);
    const same = rowsToSave([{ indicatorId: 7, value: '87.5', state: 'value', note: '', counts: { numerator: 42, denominator: 48 } }], stored);
    expect(same.rows).toEqual([]);
    const changed = rowsToSave([{ indicatorId: 7, value: '87.5', state: 'value', note: '', counts: { numerator: 35, denominator: 40 } }], stored);
    expect(changed.rows).toEqual([{ indicatorId: 7, value: 87.5, state: 'value', numerator: 35, denominator: 40, note: null, version: 3 }]);
    const fresh = rowsToSave([{ indicatorId: 8, value: '87.5', state: 'value', note: '', counts: { numerator: 42, denominator: 48 } }], stored);
    expect(fresh.rows).toEqual([{ indicatorId: 8, value: 87.5, state: 'value', numerator: 42, denominator: 48, note: null }]);
    const collated = rowsToSave([{ indicatorId: 7, value: '', state: 'being-collated', note: '', counts: null }], stored);
    expect(collated.rows).toEqual([{ indicatorId: 7, value: null, state: 'being-collated', numerator: null, denominator: null, note: null, version: 3 }]);
  });
});
