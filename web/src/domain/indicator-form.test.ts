import { describe, expect, it } from 'vitest';
import type { GridItem } from '../api/client';
import type { Indicator } from '../api/scorecard';
import { councilYearOf, indicatorBody, indicatorDraft, linkChoices, parseNumber, periodsOfYear, yearDraft, yearLabel, yearPlan } from './indicator-form';

const indicator: Indicator = {
  id: 7, planId: 3, reference: 'CP1', name: 'Child protection plans reviewed on time', definition: null, unit: 'percentage',
  decimalPlaces: 1, polarity: 'higher-is-better', frequency: 'monthly', ytdRule: 'average', dataSource: 'Liquidlogic', position: 1,
  numeratorLabel: null, denominatorLabel: null,
  owners: [{ id: 4, name: 'Sam Lee', jobTitle: null, displayName: 'Sam Lee' }],
  links: [{ kind: 'action', id: 12 }],
  years: [{ indicatorId: 7, year: 2025, baseline: 80, baselineText: '80%', target: 95, targetText: null, tolerance: 5, version: 2,
    interimTargets: [{ period: '2025-09', target: 90, targetText: null }] }],
  comparators: [{ indicatorId: 7, year: 2025, kind: 'england', value: 88.5, figureYear: '2023/24', source: 'LAIT', version: 1 }],
  version: 3,
};

describe('parseNumber', () => {
  it('reads numbers as people type them and refuses text', () => {
    expect(parseNumber('', 'the target')).toEqual({ value: null });
    expect(parseNumber('  ', 'the target')).toEqual({ value: null });
    expect(parseNumber('85', 'x')).toEqual({ value: 85 });
    expect(parseNumber('85 %', 'x')).toEqual({ value: 85 });
    expect(parseNumber('1,234.5', 'x')).toEqual({ value: 1234.5 });
    expect(parseNumber('-2', 'x')).toEqual({ value: -2 });
    expect(parseNumber('.5', 'x')).toEqual({ value: 0.5 });
    expect(parseNumber('0', 'x')).toEqual({ value: 0 });
    for (const bad of ['ten', '8O', '1.2.3', '5 days', '1,23', 'NaN', 'Infinity']) {
      expect(parseNumber(bad, 'the tolerance')).toEqual({ error: 'Enter the tolerance as a number, like 85 or 12.5, in the indicator’s unit.' });
    }
  });
});

describe('indicatorBody', () => {
  it('round-trips an indicator through the form', () => {
    const { body, errors } = indicatorBody(indicatorDraft(indicator));
    expect(errors).toEqual([]);
    expect(body).toEqual({
      reference: 'CP1', name: 'Child protection plans reviewed on time', definition: null, unit: 'percentage', decimalPlaces: 1,
      polarity: 'higher-is-better', frequency: 'monthly', ytdRule: 'average', dataSource: 'Liquidlogic', numeratorLabel: null,
      denominatorLabel: null, ownerIds: [4], links: [{ kind: 'action', id: 12 }],
    });
  });

  it('sends the words of a ratio indicator’s counts, trimmed, only with the ratio rule', () => {
    const ratio = { ...indicator, ytdRule: 'ratio' as const, numeratorLabel: 'children seen within 10 working days', denominatorLabel: 'children referred' };
    const draft = indicatorDraft(ratio);
    expect([draft.numeratorLabel, draft.denominatorLabel]).toEqual(['children seen within 10 working days', 'children referred']);
    expect(indicatorBody({ ...draft, numeratorLabel: '  visits on time ', denominatorLabel: ' ' }).body).toMatchObject({ numeratorLabel: 'visits on time', denominatorLabel: null });
    expect(indicatorBody({ ...draft, ytdRule: 'average' }).body).toMatchObject({ numeratorLabel: null, denominatorLabel: null });
  });

  it('trims, sends blanks as null, and leaves unchosen words for the API to refuse', () => {
    const draft = { ...indicatorDraft(null), reference: ' CP2 ', name: ' Visits ', definition: '  ', links: ['priority-3', 'nonsense'] };
    const { body, errors } = indicatorBody(draft);
    expect(errors).toEqual([]);
    expect(body).toMatchObject({ reference: 'CP2', name: 'Visits', definition: null, unit: '', polarity: '', decimalPlaces: 0, links: [{ kind: 'priority', id: 3 }] });
  });

  it('refuses decimal places that are not a whole number, and lets the API judge the range', () => {
    expect(indicatorBody({ ...indicatorDraft(null), decimalPlaces: 'two' }).errors).toEqual([{ field: 'decimalPlaces', message: 'Enter the decimal places as a whole number from 0 to 4.' }]);
    expect(indicatorBody({ ...indicatorDraft(null), decimalPlaces: '1.5' }).errors).toHaveLength(1);
    const nine = indicatorBody({ ...indicatorDraft(null), decimalPlaces: '9' });
    expect(nine.errors).toEqual([]);
    expect(nine.body.decimalPlaces).toBe(9);
  });
});

describe('linkChoices', () => {
  it('lists priorities, recommendations and actions in the plan’s order, not measures', () => {
    const item = (kind: GridItem['kind'], id: number, reference: string, children: GridItem[] = []) => ({ kind, id, reference, text: `${kind} ${id}`, children }) as unknown as GridItem;
    const items = [item('priority', 1, '1', [item('action', 5, '1.1', [item('measure', 9, '1.1.a')])]), item('recommendation', 2, 'R2')];
    expect(linkChoices(items)).toEqual([
      { value: 'priority-1', text: 'Priority 1: priority 1' },
      { value: 'action-5', text: 'Action 1.1: action 5' },
      { value: 'recommendation-2', text: 'Recommendation R2: recommendation 2' },
    ]);
  });
});

describe('years and periods', () => {
  it('names council years and finds the one a date is in', () => {
    expect(yearLabel(2025)).toBe('2025/26');
    expect(yearLabel(2099)).toBe('2099/00');
    expect(councilYearOf('2026-03-31', 4)).toBe(2025);
    expect(councilYearOf('2026-04-01', 4)).toBe(2026);
  });

  it('lists a year’s periods for each frequency', () => {
    const months = periodsOfYear(2025, 'monthly', 4);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ value: '2025-04', text: 'April 2025' });
    expect(months[11]).toEqual({ value: '2026-03', text: 'March 2026' });
    expect(periodsOfYear(2025, 'quarterly', 4)).toEqual([
      { value: '2025-04', text: 'Quarter 1: April to June 2025' },
      { value: '2025-07', text: 'Quarter 2: July to September 2025' },
      { value: '2025-10', text: 'Quarter 3: October to December 2025' },
      { value: '2026-01', text: 'Quarter 4: January to March 2026' },
    ]);
    expect(periodsOfYear(2025, 'annual', 4)).toEqual([{ value: '2025-04', text: 'The year 2025/26' }]);
  });
});

describe('yearPlan', () => {
  it('sends nothing when nothing changed', () => {
    expect(yearPlan(indicator, 2025, yearDraft(indicator, 2025))).toEqual({ year: null, comparators: [], errors: [] });
  });

  it('sends nothing for an empty new year', () => {
    expect(yearPlan(indicator, 2026, yearDraft(indicator, 2026))).toEqual({ year: null, comparators: [], errors: [] });
  });

  it('sends the changed year, a new comparator, and removes a cleared one with its version', () => {
    const draft = yearDraft(indicator, 2025);
    draft.target = '97';
    draft.interims.push({ period: '2025-12', target: '93.5', targetText: ' 93.5% ' });
    draft.comparators.england.value = '';
    draft.comparators['statistical-neighbours'] = { value: '91.2', figureYear: '2023/24', source: '' };
    const plan = yearPlan(indicator, 2025, draft);
    expect(plan.errors).toEqual([]);
    expect(plan.year).toEqual({
      baseline: 80, baselineText: '80%', target: 97, targetText: null, tolerance: 5,
      interimTargets: [{ period: '2025-09', target: 90, targetText: null }, { period: '2025-12', target: 93.5, targetText: '93.5%' }],
    });
    expect(plan.comparators).toEqual([
      { kind: 'statistical-neighbours', save: { value: 91.2, figureYear: '2023/24', source: null }, version: null },
      { kind: 'england', save: null, version: 1 },
    ]);
  });

  it('names each refused box with the form’s field name', () => {
    const draft = yearDraft(indicator, 2026);
    draft.tolerance = 'five';
    draft.interims.push({ period: '', target: '' , targetText: '' });
    draft.comparators.region = { value: '', figureYear: '2023/24', source: '' };
    draft.comparators.england.value = 'high';
    expect(yearPlan(indicator, 2026, draft).errors.map((e) => e.field)).toEqual([
      'tolerance', 'interimTargets[0].period', 'interimTargets[0].target', 'comparators.england.value', 'comparators.region.value',
    ]);
  });

  it('sends a changed comparator with the version it was read at', () => {
    const draft = yearDraft(indicator, 2025);
    draft.comparators.england.source = 'DfE';
    expect(yearPlan(indicator, 2025, draft).comparators).toEqual([{ kind: 'england', save: { value: 88.5, figureYear: '2023/24', source: 'DfE' }, version: 1 }]);
  });
});
