// A ratio indicator's counts, without the DOM (ratio-values.test.ts): the words its form boxes and tables use, the
// value worked from a numerator and denominator as the API works it (value = numerator ÷ denominator × 100 for a
// percentage, × 10,000 for a rate per 10,000, × 1 otherwise; IndicatorValueRules.FromFraction), rounded to the
// indicator's places half away from zero as the API rounds, and "42 of 48 children seen within 10 working days".

import { formatValue, readNumber, type Unit } from './scorecard-words';

export interface RatioWords {
  numeratorLabel: string | null;
  denominatorLabel: string | null;
}

/** The scale the ratio rule multiplies by. */
export function ratioScale(unit: Unit): number {
  return unit === 'percentage' ? 100 : unit === 'rate-per-10000' ? 10_000 : 1;
}

/**
 * Rounded to `places` half away from zero, through 15 significant digits first, as the API's
 * Math.Round((decimal)value, places, MidpointRounding.AwayFromZero) does (a double becomes a decimal of 15 digits).
 */
export function roundAway(value: number, places: number): number {
  const p = Math.max(0, Math.min(10, Math.trunc(places)));
  const fifteen = Number(value.toPrecision(15));
  const magnitude = Number(`${Math.round(Number(`${Math.abs(fifteen)}e${p}`))}e-${p}`);
  return fifteen < 0 ? -magnitude : magnitude;
}

/** The value a numerator and denominator give, at the indicator's places (what the form sends). */
export function ratioValue(numerator: number, denominator: number, unit: Unit, decimalPlaces: number): number {
  return roundAway((numerator / denominator) * ratioScale(unit), decimalPlaces);
}

/** The words of the two boxes: the indicator's own, else "Numerator" and "Denominator", with a capital. */
export function ratioBoxWords(words: RatioWords): { numerator: string; denominator: string } {
  return { numerator: capital(words.numeratorLabel) ?? 'Numerator', denominator: capital(words.denominatorLabel) ?? 'Denominator' };
}

/** A count as the tables show it: "42", "1,204", "12.5". */
export function countText(count: number): string {
  return count.toLocaleString('en-GB', { maximumFractionDigits: 4 });
}

/** "42 of 48" or, with the indicator's words, "42 of 48 children seen within 10 working days". */
export function countsText(numerator: number, denominator: number, numeratorLabel: string | null = null): string {
  const label = numeratorLabel?.trim();
  return `${countText(numerator)} of ${countText(denominator)}${label ? ` ${label}` : ''}`;
}

/** A values table's column header for the counts: "Children seen within 10 working days of children referred", or "Numerator of denominator". */
export function countsHeader(words: RatioWords): string {
  const top = words.numeratorLabel?.trim();
  const bottom = words.denominatorLabel?.trim();
  if (top && bottom) return `${capital(top)} of ${bottom}`;
  if (top) return `${capital(top)} (of how many)`;
  return 'Numerator of denominator';
}

/** The year to date with its counts: "87.5% — 42 of 48 children seen within 10 working days"; the display alone without sums. */
export function ratioYearToDate(display: string, numerator: number | null, denominator: number | null, numeratorLabel: string | null): string {
  if (numerator === null || denominator === null) return display;
  return `${display} — ${countsText(numerator, denominator, numeratorLabel)}`;
}

/**
 * What the values form shows beside the two boxes as they are typed: "= 87.5%" when both are numbers and the
 * denominator is above 0; otherwise nothing (the save says what is wrong, at its box).
 */
export function ratioPreview(numeratorText: string, denominatorText: string, unit: Unit, decimalPlaces: number): string {
  const top = readNumber(numeratorText);
  const bottom = readNumber(denominatorText);
  if ('error' in top || 'error' in bottom || top.value === null || bottom.value === null || bottom.value <= 0 || top.value < 0) return '';
  return `= ${formatValue(ratioValue(top.value, bottom.value, unit, decimalPlaces), unit, decimalPlaces)}`;
}

export type RatioField = 'numerator' | 'denominator';

/**
 * A ratio row as typed, checked before sending: both boxes empty is no number (null), one of them empty, no number,
 * a negative numerator, a denominator of 0 or less, or a percentage above 100% is refused at its box; otherwise the
 * counts and the value they give.
 */
export function readRatio(numeratorText: string, denominatorText: string, unit: Unit, decimalPlaces: number, words: RatioWords):
  { numerator: number; denominator: number; value: number } | null | { field: RatioField; message: string } {
  const names = { numerator: words.numeratorLabel?.trim() || 'the numerator', denominator: words.denominatorLabel?.trim() || 'the denominator' };
  const top = readNumber(numeratorText);
  const bottom = readNumber(denominatorText);
  if ('error' in top) return { field: 'numerator', message: `Enter ${names.numerator} as a number, for example 42; “${numeratorText.trim()}” is not one.` };
  if ('error' in bottom) return { field: 'denominator', message: `Enter ${names.denominator} as a number, for example 48; “${denominatorText.trim()}” is not one.` };
  if (top.value === null && bottom.value === null) return null;
  if (top.value === null) return { field: 'numerator', message: `Enter ${names.numerator} too, or leave both boxes empty.` };
  if (bottom.value === null) return { field: 'denominator', message: `Enter ${names.denominator} too (out of how many), or leave both boxes empty.` };
  if (top.value < 0) return { field: 'numerator', message: `${capital(names.numerator)} cannot be negative; ${top.value} was given.` };
  if (bottom.value <= 0) return { field: 'denominator', message: `${capital(names.denominator)} must be more than 0; ${bottom.value} was given.` };
  if (unit === 'percentage' && top.value > bottom.value) {
    return { field: 'numerator', message: `${capital(names.numerator)} (${countText(top.value)}) cannot be more than ${names.denominator} (${countText(bottom.value)}) for a percentage.` };
  }
  return { numerator: top.value, denominator: bottom.value, value: ratioValue(top.value, bottom.value, unit, decimalPlaces) };
}

function capital(text: string | null | undefined): string | null {
  const t = text?.trim();
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : null;
}
