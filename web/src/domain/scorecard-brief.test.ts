import { describe, expect, it } from 'vitest';
import { indicatorPath, indicatorsSentence, kpiDirectionWords, ragWords, scorecardPath } from './scorecard-brief';

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
});
