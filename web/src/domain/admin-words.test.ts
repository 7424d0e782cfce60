import { describe, expect, it } from 'vitest';
import { count, directionText, planStatusText, reviewStatusText, roleChoices, roleText, scoreLevelText } from './admin-words';

describe('roles', () => {
  it('offers the four roles the API knows, least powerful first', () => {
    expect(roleChoices.map((c) => c.value)).toEqual(['viewer', 'manager', 'board', 'administrator']);
  });

  it.each([
    ['viewer', 'Viewer (scrutiny member)'],
    ['manager', 'Manager'],
    ['board', 'Board member'],
    ['administrator', 'Administrator'],
    ['auditor', 'auditor'],
  ])('%s is "%s"', (role, text) => {
    expect(roleText(role)).toBe(text);
  });

  it('says a manager needs a linked person, and that a viewer changes nothing', () => {
    expect(roleChoices.find((c) => c.value === 'manager')!.hint).toContain('Link the account to the person');
    expect(roleChoices.find((c) => c.value === 'viewer')!.hint).toContain('Cannot change anything');
  });
});

describe('words', () => {
  it.each([
    [scoreLevelText('recommendation'), 'Scores each recommendation'],
    [scoreLevelText('measure'), 'Scores each success measure'],
    [scoreLevelText('other'), 'other'],
    [planStatusText('closed'), 'Closed'],
    [reviewStatusText('open'), 'Open'],
    [directionText(false), 'Lower is better'],
    [count(1, 'account'), '1 account'],
    [count(3, 'account'), '3 accounts'],
    [count(2, 'person', 'people'), '2 people'],
    [count(0, 'plan'), '0 plans'],
  ])('"%s" is "%s"', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
