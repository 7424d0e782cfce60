// The rating-scale form without the DOM (admin-scales.test.ts): its levels as rows that can be added, removed and
// moved, the request they make, where the API's level errors belong, and whether text on a level's colour would meet
// WCAG AA contrast. The contrast arithmetic is grid-rows.ts's, which also picks the text colour the tags are drawn with.

import type { Scale, ScaleRequest } from '../api/admin';
import { contrastRatio, luminance, textColourOn } from './grid-rows';

/** One level as typed: every box keeps exactly what the person wrote, so nothing is lost when the API says no. */
export interface LevelRow {
  value: string;
  label: string;
  meaning: string;
  colour: string;
  /**
   * "No colour" ticked: the plan shows this level by its number and word only. An explicit choice, because an empty
   * colour box cannot say whether the person meant "none" or has not typed it yet; what was typed in the box is kept.
   */
  noColour: boolean;
  meansComplete: boolean;
}

/** The direction radios' answers; "" when nothing is chosen yet. */
export type DirectionAnswer = 'yes' | 'no' | 'notStated' | '';

export interface ScaleForm {
  name: string;
  description: string;
  /** "yes" (higher is better), "no" (lower is better), "notStated" (the source does not say), or "" when not chosen yet. */
  higherIsBetter: string;
  levels: LevelRow[];
}

const blankLevel = (value: number): LevelRow => ({ value: String(value), label: '', meaning: '', colour: '', noColour: false, meansComplete: false });

/** A scale's direction as the radios' answer. */
export function directionAnswer(scale: Pick<Scale, 'higherIsBetter' | 'directionNotStated'>): DirectionAnswer {
  if (scale.directionNotStated || scale.higherIsBetter === null) return scale.directionNotStated ? 'notStated' : '';
  return scale.higherIsBetter ? 'yes' : 'no';
}

/**
 * The form for a scale. A new one starts with three empty levels numbered 1 to 3 (a scale needs at least two, and
 * real ones have three to five); `copyOf` starts from another scale's levels, renamed, since built-in scales can only
 * be copied.
 */
export function scaleFormFrom(scale?: Scale, copyOf?: Scale): ScaleForm {
  const source = scale ?? copyOf;
  if (!source) return { name: '', description: '', higherIsBetter: '', levels: [1, 2, 3].map(blankLevel) };
  return {
    name: scale ? scale.name : `Copy of ${source.name}`,
    description: source.description ?? '',
    higherIsBetter: directionAnswer(source),
    levels: source.levels.map((l) => ({
      value: String(l.value),
      label: l.label,
      meaning: l.meaning ?? '',
      colour: l.colour ?? '',
      noColour: l.colour === null || l.colour.trim() === '',
      meansComplete: l.meansComplete,
    })),
  };
}

/** A whole number the person typed as a level's value, or null. */
function wholeNumber(text: string): number | null {
  return /^\s*-?\d{1,9}\s*$/.test(text) ? Number(text) : null;
}

/** A new row at the end, with the next value after the highest one typed. */
export function addLevel(levels: readonly LevelRow[]): LevelRow[] {
  const values = levels.map((l) => wholeNumber(l.value)).filter((v): v is number => v !== null);
  return [...levels, blankLevel(values.length === 0 ? 1 : Math.max(...values) + 1)];
}

export function removeLevel(levels: readonly LevelRow[], index: number): LevelRow[] {
  return levels.filter((_, i) => i !== index);
}

/**
 * Moves a row up (-1) or down (+1). The order of a scale is the order of its values, so the two rows swap their
 * values as well as their places: what moves is the label, meaning, colour and completeness.
 */
export function moveLevel(levels: readonly LevelRow[], index: number, by: -1 | 1): LevelRow[] {
  const other = index + by;
  if (index < 0 || other < 0 || index >= levels.length || other >= levels.length) return [...levels];
  const moved = [...levels];
  const a = levels[index]!;
  const b = levels[other]!;
  moved[other] = { ...a, value: b.value };
  moved[index] = { ...b, value: a.value };
  return moved;
}

/**
 * The request the form makes, or what stops it being sent: a level whose value is not a whole number (it cannot be
 * sent as one), and a level with neither a colour nor "No colour" (a request cannot tell "none" from "not typed yet").
 * The rest is the API's to judge: values from 0, labels and values unique, colours as #rrggbb, a direction chosen.
 */
export function scaleRequest(form: ScaleForm): { ok: true; request: ScaleRequest } | { ok: false; errors: { field: string; message: string }[] } {
  const errors = form.levels.flatMap((level, i) => [
    ...(wholeNumber(level.value) === null
      ? [{ field: `levels.${i}.value`, message: `Enter level ${i + 1}’s value as a whole number, like ${i + 1}.` }]
      : []),
    ...(!level.noColour && level.colour.trim() === ''
      ? [{ field: `levels.${i}.colour`, message: `Enter level ${i + 1}’s colour as #rrggbb, like #92d050, or tick “No colour” if the plan gives it none.` }]
      : []),
  ]);
  if (errors.length > 0) return { ok: false, errors };
  const notStated = form.higherIsBetter === 'notStated';
  return {
    ok: true,
    request: {
      name: form.name.trim(),
      description: form.description.trim() === '' ? null : form.description.trim(),
      // Nothing chosen is sent as neither, and the API says what to choose.
      higherIsBetter: form.higherIsBetter === 'yes' ? true : form.higherIsBetter === 'no' ? false : null,
      directionNotStated: notStated,
      levels: form.levels.map((l) => ({
        value: wholeNumber(l.value)!,
        label: l.label.trim(),
        meaning: l.meaning.trim() === '' ? null : l.meaning.trim(),
        colour: l.noColour ? null : l.colour.trim(),
        meansComplete: l.meansComplete,
      })),
    },
  };
}

/** Every field name the scale form has, in page order, for matching the API's errors. */
export function scaleFieldNames(levelCount: number): string[] {
  const names = ['name', 'description', 'higherIsBetter', 'levels'];
  for (let i = 0; i < levelCount; i++) names.push(...['value', 'label', 'meaning', 'colour', 'noColour', 'meansComplete'].map((f) => `levels.${i}.${f}`));
  return names;
}

/**
 * The form's name for a field the API names. "levels[1].label" is that box. "levels[1]" is a problem with the level
 * as a whole, which the API words after the part at fault ("The colour of ...", "... has no label", "... has the value
 * -1; values start at 0."), so it goes to that box; "levels" is about the levels together. "directionNotStated" is the
 * direction question, whose radios carry the name higherIsBetter.
 */
export function scaleFieldFor(apiName: string, reason: string): string {
  if (/^directionNotStated$/i.test(apiName)) return 'higherIsBetter';
  const part = /^levels\[(\d+)\]\.(\w+)$/i.exec(apiName);
  if (part) return `levels.${part[1]}.${part[2]}`;
  const level = /^levels\[(\d+)\]$/i.exec(apiName);
  if (level) {
    const box = /colou?r/i.test(reason) ? 'colour' : /label/i.test(reason) ? 'label' : 'value';
    return `levels.${level[1]}.${box}`;
  }
  return apiName;
}

/** WCAG 2.2 AA: normal-size text needs 4.5:1 against its background. */
export const minimumContrast = 4.5;

export interface ContrastCheck {
  /** The text colour the tag will use (near-black or white, whichever reads better). */
  text: string;
  /** The contrast between that text and the colour, e.g. 4.42. */
  ratio: number;
  passes: boolean;
}

/** How a level tag's text will read on `colour`; null when it is not a #rgb or #rrggbb colour. */
export function contrastOn(colour: string): ContrastCheck | null {
  const background = luminance(colour);
  if (background === null) return null;
  const text = textColourOn(colour);
  const ratio = contrastRatio(background, luminance(text)!);
  return { text, ratio, passes: ratio >= minimumContrast };
}

/** The ratio as people write it, rounded down so that a failing 4.49 never shows as 4.5: "4.4:1". */
export function ratioText(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** The warning shown beside a level whose text would fail AA, in words that say what to do. */
export function contrastWarning(colour: string): string | null {
  const check = contrastOn(colour);
  if (!check || check.passes) return null;
  const textName = check.text === '#ffffff' ? 'white' : 'black';
  return `Text on ${colour.trim()} would not be easy to read: ${textName} text gives ${ratioText(check.ratio)}, and WCAG AA needs at least 4.5:1. Choose a lighter or darker colour.`;
}
