import { describe, expect, it } from 'vitest';
import {
  addMonths, defaultEntryPeriod, draftOf, formatValue, indicatorsToEnter, isPeriodOf, lockOf, monthLabel, periodEnd, previousPeriod,
  problemRow, readNumber, rowsToSave, trendWords, valueOrState, type StoredValue,
} from './scorecard-words';
import { draftValueText } from './scorecard-words';

describe('periods', () => {
  it('moves across years and labels months', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(monthLabel('2025-09')).toBe('September 2025');
    expect(previousPeriod('2025-07', 'quarterly')).toBe('2025-04');
    expect(previousPeriod('2025-04', 'annual')).toBe('2024-04');
    expect(defaultEntryPeriod('2026-01-15')).toBe('2025-12');
  });

  it('knows which months are a quarterly or annual indicator’s periods, from the year’s start month', () => {
    expect(isPeriodOf('2025-05', 'monthly', 4)).toBe(true);
    expect(isPeriodOf('2025-07', 'quarterly', 4)).toBe(true);
    expect(isPeriodOf('2026-01', 'quarterly', 4)).toBe(true);
    expect(isPeriodOf('2025-05', 'quarterly', 4)).toBe(false);
    expect(isPeriodOf('2025-04', 'annual', 4)).toBe(true);
    expect(isPeriodOf('2025-10', 'annual', 4)).toBe(false);
  });

  it('ends a period on its last day and locks it when a closed review fell on or after that', () => {
    expect(periodEnd('2025-02', 'monthly')).toBe('2025-02-28');
    expect(periodEnd('2025-04', 'quarterly')).toBe('2025-06-30');
    const reviews = [
      { label: 'RAG 09/25', reviewDate: '2025-09-30', status: 'closed' },
      { label: 'RAG 11/25', reviewDate: '2025-11-20', status: 'open' },
    ];
    expect(lockOf('2025-09', 'monthly', reviews)).toEqual({ label: 'RAG 09/25', date: '2025-09-30' });
    expect(lockOf('2025-10', 'monthly', reviews)).toBeNull();
    expect(lockOf('2025-07', 'quarterly', reviews)).not.toBeNull();
    expect(lockOf('2025-10', 'quarterly', reviews)).toBeNull();
    expect(lockOf('2025-09', 'monthly', [])).toBeNull();
  });
});

describe('numbers', () => {
  it('formats at the indicator’s places with its unit', () => {
    expect(formatValue(87.5, 'percentage', 1)).toBe('87.5%');
    expect(formatValue(1234, 'number', 0)).toBe('1,234');
    expect(formatValue(45.25, 'rate-per-10000', 1)).toBe('45.3 per 10,000');
    expect(formatValue(1, 'days', 0)).toBe('1 day');
    expect(valueOrState(0, 'value', 'number', 0)).toBe('0');
    expect(valueOrState(null, 'being-collated', 'number', 0)).toBe('Being collated');
  });

  it('reads what was typed, forgiving a % and commas, and refuses text', () => {
    expect(readNumber(' 87.5% ')).toEqual({ value: 87.5 });
    expect(readNumber('1,234')).toEqual({ value: 1234 });
    expect(readNumber('0')).toEqual({ value: 0 });
    expect(readNumber('')).toEqual({ value: null });
    expect(readNumber('about 80')).toEqual({ error: true });
  });
});

describe('the values form', () => {
  const stored = new Map<number, StoredValue>([[2, { indicatorId: 2, value: 80, state: 'value', note: null, version: 4 }]]);

  it('sends only what changed, with the version read, and a real zero', () => {
    const drafts = [
      { indicatorId: 1, value: '', state: 'value' as const, note: '' },
      draftOf(2, stored.get(2)),
      { indicatorId: 3, value: '0', state: 'value' as const, note: '' },
      { indicatorId: 4, value: '', state: 'being-collated' as const, note: ' late ' },
    ];
    expect(rowsToSave(drafts, stored)).toEqual({
      rows: [
        { indicatorId: 3, value: 0, state: 'value', note: null },
        { indicatorId: 4, value: null, state: 'being-collated', note: 'late' },
      ],
      index: [2, 3],
      errors: [],
    });
    drafts[1] = { ...drafts[1]!, value: '82' };
    expect(rowsToSave(drafts, stored).rows[0]).toEqual({ indicatorId: 2, value: 82, state: 'value', note: null, version: 4 });
  });

  it('says what is wrong before sending', () => {
    const result = rowsToSave([
      { indicatorId: 1, value: 'n/a', state: 'value', note: '' },
      { indicatorId: 2, value: '5', state: 'suppressed', note: '' },
    ], new Map());
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => e.draft)).toEqual([0, 1]);
    expect(result.errors[0]!.message).toContain('“n/a” is not one');
  });

  it('reads the row a problem names', () => {
    expect(problemRow('values[3].value')).toEqual({ row: 3, field: 'value' });
    expect(problemRow('values[0].version')).toEqual({ row: 0, field: 'version' });
    expect(problemRow('period')).toBeNull();
  });

  it('gives managers their own indicators, the board all and viewers none', () => {
    const list = [{ id: 1, owners: [{ id: 7 }] }, { id: 2, owners: [{ id: 8 }] }];
    expect(indicatorsToEnter(list, 'manager', 7).map((i) => i.id)).toEqual([1]);
    expect(indicatorsToEnter(list, 'manager', null)).toEqual([]);
    expect(indicatorsToEnter(list, 'board', null).map((i) => i.id)).toEqual([1, 2]);
    expect(indicatorsToEnter(list, 'viewer', 7)).toEqual([]);
  });
});

describe('trendWords', () => {
  it('says where a line starts and ends, and how many periods had no number', () => {
    expect(trendWords([
      { label: 'April 2025', value: 72, display: '72%' },
      { label: 'May 2025', value: null, display: 'Being collated' },
      { label: 'September 2025', value: 87.5, display: '87.5%' },
    ])).toBe('Rising from 72% in April 2025 to 87.5% in September 2025 (1 period without a number).');
    expect(trendWords([])).toBe('No values yet.');
    expect(trendWords([{ label: 'April 2025', value: 3, display: '3' }])).toBe('One value: 3 in April 2025.');
  });
});

describe('a value as typed, worded like a saved one', () => {
  it.each([
    ['90', 'value', 'percentage', 1, '90.0%'],
    ['90%', 'value', 'percentage', 0, '90%'],
    ['1,204', 'value', 'number', 0, '1,204'],
    ['', 'value', 'days', 1, 'empty'],
    ['', 'being-collated', 'percentage', 1, 'Being collated'],
    ['about 80', 'value', 'percentage', 1, 'about 80'],
  ] as const)('"%s" (%s, %s at %i places) is %s', (text, state, unit, places, words) => {
    expect(draftValueText(text, state, unit, places)).toBe(words);
  });
});
