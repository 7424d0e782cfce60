import { describe, expect, it } from 'vitest';
import type { Inspection, LinkedItem } from '../api/admin';
import type { GridItem } from '../api/client';
import {
  blankJudgement,
  coverageWords,
  inspectionDates,
  inspectionFieldFor,
  inspectionFormFrom,
  inspectionName,
  inspectionRequest,
  judgementWords,
  linkableItems,
  linkedItemWords,
  linksFor,
  recommendationRequest,
  reportRecommendationName,
} from './admin-inspections';

const hmip: Inspection = {
  id: 4,
  inspectorate: 'HMIP',
  kind: 'Youth justice inspection',
  title: 'Inspection of youth justice services in Northmoor',
  startedOn: '2026-03-02',
  endedOn: '2026-03-13',
  publishedOn: '2026-04-14',
  overallJudgement: 'Inadequate',
  overallLevel: 0,
  judgementScaleId: 9,
  judgementScaleName: 'HMIP rating',
  reportReference: null,
  judgements: [{ area: '1.1 Governance and leadership', judgement: 'Requires improvement', level: 1, scoreText: '26/36', percentage: 72.2 }],
  plans: [{ id: 3, title: 'Youth justice plan' }],
  version: 2,
};

describe('the inspection form', () => {
  it('reads an inspection back into boxes, a level of 0 included', () => {
    const form = inspectionFormFrom(hmip);
    expect([form.overallLevel, form.judgementScaleId, form.startedOn]).toEqual(['0', '9', { day: '2', month: '3', year: '2026' }]);
    expect(form.judgements).toEqual([{ area: '1.1 Governance and leadership', judgement: 'Requires improvement', level: '1', scoreText: '26/36', percentage: '72.2' }]);
  });

  it('makes the same request back, with 0 kept as a level', () => {
    expect(inspectionRequest(inspectionFormFrom(hmip))).toEqual({
      ok: true,
      request: {
        inspectorate: 'HMIP',
        kind: 'Youth justice inspection',
        title: 'Inspection of youth justice services in Northmoor',
        startedOn: '2026-03-02',
        endedOn: '2026-03-13',
        publishedOn: '2026-04-14',
        overallJudgement: 'Inadequate',
        overallLevel: 0,
        judgementScaleId: 9,
        reportReference: null,
        judgements: [{ area: '1.1 Governance and leadership', judgement: 'Requires improvement', level: 1, scoreText: '26/36', percentage: 72.2 }],
      },
    });
  });

  it('sends blank boxes as none', () => {
    const prepared = inspectionRequest({ ...inspectionFormFrom(), inspectorate: ' Ofsted ', judgements: [{ ...blankJudgement(), area: 'Care leavers' }] });
    expect(prepared).toEqual({
      ok: true,
      request: {
        inspectorate: 'Ofsted',
        kind: null,
        title: null,
        startedOn: null,
        endedOn: null,
        publishedOn: null,
        overallJudgement: null,
        overallLevel: null,
        judgementScaleId: null,
        reportReference: null,
        judgements: [{ area: 'Care leavers', judgement: null, level: null, scoreText: null, percentage: null }],
      },
    });
  });

  it('stops at what a request cannot carry: a date, a level or a percentage that is not one', () => {
    const form = {
      ...inspectionFormFrom(),
      inspectorate: 'Ofsted',
      publishedOn: { day: '31', month: '2', year: '2026' },
      overallLevel: 'good',
      judgements: [{ ...blankJudgement(), area: 'A', level: '1.5', percentage: '72%' }],
    };
    expect(inspectionRequest(form)).toEqual({
      ok: false,
      errors: [
        { field: 'publishedOn', message: 'The publication date must be a real date.' },
        { field: 'overallLevel', message: 'Enter the level as a whole number, like 0 or 2, or leave it blank.' },
        { field: 'judgements.0.level', message: 'Enter the level as a whole number, like 0 or 2, or leave it blank.' },
        { field: 'judgements.0.percentage', message: 'Enter the percentage as a number, like 72 or 72.5, without the % sign.' },
      ],
    });
  });

  it.each([
    ['judgements[1].area', 'judgements.1.area'],
    ['judgements[0].Percentage', 'judgements.0.percentage'],
    ['judgements[2]', 'judgements.2.area'],
    ['judgements', 'judgements'],
    ['EndedOn', 'endedOn'],
  ])('puts the API’s %s at %s', (name, field) => {
    expect(inspectionFieldFor(name)).toBe(field);
  });
});

describe('inspections in words', () => {
  it('names an inspection and its dates', () => {
    expect(inspectionName(hmip)).toBe('HMIP Youth justice inspection: Inspection of youth justice services in Northmoor');
    expect(inspectionName({ inspectorate: 'Ofsted', kind: null, title: null })).toBe('Ofsted');
    expect(inspectionDates(hmip)).toBe('Fieldwork 2 March 2026 to 13 March 2026; published 14 April 2026');
    expect(inspectionDates({ startedOn: null, endedOn: null, publishedOn: '2026-04-14' })).toBe('Published 14 April 2026');
    expect(inspectionDates({ startedOn: null, endedOn: null, publishedOn: null })).toBe('');
  });

  it('says a judgement with its level, score and percentage', () => {
    expect(judgementWords(hmip.judgements[0]!)).toBe('Requires improvement (level 1; 26/36; 72.2%)');
    expect(judgementWords({ judgement: 'Inadequate', level: 0, scoreText: null, percentage: null })).toBe('Inadequate (level 0)');
    expect(judgementWords({ judgement: null, level: null, scoreText: null, percentage: null })).toBe('No judgement recorded');
  });

  it('never gives an unnumbered report recommendation a number', () => {
    expect(reportRecommendationName({ number: '14' })).toBe('Recommendation 14');
    expect(reportRecommendationName({ number: null })).toBe('An unnumbered recommendation');
    expect(recommendationRequest({ number: ' ', text: ' Improve. ', addressee: '', paragraphs: '12, 31' })).toEqual({ number: null, text: 'Improve.', addressee: null, paragraphs: '12, 31' });
  });

  it.each([
    [{ recommendations: [], gaps: [] }, 'No report recommendations are recorded for this inspection yet.'],
    [{ recommendations: [r(1)], gaps: [] }, 'The report recommendation is answered by a plan item.'],
    [{ recommendations: [r(1), r(2)], gaps: [] }, 'All 2 report recommendations are answered by a plan item.'],
    [{ recommendations: [r(1), r(2), r(3)], gaps: [r(3)] }, '2 of 3 report recommendations are answered by a plan item; 1 is a gap that no plan answers.'],
    [{ recommendations: [r(1), r(2), r(3)], gaps: [r(2), r(3)] }, '1 of 3 report recommendations is answered by a plan item; 2 are gaps that no plan answers.'],
  ])('words the coverage %#', (coverage, expected) => {
    expect(coverageWords(coverage)).toBe(expected);
  });
});

function r(id: number) {
  return { id, number: String(id), text: 'x', addressee: null, paragraphs: null, links: [] };
}

const item = (kind: GridItem['kind'], id: number, number: string | null, text: string, children: GridItem[] = []): GridItem =>
  ({ kind, id, number, text, children }) as unknown as GridItem;

describe('linking plan items', () => {
  const plans = [
    {
      id: 3,
      title: 'Youth justice plan',
      items: [item('priority', 1, '1', 'Governance', [item('recommendation', 5, '7 (14)', 'Improve assessments.', [item('action', 9, null, 'Audit monthly.', [item('measure', 2, '1', 'Audits done')])])])],
    },
  ];

  it('offers priorities, recommendations and actions, never measures, with numbers as printed', () => {
    expect(linkableItems(plans).map((i) => [i.key, i.label])).toEqual([
      ['priority-1', 'Priority 1: Governance'],
      ['recommendation-5', 'Recommendation 7 (14): Improve assessments.'],
      ['action-9', 'Action (unnumbered): Audit monthly.'],
    ]);
  });

  it('makes links of the ticked items, keeping the notes of those linked already', () => {
    const existing: LinkedItem[] = [{ kind: 'recommendation', itemId: 5, planId: 3, planTitle: 'Youth justice plan', itemNumber: '7 (14)', itemText: 'Improve assessments.', note: 'Renumbered' }];
    expect(linksFor(['action-9', 'recommendation-5'], linkableItems(plans), existing)).toEqual([
      { kind: 'recommendation', itemId: 5, note: 'Renumbered' },
      { kind: 'action', itemId: 9, note: null },
    ]);
    expect(linkedItemWords(existing[0]!)).toBe('Youth justice plan: Recommendation 7 (14), Improve assessments.');
  });
});
