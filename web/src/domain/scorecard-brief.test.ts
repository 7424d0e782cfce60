import { describe, expect, it } from 'vitest';
import { indicatorFigures, indicatorPath, indicatorsSentence, kpiDirectionWords, ragWords, scorecardPath } from './scorecard-brief';

describe('the scorecard in brief', () => {
  it('says RAG in words with a shape for each', () => {
    expect(ragWords('red')).toEqual({ word: 'Red', shape: '■' });
    expect(ragWords('amber')).toEqual({ word: 'Amber', shape: '▲' });
    expect(ragWords('green')).toEqual({ word: 'Green', shape: '●' });
    expect(ragWords('no-target').word).toBe('No target');
    expect(ragWords('no-value').word).toBe('No figure');
  });

  it('says directions of travel in words', () => {
    expect(kpiDirectionWords('declining')).toEqual({ word: 'Declining', arrow: '↓' });
    expect(kpiDirectionWords('not-comparable')).toEqual({ word: 'Not comparable', arrow: '' });
    expect(kpiDirectionWords('up').word).toBe('Up');
  });

  it('links to the scorecard and to an indicator', () => {
    expect(scorecardPath(7)).toBe('/plans/7/scorecard');
    expect(indicatorPath(7, 12)).toBe('/plans/7/indicators/12');
  });

  it('counts what is listed, singular and plural', () => {
    expect(indicatorsSentence(4, 2, 'September 2025')).toBe('2 of 4 indicators are off target or getting worse (figures to September 2025).');
    expect(indicatorsSentence(1, 1, 'May 2025')).toBe('1 of 1 indicator is off target or getting worse (figures to May 2025).');
    expect(indicatorsSentence(3, 0, 'May 2025')).toBe('None of the plan’s 3 indicators is off target or getting worse (figures to May 2025).');
  });

  it('shows a ratio indicator\'s latest counts and year to date with their words', () => {
    const ratio = {
      latest: '87.5%', numerator: 42, denominator: 48, numeratorLabel: 'plans reviewed within timescales',
      yearToDate: '86.3%', yearToDateNumerator: 1_260, yearToDateDenominator: 1_460,
    };
    expect(indicatorFigures(ratio)).toEqual({
      latest: '87.5% — 42 of 48 plans reviewed within timescales',
      yearToDate: 'Year to date: 86.3% — 1,260 of 1,460 plans reviewed within timescales',
    });
    expect(indicatorFigures({ ...ratio, numeratorLabel: null }).latest).toBe('87.5% — 42 of 48');
    // A period entered as a figure alone keeps its figure; the year to date still has its sums.
    expect(indicatorFigures({ ...ratio, numerator: null, denominator: null }).latest).toBe('87.5%');
  });

  it('shows other indicators\' figures alone, without a year-to-date line', () => {
    expect(indicatorFigures({
      latest: '14 days', numerator: null, denominator: null, numeratorLabel: null,
      yearToDate: '15 days', yearToDateNumerator: null, yearToDateDenominator: null,
    })).toEqual({ latest: '14 days', yearToDate: null });
  });
});
