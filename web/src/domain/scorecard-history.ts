// What an indicator's history entry touched, in words for the history table's "What" column (scorecard-history.test.ts).

import { comparatorWords } from './scorecard-series';

export interface HistorySubjectLike {
  subject: 'value' | 'indicator' | 'year' | 'comparator';
  periodLabel: string | null;
  yearLabel: string | null;
  comparatorKind: string | null;
}

/** "Value for May 2025", "Targets for 2025/26", "Statistical neighbours for 2025/26", "The indicator". */
export function historySubject(entry: HistorySubjectLike): string {
  switch (entry.subject) {
    case 'value':
      return `Value for ${entry.periodLabel ?? 'a period'}`;
    case 'year':
      return `Baseline, target and tolerance for ${entry.yearLabel ?? 'a year'}`;
    case 'comparator':
      return `${(entry.comparatorKind ? comparatorWords[entry.comparatorKind] : undefined) ?? 'Comparator'} for ${entry.yearLabel ?? 'a year'}`;
    default:
      return 'The indicator';
  }
}
