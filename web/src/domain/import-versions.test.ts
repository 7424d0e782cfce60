import { describe, expect, it } from 'vitest';
import type { VersionDecision, VersionSummary } from '../api/imports';
import { adminPaths } from './admin-routes';
import {
  closedReviewText,
  decisionsRequest,
  decisionsSavedText,
  fieldText,
  fieldValueText,
  presetPlanId,
  versionAppliedText,
  versionSummaryText,
} from './import-versions';

const summary = (over: Partial<VersionSummary> = {}): VersionSummary => ({
  itemsMatched: 2,
  itemsNew: 2,
  itemsMissing: 0,
  newReviews: 1,
  scoresAdded: 4,
  scoresSame: 3,
  scoresDifferent: 1,
  scoresLeftBlankInFile: 0,
  fieldChanges: 1,
  ...over,
});

const decision = (key: string, choice: string, reviewClosed = false): VersionDecision => ({
  key,
  item: `Recommendation ${key}`,
  review: 'Score Feb 17',
  tracker: '2',
  file: '3',
  choice,
  reviewClosed,
});

describe('presetPlanId', () => {
  it('reads the plan the plans list linked with', () => {
    expect(presetPlanId('?plan=12')).toBe(12);
    expect(presetPlanId(new URL(adminPaths.importVersion(8), 'https://tracker.example').search)).toBe(8);
  });
  it('is null without one, or for anything that is no id', () => {
    expect(presetPlanId('')).toBeNull();
    expect(presetPlanId('?plan=')).toBeNull();
    expect(presetPlanId('?plan=0')).toBeNull();
    expect(presetPlanId('?plan=12abc')).toBeNull();
    expect(presetPlanId('?plan=-3')).toBeNull();
  });
});

describe('versionSummaryText', () => {
  it('says what the file adds, what differs and what is the same', () => {
    expect(versionSummaryText(summary())).toBe(
      'The file matches 2 items of the plan and adds 1 new review, 2 new items and 4 scores the tracker does not have. ' +
        '1 detail of items differs and will be taken from the file. ' +
        '1 score differs from the tracker\'s: the tracker\'s is kept unless you choose the file\'s. ' +
        '3 scores are the same.',
    );
  });
  it('says missing items are kept, and blanks keep the tracker’s value', () => {
    const text = versionSummaryText(summary({ itemsNew: 0, newReviews: 0, scoresAdded: 0, scoresDifferent: 0, fieldChanges: 0, scoresSame: 1, scoresLeftBlankInFile: 2, itemsMissing: 1 }));
    expect(text).toBe('The file matches 2 items of the plan and adds nothing. 1 score is the same and 2 scores left blank in the file keep their value in the tracker. 1 item of the plan is not in the file: kept, not deleted.');
  });
});

describe('fields', () => {
  it('names a field as the grid heads it, and a blank value in words', () => {
    expect(fieldText('deadline')).toBe('Deadline');
    expect(fieldText('leads')).toBe('Leads');
    expect(fieldValueText(null)).toBe('Blank');
    expect(fieldValueText('  ')).toBe('Blank');
    expect(fieldValueText('June 2018')).toBe('June 2018');
  });
  it('gives a closed review’s reason', () => {
    expect(closedReviewText('Score Nov 16')).toBe('Kept: Score Nov 16 is closed, and an import does not change a closed review.');
  });
});

describe('decisionsRequest', () => {
  it('sends each open decision with the choice made in the form', () => {
    const chosen: Record<string, string> = { a: 'takeFile', b: 'keepTracker' };
    expect(decisionsRequest([decision('a', 'keepTracker'), decision('b', 'takeFile')], (k) => chosen[k] ?? null)).toEqual([
      { key: 'a', choice: 'takeFile' },
      { key: 'b', choice: 'keepTracker' },
    ]);
  });
  it('keeps the stored choice where the form has none, and never sends a closed review’s', () => {
    expect(decisionsRequest([decision('a', 'takeFile'), decision('c', 'keepTracker', true)], () => null)).toEqual([{ key: 'a', choice: 'takeFile' }]);
  });
  it('reads anything but takeFile as keeping the tracker’s', () => {
    expect(decisionsRequest([decision('a', 'takeFile')], () => 'something else')).toEqual([{ key: 'a', choice: 'keepTracker' }]);
  });
});

describe('after saving and applying', () => {
  it('says how many scores will be taken and kept, leaving closed reviews out', () => {
    expect(decisionsSavedText([decision('a', 'takeFile'), decision('b', 'keepTracker'), decision('c', 'keepTracker', true)])).toBe(
      'Your choices were saved: 1 score will be taken from the file and 1 score kept as the tracker has it.',
    );
  });
  it('says what the commit added and changed', () => {
    expect(versionAppliedText('Ashby plan', { summary: summary({ itemsMissing: 1 }), scoresWritten: 5, scoresTakenFromFile: 1 })).toBe(
      'The changes were applied to Ashby plan: 1 new review, 2 new items, 5 scores written (1 of them taken from the file over the tracker’s) and 1 detail of items changed. 1 item not in the file was kept.',
    );
  });
});
