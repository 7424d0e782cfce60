// The shape of tests/Api/Grid/KnownPlan.cs as grid JSON, for the grid's unit tests: scored at measure level, current
// review 3 (previous 2), with the widened model's parts added to it.
//   Priority 1 (id 1): action 1.1 (id 11, lead Dana, overdue) with M1 (id 101: 3, overridden "improving",
//                      contradicting "maintained", stale) and M2 (id 102: 2, stale, no update)
//   Priority 2 (id 2): action 2.1 (id 21, owner Sam, due soon) with M3 (id 103: 2, declining, printed "improving",
//                      which the scores contradict) and M4 (id 104, no score at the current review)
//   Recommendation 5 (id 5, not in a priority, addressed to the safeguarding partnership) with an unnumbered action
//   (id 51) under it.

import type { GridItem, PersonRef } from '../api/client';
import { indexRows } from '../domain/grid-rows';
import { deadline, gridDirection, gridItem, gridScore, person } from './grid-fixtures';

export const dana: PersonRef = person(7, 'Dana Whitfield', 'Head of Service');
export const sam: PersonRef = person(8, 'Sam Okafor');
/** The current review's id. */
export const current = 3;

export function item(kind: GridItem['kind'], id: number, number: string | null, patch: Partial<GridItem> = {}, children: GridItem[] = []): GridItem {
  return gridItem(kind, id, number, patch, children);
}

export const score = (reviewId: number, level: number | null) => gridScore(reviewId, level);

export const m1 = item('measure', 101, '1', {
  scores: [score(1, 2), score(2, 3), score(3, 3)],
  direction: gridDirection('maintained', { override: 'improving', overrideReason: 'Feels better', overrideContradicts: true }),
  stale: ['updateCopiedForward'],
  deadlineStatus: 'overdue',
  inheritedLeads: { from: 'action', fromReference: '1.1', people: [dana] },
});
export const m2 = item('measure', 102, '2', {
  scores: [score(1, 1), score(2, null), score(3, 2)],
  direction: gridDirection('new'),
  stale: ['noUpdate'],
  deadlineStatus: 'overdue',
});
export const m3 = item('measure', 103, '1', {
  scores: [score(1, 3), score(2, 4), score(3, 2)],
  direction: gridDirection('declining', { printed: 'improving', printedText: 'Improved', printedContradicts: true }),
  deadlineStatus: 'dueSoon',
});
export const m4 = item('measure', 104, '2', { scores: [score(1, 1)], direction: gridDirection('noData'), deadlineStatus: 'dueSoon' });
export const a11 = item('action', 11, '1.1', { leads: [dana], deadline: deadline('Sep-26', '2026-09-30'), deadlineStatus: 'overdue' }, [m1, m2]);
export const a21 = item('action', 21, '2.1', { owners: [sam], deadline: deadline('15/12/2026', '2026-12-15'), deadlineStatus: 'dueSoon' }, [m3, m4]);
export const a51 = item('action', 51, null, { reference: '5', isScored: false });
export const r5 = item('recommendation', 5, '5', { isScored: false, addressees: ['the safeguarding partnership'] }, [a51]);

export const plan = [
  item('priority', 1, '1', { text: 'Help and protection', deadlineStatus: 'overdue' }, [a11]),
  item('priority', 2, '2', { text: 'Children in care', deadlineStatus: 'dueSoon' }, [a21]),
  r5,
];
export const rows = indexRows(plan);
export const keys = rows.map((r) => r.key);
