import { describe, expect, it } from 'vitest';
import type { GridLevel } from '../api/client';
import { labelBesideNumber, levelFill, levelsBestFirst, levelWords, scaleDirectionWords, worstLevel } from './levels';

const level = (value: number, label = `L${value}`, colour: string | null = '#ffcc00'): GridLevel => ({ value, label, meaning: null, colour, meansComplete: false });

describe('levelWords', () => {
  it.each<[number, string | null, string]>([
    [3, 'On track', '3 On track'],
    // A level whose label is just its number is shown once.
    [4, '4', '4'],
    [4, ' 4 ', '4'],
    [0, '0', '0'],
    [0, 'Inadequate', '0 Inadequate'],
    [2, '', '2'],
    [2, null, '2'],
    // Only the whole label counts as a repeat.
    [1, '1st', '1 1st'],
  ])('%s and %j read as %j', (value, label, words) => {
    expect(levelWords(value, label)).toBe(words);
    expect(labelBesideNumber(value, label)).toBe(words === String(value) ? null : words.slice(String(value).length + 1));
  });
});

describe('scaleDirectionWords', () => {
  it.each<[boolean | null, string]>([
    [true, 'higher is better'],
    [false, 'lower is better'],
    [null, 'which end is better is not stated'],
  ])('%s', (higher, words) => expect(scaleDirectionWords(higher)).toBe(words));
});

describe('levelsBestFirst and worstLevel', () => {
  const levels = [level(2), level(0), level(1)];
  it.each<[boolean | null, number[], number | null]>([
    [true, [2, 1, 0], 0],
    [false, [0, 1, 2], 2],
    // Direction not stated: highest first for reading, and no level is called the worst.
    [null, [2, 1, 0], null],
  ])('higher is better: %s', (higher, order, worst) => {
    expect(levelsBestFirst(levels, higher).map((l) => l.value)).toEqual(order);
    expect(worstLevel(levels, higher)?.value ?? null).toBe(worst);
  });

  it('has no worst level on a scale without levels', () => {
    expect(worstLevel([], true)).toBeNull();
  });
});

describe('levelFill', () => {
  it.each<[string | null, string | null]>([['#92d050', '#92d050'], [' green ', 'green'], [null, null], ['', null], ['  ', null]])('%j', (colour, fill) => {
    expect(levelFill(colour)).toBe(fill);
  });
});
