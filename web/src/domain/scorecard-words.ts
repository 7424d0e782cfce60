// The scorecard's words and small sums (issue 15), DOM-free (scorecard-words.test.ts): periods and their labels,
// units, polarity and states in words, number formatting at an indicator's places, the RAG tag's word and shape, the
// direction's arrow and word, and which indicators a person enters values for. The judgements themselves (RAG,
// direction, year to date) are the API's (api/Domain/Scorecard); the pages only word what it sends.

export type Unit = 'percentage' | 'number' | 'rate-per-10000' | 'days' | 'ratio';
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neither';
export type Frequency = 'monthly' | 'quarterly' | 'annual';
export type ValueState = 'value' | 'not-yet-due' | 'being-collated' | 'not-published' | 'suppressed';
export type Rag = 'green' | 'amber' | 'red' | 'no-target' | 'no-value';
export type TravelDirection = 'improving' | 'maintained' | 'declining' | 'up' | 'down' | 'not-comparable';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A period (YYYY-MM, its first month) as its year and month, or null when it is not one. */
export function parsePeriod(period: string | null | undefined): { year: number; month: number } | null {
  const m = /^([0-9]{4})-(0[1-9]|1[0-2])$/.exec(period ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

export function periodOf(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  return `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The period `months` months after (negative: before) `period`. */
export function addMonths(period: string, count: number): string {
  const p = parsePeriod(period)!;
  return periodOf(p.year, p.month + count);
}

/** "September 2025". */
export function monthLabel(period: string): string {
  const p = parsePeriod(period);
  return p ? `${months[p.month - 1]} ${p.year}` : period;
}

/** "Sep 25", for a chart's axis. */
export function shortMonthLabel(period: string): string {
  const p = parsePeriod(period);
  return p ? `${months[p.month - 1]!.slice(0, 3)} ${String(p.year).slice(2)}` : period;
}

/** The period before `period` for an indicator of `frequency` (a month, three months or a year before). */
export function previousPeriod(period: string, frequency: Frequency): string {
  return addMonths(period, frequency === 'monthly' ? -1 : frequency === 'quarterly' ? -3 : -12);
}

/** Whether `period` is one of an indicator's periods: quarters and years start in the council's start month. */
export function isPeriodOf(period: string, frequency: Frequency, yearStartMonth: number): boolean {
  const p = parsePeriod(period);
  if (!p) return false;
  const offset = (p.month - yearStartMonth + 12) % 12;
  return frequency === 'monthly' || (frequency === 'quarterly' ? offset % 3 === 0 : offset === 0);
}

/** The last day of a period (yyyy-mm-dd): the period's month, or three months, or twelve. */
export function periodEnd(period: string, frequency: Frequency): string {
  const p = parsePeriod(period)!;
  const span = frequency === 'monthly' ? 1 : frequency === 'quarterly' ? 3 : 12;
  const last = new Date(Date.UTC(p.year, p.month - 1 + span, 0));
  return last.toISOString().slice(0, 10);
}

/** The month to enter by default: the one before today's (yyyy-mm-dd), whose figures are usually ready. */
export function defaultEntryPeriod(today: string): string {
  return addMonths(today.slice(0, 7), -1);
}

/**
 * Whether a closed review has reported on the period: it ended on or before the latest closed review's date (the API's
 * lock, which reopening the review lifts). Returns that review's label and date, or null when the period is open.
 */
export function lockOf(period: string, frequency: Frequency, reviews: readonly { label: string; reviewDate: string | null; status: string }[]): { label: string; date: string } | null {
  const closed = reviews.filter((r) => r.status === 'closed' && r.reviewDate).sort((a, b) => (a.reviewDate! < b.reviewDate! ? 1 : -1))[0];
  if (!closed) return null;
  return periodEnd(period, frequency) <= closed.reviewDate! ? { label: closed.label, date: closed.reviewDate! } : null;
}

export const unitWords: Record<Unit, string> = {
  percentage: 'Percentage',
  number: 'Number',
  'rate-per-10000': 'Rate per 10,000 children',
  days: 'Days',
  ratio: 'Ratio',
};

/** The text after a number input ("%", "per 10,000 children", "days"); "" for a plain number or ratio. */
export function unitSuffix(unit: Unit): string {
  return unit === 'percentage' ? '%' : unit === 'rate-per-10000' ? 'per 10,000 children' : unit === 'days' ? 'days' : '';
}

export const polarityWords: Record<Polarity, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  neither: 'Neither: contextual, shown without a judgement',
};

export const frequencyWords: Record<Frequency, string> = { monthly: 'Monthly', quarterly: 'Quarterly', annual: 'Annual' };

export const stateWords: Record<ValueState, string> = {
  value: 'A value',
  'not-yet-due': 'Not yet due',
  'being-collated': 'Being collated',
  'not-published': 'Not published',
  'suppressed': 'Suppressed (small numbers)',
};

export const valueStates: readonly ValueState[] = ['value', 'not-yet-due', 'being-collated', 'not-published', 'suppressed'];

/** A number at the indicator's places with its unit: "87.5%", "12", "45.3 per 10,000", "21 days". */
export function formatValue(value: number, unit: Unit, decimalPlaces: number): string {
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: decimalPlaces, maximumFractionDigits: decimalPlaces });
  switch (unit) {
    case 'percentage':
      return `${text}%`;
    case 'rate-per-10000':
      return `${text} per 10,000`;
    case 'days':
      return `${text} ${value === 1 ? 'day' : 'days'}`;
    default:
      return text;
  }
}

/** A period's value or, without a number, its state in words. */
export function valueOrState(value: number | null, state: string, unit: Unit, decimalPlaces: number): string {
  if (value !== null && (state === 'value' || !state)) return formatValue(value, unit, decimalPlaces);
  return stateWords[state as ValueState] ?? 'No value';
}

/**
 * A value as typed in the form (not yet saved), worded as the scorecard words a saved one: "90" for a percentage is
 * "90.0%" at one place, never "90 %"; a state is its words; an empty box "empty"; text that is no number as typed.
 */
export function draftValueText(text: string, state: ValueState, unit: Unit, decimalPlaces: number): string {
  if (state !== 'value') return stateWords[state];
  const read = readNumber(text);
  if ('error' in read) return text.trim();
  return read.value === null ? 'empty' : formatValue(read.value, unit, decimalPlaces);
}

/**
 * What a person typed in a value box, as a number: spaces, thousands commas and a trailing "%" are forgiven;
 * "" is no number; anything else that is not a number is an error to say before anything is sent.
 */
export function readNumber(text: string): { value: number | null } | { error: true } {
  const cleaned = text.trim().replace(/,/g, '').replace(/%$/, '').trim();
  if (cleaned === '') return { value: null };
  if (!/^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(cleaned)) return { error: true };
  return { value: Number(cleaned) };
}

/** The RAG tag: its word, its shape (never colour alone) and its fill. */
export const ragTags: Record<Rag, { word: string; shape: string; fill: string | null }> = {
  green: { word: 'Green: on target', shape: '●', fill: '#00703c' },
  amber: { word: 'Amber: within tolerance', shape: '▲', fill: '#ffbf47' },
  red: { word: 'Red: off target', shape: '■', fill: '#d4351c' },
  'no-target': { word: 'No target', shape: '○', fill: null },
  'no-value': { word: 'No value', shape: '–', fill: null },
};

/** The direction of travel as an arrow (for the eye) and a word. */
export const directionWords: Record<TravelDirection, { arrow: string; word: string }> = {
  improving: { arrow: '↑', word: 'Improving' },
  maintained: { arrow: '→', word: 'Maintained' },
  declining: { arrow: '↓', word: 'Declining' },
  up: { arrow: '↗', word: 'Up' },
  down: { arrow: '↘', word: 'Down' },
  'not-comparable': { arrow: '–', word: 'Not comparable' },
};

/** Which indicators a person enters values for: board and administrators all; a manager those they own; a viewer none. */
export function indicatorsToEnter<T extends { owners: readonly { id: number }[] }>(indicators: readonly T[], role: string, personId: number | null): T[] {
  if (role === 'board' || role === 'administrator') return [...indicators];
  if (role === 'manager' && personId !== null) return indicators.filter((i) => i.owners.some((o) => o.id === personId));
  return [];
}

/** One row of the values form as typed. */
export interface ValueDraft {
  indicatorId: number;
  value: string;
  state: ValueState;
  note: string;
  /** A ratio row's counts, read from its boxes (ratio-values.ts); the value is then the one they give. Absent for other rows. */
  counts?: { numerator: number; denominator: number } | null;
}

/** A stored value, as the form compares and sends it. */
export interface StoredValue {
  indicatorId: number;
  value: number | null;
  state: string;
  note: string | null;
  version: number;
  numerator?: number | null;
  denominator?: number | null;
  updatedBy?: string;
  updatedAt?: string;
}

export interface ValueRow {
  indicatorId: number;
  value: number | null;
  state: ValueState;
  numerator?: number | null;
  denominator?: number | null;
  note: string | null;
  version?: number;
}

/**
 * The rows to send: those that differ from what is stored (new ones only when something was entered), with the
 * version read; and the errors found before sending (a number that is no number, a state with a number).
 * `index` maps each sent row back to the draft it came from, so the API's values[i] names the right field.
 */
export function rowsToSave(drafts: readonly ValueDraft[], stored: ReadonlyMap<number, StoredValue>): { rows: ValueRow[]; index: number[]; errors: { draft: number; field: 'value'; message: string }[] } {
  const rows: ValueRow[] = [];
  const index: number[] = [];
  const errors: { draft: number; field: 'value'; message: string }[] = [];
  drafts.forEach((draft, i) => {
    const read = readNumber(draft.value);
    if ('error' in read) {
      errors.push({ draft: i, field: 'value', message: `Enter the value as a number, for example 87.5; “${draft.value.trim()}” is not one.` });
      return;
    }
    if (read.value !== null && draft.state !== 'value') {
      errors.push({ draft: i, field: 'value', message: `Leave the value empty when the state is “${stateWords[draft.state]}”, or choose “A value”.` });
      return;
    }
    const note = draft.note.trim() === '' ? null : draft.note.trim();
    const before = stored.get(draft.indicatorId);
    // A ratio row sends its counts (null when it has none) and the value they give; other rows send no counts.
    const counts = draft.counts === undefined ? {} : { numerator: draft.counts?.numerator ?? null, denominator: draft.counts?.denominator ?? null };
    if (!before) {
      if (read.value === null && draft.state === 'value') return;
      rows.push({ indicatorId: draft.indicatorId, value: read.value, state: draft.state, ...counts, note });
      index.push(i);
      return;
    }
    const sameCounts = draft.counts === undefined
      || ((before.numerator ?? null) === (draft.counts?.numerator ?? null) && (before.denominator ?? null) === (draft.counts?.denominator ?? null));
    if (before.value === read.value && before.state === draft.state && (before.note ?? null) === note && sameCounts) return;
    rows.push({ indicatorId: draft.indicatorId, value: read.value, state: draft.state, ...counts, note, version: before.version });
    index.push(i);
  });
  return { rows, index, errors };
}

/** The draft a stored value fills the form with. */
export function draftOf(indicatorId: number, stored: StoredValue | undefined): ValueDraft {
  return {
    indicatorId,
    value: stored?.value === null || stored?.value === undefined ? '' : String(stored.value),
    state: (stored?.state as ValueState | undefined) ?? 'value',
    note: stored?.note ?? '',
  };
}

/** The row a problem's field names ("values[2].value" is sent row 2's value), or null. */
export function problemRow(name: string): { row: number; field: string } | null {
  const m = /^values\[([0-9]+)\]\.([A-Za-z]+)$/i.exec(name);
  return m ? { row: Number(m[1]), field: m[2]!.toLowerCase() } : null;
}

/** "Rising from 72% in April 2025 to 87.5% in September 2025", the words of a small trend line. */
export function trendWords(points: readonly { label: string; value: number | null; display: string }[]): string {
  const numbered = points.filter((p) => p.value !== null);
  if (numbered.length === 0) return 'No values yet.';
  const first = numbered[0]!;
  const last = numbered[numbered.length - 1]!;
  if (numbered.length === 1) return `One value: ${first.display} in ${first.label}.`;
  const verb = last.value! > first.value! ? 'Rising' : last.value! < first.value! ? 'Falling' : 'Level';
  const gaps = points.length - numbered.length;
  const gapWords = gaps > 0 ? ` (${gaps} ${gaps === 1 ? 'period' : 'periods'} without a number)` : '';
  return `${verb} from ${first.display} in ${first.label} to ${last.display} in ${last.label}${gapWords}.`;
}
