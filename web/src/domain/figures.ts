// Figures in words, the way a board paper would write them. DOM-free (figures.test.ts).

import type { AverageFigure } from '../api/summary';
import { directionWords } from './grid-rows';

/** An average as plans print it, to one decimal place ("1.5", "2.0"), or "none" when nothing was scored. */
export function averageText(value: number | null): string {
  return value === null ? 'none' : value.toFixed(1);
}

/**
 * An average then and now in one line: "3.5 → 2.3, declining". Without a previous figure it says so rather than
 * inventing a movement ("1.9 (no earlier figure)"); with nothing scored now, "No scores yet".
 */
export function averageMovement(figure: AverageFigure): string {
  if (figure.currentRounded === null) return 'No scores yet';
  if (figure.previousRounded === null) return `${averageText(figure.currentRounded)} (no earlier figure)`;
  return `${averageText(figure.previousRounded)} → ${averageText(figure.currentRounded)}, ${directionWords(figure.direction).word.toLowerCase()}`;
}

/** "1 item" / "3 items": a count with its noun, singular when it is one. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
