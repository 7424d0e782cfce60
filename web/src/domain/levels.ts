// How a rating scale's levels and its direction are put into words, wherever levels are shown (grid, item, dashboard,
// my actions, filters). DOM-free (levels.test.ts).
//
// Real scales vary: a level's label may be just its number ("4"), a level may have no colour, values may start at 0,
// and a plan may never say which end of its scale is better. None of that is guessed at or filled in.

import type { GridLevel } from '../api/client';

/** The label to print after a level's number, or null when the label only repeats the number ("4", not "4 4"). */
export function labelBesideNumber(value: number, label: string | null | undefined): string | null {
  const text = (label ?? '').trim();
  if (text === '' || text === String(value)) return null;
  return text;
}

/** A level in words: "3 On track", or "4" when its label is its number. */
export function levelWords(value: number, label: string | null | undefined): string {
  const beside = labelBesideNumber(value, label);
  return beside === null ? String(value) : `${value} ${beside}`;
}

/** The scale's direction as a phrase: "higher is better", "lower is better", or that nobody said. */
export function scaleDirectionWords(higherIsBetter: boolean | null): string {
  if (higherIsBetter === null) return 'which end is better is not stated';
  return higherIsBetter ? 'higher is better' : 'lower is better';
}

/**
 * The levels in the order a chart or table reads them from the top: best first. When the scale does not say which end is
 * better, highest value first, and nothing may call the top "better".
 */
export function levelsBestFirst(levels: readonly GridLevel[], higherIsBetter: boolean | null): GridLevel[] {
  return [...levels].sort((a, b) => (higherIsBetter === false ? a.value - b.value : b.value - a.value));
}

/** The worst level of the scale; null when the scale does not say which end is worse (or has no levels). */
export function worstLevel(levels: readonly GridLevel[], higherIsBetter: boolean | null): GridLevel | null {
  if (higherIsBetter === null || levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a.value - b.value);
  return (higherIsBetter ? sorted[0] : sorted[sorted.length - 1]) ?? null;
}

/** A colour a tag may be filled with: null when the level has none (the tag then has no fill, only its border). */
export function levelFill(colour: string | null | undefined): string | null {
  const text = (colour ?? '').trim();
  return text === '' ? null : text;
}
