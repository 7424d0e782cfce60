import { describe, expect, it } from 'vitest';
import { itemKey, itemTarget, myActionsPath, nextToUpdate, orderForUpdate, progressWords, savedWords, updatedCountWords, updateStateWords, whyWords } from './score-items';

describe('addresses', () => {
  it('names an item by kind and id, and builds the link the item page uses', () => {
    expect(itemKey('measure', 12)).toBe('measure-12');
    expect(myActionsPath(3, 'measure', 12)).toBe('/my-actions?plan=3&item=measure-12');
    expect(myActionsPath()).toBe('/my-actions');
  });

  it.each([
    ['?plan=3&item=measure-12', { planId: 3, key: 'measure-12' }],
    ['?item=action-7', { planId: null, key: 'action-7' }],
    ['?plan=x&item=recommendation-1', { planId: null, key: 'recommendation-1' }],
    ['?plan=3&item=priority-2', null],
    ['?plan=3&item=measure-0', null],
    ['?plan=3&item=measure-12x', null],
    ['', null],
  ])('%s asks for %o', (search, expected) => {
    expect(itemTarget(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('orderForUpdate', () => {
  it('puts the items still needing an update first, keeping the plan order within each group', () => {
    const items = [
      { id: 1, needsUpdate: false },
      { id: 2, needsUpdate: true },
      { id: 3, needsUpdate: false },
      { id: 4, needsUpdate: true },
    ];
    expect(orderForUpdate(items).map((i) => i.id)).toEqual([2, 4, 1, 3]);
  });
});

describe('progressWords', () => {
  it.each([
    [3, 8, '3 of 8 items still need an update for RAG 11/26.'],
    [1, 8, '1 of 8 items still needs an update for RAG 11/26.'],
    [0, 8, 'All 8 items are updated for RAG 11/26.'],
    [1, 1, 'Your item still needs an update for RAG 11/26.'],
    [0, 1, 'Your item is updated for RAG 11/26.'],
    [0, 0, 'You have no items in RAG 11/26.'],
  ])('%i of %i', (needs, total, words) => {
    expect(progressWords(needs, total, 'RAG 11/26')).toBe(words);
  });
});

describe('whyWords', () => {
  it.each([
    ['recommendation', ['recommendationLead'], 'You lead this recommendation.'],
    ['recommendation', ['actionLead', 'actionOwner'], 'You lead one of its actions and you own one of its actions.'],
    ['action', ['recommendationLead', 'actionLead', 'actionOwner'], 'You lead the recommendation it answers, you lead this action and you own this action.'],
    ['action', ['measureOwner'], 'You own one of its success measures.'],
    ['recommendation', ['recommendationOwner', 'measureLead'], 'You own this recommendation and you lead one of its success measures.'],
    ['measure', ['actionOwner'], 'You own its action.'],
    ['measure', ['measureLead', 'measureOwner'], 'You lead this success measure and you own this success measure.'],
    ['measure', ['recommendationOwner'], 'You own the recommendation its action answers.'],
    ['measure', [], ''],
  ] as const)('%s %o', (type, reasons, words) => {
    expect(whyWords(type, reasons)).toBe(words);
  });
});

describe('updateStateWords', () => {
  it.each([
    [false, [], null, 'Updated'],
    [true, ['noScore', 'noUpdate'], null, 'Needs an update: no score yet, no update yet'],
    [true, ['updateCopiedForward'], null, 'Needs an update: same update as last review'],
    [true, [], 'rejected', 'Needs an update: the board rejected the completion'],
  ] as const)('%s %o %s', (needs, stale, signOff, words) => {
    expect(updateStateWords(needs, stale, signOff)).toBe(words);
  });
});

describe('nextToUpdate', () => {
  const items = [
    { key: 'a', needsUpdate: true },
    { key: 'b', needsUpdate: false },
    { key: 'c', needsUpdate: true },
    { key: 'd', needsUpdate: false },
  ];
  it.each([
    ['a', 'c'],
    ['b', 'c'],
    ['c', 'a'],
    ['d', 'a'],
  ])('after %s comes %s', (current, next) => {
    expect(nextToUpdate(items, current)).toBe(next);
  });
  it('says when nothing is left', () => {
    expect(nextToUpdate([{ key: 'a', needsUpdate: true }, { key: 'b', needsUpdate: false }], 'a')).toBeNull();
    expect(nextToUpdate([], 'a')).toBeNull();
  });
});

describe('folded items', () => {
  it('counts the items updated this review', () => {
    expect(updatedCountWords(9)).toBe('9 updated this review');
    expect(updatedCountWords(1)).toBe('1 updated this review');
  });

  it.each([
    ['a dated update', { narrative: 'Audit of 30 plans. ', narrativeDate: '2026-11-20', updatedBy: 'Aisha Rahman' }, '3 On track',
      ['Saved score: 3 On track.', 'Update: “Audit of 30 plans.”', 'Dated 20 November 2026, saved by Aisha Rahman.']],
    ['a score without words or date', { narrative: null, narrativeDate: null, updatedBy: 'Tom Okafor' }, '2',
      ['Saved score: 2.', 'No update written.', 'No date, saved by Tom Okafor.']],
    ['an update without a level', { narrative: 'Waiting for data.', narrativeDate: null, updatedBy: 'Tom Okafor' }, null,
      ['Saved score: no score.', 'Update: “Waiting for data.”', 'No date, saved by Tom Okafor.']],
  ])('says what %s holds', (_, score, level, expected) => {
    expect(savedWords(score, level)).toEqual(expected);
  });

  it('says when nothing is saved', () => {
    expect(savedWords(null, null)).toEqual(['Nothing saved for this review yet.']);
  });
});
