// The printed figures pages' words and forms: what each kind of figure is, the summary's verdict in words, and the
// forms' values (as typed) to and from the API's shapes. DOM-free (printed-figures.test.ts).
//
// As in the administration forms, the API judges the input (RecordPrintedFigure.cs, RecordReportedAverage.cs) and the
// pages show its messages; the one check made here is an average that is not a number, which JSON cannot carry.

import type { GridLevel } from '../api/client';
import type { PrintedFigure, PrintedFigureKind, PrintedFigureRequest, ReportedAverage, ReportedAverageRequest } from '../api/printed-figures';
import type { Prepared } from './admin-forms';
import { idOrNull, optionalText } from './admin-forms';
import { levelWords } from './levels';

/** The kinds of figure, as the form offers them; `needsLevel` for the two that count a level of the scale. */
export const figureKinds: readonly { value: PrintedFigureKind; text: string; hint: string; needsLevel: boolean }[] = [
  { value: 'countAtLevel', text: 'A count of items at a level', hint: 'For example “COMPLETED: 6”. Checked against the scores.', needsLevel: true },
  { value: 'percentageAtLevel', text: 'A percentage of items at a level', hint: 'For example “Green: 45%”, of the scored items. Checked against the scores.', needsLevel: true },
  { value: 'scoredItemCount', text: 'The number of scored items', hint: 'For example “Actions RAG rated: 24”. Checked against the scores.', needsLevel: false },
  { value: 'itemCount', text: 'The number of items', hint: 'Every item at the plan’s score level, scored or not. Checked against the plan.', needsLevel: false },
  { value: 'other', text: 'Something else', hint: 'Kept as printed, but the tracker cannot check it.', needsLevel: false },
];

/** Whether a kind counts a level of the plan's scale (and so needs one). */
export function kindNeedsLevel(kind: string): boolean {
  return figureKinds.some((k) => k.value === kind && k.needsLevel);
}

/** A kind in words, for the list: "A count of items at a level". */
export function kindWords(kind: string): string {
  return figureKinds.find((k) => k.value === kind)?.text ?? kind;
}

/** The summary's verdict in words, and the tag it wears. */
export function verdictWords(verdict: string | null | undefined): { text: string; tag: 'active' | 'warning' | 'confirm' } {
  switch (verdict) {
    case 'agrees':
      return { text: 'Agrees with the scores', tag: 'active' };
    case 'disagrees':
      return { text: 'Disagrees with the scores', tag: 'warning' };
    case 'cannotCheck':
      return { text: 'Cannot be checked', tag: 'confirm' };
    default:
      // Not in the summary of the review shown: printed for no review, or for another one.
      return { text: 'Not checked', tag: 'confirm' };
  }
}

/** What a figure counts, in words: "count at level 5 Complete", "the whole plan". */
export function levelChoiceWords(levels: readonly GridLevel[], value: number | null): string | null {
  if (value === null) return null;
  const level = levels.find((l) => l.value === value);
  return level ? levelWords(level.value, level.label) : String(value);
}

/** A printed figure's form, as typed: every value a string, so nothing typed is lost when the API says no. */
export interface PrintedFigureForm {
  reviewId: string;
  priorityId: string;
  kind: string;
  level: string;
  label: string;
  valueText: string;
  claims: string;
  source: string;
}

/** The form for a figure (its values), or for a new one printed for `reviewId`. */
export function printedFigureFormFrom(figure?: PrintedFigure | null, reviewId?: number | null): PrintedFigureForm {
  return {
    reviewId: figure ? (figure.reviewId === null ? '' : String(figure.reviewId)) : reviewId ? String(reviewId) : '',
    priorityId: figure?.priorityId ? String(figure.priorityId) : '',
    kind: figure?.kind ?? '',
    level: figure?.level === null || figure?.level === undefined ? '' : String(figure.level),
    label: figure?.label ?? '',
    valueText: figure?.valueText ?? '',
    claims: figure?.claims ?? '',
    source: figure?.source ?? '',
  };
}

/**
 * What the form sends. The label and value go as typed (the API trims them and says when they are missing); the value
 * as a number is left for the API to read from the text ("45%" is 45), so it is read one way only. A level goes only
 * with a kind that counts one: a level left chosen after changing the kind would be refused for no reason the person
 * could see.
 */
export function printedFigureRequest(form: PrintedFigureForm): PrintedFigureRequest {
  const level = kindNeedsLevel(form.kind) && /^-?[0-9]+$/.test(form.level.trim()) ? Number(form.level.trim()) : null;
  return {
    reviewId: idOrNull(form.reviewId),
    priorityId: idOrNull(form.priorityId),
    kind: form.kind,
    level,
    label: form.label,
    valueText: form.valueText,
    claims: optionalText(form.claims),
    source: optionalText(form.source),
  };
}

/** A printed average's form, as typed. */
export interface AverageForm {
  priorityId: string;
  value: string;
  source: string;
}

export function averageFormFrom(average?: ReportedAverage | null): AverageForm {
  return {
    priorityId: average?.priorityId ? String(average.priorityId) : '',
    value: average ? String(average.value) : '',
    source: average?.source ?? '',
  };
}

/**
 * What the average's form sends: the figure as a number ("2.8"; a comma for the decimal point is read too, as some
 * reports print it). Nothing typed is sent as null, for the API to say what it needs; text that is no number cannot be
 * sent at all, so it is refused here in the API's words.
 */
export function averageRequest(form: AverageForm): Prepared<ReportedAverageRequest> {
  const text = form.value.trim().replace(/^(-?[0-9]+),([0-9]+)$/, '$1.$2');
  if (text !== '' && !/^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(text)) {
    return { ok: false, errors: [{ field: 'value', message: 'Enter the figure as a number, as it was printed, for example 2.8.' }] };
  }
  return {
    ok: true,
    request: { priorityId: idOrNull(form.priorityId), value: text === '' ? null : Number(text), source: optionalText(form.source) },
  };
}

/** Where a figure or average belongs: "The whole plan" or "Priority 2: Children in care". */
export function scopeWords(priorityId: number | null, priorities: readonly { id: number; number: string | null; text: string }[]): string {
  if (priorityId === null) return 'The whole plan';
  const priority = priorities.find((p) => p.id === priorityId);
  if (!priority) return `Priority (id ${priorityId})`;
  return priority.number?.trim() ? `Priority ${priority.number}: ${priority.text}` : `Unnumbered priority: ${priority.text}`;
}

/** "2.8" as printed averages are written (one decimal, no trailing zeros beyond it). */
export function averageText(value: number | null): string {
  if (value === null) return 'None';
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

/** Which printed figures page an address names (the path after /printed-figures), or null for none. */
export type FiguresView =
  | { view: 'list' }
  | { view: 'newFigure' }
  | { view: 'figure'; id: number }
  | { view: 'deleteFigure'; id: number }
  | { view: 'newAverage' }
  | { view: 'average'; id: number }
  | { view: 'deleteAverage'; id: number };

export function figuresViewFor(sub: string): FiguresView | null {
  if (sub === '') return { view: 'list' };
  if (sub === '/new') return { view: 'newFigure' };
  if (sub === '/averages/new') return { view: 'newAverage' };
  const match = /^(\/averages)?\/([1-9][0-9]{0,14})(\/delete)?$/.exec(sub);
  if (!match) return null;
  const id = Number(match[2]);
  if (match[1]) return match[3] ? { view: 'deleteAverage', id } : { view: 'average', id };
  return match[3] ? { view: 'deleteFigure', id } : { view: 'figure', id };
}
