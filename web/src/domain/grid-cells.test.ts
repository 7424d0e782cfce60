import { describe, expect, it } from 'vitest';
import { deadline, gridDirection, gridScore, person } from '../test-support/grid-fixtures';
import { dana, sam } from '../test-support/known-grid';
import { columnHeadings, completionNote, deadlineShown, directionChoices, directionShown, peopleShown, personWords } from './grid-cells';

describe('columnHeadings', () => {
  it.each([
    [{ leadHeading: null, ownerHeading: null }, { lead: 'Lead', owners: 'Owners' }],
    [{ leadHeading: 'Assigned lead', ownerHeading: 'Responsible officer' }, { lead: 'Assigned lead', owners: 'Responsible officer' }],
    [{ leadHeading: '  ', ownerHeading: 'Owner(s)' }, { lead: 'Lead', owners: 'Owner(s)' }],
  ])('%j', (plan, headings) => expect(columnHeadings(plan)).toEqual(headings));
});

describe('peopleShown', () => {
  const fromAction = { from: 'action', fromReference: '1 / 1.1', people: [dana] };

  it('shows the row’s own people as its own', () => {
    expect(peopleShown([sam], null)).toEqual({ people: [sam], from: null });
  });

  it('shows the row above’s people, saying where they come from, when the row names none', () => {
    expect(peopleShown([], fromAction)).toEqual({ people: [dana], from: 'from action 1 / 1.1' });
    expect(peopleShown([], { from: 'recommendation', fromReference: null, people: [sam] })).toEqual({ people: [sam], from: 'from its recommendation' });
  });

  it('prefers the row’s own people to inherited ones, and shows nobody when there is nobody', () => {
    expect(peopleShown([sam], fromAction).from).toBeNull();
    expect(peopleShown([], null)).toEqual({ people: [], from: null });
  });
});

describe('personWords', () => {
  it('prints a named person with their job title, and someone named by role only as the role, once', () => {
    expect(personWords(dana)).toEqual({ name: 'Dana Whitfield', jobTitle: 'Head of Service' });
    expect(personWords(person(9, null, 'Head of Service'))).toEqual({ name: 'Head of Service', jobTitle: null });
    expect(personWords(sam)).toEqual({ name: 'Sam Okafor', jobTitle: null });
  });
});

describe('deadlineShown', () => {
  it('is the row’s own deadline, or the one it takes from above with where from, or none', () => {
    const own = deadline('Sep-26', '2026-09-30');
    const above = deadline('Mar-27', '2027-03-31');
    expect(deadlineShown({ deadline: own, inheritedDeadline: null })).toEqual({ deadline: own, from: null });
    expect(deadlineShown({ deadline: null, inheritedDeadline: { from: 'action', fromReference: '2.1', deadline: above } })).toEqual({ deadline: above, from: 'from action 2.1' });
    expect(deadlineShown({ deadline: null, inheritedDeadline: null })).toBeNull();
  });
});

describe('directionShown', () => {
  it('shows the computed direction with a contradicting override and its reason', () => {
    const shown = directionShown(gridDirection('maintained', { override: 'improving', overrideReason: 'Feels better', overrideContradicts: true }));
    expect(shown.computed.word).toBe('Maintained');
    expect(shown.override).toEqual({ words: { arrow: '↑', word: 'Improving' }, contradicts: true, reason: 'Feels better' });
    expect(shown.printed).toBeNull();
    expect(shown.readings).toEqual([]);
  });

  it('shows the direction printed in the source beside the computed one, and the words printed when they differ', () => {
    expect(directionShown(gridDirection('declining', { printed: 'improving', printedText: 'Improved', printedContradicts: true })).printed)
      .toEqual({ words: { arrow: '↑', word: 'Improving' }, asPrinted: 'Improved', contradicts: true });
    expect(directionShown(gridDirection('declining', { printed: 'declining', printedText: 'declining' })).printed)
      .toEqual({ words: { arrow: '↓', word: 'Declining' }, asPrinted: null, contradicts: false });
  });

  it('says "changed" on a scale whose direction is not stated, with what each reading would mean', () => {
    const shown = directionShown(gridDirection('changed', { ifHigherIsBetter: 'improving', ifLowerIsBetter: 'declining' }));
    expect(shown.computed).toEqual({ arrow: '↕', word: 'Changed' });
    expect(shown.readings).toEqual([
      { reading: 'If higher is better', words: { arrow: '↑', word: 'Improving' } },
      { reading: 'If lower is better', words: { arrow: '↓', word: 'Declining' } },
    ]);
  });

  it('gives no readings when the score held (both readings agree)', () => {
    expect(directionShown(gridDirection('maintained', { ifHigherIsBetter: 'maintained', ifLowerIsBetter: 'maintained' })).readings).toEqual([]);
  });
});

describe('completionNote', () => {
  it.each([
    [{ completeAsPrinted: true, sourceDocument: 'Board report, March 2017', signOffStatus: null }, { kind: 'printed', text: 'Complete as printed in Board report, March 2017' }],
    [{ completeAsPrinted: true, sourceDocument: null, signOffStatus: null }, { kind: 'printed', text: 'Complete as printed in the source' }],
    [{ completeAsPrinted: false, sourceDocument: null, signOffStatus: 'signedOff' }, { kind: 'signedOff', text: 'Signed off by the board' }],
    [{ completeAsPrinted: false, sourceDocument: null, signOffStatus: 'pending' }, { kind: 'pending', text: 'Awaiting sign-off' }],
    [{ completeAsPrinted: false, sourceDocument: null, signOffStatus: 'rejected' }, { kind: 'rejected', text: 'Sign-off rejected' }],
    [{ completeAsPrinted: false, sourceDocument: 'Plan v2', signOffStatus: null }, null],
  ])('%j', (score, note) => {
    expect(completionNote({ ...gridScore(1, 4), ...score })).toEqual(note);
  });
});

describe('directionChoices', () => {
  it('offers "changed" only where the scale does not say which end is better', () => {
    expect(directionChoices(true).map((c) => c.value)).toEqual(['declining', 'maintained', 'improving', 'new', 'noData']);
    expect(directionChoices(null).map((c) => c.text)).toEqual(['Changed', 'Maintained', 'New', 'No data']);
  });
});
