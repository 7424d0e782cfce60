// Builders of the import API's JSON for unit tests only: a proposed mapping of a small development plan and the file
// summary it was read from, shaped as api/Features/Import/ImportResponse.cs writes them.

import type { DryRunCounts, ImportMapping, SourceTableSummary } from '../api/imports';

export function developmentPlanTable(): SourceTableSummary {
  return {
    index: 0,
    name: 'Plan',
    heading: null,
    rowCount: 12,
    columnCount: 6,
    sampleRows: [
      { number: 1, cells: ['Service development plan 2017-18', '', '', '', '', ''], fills: [null, null, null, null, null, null] },
      { number: 3, cells: ['No.', 'Action', 'Lead', 'Time', 'RAG 01/18', 'RAG'], fills: [null, null, null, null, null, null] },
      { number: 4, cells: ['', '', '', '', '', '03/18'], fills: [null, null, null, null, null, null] },
      { number: 5, cells: ['1.1', 'Open a front door', 'Priya Raman', 'Mar-18', '', 'AMBER'], fills: [null, null, null, null, '#92d050', null] },
    ],
  };
}

export function proposedMapping(): ImportMapping {
  return {
    tables: [{ table: 0, headerFrom: 3, headerTo: 4 }],
    columns: [
      { column: 1, header: 'No.', role: 'number', level: null, review: null },
      { column: 2, header: 'Action', role: 'text', level: 'action', review: null },
      { column: 3, header: 'Lead', role: 'lead', level: null, review: null },
      { column: 4, header: 'Time', role: 'deadline', level: 'action', review: null },
      { column: 5, header: 'RAG 01/18', role: 'score', level: null, review: 'RAG 01/18' },
      { column: 6, header: 'RAG 03/18', role: 'score', level: null, review: 'RAG 03/18' },
    ],
    levels: ['priority', 'action'],
    scoreLevel: 'action',
    hierarchy: 'numbering',
    numbersInText: false,
    sectionRows: 'priority',
    tableHeadingsArePriorities: false,
    splitLetteredActions: true,
    reviews: [
      { label: 'RAG 01/18', date: null },
      { label: 'RAG 03/18', date: '2018-03-31' },
    ],
    openReview: null,
    scale: {
      scaleId: null,
      new: {
        name: 'RAG from the plan',
        higherIsBetter: null,
        levels: [
          { value: 1, label: 'Red', colour: '#ff0000', meansComplete: false },
          { value: 2, label: 'Amber', colour: '#ffcc00', meansComplete: false },
          { value: 3, label: 'Green', colour: '#92d050', meansComplete: false },
        ],
      },
    },
    values: [
      { seen: 'AMBER', level: 2 },
      { seen: '#92d050', level: 3 },
      { seen: '0', level: null },
    ],
    people: [
      { seen: 'Priya Raman', personId: 4, name: 'Priya Raman', jobTitle: null, email: null },
      { seen: 'Head of Service', personId: null, name: null, jobTitle: 'Head of Service', email: null },
    ],
    skipRows: [{ table: 0, row: 12 }],
    plan: { title: 'Service development plan 2017-18', sourceType: 'Ofsted ILACS inspection', planVersion: 'v2', planDate: '2018-01-15', leadHeading: 'Lead', ownerHeading: null },
  };
}

export function counts(overrides: Partial<DryRunCounts> = {}): DryRunCounts {
  return {
    priorities: 0,
    recommendations: 0,
    actions: 0,
    measures: 0,
    reviews: 0,
    scores: 0,
    noScores: 0,
    updates: 0,
    peopleCreated: 0,
    peopleMatched: 0,
    reportedAverages: 0,
    printedFigures: 0,
    rowsSkipped: 0,
    ...overrides,
  };
}
