// Drawing the action-plan grid's rows. Every row exists from the start as an empty shell (a tr), so filters, sorting and
// folding always act on the whole plan; a row's cells are filled in when it is first needed: the rows on screen at
// once, the rest in short slices of background work (fillSoon), so a plan of 1,000 rows is usable in a fraction of a
// second and the page never stops answering for long. Rows are laid out as CSS grid rows with content-visibility: auto
// (grid.css), so the browser skips style and layout for the rows out of view; the table keeps its markup and explicit
// roles. What each cell says comes from domain/grid-cells.ts; everything the API returns goes in as text.

import type { Grid, GridItem, GridLevel, GridScore, PersonRef, Review } from '../../api/client';
import { levelTag } from '../../components/level-tag';
import { element, link, paragraph } from '../../dom';
import {
  columnHeadings, completionNote, deadlineShown, directionShown, peopleShown, personWords, type PeopleShown,
} from '../../domain/grid-cells';
import { openOnReview } from '../../domain/grid-print';
import { deadlineBadge, displayReference, formatDate, itemTitle, kindLabels, levelShape, reviewDateText, shortReviewDate, textColourOn, truncate, type DirectionWords, type ViewRow } from '../../domain/grid-rows';
import { labelBesideNumber, levelFill } from '../../domain/levels';
import { scoreLinkName } from '../../domain/board-scoring';
import { itemPath, scorePath } from '../../domain/routes';
import type { Folding } from './folding';
import { addPaperHeadings, columnHeader, type SortHeaders } from './sort-headers';

/** What the table asks of the screen that owns it. */
export interface TableHost {
  readonly planId: number;
  /** Whether the row's children are folded now (its toggle's first state). */
  isCollapsed(key: string): boolean;
  /** The open review a board member or administrator scores in from the grid ("Score" in its cells); null for others. */
  readonly scoreReview: Review | null;
}

/** The grid's table: its rows as shells, filled on demand, in a region that scrolls sideways. */
export class GridTable {
  readonly table: HTMLTableElement;
  readonly region: HTMLElement;
  readonly rowElements: HTMLTableRowElement[] = [];
  readonly bodies: HTMLTableSectionElement[] = [];
  readonly sortHeaders: SortHeaders = new Map();
  /** Row indexes in the order shown. */
  order: number[];
  private readonly filled: Uint8Array;
  private readonly rowContext: Uint8Array;
  private readonly contextNotes = new Map<number, HTMLElement>();
  private readonly templates: RowContext;
  private readonly hasPriorities: boolean;
  private readonly currentIndex: number;
  private fillTimer: number | null = null;
  private complete = false;

  constructor(
    private readonly grid: Grid,
    private readonly rows: readonly ViewRow[],
    private readonly folding: Folding,
    private readonly host: TableHost,
  ) {
    this.filled = new Uint8Array(rows.length);
    this.rowContext = new Uint8Array(rows.length);
    this.order = rows.map((_, i) => i);
    this.hasPriorities = grid.items.some((i) => i.kind === 'priority');
    this.currentIndex = grid.reviews.findIndex((r) => r.id === grid.currentReviewId);
    this.templates = new RowContext(grid);
    this.table = this.build();
    this.setColumns(grid.reviews.length);
    // A wide table scrolls inside its own region (WCAG 1.4.10 reflow at 320px), focusable so keyboards can scroll it;
    // the region also bounds the sticky header and first column.
    this.region = element('div', 'table-scroll grid-scroll');
    this.region.setAttribute('role', 'region');
    this.region.setAttribute('aria-label', 'Action plan grid, scrolls sideways');
    this.region.tabIndex = 0;
    this.region.append(this.table);
  }

  private build(): HTMLTableElement {
    const { grid } = this;
    const headings = columnHeadings(grid.plan);
    const table = element('table', 'table grid');
    table.setAttribute('role', 'table');
    const caption = element('caption', 'grid__caption', `${grid.plan.title}: every item with its scores in each review`);
    caption.id = 'grid-caption';
    table.setAttribute('aria-labelledby', caption.id);
    table.append(caption);

    const headRow = element('tr');
    headRow.setAttribute('role', 'row');
    const headers = this.sortHeaders;
    headRow.append(columnHeader(headers, 'Reference', 'reference'), columnHeader(headers, 'Item'), columnHeader(headers, headings.lead, 'lead'));
    const opened = openOnReview(grid);
    grid.reviews.forEach((review, index) => {
      const isCurrent = review.id === grid.currentReviewId;
      const isOpened = review.id === opened?.id;
      // The score sort and the level filter judge the review the grid opens on (the latest with scores).
      const th = columnHeader(headers, review.label, isOpened ? 'score' : undefined,
        isOpened ? (isCurrent ? 'Sorts by the score at the current review' : 'Sorts by the score at this review, the latest with scores') : undefined);
      th.classList.add('grid__review', ...ageClasses(index, this.currentIndex));
      if (!isCurrent && !isOpened) th.classList.add('grid__review--compact');
      if (isOpened) th.dataset.opened = 'true';
      const content = th.querySelector('button') ?? th;
      if (!isCurrent && !isOpened) {
        // A narrow column says the month on screen and the whole date to screen readers and on paper.
        const short = element('span', 'grid__review-date grid__review-date--short', shortReviewDate(review.reviewDate));
        short.setAttribute('aria-hidden', 'true');
        content.append(short, element('span', 'grid__review-date grid__review-date--long', reviewDateText(review.reviewDate)));
      } else {
        content.append(element('span', 'grid__review-date', reviewDateText(review.reviewDate)));
      }
      if (isCurrent) content.append(element('span', 'grid__current', 'Current'));
      if (isOpened && !isCurrent) content.append(element('span', 'grid__current', 'Latest scores'));
      headRow.append(th);
    });
    headRow.append(
      columnHeader(headers, 'Direction of travel', 'direction'),
      columnHeader(headers, 'Deadline', 'deadline'),
      columnHeader(headers, headings.owners),
      columnHeader(headers, 'Latest update'),
    );
    addPaperHeadings(headRow);
    const head = element('thead');
    head.setAttribute('role', 'rowgroup');
    head.append(headRow);
    table.append(head);

    // Rows outside any priority (a grouped plan may have a few; an ungrouped plan has only these) share one group.
    let loose: HTMLTableSectionElement | null = null;
    const group = (className?: string) => {
      const body = element('tbody', className);
      body.setAttribute('role', 'rowgroup');
      return body;
    };
    const fragment = document.createDocumentFragment();
    this.rows.forEach((row, i) => {
      const tr = element('tr', row.item.kind === 'priority' ? 'grid__group' : rowClass(row, this.hasPriorities));
      tr.id = `grid-row-${row.key}`;
      tr.setAttribute('role', 'row');
      this.rowElements[i] = tr;
      if (row.item.kind === 'priority') {
        this.bodies[i] = group('grid__priority');
        fragment.append(this.bodies[i]!);
      } else if (row.parent < 0) {
        if (!loose) {
          loose = group();
          fragment.append(loose);
        }
        this.bodies[i] = loose;
      } else {
        this.bodies[i] = this.bodies[row.parent]!;
      }
      this.bodies[i]!.append(tr);
    });
    table.append(fragment);
    return table;
  }

  /**
   * The grid rows' columns: fixed minimums that share out the spare width, with one column per review shown: narrow for
   * earlier reviews (a tag's shape and number), wider for the review the grid opens on and the current one (with the
   * label). Sized to fit a 1366 px screen with a plan's usual handful of reviews, so nothing scrolls sideways there.
   */
  setColumns(reviews: number): void {
    const shown = [...this.table.querySelectorAll<HTMLElement>('thead th.grid__review')].filter((th) => getComputedStyle(th).display !== 'none');
    const widths = shown.length === reviews
      ? shown.map((th) => (th.classList.contains('grid__review--compact') ? compactReview : wideReview))
      : Array<string>(reviews).fill(wideReview);
    const columns = `var(--grid-reference-column, 5.75rem) minmax(10.5rem, 1.8fr) minmax(7.5rem, 0.8fr) ${widths.join(' ')} 6.75rem minmax(11.5rem, 0.9fr) minmax(7.75rem, 0.9fr) minmax(10.5rem, 1.8fr)`;
    const minimum = 5.75 + 10.5 + 7.5 + widths.reduce((sum, w) => sum + (w === compactReview ? 3.5 : 8.5), 0) + 6.75 + 11.5 + 7.75 + 10.5;
    // CSSOM custom properties, which the Content-Security-Policy allows (it refuses style attributes in markup).
    this.table.style.setProperty('--grid-columns', columns);
    this.table.style.setProperty('--grid-min-width', `${minimum}rem`);
    // On paper the earlier reviews share at most a third of the width, however many there are.
    const compact = widths.filter((w) => w === compactReview).length;
    this.table.style.setProperty('--grid-print-review', `${Math.min(4, 34 / Math.max(1, compact)).toFixed(2)}%`);
  }

  /** Brings the column of the review the grid opened on into view, when it is not the last (an empty future column follows). */
  scrollToOpened(): void {
    const th = this.table.querySelector<HTMLElement>('th[data-opened="true"]');
    const last = this.table.querySelector<HTMLElement>('thead th.grid__review:last-of-type');
    if (!th || th === last || this.region.scrollWidth <= this.region.clientWidth) return;
    const sticky = this.table.querySelector<HTMLElement>('thead th')?.offsetWidth ?? 0;
    this.region.scrollLeft = Math.max(0, th.offsetLeft - sticky - 16);
  }

  /** Fills row `i`'s cells, once. */
  fillRow(i: number): void {
    if (this.filled[i]) return;
    this.filled[i] = 1;
    const row = this.rows[i]!;
    const tr = this.rowElements[i]!;
    if (row.item.kind === 'priority') tr.append(this.priorityHeading(row));
    else tr.append(...this.itemCells(row));
    if (this.rowContext[i]) this.markContext(i, true);
  }

  /**
   * Fills the first rows a person sees in the current order, now: about as many as the grid's region shows in the
   * window (a row with its scores is rarely under 100px tall); the rest follow while the browser is idle (fillSoon).
   */
  fillTop(): void {
    // The window's height, not the region's: reading a size would make the browser lay the page out here and again.
    const count = Math.max(6, Math.ceil(window.innerHeight / 100));
    let shown = 0;
    for (const i of this.order) {
      if (this.folding.hidden(i)) continue;
      this.fillRow(i);
      if (++shown >= count) break;
    }
  }

  /** Fills every row still empty, now (before printing). */
  fillAll(): void {
    for (let i = 0; i < this.rows.length; i++) this.fillRow(i);
    this.finishFilling();
  }

  /**
   * Fills the remaining rows while the browser is idle (after each frame is drawn), in slices of a few milliseconds,
   * rows that are shown first, in the order shown, so scrolling, typing and clicking are never held up for long.
   */
  fillSoon(): void {
    if (this.fillTimer !== null || this.complete) return;
    const slice = (deadline?: IdleDeadline) => {
      this.fillTimer = null;
      const until = performance.now() + Math.min(12, Math.max(4, deadline?.timeRemaining() ?? 8));
      for (const pass of [0, 1]) {
        for (const i of this.order) {
          if (this.filled[i] || (pass === 0 && this.folding.hidden(i))) continue;
          this.fillRow(i);
          if (performance.now() > until) {
            this.fillTimer = whenIdle(slice);
            return;
          }
        }
      }
      this.finishFilling();
    };
    this.fillTimer = whenIdle(slice);
  }

  private finishFilling(): void {
    if (this.complete) return;
    if (this.fillTimer !== null) cancelIdle(this.fillTimer);
    this.fillTimer = null;
    this.complete = true;
    this.table.dataset.complete = 'true';
    // grid-complete: from the data to every row's cells filled (bench/web).
    if (performance.getEntriesByName('grid-data').length > 0) performance.measure('grid-complete', 'grid-data');
  }

  /** Stops filling in the background (the page has gone). */
  stop(): void {
    if (this.fillTimer !== null) cancelIdle(this.fillTimer);
    this.fillTimer = null;
  }

  /** A row kept only so that a match below it keeps its place: dimmed, and said in words. */
  markContext(i: number, on: boolean): void {
    this.rowContext[i] = on ? 1 : 0;
    const tr = this.rowElements[i]!;
    tr.classList.toggle('grid__row--context', on);
    if (this.rows[i]!.item.kind === 'priority') return;
    let note = this.contextNotes.get(i);
    if (on && !note) {
      note = element('span', 'grid__context-note', 'Shown for context: does not match the filters');
      this.contextNotes.set(i, note);
    }
    if (!note) return;
    // A row not yet filled gets its note when it is (fillRow).
    if (on) tr.cells[1]?.append(note);
    else note.remove();
  }

  /** Whether row `i` is marked as shown for context. */
  isContext(i: number): boolean {
    return this.rowContext[i] === 1;
  }

  /** Shows or hides an update's whole text under its "Full update" button, made the first time it is asked for. */
  showFullUpdate(button: HTMLButtonElement, narrative: string, key: string): void {
    let text = button.nextElementSibling instanceof HTMLParagraphElement ? button.nextElementSibling : null;
    if (!text) {
      text = paragraph(narrative, 'grid__full-update');
      text.id = `grid-update-${key}`;
      text.hidden = true;
      button.after(text);
      button.setAttribute('aria-controls', text.id);
    }
    text.hidden = !text.hidden;
    button.setAttribute('aria-expanded', String(!text.hidden));
  }

  private priorityHeading(row: ViewRow): HTMLTableCellElement {
    const { item } = row;
    const th = element('th', 'grid__group-heading');
    th.scope = 'rowgroup';
    th.setAttribute('role', 'rowheader');
    // Spans every column when the table is printed as a table (on screen the grid row's CSS does it).
    th.colSpan = 7 + this.grid.reviews.length;
    // The heading's text stays in view when the grid is scrolled sideways.
    const inner = element('span', 'grid__group-inner');
    if (row.children.length > 0) inner.append(this.folding.toggle(row, !this.host.isCollapsed(row.key)));
    // The whole heading links to the priority's page: a link of "Priority 1" alone would split the heading's name.
    inner.append(link(itemPath(this.host.planId, 'priority', item.id), `${itemTitle(item)}: ${item.text}`, 'grid__ref-link grid__group-text'));
    const badge = deadlineBadge(item.deadlineStatus);
    if (badge) inner.append(' ', element('strong', `tag tag--${badge.kind}`, badge.text));
    th.append(inner);
    return th;
  }

  private itemCells(row: ViewRow): HTMLTableCellElement[] {
    const { item } = row;
    const templates = this.templates;
    const reference = element('th', 'grid__reference');
    reference.scope = 'row';
    reference.setAttribute('role', 'rowheader');
    reference.append(link(itemPath(this.host.planId, item.kind, item.id), displayReference(item), 'grid__ref-link'));

    const text = cell('grid__text');
    if (row.children.length > 0) text.append(this.folding.toggle(row, !this.host.isCollapsed(row.key)));
    // The kind and the text in one span, which the screen clamps to two lines (the whole text is on the item's page).
    const body = element('span', 'grid__item-body');
    body.append(element('span', 'grid__kind', kindLabels[item.kind] ?? item.kind), ' ', element('span', 'grid__item-text', item.text));
    text.append(body);
    if (item.addressees.length > 0) text.append(element('span', 'grid__addressees', `Addressed to ${item.addressees.join('; ')}`));

    const cells = [reference, text, peopleCell(peopleShown(item.leads, item.inheritedLeads), true)];
    const byReview = item.isScored ? new Map<number, GridScore>(item.scores.map((s) => [s.reviewId, s])) : null;
    this.grid.reviews.forEach((review, index) => {
      const td = cell(templates.scoreClass[index]!);
      if (byReview) {
        const found = byReview.get(review.id);
        td.append(templates.tag(found?.level ?? null, found?.label));
        const note = found ? completionNote(found) : null;
        if (note) td.append(element('span', `grid__completion grid__completion--${note.kind}`, note.text));
      }
      cells.push(td);
    });
    // The board's "Score" goes under the direction of travel, beside the current review's tag: under the tag itself it
    // would add a line to most rows (tags often take two), and in the item's column the sticky reference column
    // covers it when the grid is scrolled sideways. Its name says what it scores and for which review.
    const direction = directionCell(item);
    const scoreReview = this.host.scoreReview;
    if (item.isScored && scoreReview) direction.append(scoreLink(this.host.planId, item, scoreReview));
    cells.push(direction, deadlineCell(item), peopleCell(peopleShown(item.owners, item.inheritedOwners), false), updateCell(item));
    return cells;
  }
}

/**
 * What every row shares while its cells are built: one score tag per level, copied for each cell (a deep copy of a small
 * tree is cheaper than building it again 24,000 times), and each review column's classes.
 *
 * The grid's tags say the same as components/level-tag.ts (shape, number, label, the level's colour with a text colour
 * chosen for contrast) with fewer nodes, and take their colours and shape from a class rather than from each element's
 * own style: rows by the thousand then share one computed style per level instead of parsing a style per tag. The
 * rules go into the app's own stylesheet through the CSSOM, which the Content-Security-Policy allows.
 */
class RowContext {
  readonly scoreClass: string[];
  private readonly tags = new Map<string, HTMLElement>();
  private readonly levelClasses = new Map<number, string>();

  constructor(private readonly grid: Grid) {
    const current = grid.reviews.findIndex((r) => r.id === grid.currentReviewId);
    const opened = openOnReview(grid)?.id;
    // Earlier reviews' columns are narrow (grid.css): their tags show shape, number and colour, the label kept for
    // screen readers and the key; the review the grid opens on and the current one show the label too.
    this.scoreClass = grid.reviews.map((review, i) =>
      ['grid__score', ...ageClasses(i, current), ...(i !== current && review.id !== opened ? ['grid__score--compact'] : [])].join(' '));
    for (const level of grid.scale.levels) {
      const name = levelClass(grid.scale.id, level, levelShape(grid.scale.levels, level.value));
      if (name) this.levelClasses.set(level.value, name);
    }
  }

  tag(level: number | null, label: string | null | undefined): Node {
    const key = `${level}\u0000${label ?? ''}`;
    let tag = this.tags.get(key);
    if (!tag) {
      const className = level === null ? undefined : this.levelClasses.get(level);
      if (className && level !== null) {
        const known = this.grid.scale.levels.find((l) => l.value === level)!;
        tag = element('strong', `tag level-tag grid-tag ${className}${levelFill(known.colour) === null ? ' level-tag--no-colour' : ''}`);
        tag.append(element('b', 'level-tag__value', String(level)));
        // A label that is just the number is not said twice ("4", not "4 4").
        const beside = labelBesideNumber(level, label ?? known.label);
        if (beside !== null) tag.append(' ', element('span', 'grid-tag__label', beside));
      } else {
        // No class for it (no score, or a colour that cannot go in a rule): the plain tag says the same.
        tag = levelTag(this.grid.scale.levels, level, label);
      }
      this.tags.set(key, tag);
    }
    return tag.cloneNode(true);
  }
}

const levelRules = new Set<string>();

/**
 * The class that colours and shapes one level's tags, its rule added to the app's stylesheet once; null when the level
 * has no colour, no stylesheet can take it or the colour is not a plain one (the tag then falls back to level-tag.ts).
 */
function levelClass(scaleId: number, level: GridLevel, shape: string): string | null {
  const colour = levelFill(level.colour);
  // Only colours that cannot carry anything else into a rule: #rgb, #rrggbb, or a colour's name. A level with no
  // colour gets its shape all the same, on no fill (level-tag--no-colour).
  if (colour !== null && !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour) && !/^[a-z]{3,20}$/i.test(colour)) return null;
  const name = `grid-level-${scaleId}-${level.value}-${colour === null ? 'none' : colour.replace('#', '').toLowerCase()}`;
  if (levelRules.has(name)) return name;
  const sheet = [...document.styleSheets].find((candidate) => {
    try {
      return candidate.cssRules !== null && !candidate.disabled;
    } catch {
      return false; // another origin's sheet cannot be read or changed
    }
  });
  if (!sheet) return null;
  try {
    if (colour !== null) sheet.insertRule(`.${name} { background-color: ${colour}; color: ${textColourOn(colour)}; }`, sheet.cssRules.length);
    // The shape is for the eye only: the empty alternative text after the slash keeps it out of what is read aloud.
    sheet.insertRule(`.${name}::before { content: "${shape}" / ""; }`, sheet.cssRules.length);
  } catch {
    return null;
  }
  levelRules.add(name);
  return name;
}

const compactReview = '3.5rem';
const wideReview = 'minmax(8.5rem, 0.6fr)';

/** A review column's distance back from the current review, as classes the "last 3 / last 6 / current" choices hide by. */
export function ageClasses(index: number, currentIndex: number): string[] {
  const age = currentIndex < 0 ? 0 : currentIndex - index;
  if (age < 0) return ['grid__age-later'];
  return [`grid__age-${Math.min(age, 6)}`];
}

/** A data cell, with its role said outright: the grid's CSS changes the table's display (see grid.css). */
function cell(className: string): HTMLTableCellElement {
  const td = element('td', className);
  td.setAttribute('role', 'cell');
  return td;
}

/**
 * "Score", named "Score action 2.3 for RAG 11/26", to the item's score page. Its address gets the grid's current one
 * (filters and sort) as ?from= when it is followed (GridScreen), so the score page can bring the person back to it.
 */
function scoreLink(planId: number, item: GridItem, review: Review): HTMLAnchorElement {
  const a = link(scorePath(planId, item.kind as 'recommendation' | 'action' | 'measure', item.id), 'Score', 'grid__score-link');
  a.setAttribute('aria-label', scoreLinkName(item, review.label));
  a.dataset.score = 'true';
  return a;
}

function rowClass(row: ViewRow, hasPriorities: boolean): string {
  // Priorities are group headings, so the first indented level is whatever sits under them.
  const level = Math.min(Math.max(hasPriorities ? row.depth - 1 : row.depth, 0), 3);
  return `grid__row grid__row--${row.item.kind} grid__row--depth-${level}`;
}

/** People in a cell; inherited ones are said to be ("from action 1.1"), in words as well as in italics. */
function peopleCell(shown: PeopleShown, withTitles: boolean): HTMLTableCellElement {
  const td = cell(shown.from ? 'grid__people grid__people--inherited' : 'grid__people');
  // Inherited people's job titles are on the row they come from; here the names and where from keep the row short.
  const names = shown.from ? element('span', 'grid__names') : td;
  for (const person of shown.people) names.append(personLine(person, withTitles && !shown.from));
  // Where they come from first, so the screen's two-line clamp (grid.css) never hides the words that say so.
  if (shown.from) td.append(element('span', 'hint grid__inherited', `(${shown.from})`), ' ', names);
  return td;
}

function personLine(person: PersonRef, withTitles: boolean): HTMLElement {
  const words = personWords(person);
  const line = element('span', 'grid__person', words.name);
  if (withTitles && words.jobTitle) line.append(element('span', 'hint grid__job', `, ${words.jobTitle}`));
  return line;
}

function directionCell(item: GridItem): HTMLTableCellElement {
  const td = cell('grid__direction');
  if (!item.isScored || !item.direction) return td;
  const shown = directionShown(item.direction);
  td.append(directionText(shown.computed, 'grid__computed'));
  // A scale that does not say which end is better: no judgement, only what each reading would make of the move.
  for (const reading of shown.readings) {
    const line = element('span', 'hint grid__reading', `${reading.reading}: `);
    line.append(directionText(reading.words, 'grid__reading-word'));
    td.append(line);
  }
  if (shown.override) {
    const override = element('span', 'grid__override');
    override.append(element('strong', 'tag tag--override', 'Overridden'), ' ', directionText(shown.override.words, 'grid__override-word'));
    td.append(override);
    if (shown.override.contradicts) td.append(element('strong', 'tag tag--warning', 'Override contradicts the scores'));
    if (shown.override.reason) td.append(element('span', 'hint grid__override-reason', `“${truncate(shown.override.reason, 80)}”`));
  }
  if (shown.printed) {
    const printed = element('span', 'grid__printed', 'Printed: ');
    printed.append(directionText(shown.printed.words, 'grid__printed-word'));
    if (shown.printed.asPrinted) printed.append(` (“${truncate(shown.printed.asPrinted, 40)}”)`);
    td.append(printed);
    if (shown.printed.contradicts) td.append(element('strong', 'tag tag--warning', 'Printed direction contradicts the scores'));
  }
  return td;
}

function directionText(words: DirectionWords, className: string): HTMLElement {
  const span = element('span', className);
  if (words.arrow) {
    const mark = element('span', 'grid__arrow', words.arrow);
    mark.setAttribute('aria-hidden', 'true');
    span.append(mark, ' ');
  }
  span.append(words.word);
  return span;
}

function deadlineCell(item: GridItem): HTMLTableCellElement {
  const shown = deadlineShown(item);
  const td = cell(shown?.from ? 'grid__deadline grid__deadline--inherited' : 'grid__deadline');
  if (shown) {
    td.append(element('span', 'grid__deadline-text', shown.deadline.text));
    if (shown.from) td.append(element('span', 'hint grid__inherited', `(${shown.from})`));
    if (!shown.from && shown.deadline.toConfirm.length > 0) td.append(element('strong', 'tag tag--confirm', 'Date to confirm'));
  }
  const badge = deadlineBadge(item.deadlineStatus);
  if (badge) td.append(element('strong', `tag tag--${badge.kind}`, badge.text));
  return td;
}

function updateCell(item: GridItem): HTMLTableCellElement {
  const td = cell('grid__update');
  const update = item.latestUpdate;
  if (!update) {
    if (item.isScored) td.append(element('span', 'hint', 'No update yet'));
    return td;
  }
  const whole = update.narrative.replace(/\s+/g, ' ').trim();
  const short = truncate(update.narrative, 140);
  const when = [update.reviewLabel, formatDate(update.narrativeDate), update.updatedBy ? `by ${update.updatedBy}` : ''].filter(Boolean).join(', ');
  // On screen the update and who wrote it when are clamped to two lines (grid.css), so a screen holds twenty rows.
  const summary = element('span', 'grid__update-summary');
  summary.append(element('span', 'grid__narrative', short), ' ', element('span', 'hint grid__update-meta', `(${when})`));
  td.append(summary);
  if (whole.length > fitsTwoLines) {
    // The whole text is one press away rather than lost to the clamp. A button that adds the text when pressed
    // (GridTable.showFullUpdate) rather than a details element, which brings a shadow tree and its styles to every row.
    const more = element('button', 'grid__more', 'Full update');
    more.type = 'button';
    more.dataset.more = `${item.kind[0]}${item.id}`;
    more.setAttribute('aria-expanded', 'false');
    td.append(more);
  }
  return td;
}

/** About as many characters of an update as two clamped lines show beside the "Full update" button at 1366 px. */
const fitsTwoLines = 60;

// Idle callbacks where the browser has them (Safari only lately), a timer otherwise; the timeout keeps a busy page
// filling its rows all the same.
function whenIdle(run: (deadline?: IdleDeadline) => void): number {
  return typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 100 }) : window.setTimeout(run, 16);
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}
