import { describe, expect, it } from 'vitest';
import type { AverageFigure } from '../api/summary';
import { averageMovement, averageText, countOf } from './figures';

const figure = (previousRounded: number | null, currentRounded: number | null, direction: AverageFigure['direction']): AverageFigure => ({
  previous: previousRounded,
  current: currentRounded,
  previousRounded,
  currentRounded,
  direction,
  scoredPrevious: 0,
  scoredCurrent: 0,
});

describe('averageText', () => {
  it.each([
    [1.5, '1.5'],
    [2, '2.0'],
    [2.3, '2.3'],
    [null, 'none'],
  ])('%s is written %s', (value, text) => {
    expect(averageText(value)).toBe(text);
  });
});

describe('averageMovement', () => {
  it('gives both figures and the direction in words', () => {
    expect(averageMovement(figure(3.5, 2.3, 'declining'))).toBe('3.5 → 2.3, declining');
  });
  it('does not invent a movement without an earlier figure', () => {
    expect(averageMovement(figure(null, 1.5, 'new'))).toBe('1.5 (no earlier figure)');
  });
  it('says when nothing is scored yet', () => {
    expect(averageMovement(figure(2, null, 'noData'))).toBe('No scores yet');
  });
});

describe('countOf', () => {
  it.each([
    [0, 'item', '0 items'],
    [1, 'item', '1 item'],
    [2, 'success measure', '2 success measures'],
  ])('%i %s is %s', (count, noun, text) => {
    expect(countOf(count, noun)).toBe(text);
  });
});
