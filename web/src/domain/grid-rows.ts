// What the action-plan grid shows, worked out without the DOM (grid-rows.test.ts): the plan's tree as rows in reading
// order with their depth, the words for direction of travel and deadlines, and which text colour reads on a level's colour.

import type { DeadlineStatus, Direction, GridItem, GridLevel, ItemKind } from '../api/client';

/**
 * Reviews in column order: by their position, which the API keeps because a review known only by its label has no
 * date to sort by.
 */
export function inColumnOrder<T extends { position: number; id: number }>(reviews: readonly T[]): T[] {
  return [...reviews].sort((a, b) => a.position - b.position || a.id - b.id);
}

/** One table row: the item and how deep it sits (priority 0, then recommendation, action, measure). */
export interface GridRow {
  item: GridItem;
  depth: number;
}

/** The tree flattened depth first, in the order the plan is written. Depth counts only the levels the plan uses. */
export function flattenGrid(items: readonly GridItem[]): GridRow[] {
  const rows: GridRow[] = [];
  const walk = (list: readonly GridItem[], depth: number) => {
    for (const item of list) {
      rows.push({ item, depth });
      walk(item.children, depth + 1);
    }
  };
  walk(items, 0);
  return rows;
}

/** One row of the grid with what filtering, sorting and folding need to know about its place in the tree. */
export interface ViewRow {
  item: GridItem;
  /** Its key in the address (grid-state.ts, rowKey): "r34". */
  key: string;
  depth: number;
  /** Index of the parent row, or -1 at the top. */
  parent: number;
  children: number[];
}

/** The plan's tree as rows in the plan's order, each knowing its parent and children. */
export function indexRows(items: readonly GridItem[]): ViewRow[] {
  const flat = flattenGrid(items);
  const rows: ViewRow[] = [];
  // Depth first: a row's parent is the latest row one level up.
  const lastAtDepth: number[] = [];
  for (const { item, depth } of flat) {
    const parent = depth === 0 ? -1 : lastAtDepth[depth - 1]!;
    const index = rows.length;
    rows.push({ item, key: `${item.kind[0]}${item.id}`, depth, parent, children: [] });
    if (parent >= 0) rows[parent]!.children.push(index);
    lastAtDepth[depth] = index;
  }
  return rows;
}

export const kindLabels: Record<ItemKind, string> = {
  priority: 'Priority',
  recommendation: 'Recommendation',
  action: 'Action',
  measure: 'Success measure',
};

/**
 * The reference to print for an item: the API's (built from the printed numbers, unnumbered levels left out), with
 * "unnumbered" where the item itself has no number, so no number is ever invented and the row is never mistaken for the
 * row above it ("3" and its unnumbered action "3 / unnumbered").
 */
export function displayReference(item: Pick<GridItem, 'number' | 'reference'>): string {
  if (item.number !== null && item.number.trim() !== '') return item.reference;
  return item.reference ? `${item.reference} / unnumbered` : 'unnumbered';
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * An item named in a heading or a sentence: "Action 1.1", "Priority 2"; without a printed number, "Unnumbered action
 * (the second under its recommendation)", its place among its siblings telling it apart.
 */
export function itemTitle(item: Pick<GridItem, 'kind' | 'number' | 'position'>, parentKind?: ItemKind | null): string {
  const kind = kindLabels[item.kind] ?? item.kind;
  if (item.number !== null && item.number.trim() !== '') return `${kind} ${item.number}`;
  const n = item.position;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  const place = ordinals[n - 1] ?? `${n}${suffix}`;
  const where = parentKind ? ` under its ${kindLabels[parentKind].toLowerCase()}` : ' in the plan';
  return `Unnumbered ${kind.toLowerCase()} (the ${place}${where})`;
}

/** Where an inherited lead, owner or deadline comes from: "action 1.1", or "its action" when that row has no number. */
export function inheritedFrom(source: { from: string; fromReference: string | null }): string {
  const kind = (kindLabels[source.from as ItemKind] ?? source.from).toLowerCase();
  return source.fromReference ? `${kind} ${source.fromReference}` : `its ${kind}`;
}

export interface DirectionWords {
  arrow: string;
  word: string;
}

// Direction is judged in the scale's own sense (improving means better, whether the number went up or down), so the
// arrow follows better and worse, never the number: on a lower-is-better scale 2 → 1 is still ↑ Improving.
const directions: Record<Direction, DirectionWords> = {
  improving: { arrow: '↑', word: 'Improving' },
  maintained: { arrow: '→', word: 'Maintained' },
  declining: { arrow: '↓', word: 'Declining' },
  new: { arrow: '•', word: 'New' },
  noData: { arrow: '–', word: 'No data' },
  // The score moved, but the scale does not say which end is better: no arrow may say up or down.
  changed: { arrow: '↕', word: 'Changed' },
};

/** The arrow and word for a direction; an unknown one (an override typed by a person) keeps its own word. */
export function directionWords(direction: string): DirectionWords {
  return directions[direction as Direction] ?? { arrow: '', word: direction };
}

/** The badge a deadline earns, in words; only overdue and due soon are worth drawing the eye to. */
export function deadlineBadge(status: DeadlineStatus | null | undefined): { text: string; kind: 'overdue' | 'due-soon' } | null {
  if (status === 'overdue') return { text: 'Overdue', kind: 'overdue' };
  if (status === 'dueSoon') return { text: 'Due soon', kind: 'due-soon' };
  return null;
}

// Shapes in order of the scale's levels, so that a person who cannot tell the colours apart can still tell the levels
// apart at a glance (the number and label say it in words).
const shapes = ['●', '▲', '■', '◆', '★', '⬟', '⬢'];

/** The shape drawn beside a level: by its position in the scale, lowest value first. */
export function levelShape(levels: readonly GridLevel[], value: number): string {
  const sorted = [...levels].sort((a, b) => a.value - b.value);
  const index = sorted.findIndex((l) => l.value === value);
  return index < 0 ? '' : shapes[index % shapes.length]!;
}

const black = '#0b0c0c';
const white = '#ffffff';

/** WCAG relative luminance of a #rgb or #rrggbb colour, or null when it is not one. */
export function luminance(colour: string): number | null {
  const hex = colour.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const channel = (i: number) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio between two luminances. */
export function contrastRatio(a: number, b: number): number {
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The text colour for a tag on `background`: near-black or white, whichever contrasts more (so at least 4.5:1 on any
 * colour a scale might use). A colour that cannot be read falls back to black on the page's own grey tag.
 */
export function textColourOn(background: string): string {
  const l = luminance(background);
  if (l === null) return black;
  const lBlack = luminance(black)!;
  return contrastRatio(l, lBlack) >= contrastRatio(l, 1) ? black : white;
}

/** Shortens long text at a word boundary, ending with an ellipsis; short text is left alone. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date the API sends as yyyy-mm-dd, as people in the UK write it: "20 November 2026". Written out by hand rather than
 * with Intl.DateTimeFormat, whose first use loads locale data (tens of milliseconds) just as a large grid is drawn.
 */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  if (!match || !month || day < 1 || day > 31) return isoDate;
  return `${day} ${month} ${Number(match[1])}`;
}

/** A review's date for print: "20 November 2026", or "no date" for a column known only by its label. */
export function reviewDateText(isoDate: string | null | undefined): string {
  return isoDate ? formatDate(isoDate) : 'no date';
}

/** A review's date in a narrow column: "Nov 2026" (the day is in the long form, read out beside it), or "no date". */
export function shortReviewDate(isoDate: string | null | undefined): string {
  const match = isoDate ? /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate) : null;
  if (!match) return 'no date';
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(match[2]) - 1];
  return month ? `${month} ${match[1]}` : 'no date';
}

/** A review as a phrase: "RAG 11/26 (20 November 2026)", or "RAG 03/18 (no date)". */
export function reviewWords(review: { label: string; reviewDate: string | null }): string {
  return `${review.label} (${reviewDateText(review.reviewDate)})`;
}
