// Sorting the action-plan grid: a button inside each sortable column's th, which carries aria-sort, as the MOJ sortable
// table does, and the rows moved into the new order group by group. Which order that is comes from domain/grid-sort.ts.

import { element } from '../../dom';
import type { SortKey, GridSort } from '../../domain/grid-state';

/** The sortable headings drawn so far, by what they sort. */
export type SortHeaders = Map<SortKey, HTMLTableCellElement>;

/**
 * A column heading; with `sort`, a button inside the th that sorts by it. `hint` says what the button sorts when the
 * heading's own words do not (a review's label).
 */
export function columnHeader(headers: SortHeaders, text: string, sort?: SortKey, hint?: string): HTMLTableCellElement {
  const th = element('th', 'table__header');
  th.scope = 'col';
  th.setAttribute('role', 'columnheader');
  if (!sort) {
    th.textContent = text;
    return th;
  }
  th.setAttribute('aria-sort', 'none');
  const button = element('button', 'grid__sort', text);
  button.type = 'button';
  button.dataset.sort = sort;
  const mark = element('span', 'grid__sort-mark', '⇅');
  mark.setAttribute('aria-hidden', 'true');
  button.append(mark);
  th.append(button);
  if (hint) {
    const words = element('span', 'visually-hidden', hint);
    words.id = `grid-sort-${sort}-hint`;
    button.setAttribute('aria-describedby', words.id);
    th.append(words);
  }
  headers.set(sort, th);
  return th;
}

/**
 * Chromium leaves a button's contents out of a table header it repeats at the top of each printed page, so every page
 * after the first lost the sortable headings (Reference, Lead, the current review, Direction of travel, Deadline). Each
 * sort button gets a plain copy of its words beside it that only paper shows (grid.css); on screen the copy is not
 * displayed, so nothing is read twice, and on paper the button is not, so the copy is what is read. Call once the
 * heading row is complete (a review's date is added to its button after columnHeader).
 */
export function addPaperHeadings(row: HTMLTableRowElement): void {
  for (const button of row.querySelectorAll<HTMLButtonElement>('button.grid__sort')) {
    const copy = element('span', 'grid__sort-paper');
    for (const node of button.childNodes) {
      if (node instanceof Element && node.classList.contains('grid__sort-mark')) continue;
      copy.append(node.cloneNode(true));
    }
    button.after(copy);
  }
}

/** Marks the sorted column (aria-sort and its arrow) and clears the others. */
export function markSorted(headers: SortHeaders, sort: GridSort | null): void {
  for (const [key, th] of headers) {
    const on = sort?.key === key;
    th.setAttribute('aria-sort', on ? (sort.descending ? 'descending' : 'ascending') : 'none');
    const mark = th.querySelector('.grid__sort-mark');
    if (mark) mark.textContent = on ? (sort.descending ? '▼' : '▲') : '⇅';
  }
}

/**
 * Puts the rows in `order` (row indexes). Each group's rows in the new order, and the groups in the order of their first
 * rows; each group is then set in one call, which the browser handles far faster than a thousand single moves.
 */
export function moveRows(table: HTMLTableElement, bodies: readonly HTMLTableSectionElement[], rowElements: readonly HTMLTableRowElement[], order: readonly number[]): void {
  const groups = new Map<HTMLTableSectionElement, HTMLTableRowElement[]>();
  for (const i of order) {
    const body = bodies[i]!;
    let rows = groups.get(body);
    if (!rows) groups.set(body, (rows = []));
    rows.push(rowElements[i]!);
  }
  const inOrder = [...groups.keys()];
  if (inOrder.some((body, n) => table.tBodies[n] !== body)) table.append(...inOrder);
  for (const [body, rows] of groups) {
    if (rows.some((row, n) => body.children[n] !== row)) body.replaceChildren(...rows);
  }
}
