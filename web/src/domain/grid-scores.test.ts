import { describe, expect, it } from 'vitest';
import { completeGrid, completeScore, withNarratives, type GridItemSent, type GridSent } from './grid-scores';
import type { Plan } from '../api/client';
import { review } from '../test-support/grid-fixtures';

const labels = new Map([[3, 'On track']]);

describe('completeScore', () => {
  it('reads what was left out as null, false or the scale’s label', () => {
    const score = completeScore({ reviewId: 1, level: 3, direction: 'new', version: 2, textOmitted: true }, labels);
    expect(score).toMatchObject({ level: 3, label: 'On track', narrative: null, evidence: null, completeAsPrinted: false, updatedBy: '', textOmitted: true });
  });

  it('keeps what was sent, and a missing level is no score', () => {
    const score = completeScore({ reviewId: 1, direction: 'noData', version: 1, narrative: 'Said', label: 'As printed' }, labels);
    expect([score.level, score.label, score.narrative, score.textOmitted]).toEqual([null, 'As printed', 'Said', false]);
  });
});

describe('withNarratives', () => {
  it('puts back the words of scores sent without them, and leaves the rest alone', () => {
    const older = completeScore({ reviewId: 1, level: 3, direction: 'new', version: 1, textOmitted: true }, labels);
    const latest = completeScore({ reviewId: 2, level: 3, direction: 'maintained', version: 1, narrative: 'Kept inline' }, labels);
    const words = [
      { reviewId: 1, narrative: 'Older words', narrativeDate: '2026-01-02', evidence: null, signOffBy: null, signOffAt: null, updatedBy: 'Ann', updatedAt: 'x' },
      { reviewId: 2, narrative: 'Ignored', narrativeDate: null, evidence: null, signOffBy: null, signOffAt: null, updatedBy: 'Bob', updatedAt: 'y' },
    ];
    const [a, b] = withNarratives([older, latest], words);
    expect([a!.narrative, a!.updatedBy, a!.textOmitted]).toEqual(['Older words', 'Ann', false]);
    expect(b!.narrative).toBe('Kept inline');
  });
});

const plan = { id: 1, title: 'Plan', sourceType: 'Ofsted', sourceReportDate: null, overallJudgement: null, planVersion: null, planDate: null,
  leadHeading: null, ownerHeading: null, status: 'active', scaleId: 1, scaleName: 'RAG', groupedByPriority: false, scoreLevel: 'action',
  inspectionId: null, version: 1, createdAt: '', updatedAt: '' } as Plan;

function sent(items: GridItemSent[], people: GridSent['people'] = []): GridSent {
  return {
    plan, scale: { id: 1, name: 'RAG', higherIsBetter: true, levels: [{ value: 1, label: 'Red', meaning: null, colour: null, meansComplete: false }, { value: 3, label: 'Green', meaning: null, colour: null, meansComplete: false }] },
    reviews: [review(10, 'RAG 01/26', '2026-01-30', 1), review(11, 'RAG 03/26', '2026-03-30', 2), review(12, 'RAG 05/26', '2026-05-30', 3), review(13, 'RAG 07/26', '2026-07-30', 4, { status: 'open' })],
    currentReviewId: 13, previousReviewId: 12, openOnReviewId: 13, today: '2026-07-01', asOf: null, people, items,
  };
}

const bare: GridItemSent = { kind: 'action', id: 5, position: 1, reference: 'A', text: 'Do it', scores: [], version: 3, children: [] };

describe('completeGrid', () => {
  it('reads every property left out of an item as null, false, 0 or an empty list', () => {
    const [item] = completeGrid(sent([bare])).items;
    expect(item).toEqual({
      kind: 'action', id: 5, number: null, position: 1, reference: 'A', text: 'Do it', outcomeStatement: null, judgementArea: null,
      sourceParagraphs: null, sourceReference: null, answersReportRecommendations: [], addressees: [], leads: [], owners: [],
      inheritedLeads: null, inheritedOwners: null, deadline: null, inheritedDeadline: null, deadlineStatus: null, isScored: false,
      scores: [], direction: null, latestUpdate: null, stale: [], updateCount: 0, version: 3, children: [],
    });
  });

  it('names people by id from the grid’s people, own and inherited, with what to print', () => {
    const grid = completeGrid(sent([{ ...bare, leads: [7], children: [{ ...bare, id: 6, inheritedLeads: { from: 'action', people: [7, 8] } }] }],
      [{ id: 7, name: 'Dana Whitfield', jobTitle: 'Head of Service' }, { id: 8, jobTitle: 'Team manager' }]));
    expect(grid.items[0]!.leads).toEqual([{ id: 7, name: 'Dana Whitfield', jobTitle: 'Head of Service', displayName: 'Dana Whitfield' }]);
    const inherited = grid.items[0]!.children[0]!.inheritedLeads!;
    expect([inherited.from, inherited.fromReference, inherited.people.map((p) => p.displayName)]).toEqual(['action', null, ['Dana Whitfield', 'Team manager']]);
    expect(inherited.people[1]!.name).toBeNull();
    expect('people' in grid).toBe(false);
  });

  it('fills a deadline’s and a direction’s missing lists and flags', () => {
    const [item] = completeGrid(sent([{ ...bare, deadline: { text: 'Mar-26', dueBy: '2026-03-31', state: 'none' }, inheritedDeadline: { from: 'recommendation', deadline: { text: 'Ongoing', state: 'ongoing', notes: ['Read as ongoing'] } }, direction: { computed: 'improving', comparedWithReviewId: 12 } }])).items;
    expect(item!.deadline).toEqual({ text: 'Mar-26', dueFrom: null, dueBy: '2026-03-31', state: 'none', notes: [], problems: [], toConfirm: [] });
    expect(item!.inheritedDeadline!.deadline.notes).toEqual(['Read as ongoing']);
    expect(item!.inheritedDeadline!.fromReference).toBeNull();
    expect(item!.direction).toMatchObject({ computed: 'improving', comparedWithReviewId: 12, skippedGap: false, override: null, overrideContradicts: false, printedContradicts: false, ifLowerIsBetter: null });
  });

  it('rebuilds older reviews’ scores from their arrays, in column order beside the whole ones, their words left to the narratives request', () => {
    const [item] = completeGrid(sent([{
      ...bare, isScored: true,
      older: { levels: [1, 3], directions: ['new', null], versions: [2, 0], signOffStatuses: ['signedOff', null] },
      scores: [
        { reviewId: 11, level: 3, direction: 'improving', version: 4, directionOverride: 'improving', textOmitted: true },
        { reviewId: 12, level: null, direction: 'noData', version: 1, narrative: 'No update', updatedBy: 'Ann', updatedAt: 't', label: null },
      ],
    }])).items;
    expect(item!.scores.map((s) => [s.reviewId, s.level, s.label, s.direction, s.version, s.textOmitted, s.signOffStatus, s.directionOverride])).toEqual([
      [10, 1, 'Red', 'new', 2, true, 'signedOff', null],
      [11, 3, 'Green', 'improving', 4, true, null, 'improving'],
      [12, null, null, 'noData', 1, false, null, null],
    ]);
    expect(item!.scores[0]).toMatchObject({ narrative: null, evidence: null, updatedBy: '', completeAsPrinted: false, recordedAs: null });
    const recorded = completeGrid(sent([{ ...bare, older: { levels: [null], directions: ['noData'], versions: [1], recordedAs: ['update not available'] } }])).items[0]!.scores[0]!;
    expect([recorded.level, recorded.label, recorded.recordedAs, recorded.signOffStatus]).toEqual([null, null, 'update not available', null]);
  });

  it('fills a latest update that names a score from that score and its review', () => {
    const [item] = completeGrid(sent([{
      ...bare, isScored: true, updateCount: 3,
      scores: [{ reviewId: 13, level: 3, direction: 'improving', version: 1, narrative: 'Going well', narrativeDate: '2026-07-02', updatedBy: 'Bo', updatedAt: 't' }],
      latestUpdate: { reviewId: 13, source: 'score' },
    }])).items;
    expect(item!.latestUpdate).toEqual({ reviewId: 13, reviewLabel: 'RAG 07/26', narrative: 'Going well', narrativeDate: '2026-07-02', updatedBy: 'Bo', source: 'score', updateId: null, author: null, undated: false });
    expect(item!.updateCount).toBe(3);
  });

  it('keeps a latest update sent whole (an older review’s words, or a log entry) as sent', () => {
    const [item] = completeGrid(sent([{ ...bare, latestUpdate: { reviewId: 10, reviewLabel: 'RAG 01/26', narrative: 'Old words', updatedBy: 'Cy', source: 'score', undated: true } },
      { ...bare, id: 9, latestUpdate: { narrative: 'Logged', updatedBy: 'Di', source: 'log', updateId: 44, author: 'DW', narrativeDate: '2026-06-01' } }])).items;
    expect(item!.latestUpdate).toEqual({ reviewId: 10, reviewLabel: 'RAG 01/26', narrative: 'Old words', narrativeDate: null, updatedBy: 'Cy', source: 'score', updateId: null, author: null, undated: true });
    expect(completeGrid(sent([{ ...bare, latestUpdate: { narrative: 'Logged', updatedBy: 'Di', source: 'log', updateId: 44, author: 'DW', narrativeDate: '2026-06-01' } }])).items[0]!.latestUpdate)
      .toEqual({ reviewId: null, reviewLabel: null, narrative: 'Logged', narrativeDate: '2026-06-01', updatedBy: 'Di', source: 'log', updateId: 44, author: 'DW', undated: false });
  });
});
