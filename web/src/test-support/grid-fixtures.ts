// Builders for the grid's JSON in unit tests: every property the API sends, with plain defaults, so a test states only
// what it is about. Only tests import this module.

import type { Deadline, GridDirection, GridItem, GridScore, PersonRef, Review } from '../api/client';

export function person(id: number, name: string | null, jobTitle: string | null = null): PersonRef {
  return { id, name, jobTitle, displayName: name ?? jobTitle ?? `Person ${id}` };
}

export function deadline(text: string, dueBy: string | null = null, patch: Partial<Deadline> = {}): Deadline {
  return { text, dueFrom: null, dueBy, state: 'none', notes: [], problems: [], toConfirm: [], ...patch };
}

export function gridItem(kind: GridItem['kind'], id: number, number: string | null, patch: Partial<GridItem> = {}, children: GridItem[] = []): GridItem {
  return {
    kind, id, number, position: 1, reference: number ?? '', text: `${kind} ${number ?? id}`, outcomeStatement: null, judgementArea: null,
    sourceParagraphs: null, sourceReference: null, answersReportRecommendations: [], addressees: [], leads: [], owners: [], inheritedLeads: null, inheritedOwners: null,
    deadline: null, inheritedDeadline: null, deadlineStatus: null, isScored: kind === 'measure', scores: [], direction: null,
    latestUpdate: null, stale: [], updateCount: 0, version: 1, children, ...patch,
  };
}

export function gridScore(reviewId: number, level: number | null, patch: Partial<GridScore> = {}): GridScore {
  return {
    reviewId, level, label: null, recordedAs: null, narrative: null, narrativeDate: null, direction: 'new', directionOverride: null,
    evidence: null, signOffStatus: null, signOffBy: null, signOffAt: null, sourceDocument: null, completeAsPrinted: false,
    printedDirection: null, printedDirectionText: null, updatedBy: 'x', updatedAt: '', textOmitted: false, version: 1, ...patch,
  };
}

export function gridDirection(computed: GridDirection['computed'], patch: Partial<GridDirection> = {}): GridDirection {
  return {
    computed, comparedWithReviewId: null, skippedGap: false, override: null, overrideReason: null, overrideBy: null, overrideAt: null,
    overrideContradicts: false, printed: null, printedText: null, printedContradicts: false, ifHigherIsBetter: null, ifLowerIsBetter: null,
    ...patch,
  };
}

export function review(id: number, label: string, reviewDate: string | null, position: number, patch: Partial<Review> = {}): Review {
  return { id, planId: 1, label, reviewDate, position, reviewer: null, status: 'closed', updatesDueBy: null, ...patch };
}
