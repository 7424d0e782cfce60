// The grid on paper and the date its figures were judged on. Before printing, every row is filled (the screen fills
// them lazily); the as-of banner and a line naming the date head the page on screen and on paper. The words come from
// domain/grid-print.ts; grid.css's @media print lays the table out on A4 landscape.

import type { Grid } from '../../api/client';
import { element, link, paragraph } from '../../dom';
import { asOfWords, printedJudgedOn } from '../../domain/grid-print';

let printing: (() => void) | null = null;

// Paper gets every row whole, whatever the background filling has reached: one listener for whichever grid is shown.
window.addEventListener('beforeprint', () => printing?.());

/** Before the page is printed, `fill` runs (the grid shown now); null when no grid is shown. */
export function beforePrinting(fill: (() => void) | null): void {
  printing = fill;
}

/**
 * The banner of a grid shown as of an earlier date: which date the figures were judged on, that later reviews are
 * left out, and the way back to today's plan. A status region, so its words are heard when a new date is chosen.
 * Null for today's grid.
 */
export function asOfBanner(grid: Grid, todayHref: string): HTMLElement | null {
  const words = asOfWords(grid);
  if (!words) return null;
  const banner = element('div', 'notice grid-as-of');
  banner.setAttribute('role', 'status');
  banner.append(element('p', 'grid-as-of__title', words.title), paragraph(words.detail));
  const back = element('p', 'grid-as-of__today');
  back.append(link(todayHref, 'Show the plan as it stands today'));
  banner.append(back);
  return banner;
}

/** A line only paper shows: the date the figures were judged on, today's or the one chosen. */
export function printedDateLine(grid: Grid): HTMLElement {
  return paragraph(printedJudgedOn(grid), 'grid-print-date');
}
