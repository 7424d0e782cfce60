// Rows that fold away under their parent: a disclosure button per row with children (aria-expanded, aria-controls naming
// the child rows, named by what it shows or hides), and the rows hidden by folding and filtering together. Which rows
// those are comes from domain/grid-folding.ts.

import { element } from '../../dom';
import { childrenName, hiddenRows } from '../../domain/grid-folding';
import type { ViewRow } from '../../domain/grid-rows';

export function rowId(key: string): string {
  return `grid-row-${key}`;
}

export class Folding {
  private readonly toggles = new Map<string, HTMLButtonElement>();
  private rowHidden: Uint8Array;

  constructor(private readonly rows: readonly ViewRow[]) {
    this.rowHidden = new Uint8Array(rows.length);
  }

  /** Whether row `i` is hidden now. */
  hidden(i: number): boolean {
    return this.rowHidden[i] === 1;
  }

  /** A row's disclosure button, made when the row is filled; `expanded` as the state says now. */
  toggle(row: ViewRow, expanded: boolean): HTMLButtonElement {
    const button = element('button', 'grid__toggle');
    button.type = 'button';
    button.dataset.toggle = row.key;
    button.setAttribute('aria-expanded', String(expanded));
    button.setAttribute('aria-controls', row.children.map((c) => rowId(this.rows[c]!.key)).join(' '));
    const arrow = element('span', 'grid__toggle-arrow', '▾');
    arrow.setAttribute('aria-hidden', 'true');
    // The name says what the button shows or hides; aria-expanded says which it is now.
    button.append(arrow, element('span', 'visually-hidden', childrenName(row, this.rows)));
    this.toggles.set(row.key, button);
    return button;
  }

  /** Hides the rows the filters (status) or a folded row above leave out, touching only rows that change. */
  apply(rowElements: readonly HTMLTableRowElement[], status: Uint8Array, collapsed: readonly string[]): void {
    const hidden = hiddenRows(this.rows, status, collapsed);
    for (let i = 0; i < hidden.length; i++) {
      if (hidden[i] !== this.rowHidden[i]) rowElements[i]!.hidden = hidden[i] === 1;
    }
    this.rowHidden = hidden;
    const folded = new Set(collapsed);
    for (const [key, button] of this.toggles) {
      const expanded = folded.has(key) ? 'false' : 'true';
      if (button.getAttribute('aria-expanded') !== expanded) button.setAttribute('aria-expanded', expanded);
    }
  }
}
