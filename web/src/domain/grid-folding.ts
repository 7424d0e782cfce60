// Rows that fold away under their parent on the action-plan grid: which rows are hidden by folding and filtering
// together, the collapsed keys after a press, and what each disclosure button shows or hides, in words. DOM-free
// (grid-folding.test.ts); pages/grid/folding.ts draws the buttons.

import { RowFilter } from './grid-filters';
import { displayReference, itemTitle, type ViewRow } from './grid-rows';

/** The collapsed keys after pressing a row's disclosure button. */
export function toggleCollapsed(collapsed: readonly string[], key: string): string[] {
  return collapsed.includes(key) ? collapsed.filter((k) => k !== key) : [...collapsed, key];
}

/** Every row that has rows under it: what "Collapse all" folds. */
export function foldableKeys(rows: readonly ViewRow[]): string[] {
  return rows.filter((r) => r.children.length > 0).map((r) => r.key);
}

/**
 * One entry per row: 1 when it is hidden, because the filters leave it out or a row above it is folded (rows come after
 * their parents, so one pass carries a fold down the tree).
 */
export function hiddenRows(rows: readonly ViewRow[], status: Uint8Array, collapsed: readonly string[]): Uint8Array {
  const folded = new Set(collapsed);
  const hiddenBelow = new Uint8Array(rows.length);
  const hidden = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const parent = rows[i]!.parent;
    hiddenBelow[i] = parent >= 0 && (hiddenBelow[parent] || folded.has(rows[parent]!.key)) ? 1 : 0;
    hidden[i] = status[i] === RowFilter.Hidden || hiddenBelow[i] ? 1 : 0;
  }
  return hidden;
}

const plurals: Record<string, [string, string]> = {
  recommendation: ['recommendation', 'recommendations'],
  action: ['action', 'actions'],
  measure: ['success measure', 'success measures'],
  priority: ['priority', 'priorities'],
};

/** "2 success measures under 1 / 1.1": what a row's disclosure button shows or hides. */
export function childrenName(row: ViewRow, rows: readonly ViewRow[]): string {
  const kinds = new Set(row.children.map((c) => rows[c]!.item.kind));
  const n = row.children.length;
  const noun = kinds.size === 1 ? plurals[[...kinds][0]!]![n === 1 ? 0 : 1] : n === 1 ? 'item' : 'items';
  const where = row.item.kind === 'priority' ? itemTitle(row.item).toLowerCase() : displayReference(row.item);
  return `${n} ${noun} under ${where}`;
}
