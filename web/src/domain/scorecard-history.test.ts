import { describe, expect, it } from 'vitest';
import { historySubject } from './scorecard-history';

describe('what a history entry touched', () => {
  it.each([
    [{ subject: 'value', periodLabel: 'May 2025', yearLabel: null, comparatorKind: null }, 'Value for May 2025'],
    [{ subject: 'year', periodLabel: null, yearLabel: '2025/26', comparatorKind: null }, 'Baseline, target and tolerance for 2025/26'],
    [{ subject: 'comparator', periodLabel: null, yearLabel: '2025/26', comparatorKind: 'statistical-neighbours' }, 'Statistical neighbours’ average for 2025/26'],
    [{ subject: 'comparator', periodLabel: null, yearLabel: '2024/25', comparatorKind: 'wales' }, 'Comparator for 2024/25'],
    [{ subject: 'indicator', periodLabel: null, yearLabel: null, comparatorKind: null }, 'The indicator'],
  ] as const)('%o is %s', (entry, words) => {
    expect(historySubject(entry)).toBe(words);
  });
});
