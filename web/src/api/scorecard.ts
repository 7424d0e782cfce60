// The scorecard calls (issue 15): a plan's indicators, one indicator's values, a period's values saved in one PUT, and
// the scorecard read. Built on client.ts's request(); contract.ts checks the types against the OpenAPI document.

import { ifMatch } from './admin';
import { apiRoot, request, type PersonRef } from './client';
import type { ComparatorBody, IndicatorBody, YearBody } from '../domain/indicator-form';
import type { Frequency, Polarity, Rag, TravelDirection, Unit, ValueState } from '../domain/scorecard-words';

export interface IndicatorLink {
  kind: 'priority' | 'recommendation' | 'action';
  id: number;
}

export interface InterimTarget {
  period: string;
  target: number;
  targetText: string | null;
}

export interface IndicatorYear {
  indicatorId: number;
  year: number;
  baseline: number | null;
  baselineText: string | null;
  target: number | null;
  targetText: string | null;
  tolerance: number | null;
  interimTargets: InterimTarget[];
  version: number;
}

export interface Comparator {
  indicatorId: number;
  year: number;
  kind: 'statistical-neighbours' | 'england' | 'region';
  value: number;
  figureYear: string | null;
  source: string | null;
  version: number;
}

export interface Indicator {
  id: number;
  planId: number;
  reference: string;
  name: string;
  definition: string | null;
  unit: Unit;
  decimalPlaces: number;
  polarity: Polarity;
  frequency: Frequency;
  ytdRule: 'sum' | 'average' | 'latest' | 'ratio';
  dataSource: string | null;
  /** What a ratio indicator's numerator counts ("children seen within 10 working days"); null when not said. */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  position: number;
  owners: PersonRef[];
  links: IndicatorLink[];
  years: IndicatorYear[];
  comparators: Comparator[];
  version: number;
}

export interface IndicatorValue {
  id: number;
  indicatorId: number;
  period: string;
  state: ValueState;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  version: number;
  updatedBy: string;
  updatedAt: string;
}

export interface IndicatorValueBody {
  indicatorId: number;
  value: number | null;
  state: ValueState;
  /** A ratio indicator's counts; the value sent is worked from them and the API checks they agree. */
  numerator?: number | null;
  denominator?: number | null;
  note: string | null;
  version?: number;
}

const plan = (planId: number) => `${apiRoot}/plans/${encodeURIComponent(String(planId))}`;

export const listIndicators = (planId: number, signal?: AbortSignal) =>
  request<Indicator[]>('GET', `${plan(planId)}/indicators`, { signal });

export const getIndicator = (planId: number, indicatorId: number, signal?: AbortSignal) =>
  request<Indicator>('GET', `${plan(planId)}/indicators/${encodeURIComponent(String(indicatorId))}`, { signal });

/** One change to the indicator, a year, a comparator or a value, from the audit log: who, when, what, before and after, and a sentence. */
export interface IndicatorHistoryValue {
  state: ValueState;
  value: number | null;
  note: string | null;
  display: string;
}

export interface IndicatorHistoryDetail {
  what: string;
  before: string;
  after: string;
}

export interface IndicatorHistoryEntry {
  id: number;
  occurredAt: string;
  actor: string;
  change: 'create' | 'update' | 'delete';
  /** A value, the indicator itself, one of its years (baseline, target, tolerance) or a comparator. */
  subject: 'value' | 'indicator' | 'year' | 'comparator';
  period: string | null;
  periodLabel: string | null;
  year: number | null;
  yearLabel: string | null;
  comparatorKind: string | null;
  before: IndicatorHistoryValue | null;
  after: IndicatorHistoryValue | null;
  details: IndicatorHistoryDetail[];
  sentence: string;
}

export interface IndicatorHistory {
  indicatorId: number;
  entries: IndicatorHistoryEntry[];
}

/** Newest first. */
export const getIndicatorHistory = (planId: number, indicatorId: number, signal?: AbortSignal) =>
  request<IndicatorHistory>('GET', `${plan(planId)}/indicators/${encodeURIComponent(String(indicatorId))}/history`, { signal });

export const listIndicatorValues = (planId: number, indicatorId: number, signal?: AbortSignal) =>
  request<IndicatorValue[]>('GET', `${plan(planId)}/indicators/${encodeURIComponent(String(indicatorId))}/values`, { signal });

/** Saves one period's values across indicators, all or nothing (409 with `current` when someone saved meanwhile). */
export const saveIndicatorValues = (planId: number, period: string, values: IndicatorValueBody[]) =>
  request<IndicatorValue[]>('PUT', `${plan(planId)}/indicator-values/${encodeURIComponent(period)}`, { body: { values } });

/** The scorecard read (GET /api/plans/{planId}/scorecard?asOf=YYYY-MM): every figure computed by the API. */
export interface ScorecardRead {
  planId: number;
  planVersion: number;
  yearStartMonth: number;
  /** YYYY-MM; the latest period with a value or state unless asked. */
  asOf: string;
  asOfLabel: string;
  year: number;
  yearLabel: string;
  counts: { green: number; amber: number; red: number; noTarget: number; noValue: number; declining: number };
  indicators: ScorecardIndicator[];
}

export interface ScorecardTravel {
  direction: TravelDirection;
  comparedWith: string | null;
  sentence: string;
}

export interface ScorecardLatest {
  period: string;
  label: string;
  value: number | null;
  state: ValueState;
  note: string | null;
  display: string;
}

export interface ScorecardIndicator {
  id: number;
  reference: string;
  name: string;
  definition: string | null;
  unit: Unit;
  decimalPlaces: number;
  polarity: Polarity;
  frequency: Frequency;
  ytdRule: string;
  dataSource: string | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  version: number;
  owners: { personId: number; name: string }[];
  links: { kind: 'priority' | 'recommendation' | 'action'; itemId: number; reference: string; title: string }[];
  latest: ScorecardLatest | null;
  target: { value: number; tolerance: number; printedText: string | null; interim: boolean; display: string } | null;
  rag: Rag;
  ragSentence: string;
  fromPrevious: ScorecardTravel;
  yearOnYear: ScorecardTravel;
  /** numerator and denominator: the ratio rule's sums over the counted periods, else null. */
  yearToDate: { value: number | null; display: string | null; sentence: string; numerator: number | null; denominator: number | null } | null;
  baseline: { value: number; printedText: string | null; display: string } | null;
  comparators: { kind: string; year: number; value: number; figureYear: string | null; source: string | null; gap: number | null; judgement: string | null; display: string; sentence: string | null }[];
  series: { period: string; label: string; value: number | null; numerator: number | null; denominator: number | null; state: ValueState; target: number | null; rag: Rag; note: string | null }[];
  sentence: string;
}

export const getScorecard = (planId: number, asOf: string | null, signal?: AbortSignal) =>
  request<ScorecardRead>('GET', `${plan(planId)}/scorecard${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`, { signal });

// Writing indicators (board members and administrators): the indicator itself, a year's targets, its comparators.

const indicatorUrl = (planId: number, indicatorId: number) => `${plan(planId)}/indicators/${encodeURIComponent(String(indicatorId))}`;

export const createIndicator = (planId: number, body: IndicatorBody) =>
  request<Indicator>('POST', `${plan(planId)}/indicators`, { body });

export const updateIndicator = (planId: number, indicatorId: number, version: number, body: IndicatorBody) =>
  request<Indicator>('PUT', indicatorUrl(planId, indicatorId), { body, ifMatch: ifMatch(version) });

export const deleteIndicator = (planId: number, indicatorId: number, version: number) =>
  request<void>('DELETE', indicatorUrl(planId, indicatorId), { ifMatch: ifMatch(version) });

/** Creates the year when there is none (version null: no If-Match), otherwise changes it. */
export const saveIndicatorYear = (planId: number, indicatorId: number, year: number, version: number | null, body: YearBody) =>
  request<IndicatorYear>('PUT', `${indicatorUrl(planId, indicatorId)}/years/${year}`, { body, ...(version === null ? {} : { ifMatch: ifMatch(version) }) });

export const saveComparator = (planId: number, indicatorId: number, year: number, kind: string, version: number | null, body: ComparatorBody) =>
  request<Comparator>('PUT', `${indicatorUrl(planId, indicatorId)}/years/${year}/comparators/${encodeURIComponent(kind)}`, { body, ...(version === null ? {} : { ifMatch: ifMatch(version) }) });

export const deleteComparator = (planId: number, indicatorId: number, year: number, kind: string, version: number) =>
  request<void>('DELETE', `${indicatorUrl(planId, indicatorId)}/years/${year}/comparators/${encodeURIComponent(kind)}`, { ifMatch: ifMatch(version) });
