import { describe, expect, it } from 'vitest';
import { figure, judgedOnWords, matchWords, printedDirectionWords, reconciliationSummary } from './dashboard-checks';

describe('judgedOnWords', () => {
  it.each([
    ['today', null, 'Overdue and due soon are judged on 23 November 2026 (today).'],
    ['asOf', '2016-10-15', 'Overdue and due soon are judged on 23 November 2026 (the date chosen: the figures are as they stood then, and reviews held after it are left out).'],
    ['reviewDate', null, 'Overdue and due soon are judged on 23 November 2026 (the date of RAG 09/26: a past review is judged as at its own meeting).'],
  ] as const)('%s', (judgedOn, asOf, words) => {
    expect(judgedOnWords({ today: '2026-11-23', judgedOn, asOf, review: { label: 'RAG 09/26' } as never })).toBe(words);
  });
});

describe('figures and matches', () => {
  it('prints figures to one decimal', () => {
    expect([figure(2.6667), figure(3), figure(null)]).toEqual(['2.7', '3.0', 'no figure']);
  });

  it.each([
    ['overItems', 'Agrees with the mean over scored items'],
    ['overPriorities', 'Agrees with the mean of the priority figures'],
    [null, 'Agrees with neither mean'],
  ] as const)('%s', (matches, words) => expect(matchWords({ matches })).toBe(words));
});

describe('printedDirectionWords', () => {
  it('says what the scores and the source say, and the source’s own words when they differ', () => {
    expect(printedDirectionWords({ direction: 'maintained', printedDirection: 'improving', printedDirectionText: 'Improved' }))
      .toBe('Scores say maintained; the source printed improving (“Improved”).');
    expect(printedDirectionWords({ direction: 'declining', printedDirection: 'maintained', printedDirectionText: 'Maintained' }))
      .toBe('Scores say declining; the source printed maintained.');
  });
});

describe('reconciliationSummary', () => {
  const none = { reportedAverages: [], contradictingPrintedDirections: [], contradictingOverrides: [], completeAsPrinted: [], deadlinesToConfirm: [] };
  it('says so when nothing printed contradicts the scores', () => {
    expect(reconciliationSummary(none)).toBe('Nothing printed contradicts the scores.');
  });

  it('counts what disagrees, and what rests on print alone', () => {
    const one = [{}] as never[];
    expect(reconciliationSummary({
      ...none,
      reportedAverages: [{ disagrees: true }, { disagrees: false }] as never[],
      contradictingPrintedDirections: one,
      completeAsPrinted: one,
      deadlinesToConfirm: [{}, {}] as never[],
    })).toBe('1 printed average disagrees and 1 printed direction of travel contradicts the scores. 1 item is complete only as printed in a source and 2 deadline dates need confirming.');
  });
});
