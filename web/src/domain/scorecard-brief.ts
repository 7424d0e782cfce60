// The scorecard's words where the dashboard and the print report show it (issue 15): RAG as a word and a shape, so
// colour never carries it alone, direction of travel as a word, and the scorecard pages' addresses, all taken from
// scorecard-words.ts and routes.ts so the pages and these summaries agree. DOM-free (scorecard-brief.test.ts).
import { ratioYearToDate } from './ratio-values';
import { directionWords, ragTags } from './scorecard-words';

export type { Rag } from './scorecard-words';

/** "Red", "Amber", "Green", "No target" or "No figure", with the shape the scorecard pages draw for it (ragTags), so the
 * dashboard, the print report and the scorecard never disagree on which shape means what. */
export function ragWords(rag: string): { word: string; shape: string } {
  const shape = (ragTags as Record<string, { shape: string } | undefined>)[rag]?.shape ?? ragTags['no-value'].shape;
  switch (rag) {
    case 'green': return { word: 'Green', shape };
    case 'amber': return { word: 'Amber', shape };
    case 'red': return { word: 'Red', shape };
    case 'no-target': return { word: 'No target', shape };
    default: return { word: 'No figure', shape };
  }
}

/** A direction of travel of an indicator in words, with the arrow the scorecard pages draw. */
export function kpiDirectionWords(direction: string): { word: string; arrow: string } {
  const words = (directionWords as Record<string, { word: string; arrow: string } | undefined>)[direction] ?? directionWords['not-comparable'];
  return { word: words.word, arrow: direction === 'not-comparable' || !(direction in directionWords) ? '' : words.arrow };
}

export { indicatorPath, scorecardPath } from './routes';

/** "2 of 4 indicators are off target or getting worse (figures to September 2025)." */
export function indicatorsSentence(total: number, listed: number, asOfLabel: string): string {
  const of = `${total} ${total === 1 ? 'indicator' : 'indicators'}`;
  if (listed === 0) return `None of the plan’s ${of} is off target or getting worse (figures to ${asOfLabel}).`;
  return `${listed} of ${of} ${listed === 1 ? 'is' : 'are'} off target or getting worse (figures to ${asOfLabel}).`;
}

/** What the dashboard needs of an indicator to show its counts (the summary's SummaryIndicator). */
export interface IndicatorFigures {
  latest: string;
  numerator: number | null;
  denominator: number | null;
  numeratorLabel: string | null;
  yearToDate: string | null;
  yearToDateNumerator: number | null;
  yearToDateDenominator: number | null;
}

/**
 * The dashboard's "Latest" cell for an indicator: the latest figure with a ratio indicator's counts ("87.5% — 42 of 48
 * plans reviewed within timescales"), and its year to date with the summed counts ("Year to date: 86.3% — 126 of 146 …")
 * when it has them; for other indicators the figure alone and no year-to-date line (the dashboard stays as short as before).
 */
export function indicatorFigures(i: IndicatorFigures): { latest: string; yearToDate: string | null } {
  const latest = ratioYearToDate(i.latest, i.numerator, i.denominator, i.numeratorLabel);
  const yearToDate = i.yearToDate !== null && i.yearToDateNumerator !== null && i.yearToDateDenominator !== null
    ? `Year to date: ${ratioYearToDate(i.yearToDate, i.yearToDateNumerator, i.yearToDateDenominator, i.numeratorLabel)}`
    : null;
  return { latest, yearToDate };
}
