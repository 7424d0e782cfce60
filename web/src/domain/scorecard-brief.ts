// The scorecard's words where the dashboard and the print report show it (issue 15): RAG as a word and a shape, so
// colour never carries it alone, direction of travel as a word, and the scorecard pages' addresses (built by the
// scorecard pages' branch; the same paths). DOM-free (scorecard-brief.test.ts).

export type Rag = 'green' | 'amber' | 'red' | 'no-target' | 'no-value';

/** "Red" with ▲ (a warning triangle), "Amber" ◆, "Green" ●, "No target" and "No figure" with a dash. */
export function ragWords(rag: string): { word: string; shape: string } {
  switch (rag) {
    case 'green': return { word: 'Green', shape: '●' };
    case 'amber': return { word: 'Amber', shape: '◆' };
    case 'red': return { word: 'Red', shape: '▲' };
    case 'no-target': return { word: 'No target', shape: '–' };
    default: return { word: 'No figure', shape: '–' };
  }
}

/** A direction of travel of an indicator in words, with an arrow for sighted readers. */
export function kpiDirectionWords(direction: string): { word: string; arrow: string } {
  switch (direction) {
    case 'improving': return { word: 'Improving', arrow: '↑' };
    case 'declining': return { word: 'Declining', arrow: '↓' };
    case 'maintained': return { word: 'Maintained', arrow: '→' };
    case 'up': return { word: 'Up', arrow: '↗' };
    case 'down': return { word: 'Down', arrow: '↘' };
    default: return { word: 'Not comparable', arrow: '' };
  }
}

export const scorecardPath = (planId: number): string => `/plans/${planId}/scorecard`;
export const indicatorPath = (planId: number, indicatorId: number): string => `/plans/${planId}/indicators/${indicatorId}`;

/** "2 of 4 indicators are off target or getting worse (figures to September 2025)." */
export function indicatorsSentence(total: number, listed: number, asOfLabel: string): string {
  const of = `${total} ${total === 1 ? 'indicator' : 'indicators'}`;
  if (listed === 0) return `None of the plan’s ${of} is off target or getting worse (figures to ${asOfLabel}).`;
  return `${listed} of ${of} ${listed === 1 ? 'is' : 'are'} off target or getting worse (figures to ${asOfLabel}).`;
}
