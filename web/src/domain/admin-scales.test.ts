import { describe, expect, it } from 'vitest';
import type { Scale } from '../api/admin';
import {
  addLevel,
  contrastOn,
  contrastWarning,
  directionAnswer,
  moveLevel,
  ratioText,
  removeLevel,
  scaleFieldFor,
  scaleFieldNames,
  scaleFormFrom,
  scaleRequest,
  type LevelRow,
} from './admin-scales';

const row = (value: string, label: string, colour = '#92d050', meansComplete = false): LevelRow => ({ value, label, meaning: '', colour, noColour: false, meansComplete });

const rag: Scale = {
  id: 3,
  name: 'RAG words',
  description: null,
  higherIsBetter: true,
  directionNotStated: false,
  isBuiltIn: true,
  version: 1,
  levels: [
    { id: 1, value: 1, label: 'Red', meaning: 'Not started', colour: '#ff0000', meansComplete: false },
    { id: 2, value: 2, label: 'Amber', meaning: null, colour: '#ffc000', meansComplete: false },
    { id: 3, value: 3, label: 'Green', meaning: null, colour: '#92d050', meansComplete: true },
  ],
};

describe('the scale form', () => {
  it('a new scale starts with three numbered empty levels and no direction chosen', () => {
    const form = scaleFormFrom();
    expect(form.higherIsBetter).toBe('');
    expect(form.levels.map((l) => l.value)).toEqual(['1', '2', '3']);
    expect(form.levels.every((l) => l.label === '' && l.colour === '' && !l.noColour)).toBe(true);
  });

  it('a copy takes the levels and direction under a new name', () => {
    const form = scaleFormFrom(undefined, rag);
    expect(form.name).toBe('Copy of RAG words');
    expect(form.higherIsBetter).toBe('yes');
    expect(form.levels[0]).toEqual({ value: '1', label: 'Red', meaning: 'Not started', colour: '#ff0000', noColour: false, meansComplete: false });
    expect(form.levels[1]!.meaning).toBe('');
  });

  it('a scale read into the form makes the same levels back', () => {
    const prepared = scaleRequest(scaleFormFrom(rag));
    expect(prepared).toEqual({
      ok: true,
      request: {
        name: 'RAG words',
        description: null,
        higherIsBetter: true,
        directionNotStated: false,
        levels: [
          { value: 1, label: 'Red', meaning: 'Not started', colour: '#ff0000', meansComplete: false },
          { value: 2, label: 'Amber', meaning: null, colour: '#ffc000', meansComplete: false },
          { value: 3, label: 'Green', meaning: null, colour: '#92d050', meansComplete: true },
        ],
      },
    });
  });

  it.each([
    ['yes', true, false],
    ['no', false, false],
    ['notStated', null, true],
    // Nothing chosen is sent as neither, for the API to ask for one.
    ['', null, false],
  ])('the direction "%s" is sent as higherIsBetter %s, directionNotStated %s', (answer, higher, notStated) => {
    const prepared = scaleRequest({ ...scaleFormFrom(rag), higherIsBetter: answer });
    expect(prepared.ok && [prepared.request.higherIsBetter, prepared.request.directionNotStated]).toEqual([higher, notStated]);
  });

  it('a scale whose direction is not stated reads back as "notStated", so it can be given one later', () => {
    const unstated: Scale = { ...rag, higherIsBetter: null, directionNotStated: true, isBuiltIn: false };
    expect(scaleFormFrom(unstated).higherIsBetter).toBe('notStated');
    expect(directionAnswer(unstated)).toBe('notStated');
    expect(directionAnswer({ higherIsBetter: false, directionNotStated: false })).toBe('no');
  });

  it('a level without a colour reads back with "No colour" ticked and is sent with no colour', () => {
    const plain: Scale = { ...rag, levels: rag.levels.map((l) => ({ ...l, colour: null })) };
    const form = scaleFormFrom(plain);
    expect(form.levels.every((l) => l.noColour && l.colour === '')).toBe(true);
    const prepared = scaleRequest(form);
    expect(prepared.ok && prepared.request.levels.map((l) => l.colour)).toEqual([null, null, null]);
  });

  it('"No colour" wins over a colour still typed in the hidden box', () => {
    const form = { ...scaleFormFrom(rag), levels: [{ ...row('1', 'Red', '#ff0000'), noColour: true }, row('2', 'Green')] };
    const prepared = scaleRequest(form);
    expect(prepared.ok && prepared.request.levels.map((l) => l.colour)).toEqual([null, '#92d050']);
  });

  it('a level with neither a colour nor "No colour" stops the form at its colour box', () => {
    const form = { ...scaleFormFrom(rag), levels: [row('1', 'Red', ''), row('2', 'Green', '  ')] };
    expect(scaleRequest(form)).toEqual({
      ok: false,
      errors: [
        { field: 'levels.0.colour', message: 'Enter level 1’s colour as #rrggbb, like #92d050, or tick “No colour” if the plan gives it none.' },
        { field: 'levels.1.colour', message: 'Enter level 2’s colour as #rrggbb, like #92d050, or tick “No colour” if the plan gives it none.' },
      ],
    });
  });

  it('a value that is not a whole number stops the form at that box', () => {
    const form = { ...scaleFormFrom(rag), levels: [row('1', 'Red'), row('two', 'Amber'), row('2.5', 'Green')] };
    expect(scaleRequest(form)).toEqual({
      ok: false,
      errors: [
        { field: 'levels.1.value', message: 'Enter level 2’s value as a whole number, like 2.' },
        { field: 'levels.2.value', message: 'Enter level 3’s value as a whole number, like 3.' },
      ],
    });
  });

  it('a level valued 0 is a level (HMIP: 0 Inadequate to 3 Outstanding)', () => {
    const prepared = scaleRequest({ ...scaleFormFrom(rag), levels: [row('0', 'Inadequate'), row('1', 'Requires improvement')] });
    expect(prepared.ok && prepared.request.levels[0]!.value).toBe(0);
  });

  it('a negative value is sent, for the API to explain that values start at 0', () => {
    const prepared = scaleRequest({ ...scaleFormFrom(rag), levels: [row('-1', 'Below'), row('1', 'Some')] });
    expect(prepared.ok && prepared.request.levels[0]!.value).toBe(-1);
  });
});

describe('adding, removing and moving levels', () => {
  const levels = [row('1', 'Red', '#ff0000'), row('2', 'Amber', '#ffc000'), row('3', 'Green', '#92d050', true)];

  it('a new level takes the next value after the highest', () => {
    expect(addLevel(levels).at(-1)).toEqual({ value: '4', label: '', meaning: '', colour: '', noColour: false, meansComplete: false });
    expect(addLevel([row('5', 'x'), row('two', 'y')]).at(-1)!.value).toBe('6');
    expect(addLevel([])[0]!.value).toBe('1');
  });

  it('removing takes out only that level', () => {
    expect(removeLevel(levels, 1).map((l) => l.label)).toEqual(['Red', 'Green']);
  });

  it('moving a level up swaps places and values, so the list stays in value order', () => {
    const moved = moveLevel(levels, 2, -1);
    expect(moved.map((l) => [l.value, l.label, l.colour, l.meansComplete])).toEqual([
      ['1', 'Red', '#ff0000', false],
      ['2', 'Green', '#92d050', true],
      ['3', 'Amber', '#ffc000', false],
    ]);
    expect(levels[2]!.label).toBe('Green');
  });

  it('moving past either end changes nothing', () => {
    expect(moveLevel(levels, 0, -1)).toEqual(levels);
    expect(moveLevel(levels, 2, 1)).toEqual(levels);
  });
});

describe('where the API’s level errors go', () => {
  it.each([
    ['levels[1].label', 'Label must be 100 characters or fewer.', 'levels.1.label'],
    ['levels[0].meaning', 'Meaning must be 500 characters or fewer.', 'levels.0.meaning'],
    ['levels[0]', 'The colour of "Red" is "red"; write colours as #rrggbb, for example #92d050.', 'levels.0.colour'],
    ['levels[1]', 'The level with the value 2 has no label.', 'levels.1.label'],
    ['levels[0]', 'Level "Below" has the value -1; values start at 0.', 'levels.0.value'],
    ['directionNotStated', 'Give either higherIsBetter or directionNotStated, not both.', 'higherIsBetter'],
    ['higherIsBetter', 'Say whether a higher level is better or worse, or that the plan does not say which end is better.', 'higherIsBetter'],
    ['levels', 'More than one level has the value 2.', 'levels'],
    ['levels', 'Level 2 "Amber" has 3 scores, so it cannot be removed.', 'levels'],
    ['name', 'There is already a scale called "RAG".', 'name'],
  ])('%s (%s) goes to %s', (name, reason, field) => {
    expect(scaleFieldFor(name, reason)).toBe(field);
  });

  it('lists every box in page order', () => {
    expect(scaleFieldNames(1)).toEqual([
      'name',
      'description',
      'higherIsBetter',
      'levels',
      'levels.0.value',
      'levels.0.label',
      'levels.0.meaning',
      'levels.0.colour',
      'levels.0.noColour',
      'levels.0.meansComplete',
    ]);
  });
});

describe('contrast of text on a level’s colour', () => {
  it.each([
    // The built-in scales' colours all read with black or white text.
    ['#ff0000', '#0b0c0c', true],
    ['#92d050', '#0b0c0c', true],
    ['#1d70b8', '#ffffff', true],
    ['#003078', '#ffffff', true],
    // Mid greys sit where neither black nor white text reaches 4.5:1.
    ['#777777', '#ffffff', false],
    ['#787878', '#0b0c0c', false],
  ])('%s: %s text, passes %s', (colour, text, passes) => {
    const check = contrastOn(colour)!;
    expect(check.text).toBe(text);
    expect(check.passes).toBe(passes);
  });

  it('is unknown for something that is not a colour', () => {
    expect(contrastOn('green')).toBeNull();
    expect(contrastWarning('green')).toBeNull();
  });

  it('warns in words with the ratio, rounded down so a failure never reads 4.5', () => {
    expect(contrastWarning('#787878')).toBe(
      'Text on #787878 would not be easy to read: black text gives 4.4:1, and WCAG AA needs at least 4.5:1. Choose a lighter or darker colour.',
    );
    expect(contrastWarning('#92d050')).toBeNull();
    expect(ratioText(4.4999)).toBe('4.4:1');
    expect(ratioText(10.6)).toBe('10.6:1');
  });
});
