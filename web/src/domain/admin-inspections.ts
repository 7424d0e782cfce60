// The inspection pages without the DOM (admin-inspections.test.ts): an inspection's form (its judgements as rows that
// can be added and removed, each box kept as typed), the request it makes, where the API's judgement errors belong,
// the plan items a report recommendation can be linked to (from the plans that answer the inspection), the links a
// set of ticked items makes, and the coverage in words.
//
// An inspection is held as its report printed it: words kept exactly, levels on the inspectorate's own scale, where
// 0 is a judgement (HMIP's 0 Inadequate), not "no score".

import type { Coverage, Inspection, InspectionRecommendation, InspectionRecommendationRequest, InspectionRequest, Judgement, LinkedItem, LinkRequest } from '../api/admin';
import type { GridItem } from '../api/client';
import type { FieldError } from '../api/problems';
import { dateFromParts, datePartsFrom, idOrNull, optionalText, type DateParts, type Prepared } from './admin-forms';
import { formatDate, kindLabels } from './grid-rows';

/** One judgement as typed. */
export interface JudgementRow {
  area: string;
  judgement: string;
  level: string;
  scoreText: string;
  percentage: string;
}

export interface InspectionForm {
  inspectorate: string;
  kind: string;
  title: string;
  startedOn: DateParts;
  endedOn: DateParts;
  publishedOn: DateParts;
  overallJudgement: string;
  overallLevel: string;
  /** The select's value: "" for none. */
  judgementScaleId: string;
  reportReference: string;
  judgements: JudgementRow[];
}

export const blankJudgement = (): JudgementRow => ({ area: '', judgement: '', level: '', scoreText: '', percentage: '' });

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function inspectionFormFrom(inspection?: Inspection): InspectionForm {
  return {
    inspectorate: inspection?.inspectorate ?? '',
    kind: inspection?.kind ?? '',
    title: inspection?.title ?? '',
    startedOn: datePartsFrom(inspection?.startedOn),
    endedOn: datePartsFrom(inspection?.endedOn),
    publishedOn: datePartsFrom(inspection?.publishedOn),
    overallJudgement: inspection?.overallJudgement ?? '',
    overallLevel: numberText(inspection?.overallLevel),
    judgementScaleId: inspection?.judgementScaleId ? String(inspection.judgementScaleId) : '',
    reportReference: inspection?.reportReference ?? '',
    judgements: (inspection?.judgements ?? []).map((j) => ({
      area: j.area,
      judgement: j.judgement ?? '',
      level: numberText(j.level),
      scoreText: j.scoreText ?? '',
      percentage: numberText(j.percentage),
    })),
  };
}

const wholeNumber = /^\s*\d{1,9}\s*$/;
const decimal = /^\s*\d{1,9}(\.\d+)?\s*$/;

/**
 * The request the form makes, or what stops it being sent: a date that is not a date, a level that is not a whole
 * number, a percentage that is not a number (none of which a request can carry). The rest is the API's to judge.
 */
export function inspectionRequest(form: InspectionForm): Prepared<InspectionRequest> {
  const errors: FieldError[] = [];
  const date = (parts: DateParts, field: string, what: string): string | null => {
    const result = dateFromParts(parts, what);
    if (result.ok) return result.value;
    errors.push({ field, message: result.message });
    return null;
  };
  const startedOn = date(form.startedOn, 'startedOn', 'The first day of the inspection');
  const endedOn = date(form.endedOn, 'endedOn', 'The last day of the inspection');
  const publishedOn = date(form.publishedOn, 'publishedOn', 'The publication date');
  const level = (text: string, field: string): number | null => {
    if (text.trim() === '') return null;
    if (wholeNumber.test(text)) return Number(text);
    errors.push({ field, message: 'Enter the level as a whole number, like 0 or 2, or leave it blank.' });
    return null;
  };
  const overallLevel = level(form.overallLevel, 'overallLevel');
  const judgements: Judgement[] = form.judgements.map((row, i) => {
    // In the order of the boxes, so the error summary reads down the page.
    const rowLevel = level(row.level, `judgements.${i}.level`);
    let percentage: number | null = null;
    if (row.percentage.trim() !== '') {
      if (decimal.test(row.percentage)) percentage = Number(row.percentage);
      else errors.push({ field: `judgements.${i}.percentage`, message: 'Enter the percentage as a number, like 72 or 72.5, without the % sign.' });
    }
    return {
      area: row.area.trim(),
      judgement: optionalText(row.judgement),
      level: rowLevel,
      scoreText: optionalText(row.scoreText),
      percentage,
    };
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      inspectorate: form.inspectorate.trim(),
      kind: optionalText(form.kind),
      title: optionalText(form.title),
      startedOn,
      endedOn,
      publishedOn,
      overallJudgement: optionalText(form.overallJudgement),
      overallLevel,
      judgementScaleId: idOrNull(form.judgementScaleId),
      reportReference: optionalText(form.reportReference),
      judgements,
    },
  };
}

/** The form's name for a field the API names: "judgements[1].area" is that box; the rest keep their names. */
export function inspectionFieldFor(apiName: string): string {
  const part = /^judgements\[(\d+)\]\.(\w+)$/i.exec(apiName);
  if (part) return `judgements.${part[1]}.${part[2]!.charAt(0).toLowerCase()}${part[2]!.slice(1)}`;
  const row = /^judgements\[(\d+)\]$/i.exec(apiName);
  if (row) return `judgements.${row[1]}.area`;
  return apiName.charAt(0).toLowerCase() + apiName.slice(1);
}

/** An inspection in a line: "Ofsted ILACS: Inspection of children's services". */
export function inspectionName(inspection: Pick<Inspection, 'inspectorate' | 'kind' | 'title'>): string {
  const what = [inspection.inspectorate, inspection.kind].filter((t) => t && t.trim() !== '').join(' ');
  return inspection.title?.trim() ? `${what}: ${inspection.title.trim()}` : what;
}

/** When it happened, as printed: "Fieldwork 2 to 13 March 2026; published 14 April 2026"; "" when no date is held. */
export function inspectionDates(inspection: Pick<Inspection, 'startedOn' | 'endedOn' | 'publishedOn'>): string {
  const parts: string[] = [];
  if (inspection.startedOn && inspection.endedOn) parts.push(`Fieldwork ${formatDate(inspection.startedOn)} to ${formatDate(inspection.endedOn)}`);
  else if (inspection.startedOn) parts.push(`Fieldwork from ${formatDate(inspection.startedOn)}`);
  else if (inspection.endedOn) parts.push(`Fieldwork to ${formatDate(inspection.endedOn)}`);
  if (inspection.publishedOn) parts.push(`published ${formatDate(inspection.publishedOn)}`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A judgement as it reads: "Requires improvement to be good (level 2; 26/36; 72%)". */
export function judgementWords(j: Pick<Judgement, 'judgement' | 'level' | 'scoreText' | 'percentage'>): string {
  const extras = [j.level === null ? '' : `level ${j.level}`, j.scoreText ?? '', j.percentage === null ? '' : `${j.percentage}%`].filter((t) => t !== '');
  const main = j.judgement?.trim() || 'No judgement recorded';
  return extras.length > 0 ? `${main} (${extras.join('; ')})` : main;
}

// Report recommendations

export interface RecommendationForm {
  number: string;
  text: string;
  addressee: string;
  paragraphs: string;
}

export function recommendationFormFrom(r?: InspectionRecommendation): RecommendationForm {
  return { number: r?.number ?? '', text: r?.text ?? '', addressee: r?.addressee ?? '', paragraphs: r?.paragraphs ?? '' };
}

/** Blank optional text is sent as none; the number is kept exactly as printed ("14", "7 (14)"), or none. */
export function recommendationRequest(form: RecommendationForm): InspectionRecommendationRequest {
  return { number: optionalText(form.number), text: form.text.trim(), addressee: optionalText(form.addressee), paragraphs: optionalText(form.paragraphs) };
}

/** "Recommendation 14", or "An unnumbered recommendation" (never given a number). */
export function reportRecommendationName(r: Pick<InspectionRecommendation, 'number'>): string {
  return r.number?.trim() ? `Recommendation ${r.number.trim()}` : 'An unnumbered recommendation';
}

/** A linked plan item in words: "Youth justice plan: Recommendation 7 (14), Improve the quality of assessments". */
export function linkedItemWords(link: Pick<LinkedItem, 'kind' | 'planTitle' | 'itemNumber' | 'itemText'>): string {
  const kind = kindLabels[link.kind as keyof typeof kindLabels] ?? link.kind;
  const number = link.itemNumber?.trim() ? ` ${link.itemNumber.trim()}` : ' (unnumbered)';
  return `${link.planTitle}: ${kind}${number}, ${link.itemText}`;
}

/** A plan item that can answer a report recommendation: priorities, recommendations and actions (not measures). */
export interface LinkableItem {
  key: string;
  kind: 'priority' | 'recommendation' | 'action';
  itemId: number;
  planId: number;
  planTitle: string;
  /** "Recommendation 7 (14): Improve the quality of assessments". */
  label: string;
}

const linkableKinds = new Set(['priority', 'recommendation', 'action']);

/** Every item of the plans that answer the inspection that a recommendation can be linked to, in each plan's order. */
export function linkableItems(plans: readonly { id: number; title: string; items: readonly GridItem[] }[]): LinkableItem[] {
  const found: LinkableItem[] = [];
  for (const plan of plans) {
    const walk = (items: readonly GridItem[]) => {
      for (const item of items) {
        if (linkableKinds.has(item.kind)) {
          const kind = kindLabels[item.kind];
          const number = item.number?.trim() ? ` ${item.number.trim()}` : ' (unnumbered)';
          found.push({
            key: linkKey(item.kind, item.id),
            kind: item.kind as LinkableItem['kind'],
            itemId: item.id,
            planId: plan.id,
            planTitle: plan.title,
            label: `${kind}${number}: ${item.text}`,
          });
        }
        walk(item.children);
      }
    };
    walk(plan.items);
  }
  return found;
}

/** One key per plan item, since each kind numbers its own ids. */
export function linkKey(kind: string, itemId: number): string {
  return `${kind}-${itemId}`;
}

/** The links that ticked items make, each keeping the note it had when it was linked already. */
export function linksFor(ticked: readonly string[], items: readonly LinkableItem[], existing: readonly LinkedItem[]): LinkRequest[] {
  const notes = new Map(existing.map((l) => [linkKey(l.kind, l.itemId), l.note]));
  return items.filter((i) => ticked.includes(i.key)).map((i) => ({ kind: i.kind, itemId: i.itemId, note: notes.get(i.key) ?? null }));
}

/** The coverage in a sentence: "2 of 3 report recommendations are answered by a plan item; 1 is a gap." */
export function coverageWords(coverage: Pick<Coverage, 'recommendations' | 'gaps'>): string {
  const total = coverage.recommendations.length;
  if (total === 0) return 'No report recommendations are recorded for this inspection yet.';
  const gaps = coverage.gaps.length;
  const answered = total - gaps;
  const noun = total === 1 ? 'report recommendation' : 'report recommendations';
  const verb = answered === 1 ? 'is' : 'are';
  if (gaps === 0) return total === 1 ? 'The report recommendation is answered by a plan item.' : `All ${total} ${noun} are answered by a plan item.`;
  return `${answered} of ${total} ${noun} ${verb} answered by a plan item; ${gaps} ${gaps === 1 ? 'is a gap' : 'are gaps'} that no plan answers.`;
}
