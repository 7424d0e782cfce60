// The indicator forms' rules, without the DOM (indicator-form.test.ts): what the add/edit form starts with, the request
// built from what was typed (numbers parsed here, so "8O" or "ten" is refused at its own field before anything is
// sent; ranges such as 0 to 4 decimal places are left to the API, which words them), the choices offered in plain
// words, the plan items an indicator can evidence, a council year's periods for interim targets, and a year's targets
// and comparators turned into their requests (a comparator left empty is removed).

import type { FieldError } from '../api/problems';
import type { GridItem } from '../api/client';
import type { Comparator, Indicator, IndicatorLink, IndicatorYear } from '../api/scorecard';
import type { Frequency, Polarity, Unit } from './scorecard-words';

export type YtdRule = Indicator['ytdRule'];
export type ComparatorKind = Comparator['kind'];

/** The request body of POST and PUT /api/plans/{planId}/indicators[/{id}]. */
export interface IndicatorBody {
  reference: string;
  name: string;
  definition: string | null;
  unit: string;
  decimalPlaces: number;
  polarity: string;
  frequency: string;
  ytdRule: string;
  dataSource: string | null;
  /** What a ratio indicator's numerator counts; sent only with the ratio rule (null otherwise). */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  ownerIds: number[];
  links: IndicatorLink[];
}

/** The add/edit form as typed: every box a string, the links as "kind-id". */
export interface IndicatorDraft {
  reference: string;
  name: string;
  definition: string;
  unit: string;
  decimalPlaces: string;
  polarity: string;
  frequency: string;
  ytdRule: string;
  dataSource: string;
  numeratorLabel: string;
  denominatorLabel: string;
  ownerIds: number[];
  links: string[];
}

export const unitChoices: readonly { value: Unit; text: string; hint: string }[] = [
  { value: 'percentage', text: 'Percentage', hint: 'Entered as 0 to 100: 85 means 85%.' },
  { value: 'number', text: 'Number', hint: 'A count, such as children in care.' },
  { value: 'rate-per-10000', text: 'Rate per 10,000 children', hint: 'As published, such as 62.3 per 10,000 children.' },
  { value: 'days', text: 'Days', hint: 'A length of time, such as the average days from referral to assessment.' },
  { value: 'ratio', text: 'Ratio', hint: 'One figure over another, such as caseloads per social worker.' },
];

export const polarityChoices: readonly { value: Polarity; text: string; hint: string }[] = [
  { value: 'higher-is-better', text: 'Higher is better', hint: 'Such as assessments completed on time.' },
  { value: 'lower-is-better', text: 'Lower is better', hint: 'Such as repeat referrals within 12 months.' },
  { value: 'neither', text: 'Neither: contextual', hint: 'Such as the number of children in care: a rise or fall is not better or worse in itself, so no RAG or improving/declining is shown.' },
];

export const frequencyChoices: readonly { value: Frequency; text: string; hint: string }[] = [
  { value: 'monthly', text: 'Monthly', hint: 'A value for each month.' },
  { value: 'quarterly', text: 'Quarterly', hint: 'A value for each quarter of the council year.' },
  { value: 'annual', text: 'Annual', hint: 'One value a year, such as a published census figure.' },
];

export const ytdChoices: readonly { value: YtdRule; text: string; hint: string }[] = [
  { value: 'sum', text: 'The sum of the year’s values', hint: 'For counts, such as referrals received.' },
  { value: 'average', text: 'The average of the year’s values', hint: 'For rates and percentages reported each period.' },
  { value: 'latest', text: 'The latest value', hint: 'For a snapshot, such as children in care at the month end.' },
  { value: 'ratio', text: 'The year’s numerators over its denominators', hint: 'For a percentage or rate worked from two counts (for example, visits on time over visits due): each period’s value is entered with its numerator and denominator.' },
];

export const comparatorKinds: readonly { value: ComparatorKind; text: string }[] = [
  { value: 'statistical-neighbours', text: 'Statistical neighbours' },
  { value: 'england', text: 'England' },
  { value: 'region', text: 'Region' },
];

/** The form's starting values: the indicator's own, or a new one's (percentage, higher is better, monthly, average). */
export function indicatorDraft(indicator: Indicator | null): IndicatorDraft {
  if (!indicator) {
    return { reference: '', name: '', definition: '', unit: '', decimalPlaces: '0', polarity: '', frequency: 'monthly', ytdRule: '', dataSource: '', numeratorLabel: '', denominatorLabel: '', ownerIds: [], links: [] };
  }
  return {
    reference: indicator.reference,
    name: indicator.name,
    definition: indicator.definition ?? '',
    unit: indicator.unit,
    decimalPlaces: String(indicator.decimalPlaces),
    polarity: indicator.polarity,
    frequency: indicator.frequency,
    ytdRule: indicator.ytdRule,
    dataSource: indicator.dataSource ?? '',
    numeratorLabel: indicator.numeratorLabel ?? '',
    denominatorLabel: indicator.denominatorLabel ?? '',
    ownerIds: indicator.owners.map((o) => o.id),
    links: indicator.links.map(linkKey),
  };
}

export const linkKey = (link: IndicatorLink): string => `${link.kind}-${link.id}`;

function parseLinkKey(key: string): IndicatorLink | null {
  const m = /^(priority|recommendation|action)-([1-9][0-9]*)$/.exec(key);
  return m ? { kind: m[1] as IndicatorLink['kind'], id: Number(m[2]) } : null;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * A number as typed: "" is none; thousands commas, spaces and a trailing "%" are forgiven ("1,234", "85 %");
 * anything else ("8O", "ten", "1.2.3") is refused with `what` in the message.
 */
export function parseNumber(text: string, what: string): { value: number | null } | { error: string } {
  const cleaned = text.trim().replace(/,(?=\d{3}(\D|$))/g, '').replace(/\s+/g, '').replace(/%$/, '');
  if (cleaned === '') return { value: null };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return { error: `Enter ${what} as a number, like 85 or 12.5, in the indicator’s unit.` };
  return { value: Number(cleaned) };
}

/** The request for the add/edit form, or the fields refused before sending. */
export function indicatorBody(draft: IndicatorDraft): { body: IndicatorBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const places = draft.decimalPlaces.trim();
  let decimalPlaces = 0;
  if (!/^\d{1,2}$/.test(places)) errors.push({ field: 'decimalPlaces', message: 'Enter the decimal places as a whole number from 0 to 4.' });
  else decimalPlaces = Number(places);
  const links = draft.links.map(parseLinkKey).filter((l): l is IndicatorLink => l !== null);
  return {
    body: {
      reference: draft.reference.trim(),
      name: draft.name.trim(),
      definition: orNull(draft.definition),
      unit: draft.unit,
      decimalPlaces,
      polarity: draft.polarity,
      frequency: draft.frequency,
      ytdRule: draft.ytdRule,
      dataSource: orNull(draft.dataSource),
      // The words belong to the ratio rule: with another rule the hidden boxes are not sent, and the API forgets them.
      numeratorLabel: draft.ytdRule === 'ratio' ? orNull(draft.numeratorLabel) : null,
      denominatorLabel: draft.ytdRule === 'ratio' ? orNull(draft.denominatorLabel) : null,
      ownerIds: [...draft.ownerIds],
      links,
    },
    errors,
  };
}

/** The plan items an indicator can evidence, in the plan's order: priorities, recommendations and actions (not measures). */
export function linkChoices(items: readonly GridItem[]): { value: string; text: string }[] {
  const out: { value: string; text: string }[] = [];
  const kindWords: Record<string, string> = { priority: 'Priority', recommendation: 'Recommendation', action: 'Action' };
  const walk = (list: readonly GridItem[]) => {
    for (const item of list) {
      if (item.kind !== 'measure') {
        const text = item.text.length > 120 ? `${item.text.slice(0, 117)}…` : item.text;
        out.push({ value: `${item.kind}-${item.id}`, text: `${kindWords[item.kind]} ${item.reference}: ${text}` });
      }
      walk(item.children);
    }
  };
  walk(items);
  return out;
}

/** "2025/26" for 2025. */
export function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The council year (the calendar year it starts in) that a date (yyyy-mm-dd) falls in. */
export function councilYearOf(isoDate: string, startMonth: number): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= startMonth ? year : year - 1;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A council year's periods (YYYY-MM, the first month of each) for an indicator's frequency, with their names. */
export function periodsOfYear(year: number, frequency: Frequency, startMonth: number): { value: string; text: string }[] {
  const step = frequency === 'monthly' ? 1 : frequency === 'quarterly' ? 3 : 12;
  const out: { value: string; text: string }[] = [];
  for (let i = 0; i < 12; i += step) {
    const m0 = startMonth - 1 + i;
    const y = year + Math.floor(m0 / 12);
    const m = m0 % 12;
    const value = `${y}-${String(m + 1).padStart(2, '0')}`;
    let text = `${monthNames[m]} ${y}`;
    if (step === 3) {
      const end = (m0 + 2) % 12;
      const endYear = year + Math.floor((m0 + 2) / 12);
      text = `Quarter ${i / 3 + 1}: ${monthNames[m]} to ${monthNames[end]} ${endYear}`;
    }
    if (step === 12) text = `The year ${yearLabel(year)}`;
    out.push({ value, text });
  }
  return out;
}

/** A year's form as typed. */
export interface YearDraft {
  baseline: string;
  baselineText: string;
  target: string;
  targetText: string;
  tolerance: string;
  interims: { period: string; target: string; targetText: string }[];
  comparators: Record<ComparatorKind, { value: string; figureYear: string; source: string }>;
}

const show = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

export function yearDraft(indicator: Indicator, year: number): YearDraft {
  const y = indicator.years.find((r) => r.year === year);
  const comparators = {} as YearDraft['comparators'];
  for (const { value: kind } of comparatorKinds) {
    const c = indicator.comparators.find((r) => r.year === year && r.kind === kind);
    comparators[kind] = { value: show(c?.value), figureYear: c?.figureYear ?? '', source: c?.source ?? '' };
  }
  return {
    baseline: show(y?.baseline),
    baselineText: y?.baselineText ?? '',
    target: show(y?.target),
    targetText: y?.targetText ?? '',
    tolerance: show(y?.tolerance),
    interims: (y?.interimTargets ?? []).map((t) => ({ period: t.period, target: String(t.target), targetText: t.targetText ?? '' })),
    comparators,
  };
}

export interface YearBody {
  baseline: number | null;
  baselineText: string | null;
  target: number | null;
  targetText: string | null;
  tolerance: number | null;
  interimTargets: { period: string; target: number; targetText: string | null }[];
}

export interface ComparatorBody {
  value: number;
  figureYear: string | null;
  source: string | null;
}

/** What saving a year's form does: the year's PUT (null when nothing is recorded or typed), and each comparator's PUT or DELETE. */
export interface YearPlan {
  year: YearBody | null;
  comparators: { kind: ComparatorKind; save: ComparatorBody | null; version: number | null }[];
  errors: FieldError[];
}

const sameYear = (a: YearBody, b: IndicatorYear): boolean =>
  a.baseline === b.baseline && a.baselineText === b.baselineText && a.target === b.target && a.targetText === b.targetText
  && (a.tolerance ?? null) === (b.tolerance ?? null) && JSON.stringify(a.interimTargets) === JSON.stringify(b.interimTargets.map((t) => ({ period: t.period, target: t.target, targetText: t.targetText })));

/**
 * The requests for a year's form against what the API last said (`indicator`): the year only when it changed (or is
 * new with something in it), a comparator PUT when its figure is new or changed, a DELETE when its figure was cleared.
 * Field names are the form's: baseline, target, tolerance, interimTargets[0].target, comparators.england.value.
 */
export function yearPlan(indicator: Indicator, year: number, draft: YearDraft): YearPlan {
  const errors: FieldError[] = [];
  const num = (field: string, text: string, what: string): number | null => {
    const parsed = parseNumber(text, what);
    if ('error' in parsed) {
      errors.push({ field, message: parsed.error });
      return null;
    }
    return parsed.value;
  };
  const body: YearBody = {
    baseline: num('baseline', draft.baseline, 'the baseline'),
    baselineText: orNull(draft.baselineText),
    target: num('target', draft.target, 'the target'),
    targetText: orNull(draft.targetText),
    tolerance: num('tolerance', draft.tolerance, 'the tolerance'),
    interimTargets: [],
  };
  draft.interims.forEach((t, i) => {
    if (t.period === '') errors.push({ field: `interimTargets[${i}].period`, message: 'Choose the period of this interim target.' });
    const target = num(`interimTargets[${i}].target`, t.target, 'the interim target');
    if (target === null && !errors.some((e) => e.field === `interimTargets[${i}].target`)) {
      errors.push({ field: `interimTargets[${i}].target`, message: 'Enter the interim target, or remove this row.' });
    }
    body.interimTargets.push({ period: t.period, target: target ?? 0, targetText: orNull(t.targetText) });
  });
  const existing = indicator.years.find((y) => y.year === year) ?? null;
  const empty = body.baseline === null && body.baselineText === null && body.target === null && body.targetText === null
    && body.tolerance === null && body.interimTargets.length === 0;
  const sendYear = existing ? !sameYear(body, existing) : !empty;

  const comparators: YearPlan['comparators'] = [];
  for (const { value: kind, text } of comparatorKinds) {
    const typed = draft.comparators[kind];
    const before = indicator.comparators.find((c) => c.year === year && c.kind === kind) ?? null;
    const value = num(`comparators.${kind}.value`, typed.value, `the ${text.toLowerCase()} figure`);
    const figureYear = orNull(typed.figureYear);
    const source = orNull(typed.source);
    if (value === null) {
      if (typed.value.trim() === '' && (figureYear !== null || source !== null) && !before) {
        errors.push({ field: `comparators.${kind}.value`, message: `Enter the ${text.toLowerCase()} figure, or clear its year and source.` });
      } else if (typed.value.trim() === '' && before) comparators.push({ kind, save: null, version: before.version });
      continue;
    }
    if (before && before.value === value && before.figureYear === figureYear && before.source === source) continue;
    comparators.push({ kind, save: { value, figureYear, source }, version: before?.version ?? null });
  }
  return { year: sendYear ? body : null, comparators, errors };
}
