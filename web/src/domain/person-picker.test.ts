import { describe, expect, it } from 'vitest';
import { person } from '../test-support/grid-fixtures';
import { addPerson, movePerson, personWords, removePerson, resultsText, resultsToOffer, searchable } from './person-picker';

const dana = person(1, 'Dana Whitfield', 'Head of Service');
const sam = person(2, 'Sam Okafor');
const head = person(3, null, 'Head of Quality Assurance');

describe('the chosen list', () => {
  it('adds at the end, once', () => {
    expect(addPerson([dana], sam).map((p) => p.id)).toEqual([1, 2]);
    expect(addPerson([dana, sam], dana).map((p) => p.id)).toEqual([1, 2]);
  });

  it('removes', () => {
    expect(removePerson([dana, sam, head], 2).map((p) => p.id)).toEqual([1, 3]);
  });

  it('moves one place, and not past either end', () => {
    expect(movePerson([dana, sam, head], 3, -1).map((p) => p.id)).toEqual([1, 3, 2]);
    expect(movePerson([dana, sam, head], 1, 1).map((p) => p.id)).toEqual([2, 1, 3]);
    expect(movePerson([dana, sam], 1, -1).map((p) => p.id)).toEqual([1, 2]);
    expect(movePerson([dana, sam], 2, 1).map((p) => p.id)).toEqual([1, 2]);
  });
});

describe('search results', () => {
  it('leave out the people already chosen', () => {
    expect(resultsToOffer([dana, sam, head], [sam]).map((p) => p.id)).toEqual([1, 3]);
  });

  it.each([
    [0, 0, 'No one found for “zed”. You can add them as a new person.'],
    [1, 1, '1 person found for “zed”.'],
    [3, 3, '3 people found for “zed”.'],
    [3, 1, '3 people found for “zed”; 2 already chosen, so 1 to choose from.'],
    [1, 0, '1 person found for “zed”, already chosen.'],
  ])('%i found, %i offered', (found, offered, text) => {
    expect(resultsText(found, offered, ' zed ')).toBe(text);
  });

  it('waits for two characters', () => {
    expect(searchable(' d ')).toBe(false);
    expect(searchable('da')).toBe(true);
  });
});

describe('personWords', () => {
  it.each([
    [dana, 'Dana Whitfield, Head of Service'],
    [sam, 'Sam Okafor'],
    [head, 'Head of Quality Assurance (named by role only)'],
  ])('%o', (p, words) => {
    expect(personWords(p)).toBe(words);
  });
});
