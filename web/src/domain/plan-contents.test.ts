import { describe, expect, it } from 'vitest';
import type { ActionRecord, MeasureRecord, RecommendationRecord } from '../api/contents';
import { gridItem, gridScore, person } from '../test-support/grid-fixtures';
import { plan as knownPlan } from '../test-support/known-grid';
import {
  actionBody,
  actionParent,
  addresseeLines,
  childKinds,
  deadlinePreview,
  deletedNotice,
  deletionCounts,
  deletionSentence,
  emptyStartText,
  findNode,
  lastPlace,
  measureBody,
  movedText,
  nodeTitle,
  outline,
  parentChoices,
  recommendationBody,
  reorder,
  sameKindSiblings,
  topKinds,
} from './plan-contents';

const roots = outline(knownPlan);
const node = (kind: Parameters<typeof findNode>[1], id: number) => findNode(roots, kind, id)!;

describe('outline', () => {
  it('keeps the grid’s order and levels, each item knowing its parent', () => {
    expect(roots.map((n) => `${n.item.kind}-${n.item.id}`)).toEqual(['priority-1', 'priority-2', 'recommendation-5']);
    expect(node('measure', 102).depth).toBe(2);
    expect(node('measure', 102).parent?.item.id).toBe(11);
    expect(node('action', 51).parent?.item.kind).toBe('recommendation');
  });

  it('moves an item only among items of its own kind beside it', () => {
    const p1 = gridItem('priority', 1, '1', {}, [gridItem('recommendation', 10, '1.1'), gridItem('recommendation', 11, '1.2'), gridItem('action', 12, 'A')]);
    const tree = outline([p1]);
    expect(sameKindSiblings(tree, findNode(tree, 'recommendation', 11)!).map((n) => n.item.id)).toEqual([10, 11]);
    expect(sameKindSiblings(tree, findNode(tree, 'action', 12)!).map((n) => n.item.id)).toEqual([12]);
    expect(sameKindSiblings(roots, node('recommendation', 5)).map((n) => n.item.id)).toEqual([5]);
  });

  it('names an unnumbered item by its place under its parent', () => {
    expect(nodeTitle(node('action', 51))).toBe('Unnumbered action (the first under its recommendation)');
    expect(nodeTitle(node('measure', 102))).toBe('Success measure 2');
  });
});

describe('what may be added', () => {
  const grouped = { groupedByPriority: true, scoreLevel: 'measure' as const };
  const inspection = { groupedByPriority: false, scoreLevel: 'recommendation' as const };

  it.each([
    [grouped, ['priority']],
    [inspection, ['recommendation']],
  ])('at the top of %o', (plan, kinds) => {
    expect(topKinds(plan, [])).toEqual(kinds);
  });

  it('under each level, by the plan’s levels', () => {
    expect(childKinds(grouped, roots, node('priority', 1))).toEqual(['recommendation', 'action']);
    expect(childKinds(grouped, roots, node('action', 11))).toEqual(['measure']);
    expect(childKinds(grouped, roots, node('measure', 101))).toEqual([]);
    // An inspection plan scores its recommendations: actions go under those, and it has no measures yet.
    const tree = outline([gridItem('priority', 1, '1', {}, [gridItem('recommendation', 2, '1', {}, [gridItem('action', 3, 'A')])])]);
    expect(childKinds(inspection, tree, findNode(tree, 'priority', 1)!)).toEqual(['recommendation']);
    expect(childKinds(inspection, tree, findNode(tree, 'recommendation', 2)!)).toEqual(['action']);
    expect(childKinds(inspection, tree, findNode(tree, 'action', 3)!)).toEqual([]);
  });

  it('says where an empty plan starts', () => {
    expect(emptyStartText(grouped)).toEqual({ title: 'This plan has no items yet.', start: 'priority', link: 'Start with its first priority' });
    expect(emptyStartText(inspection).link).toBe('Start with its first recommendation');
  });
});

describe('parentChoices', () => {
  it('offers a measure every other action', () => {
    expect(parentChoices(roots, node('measure', 101)).map((c) => c.value)).toEqual(['action-21', 'action-51']);
  });

  it('offers an action every recommendation and priority but its own', () => {
    expect(parentChoices(roots, node('action', 11)).map((c) => c.value)).toEqual(['priority-2', 'recommendation-5']);
    expect(parentChoices(roots, node('action', 51)).map((c) => c.text)).toEqual(['Priority 1: Help and protection', 'Priority 2: Children in care']);
  });

  it('offers a recommendation the other priorities, and out of its priority', () => {
    expect(parentChoices(roots, node('recommendation', 5)).map((c) => c.value)).toEqual(['priority-1', 'priority-2']);
    const tree = outline([gridItem('priority', 1, '1', {}, [gridItem('recommendation', 2, '1')]), gridItem('priority', 3, '2')]);
    expect(parentChoices(tree, findNode(tree, 'recommendation', 2)!).map((c) => c.value)).toEqual(['priority-3', 'none']);
  });

  it('moves no priority', () => {
    expect(parentChoices(roots, node('priority', 1))).toEqual([]);
  });

  it('puts an action under a recommendation or a priority, never both', () => {
    expect(actionParent({ kind: 'recommendation', id: 5 })).toEqual({ recommendationId: 5, priorityId: null });
    expect(actionParent({ kind: 'priority', id: 2 })).toEqual({ recommendationId: null, priorityId: 2 });
  });
});

describe('what goes with a delete', () => {
  const scored = (id: number, reviews: number[], updates = 0) =>
    gridItem('measure', id, String(id), { scores: reviews.map((r) => gridScore(r, 2)), updateCount: updates });
  const rec = gridItem('recommendation', 2, '2', {}, [
    gridItem('action', 21, '2.1', {}, [scored(1, [1, 2, 3, 4], 2), scored(2, [1, 2, 3, 4], 1), scored(3, [1, 2], 0)]),
    gridItem('action', 22, '2.2', { updateCount: 3 }, [scored(4, [3, 4]), scored(5, [4])]),
    gridItem('action', 23, '2.3'),
  ]);
  const priority = gridItem('priority', 9, '1', {}, [rec, gridItem('action', 91, 'A', {}, [scored(6, [1])])]);
  const tree = outline([priority]);

  it('counts a recommendation’s actions, measures, scores in reviews and updates', () => {
    const recommendation = findNode(tree, 'recommendation', 2)!;
    expect(deletionCounts(recommendation)).toEqual({ recommendations: 0, actions: 3, measures: 5, scores: 13, reviews: 4, updates: 6, keptRecommendations: 0 });
    expect(deletionSentence(recommendation)).toBe(
      'Deleting recommendation 2 also deletes 3 actions, 5 success measures, 13 scores in 4 reviews and 6 progress updates. Its priority stays.',
    );
    expect(deletedNotice(recommendation)).toBe('Deleted recommendation 2, with 3 actions and 5 success measures.');
  });

  it('keeps a priority’s recommendations, ungrouped, and deletes its own actions', () => {
    const p = findNode(tree, 'priority', 9)!;
    expect(deletionCounts(p)).toMatchObject({ recommendations: 0, actions: 1, measures: 1, scores: 1, reviews: 1, keptRecommendations: 1 });
    expect(deletionSentence(p)).toBe(
      'Deleting priority 1 also deletes 1 action, 1 success measure and 1 score in 1 review. Its 1 recommendation stays in the plan, not in a priority, with its actions.',
    );
  });

  it('says when nothing else goes', () => {
    const action = findNode(tree, 'action', 23)!;
    expect(deletionSentence(action)).toBe('Deleting action 2.3 deletes nothing else. Its recommendation stays.');
    expect(deletedNotice(action)).toBe('Deleted action 2.3.');
  });
});

describe('reorder', () => {
  it('swaps two distinct places', () => {
    expect(reorder([{ id: 1, sortOrder: 10 }, { id: 2, sortOrder: 20 }, { id: 3, sortOrder: 30 }], 3, -1)).toEqual([
      { id: 3, sortOrder: 20 },
      { id: 2, sortOrder: 30 },
    ]);
  });

  it('numbers siblings afresh when places tie', () => {
    expect(reorder([{ id: 1, sortOrder: 1 }, { id: 2, sortOrder: 1 }, { id: 3, sortOrder: 1 }], 1, 1)).toEqual([
      { id: 2, sortOrder: 1 },
      { id: 1, sortOrder: 2 },
      { id: 3, sortOrder: 3 },
    ].filter((s) => s.id !== 2));
  });

  it('cannot move past either end', () => {
    expect(reorder([{ id: 1, sortOrder: 1 }, { id: 2, sortOrder: 2 }], 1, -1)).toBeNull();
    expect(reorder([{ id: 1, sortOrder: 1 }, { id: 2, sortOrder: 2 }], 2, 1)).toBeNull();
    expect(reorder([{ id: 1, sortOrder: 1 }], 9, 1)).toBeNull();
  });

  it('puts a moved item after the last', () => {
    expect(lastPlace([{ sortOrder: 4 }, { sortOrder: 9 }])).toBe(10);
    expect(lastPlace([])).toBe(1);
  });

  it('announces the move with both items', () => {
    const p = gridItem('priority', 1, '2', {}, [gridItem('action', 22, '2.2'), gridItem('action', 23, '2.3', { position: 2 })]);
    const tree = outline([p]);
    expect(movedText(findNode(tree, 'action', 23)!, findNode(tree, 'action', 22)!, -1)).toBe('Moved action 2.3 above action 2.2.');
  });
});

describe('request bodies', () => {
  const dana = person(7, 'Dana Whitfield', 'Head of Service');
  const role = person(8, null, 'Head of Service');

  it('send a recommendation back whole, with the change asked for', () => {
    const record: RecommendationRecord = {
      id: 2, planId: 1, priorityId: 3, number: '7 (14)', text: 'Improve', judgementArea: 'Help and protection', sourceParagraphs: '12, 14',
      addressees: ['the local authority'], leads: [dana, role], owners: [role], deadlineText: 'Sept 16 / ongoing', sortOrder: 4, version: 6,
    };
    expect(recommendationBody(record, { priorityId: null, sortOrder: 9 })).toEqual({
      priorityId: null, number: '7 (14)', text: 'Improve', judgementArea: 'Help and protection', sourceParagraphs: '12, 14',
      addressees: ['the local authority'], leadIds: [7, 8], ownerIds: [8], deadlineText: 'Sept 16 / ongoing', sortOrder: 9,
    });
  });

  it('send an action and a measure back whole', () => {
    const action: ActionRecord = {
      id: 4, planId: 1, recommendationId: 2, priorityId: null, code: null, description: 'Audit', sourceReference: 'Ofsted rec 14',
      leads: [dana], owners: [], deadlineText: null, sortOrder: 1, version: 1,
    };
    expect(actionBody(action, { sortOrder: 3 })).toEqual({
      recommendationId: 2, priorityId: null, code: null, description: 'Audit', sourceReference: 'Ofsted rec 14', leadIds: [7], ownerIds: [], deadlineText: null, sortOrder: 3,
    });
    const measure: MeasureRecord = { id: 5, planId: 1, actionId: 4, number: null, text: '95%', leads: [], owners: [dana], deadlineText: 'Mar-27', sortOrder: 2, version: 3 };
    expect(measureBody(measure, { moveToActionId: 9 })).toEqual({ number: null, text: '95%', leadIds: [], ownerIds: [7], deadlineText: 'Mar-27', moveToActionId: 9 });
  });

  it('reads addressees one a line', () => {
    expect(addresseeLines(' the local authority \n\n the safeguarding partnership\r\n')).toEqual(['the local authority', 'the safeguarding partnership']);
  });
});

describe('deadlinePreview', () => {
  const reading = { dueBy: null, dueFrom: null, state: 'none', notes: [], problems: [], toConfirm: [] };

  it.each([
    [{ ...reading, dueBy: '2027-03-31' }, ['Understood as: Due by 31 March 2027.']],
    [{ ...reading, dueFrom: '2016-06-01', dueBy: '2016-12-31' }, ['Understood as: Due between 1 June 2016 and 31 December 2016.']],
    [{ ...reading, state: 'ongoing' }, ['Understood as: Ongoing.']],
    [{ ...reading, problems: ['“soonish”'] }, ['The tracker could not understand a date in this.', 'Could not understand: “soonish”']],
    [
      { ...reading, dueBy: '2018-02-01', toConfirm: ['01/02/2018 could be 1 February or 2 January 2018; read day first.'], notes: ['Read 01/02/2018 day first.'] },
      ['Understood as: Due by 1 February 2018.', 'To confirm: 01/02/2018 could be 1 February or 2 January 2018; read day first.', 'Note: Read 01/02/2018 day first.'],
    ],
  ])('%o', (input, lines) => {
    expect(deadlinePreview(input)).toEqual(lines);
  });
});
