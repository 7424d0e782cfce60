// The action-plan grid: the plan's priorities, recommendations, actions and success measures in one table, with a
// score column per review, direction of travel, deadline, owners and the latest update; filters, sorting within each
// group, rows that fold away, and a print layout. Everything the API returns goes in as text (textContent).
//
// The rows are built once per load. Filtering, sorting, folding and choosing review columns only hide, move and mark
// rows that exist, and the address carries the state (domain/grid-view.ts), so a board member can send a link to
// "Dana's overdue items, latest deadline first" and Back undoes each change. One listener on the table and one on the
// form serve every row and control (a plan of 1,000 rows would otherwise carry thousands of listeners).

import './grid.css';
import { ApiError, getGrid, type Grid, type GridItem, type GridLevel, type GridScore, type PersonRef, type Review } from '../api/client';
import { levelTag } from '../components/level-tag';
import { emptyState, failedState, loadingState } from '../components/page-states';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { deadlineBadge, directionWords, displayReference, formatDate, itemTitle, kindLabels, levelShape, reviewDateText, textColourOn, truncate } from '../domain/grid-rows';
import { scaleDirectionWords } from '../domain/levels';
import {
  defaultState,
  describeFilters,
  describeSort,
  filterRows,
  gridQuery,
  indexRows,
  isFiltered,
  nextSort,
  noFilters,
  orderRows,
  parseGridState,
  peopleInPlan,
  rowKey,
  reviewsShown,
  RowFilter,
  showingText,
  singleFilters,
  toggleCollapsed,
  type FilterResult,
  type FilterVocabulary,
  type GridFilters,
  type GridSort,
  type GridViewState,
  type LevelChoice,
  type ReviewColumns,
  type SortKey,
  type ViewRow,
} from '../domain/grid-view';
import { dashboardPath, gridPath, itemPath, reportPath } from '../domain/routes';

// A navigation away while the grid loads must not let the old request draw over the new page.
let pending: AbortController | null = null;
// The grid on screen, so that Back, Forward or a link to the same plan with another query only changes the view.
let shown: { planId: number; root: HTMLElement; show: (state: GridViewState) => void; print: () => void } | null = null;

// Paper gets every row whole, whatever the background filling has reached (one listener for whichever grid is shown).
window.addEventListener('beforeprint', () => {
  if (shown && document.contains(shown.root)) shown.print();
});

export function showGridPage(main: HTMLElement, planId: number): void {
  if (shown && shown.planId === planId && main.contains(shown.root)) {
    shown.show(parseGridState(location.search));
    return;
  }
  shown = null;
  pending?.abort();
  const controller = new AbortController();
  pending = controller;

  document.title = `Action plan – ${serviceName}`;
  const heading = pageHeading('Action plan');
  const back = element('p', 'back');
  back.append(link('/', 'All plans'));
  const view = element('div', 'grid-view');
  view.append(loadingState('Loading the action plan…'));
  main.replaceChildren(back, heading, view);

  getGrid(planId, controller.signal).then(
    (grid) =>
      // A task of its own: reading a large plan's JSON is already one long task, and the browser may draw in between.
      setTimeout(() => {
        if (controller.signal.aborted) return;
        for (const name of ['grid-render', 'grid-ready', 'grid-complete']) performance.clearMeasures(name);
        performance.clearMarks('grid-data');
        performance.mark('grid-data');
        heading.textContent = grid.plan.title;
        document.title = `${grid.plan.title} – ${serviceName}`;
        const page = new GridScreen(grid, planId);
        view.replaceChildren(...page.nodes);
        page.show(parseGridState(location.search));
        shown = { planId, root: view, show: (state) => page.show(state), print: () => page.fillAll() };
        // grid-render: from the data to every row in the document with the first screenful filled; grid-ready: to the
        // first frame drawn after it, when the page can be used; grid-complete: every row filled. bench/web reads them.
        performance.measure('grid-render', 'grid-data');
        afterNextFrame(() => performance.measure('grid-ready', 'grid-data'));
      }, 0),
    (error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 404) {
        heading.textContent = 'No such plan';
        document.title = `No such plan – ${serviceName}`;
      }
      view.replaceChildren(
        failedState(error, 'the action plan', location.pathname + location.search, 'There is no plan at this address. It may have been deleted, or the link may be wrong.'),
      );
    },
  );
}

// Idle callbacks where the browser has them (Safari only lately), a timer otherwise; the timeout keeps a busy page
// filling its rows all the same.
function whenIdle(run: (deadline?: IdleDeadline) => void): number {
  return typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 100 }) : window.setTimeout(run, 16);
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}

/** Runs `then` once the browser has drawn the next frame (a timer queued from requestAnimationFrame fires after it). */
function afterNextFrame(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

/** One loaded grid on screen: its rows, the filter form, and the state they show. */
class GridScreen {
  readonly nodes: HTMLElement[];
  private readonly rows: ViewRow[];
  private readonly current: Review | null;
  private readonly currentIndex: number;
  private readonly words: FilterVocabulary;
  private readonly rowElements: HTMLTableRowElement[] = [];
  private readonly bodies: HTMLTableSectionElement[] = [];
  private readonly toggles = new Map<string, HTMLButtonElement>();
  private readonly contextNotes = new Map<number, HTMLElement>();
  private readonly sortHeaders = new Map<SortKey, HTMLTableCellElement>();
  private state: GridViewState = defaultState();
  private filterResult: FilterResult | null = null;
  private filtersShown: GridFilters | null = null;
  private sortShown: GridSort | null = null;
  private rowHidden: Uint8Array;
  private rowContext: Uint8Array;
  private readonly filled: Uint8Array;
  private readonly indexByKey: Map<string, number>;
  /** Row indexes in the order shown. */
  private order: number[];
  private fillTimer: number | null = null;
  private complete = false;
  private readonly hasPriorities: boolean;
  private readonly rowContextTemplates: RowContext;
  private table: HTMLTableElement | null = null;
  private region: HTMLElement | null = null;
  private form: HTMLFormElement | null = null;
  private filterDetails: HTMLDetailsElement | null = null;
  private readonly count = element('p', 'grid-count');
  private readonly activeFilters = element('p', 'grid-active-filters');
  private readonly sortStatus = element('p', 'visually-hidden');
  private readonly noMatch = element('div', 'grid-no-match');

  constructor(
    private readonly grid: Grid,
    private readonly planId: number,
  ) {
    this.rows = indexRows(grid.items);
    this.rowHidden = new Uint8Array(this.rows.length);
    this.rowContext = new Uint8Array(this.rows.length);
    this.filled = new Uint8Array(this.rows.length);
    this.indexByKey = new Map(this.rows.map((row, i) => [row.key, i]));
    this.order = this.rows.map((_, i) => i);
    this.hasPriorities = grid.items.some((i) => i.kind === 'priority');
    this.rowContextTemplates = new RowContext(grid);
    this.currentIndex = grid.reviews.findIndex((r) => r.id === grid.currentReviewId);
    this.current = grid.reviews[this.currentIndex] ?? null;
    this.words = {
      levels: grid.scale.levels,
      people: peopleInPlan(this.rows),
      priorities: this.rows.filter((r) => r.item.kind === 'priority').map((r) => ({ id: r.item.id, number: r.item.number, text: r.item.text })),
      currentReviewLabel: this.current?.label ?? null,
    };
    this.nodes = this.build();
  }

  private build(): HTMLElement[] {
    const { grid, current } = this;
    const summary = paragraph(
      current
        ? `Current review: ${current.label} (${current.status === 'open' ? 'open' : 'closed'}), ${current.reviewDate ? `dated ${formatDate(current.reviewDate)}` : 'no date'}. ` +
            `Deadlines judged on ${formatDate(grid.today)}.`
        : `No reviews yet. Deadlines judged on ${formatDate(grid.today)}.`,
      'grid-summary',
    );
    const scale = paragraph(`Scored on “${grid.scale.name}” (${scaleDirectionWords(grid.scale.higherIsBetter)}).`, 'hint');
    const elsewhere = element('ul', 'grid-links');
    for (const [href, text] of [
      [dashboardPath(this.planId), 'Board dashboard'],
      [reportPath(this.planId), 'Scrutiny report (print view)'],
    ] as const) {
      const li = element('li');
      li.append(link(href, text));
      elsewhere.append(li);
    }
    if (this.rows.length === 0) {
      return [
        summary,
        scale,
        elsewhere,
        emptyState('This plan has no items yet.', 'Priorities, recommendations, actions and success measures appear here once they have been added.'),
      ];
    }

    // Screen readers hear the count after each change; the sort order has its own region so each is said once.
    this.count.setAttribute('role', 'status');
    this.sortStatus.setAttribute('role', 'status');
    this.noMatch.hidden = true;
    const toolbar = element('div', 'grid-toolbar');
    const buttons = element('div', 'grid-toolbar__buttons');
    buttons.append(
      this.button('Expand all', () => this.change({ ...this.state, collapsed: [] }, 'replace')),
      this.button('Collapse all', () => this.change({ ...this.state, collapsed: this.rows.filter((r) => r.children.length > 0).map((r) => r.key) }, 'replace')),
      this.button('Print this view', () => window.print()),
    );
    toolbar.append(this.count, buttons);
    return [summary, scale, elsewhere, this.filterForm(), toolbar, this.activeFilters, this.sortStatus, this.noMatch, this.gridTable()];
  }

  private button(text: string, onClick: () => void): HTMLButtonElement {
    const button = element('button', 'button button--secondary', text);
    button.type = 'button';
    button.addEventListener('click', onClick);
    return button;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The filter form: a real form, its groups in fieldsets with legends, applied as soon as a control changes.

  private filterForm(): HTMLFormElement {
    const form = element('form', 'grid-filters');
    form.setAttribute('aria-labelledby', 'grid-filters-title');
    form.noValidate = true;
    const title = element('h2', 'grid-filters__title', 'Filter the items');
    title.id = 'grid-filters-title';
    const groups = element('div', 'grid-filters__groups');

    if (this.current) {
      const levels = this.fieldset(`Score at ${this.current.label}`);
      for (const level of [...this.grid.scale.levels].sort((a, b) => a.value - b.value)) {
        levels.append(this.checkbox('level', String(level.value), levelTag(this.grid.scale.levels, level.value, level.label)));
      }
      levels.append(this.checkbox('level', 'none', 'No score'));
      groups.append(levels);
    }

    const deadline = this.fieldset('Deadline');
    deadline.append(this.checkbox('overdue', '1', 'Overdue'), this.checkbox('dueSoon', '1', 'Due soon'));
    const updates = this.fieldset('Updates');
    updates.append(this.checkbox('stale', '1', 'Stale', 'No score, no update, or the update copied forward from the last review'));
    groups.append(deadline, updates);

    const who = this.fieldset('Who and where');
    who.append(
      this.select('person', 'Person', [['', 'Anyone'], ...this.words.people.map((p): [string, string] => [String(p.id), personText(p)])], 'Leads, responsible officers and owners'),
    );
    if (this.words.priorities.length > 0) {
      who.append(this.select('priority', 'Priority', [['', 'All priorities'], ...this.words.priorities.map((p): [string, string] => [String(p.id), `${p.number ?? 'Unnumbered'}: ${truncate(p.text, 60)}`])]));
    }
    groups.append(who);

    if (this.current) {
      const direction = this.fieldset('Direction of travel');
      direction.append(
        this.select('direction', 'Direction', [
          ['', 'Any'],
          ['declining', 'Declining'],
          ['maintained', 'Maintained'],
          ['improving', 'Improving'],
          ['new', 'New'],
          ['noData', 'No data'],
        ], 'Worked out from the scores'),
        this.select('override', 'Overrides', [
          ['', 'Any item'],
          ['any', 'Overridden by a person'],
          ['contradicts', 'Override contradicts the scores'],
        ]),
      );
      groups.append(direction);
    }

    const columns = this.fieldset('Show');
    const count = this.grid.reviews.length;
    columns.append(
      this.select('reviews', 'Review columns', [
        ['all', `All reviews (${count})`],
        ...(count > 6 ? [['last6', 'Last 6 reviews'] as [string, string]] : []),
        ...(count > 3 ? [['last3', 'Last 3 reviews'] as [string, string]] : []),
        ['current', 'Current review only'],
      ]),
    );
    groups.append(columns);

    const clear = element('button', 'button button--secondary grid-filters__clear', 'Clear filters');
    clear.type = 'button';
    clear.addEventListener('click', () => this.change({ ...this.state, filters: { ...noFilters, levels: [] } }, 'push'));
    // Open, the panel fills most of a laptop's first screen and would push the grid below it, so it starts folded
    // unless the address already filters (show() opens it then); the line under the count says what is filtered.
    const details = element('details', 'grid-filters__details');
    details.append(element('summary', undefined, 'Show or hide the filters'), groups, clear);
    this.filterDetails = details;
    form.append(title, details);

    // Every control applies at once; Enter in the form must not reload the page.
    form.addEventListener('change', () => this.change(this.readForm(), 'push'));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.form = form;
    return form;
  }

  private fieldset(legend: string): HTMLFieldSetElement {
    const fieldset = element('fieldset', 'grid-filters__group');
    fieldset.append(element('legend', 'grid-filters__legend', legend));
    return fieldset;
  }

  private checkbox(name: string, value: string, label: string | HTMLElement, hint?: string): HTMLElement {
    const id = `grid-filter-${name}-${value}`;
    const wrapper = element('div', 'grid-filters__checkbox');
    const input = element('input');
    input.type = 'checkbox';
    input.name = name;
    input.value = value;
    input.id = id;
    const text = element('label', undefined);
    text.htmlFor = id;
    text.append(label);
    wrapper.append(input, text);
    if (hint) {
      const hintText = element('span', 'hint grid-filters__hint', hint);
      hintText.id = `${id}-hint`;
      input.setAttribute('aria-describedby', hintText.id);
      wrapper.append(hintText);
    }
    return wrapper;
  }

  private select(name: string, label: string, options: [string, string][], hint?: string): HTMLElement {
    const id = `grid-filter-${name}`;
    const wrapper = element('div', 'grid-filters__field');
    const text = element('label', 'label', label);
    text.htmlFor = id;
    const select = element('select', 'select');
    select.name = name;
    select.id = id;
    for (const [value, optionText] of options) {
      const option = element('option', undefined, optionText);
      option.value = value;
      select.append(option);
    }
    wrapper.append(text);
    if (hint) {
      const hintText = element('span', 'hint grid-filters__hint', hint);
      hintText.id = `${id}-hint`;
      select.setAttribute('aria-describedby', hintText.id);
      wrapper.append(hintText);
    }
    wrapper.append(select);
    return wrapper;
  }

  /** The state the form's controls describe, with the sort and folded rows as they are. */
  private readForm(): GridViewState {
    const data = new FormData(this.form!);
    const query = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string' && value !== '') query.append(name, value);
    const read = parseGridState(`?${query.toString()}`);
    return { ...this.state, filters: read.filters, reviews: read.reviews };
  }

  /** Sets the form's controls to a state (after Back, or a link that opened the page filtered). */
  private writeForm(state: GridViewState): void {
    if (!this.form) return;
    const f = state.filters;
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      if (input.name === 'level') input.checked = f.levels.includes(input.value === 'none' ? 'none' : (Number(input.value) as LevelChoice));
      else input.checked = Boolean(f[input.name as 'overdue' | 'dueSoon' | 'stale']);
    }
    const set = (name: string, value: string) => {
      const select = this.form!.elements.namedItem(name);
      if (!(select instanceof HTMLSelectElement)) return;
      select.value = value;
      // A link naming someone not in this plan: say so in the list rather than silently showing "Anyone".
      if (select.value !== value) {
        const option = element('option', undefined, name === 'person' ? `Unknown person (${value})` : `Unknown (${value})`);
        option.value = value;
        select.append(option);
        select.value = value;
      }
    };
    set('person', f.person === null ? '' : String(f.person));
    set('priority', f.priority === null ? '' : String(f.priority));
    set('direction', f.direction ?? '');
    set('override', f.override ?? '');
    set('reviews', state.reviews);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The table. Every row exists from the start as an empty shell (a tr), so filters, sorting and folding always act on
  // the whole plan; a row's cells are filled in when it is first needed: the rows on screen at once, the rest in short
  // slices of background work (fillSoon), so a plan of 1,000 rows is usable in a fraction of a second and the page
  // never stops answering for long. Rows are laid out as CSS grid rows with content-visibility: auto (grid.css), so
  // the browser skips style and layout for the rows out of view; the table keeps its markup and explicit roles.

  private gridTable(): HTMLElement {
    const { grid } = this;
    const table = element('table', 'table grid');
    table.setAttribute('role', 'table');
    const caption = element('caption', 'grid__caption', `${grid.plan.title}: every item with its scores in each review`);
    caption.id = 'grid-caption';
    table.setAttribute('aria-labelledby', caption.id);
    table.append(caption);

    const headRow = element('tr');
    headRow.setAttribute('role', 'row');
    headRow.append(this.columnHeader('Reference', 'reference'), this.columnHeader('Item'), this.columnHeader('Lead', 'lead'));
    grid.reviews.forEach((review, index) => {
      const isCurrent = review.id === this.current?.id;
      const th = this.columnHeader(review.label, isCurrent ? 'score' : undefined);
      th.classList.add('grid__review', ...ageClasses(index, this.currentIndex));
      const content = th.querySelector('button') ?? th;
      content.append(element('span', 'grid__review-date', reviewDateText(review.reviewDate)));
      if (isCurrent) content.append(element('span', 'grid__current', 'Current'));
      headRow.append(th);
    });
    headRow.append(this.columnHeader('Direction of travel', 'direction'), this.columnHeader('Deadline', 'deadline'), this.columnHeader('Owners'), this.columnHeader('Latest update'));
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
      tr.id = rowId(row.key);
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
    table.addEventListener('click', (event) => this.onTableClick(event));
    this.table = table;
    this.setColumns(grid.reviews.length);

    // A wide table scrolls inside its own region (WCAG 1.4.10 reflow at 320px), focusable so keyboards can scroll it;
    // the region also bounds the sticky header and first column.
    const region = element('div', 'table-scroll grid-scroll');
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', 'Action plan grid, scrolls sideways');
    region.tabIndex = 0;
    region.append(table);
    this.region = region;
    return region;
  }

  /** The grid rows' columns: fixed minimums that share out the spare width, with one column per review shown. */
  private setColumns(reviews: number): void {
    const review = 'minmax(7.5rem, 1fr) '.repeat(reviews);
    const columns = `var(--grid-reference-column, minmax(8rem, 0.8fr)) minmax(14rem, 2fr) minmax(8rem, 1fr) ${review}minmax(9.5rem, 1fr) minmax(7rem, 1fr) minmax(8rem, 1fr) minmax(14rem, 2fr)`;
    // CSSOM custom properties, which the Content-Security-Policy allows (it refuses style attributes in markup).
    this.table!.style.setProperty('--grid-columns', columns);
    this.table!.style.setProperty('--grid-min-width', `${68 + 7.5 * reviews}rem`);
  }

  private columnHeader(text: string, sort?: SortKey): HTMLTableCellElement {
    const th = element('th', 'table__header');
    th.scope = 'col';
    th.setAttribute('role', 'columnheader');
    if (!sort) {
      th.textContent = text;
      return th;
    }
    // A sortable column's heading is a button inside the th, which carries aria-sort (as the MOJ sortable table does).
    th.setAttribute('aria-sort', 'none');
    const button = element('button', 'grid__sort', text);
    button.type = 'button';
    button.dataset.sort = sort;
    // The label says what the button sorts even where the heading is a review's name.
    if (sort === 'score') button.setAttribute('aria-describedby', 'grid-sort-score-hint');
    const mark = element('span', 'grid__sort-mark', '⇅');
    mark.setAttribute('aria-hidden', 'true');
    button.append(mark);
    th.append(button);
    if (sort === 'score') {
      const hint = element('span', 'visually-hidden', 'Sorts by the score at the current review');
      hint.id = 'grid-sort-score-hint';
      th.append(hint);
    }
    this.sortHeaders.set(sort, th);
    return th;
  }

  /** Fills row `i`'s cells, once. */
  private fillRow(i: number): void {
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
   * window (a row with its scores is rarely under 100px tall); the rest follow while the browser is idle (fillSoon),
   * well before anyone can scroll to them. Each row filled here costs a few milliseconds before the first frame.
   */
  private fillTop(): void {
    // The window's height, not the region's: reading a size would make the browser lay the page out here and again.
    const count = Math.max(6, Math.ceil(window.innerHeight / 100));
    let shown = 0;
    for (const i of this.order) {
      if (this.rowHidden[i]) continue;
      this.fillRow(i);
      if (++shown >= count) break;
    }
  }

  /** Fills every row still empty, now (before printing). */
  fillAll(): void {
    if (!this.table) return;
    for (let i = 0; i < this.rows.length; i++) this.fillRow(i);
    this.finishFilling();
  }

  /**
   * Fills the remaining rows while the browser is idle (after each frame is drawn), in slices of a few milliseconds,
   * rows that are shown first, in the order shown, so scrolling, typing and clicking are never held up for long.
   */
  private fillSoon(): void {
    if (this.fillTimer !== null || this.complete) return;
    const slice = (deadline?: IdleDeadline) => {
      this.fillTimer = null;
      const until = performance.now() + Math.min(12, Math.max(4, deadline?.timeRemaining() ?? 8));
      for (const pass of [0, 1]) {
        for (const i of this.order) {
          if (this.filled[i] || (pass === 0 && this.rowHidden[i])) continue;
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
    this.table!.dataset.complete = 'true';
    // grid-complete: from the data to every row's cells filled (bench/web).
    if (performance.getEntriesByName('grid-data').length > 0) performance.measure('grid-complete', 'grid-data');
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
    if (row.children.length > 0) inner.append(this.toggle(row));
    // The whole heading links to the priority's page: a link of "Priority 1" alone would split the heading's name.
    inner.append(link(itemPath(this.planId, 'priority', item.id), `${itemTitle(item)}: ${item.text}`, 'grid__ref-link grid__group-text'));
    const badge = deadlineBadge(item.deadlineStatus);
    if (badge) inner.append(' ', element('strong', `tag tag--${badge.kind}`, badge.text));
    th.append(inner);
    return th;
  }

  private toggle(row: ViewRow): HTMLButtonElement {
    const button = element('button', 'grid__toggle');
    button.type = 'button';
    button.dataset.toggle = row.key;
    button.setAttribute('aria-expanded', this.state.collapsed.includes(row.key) ? 'false' : 'true');
    button.setAttribute('aria-controls', row.children.map((c) => rowId(this.rows[c]!.key)).join(' '));
    const arrow = element('span', 'grid__toggle-arrow', '▾');
    arrow.setAttribute('aria-hidden', 'true');
    // The name says what the button shows or hides; aria-expanded says which it is now.
    button.append(arrow, element('span', 'visually-hidden', childrenName(row, this.rows)));
    this.toggles.set(row.key, button);
    return button;
  }

  private itemCells(row: ViewRow): HTMLTableCellElement[] {
    const { item } = row;
    const context = this.rowContextTemplates;
    const reference = element('th', 'grid__reference');
    reference.scope = 'row';
    reference.setAttribute('role', 'rowheader');
    reference.append(link(itemPath(this.planId, item.kind, item.id), displayReference(item), 'grid__ref-link'));

    const text = cell('grid__text');
    if (row.children.length > 0) text.append(this.toggle(row));
    text.append(element('span', 'grid__kind', kindLabels[item.kind] ?? item.kind), element('span', 'grid__item-text', item.text));

    const cells = [reference, text, peopleCell(item.leads.length > 0 ? item.leads : (item.inheritedLeads?.people ?? []), true)];
    const byReview = item.isScored ? new Map<number, GridScore>(item.scores.map((s) => [s.reviewId, s])) : null;
    this.grid.reviews.forEach((review, index) => {
      const score = cell(context.scoreClass[index]!);
      if (byReview) {
        const found = byReview.get(review.id);
        score.append(context.tag(found?.level ?? null, found?.label));
      }
      cells.push(score);
    });
    cells.push(directionCell(item), deadlineCell(item), peopleCell(item.owners, false), updateCell(item));
    return cells;
  }

  private onTableClick(event: MouseEvent): void {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button.dataset.sort) {
      this.change({ ...this.state, sort: nextSort(this.state.sort, button.dataset.sort as SortKey) }, 'push');
    } else if (button.dataset.toggle) {
      // Folding rows is a reading aid, not a view worth a history entry each time: it replaces the address.
      this.change({ ...this.state, collapsed: toggleCollapsed(this.state.collapsed, button.dataset.toggle) }, 'replace');
    } else if (button.dataset.more) {
      this.showFullUpdate(button, button.dataset.more);
    }
  }

  /** Shows or hides an update's whole text under its "Full update" button, made the first time it is asked for. */
  private showFullUpdate(button: HTMLButtonElement, key: string): void {
    let text = button.nextElementSibling instanceof HTMLParagraphElement ? button.nextElementSibling : null;
    if (!text) {
      const narrative = this.rows[this.indexByKey.get(key) ?? -1]?.item.latestUpdate?.narrative;
      if (!narrative) return;
      text = paragraph(narrative, 'grid__full-update');
      text.id = `grid-update-${key}`;
      text.hidden = true;
      button.after(text);
      button.setAttribute('aria-controls', text.id);
    }
    text.hidden = !text.hidden;
    button.setAttribute('aria-expanded', String(!text.hidden));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Showing a state.

  /** Shows `state` and records it in the address: a new history entry ("push"), or in place of the current one. */
  private change(state: GridViewState, history: 'push' | 'replace'): void {
    // grid-update: from the person's action to the rows in place; grid-update-ready: to the next frame drawn (bench/web).
    performance.mark('grid-update-start');
    this.show(state);
    performance.measure('grid-update', 'grid-update-start');
    afterNextFrame(() => performance.measure('grid-update-ready', 'grid-update-start'));
    const url = gridPath(this.planId) + gridQuery(state);
    if (url === location.pathname + location.search) return;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  /** Brings the screen to `state`, touching only what changed. */
  show(state: GridViewState): void {
    const previous = this.state;
    this.state = state;
    this.writeForm(state);
    // A link or Back that brings filters opens the panel, so the checked boxes are there to see and change.
    if (this.filterDetails && isFiltered(state.filters)) this.filterDetails.open = true;
    if (!this.table) return;

    const filtersChanged = !this.filterResult || !sameFilters(this.filtersShown, state.filters);
    if (filtersChanged) {
      this.filterResult = filterRows(this.rows, state.filters, this.current?.id ?? null);
      this.filtersShown = state.filters;
    }
    if (!sameSort(this.sortShown, state.sort)) this.applySort(state.sort);
    this.applyVisibility(state.collapsed);
    this.fillTop();
    this.fillSoon();
    if (filtersChanged) this.showCounts(state.filters);
    const reviewsChanged = previous.reviews !== state.reviews || !this.table.dataset.reviews;
    if (reviewsChanged) this.applyReviews(state.reviews);
    if (filtersChanged || reviewsChanged) this.describeView(state);
  }

  private applySort(sort: GridSort | null): void {
    const announce = this.sortShown !== null || sort !== null;
    this.sortShown = sort;
    for (const [key, th] of this.sortHeaders) {
      const on = sort?.key === key;
      th.setAttribute('aria-sort', on ? (sort.descending ? 'descending' : 'ascending') : 'none');
      const mark = th.querySelector('.grid__sort-mark');
      if (mark) mark.textContent = on ? (sort.descending ? '▼' : '▲') : '⇅';
    }
    const order = orderRows(this.rows, sort, this.current?.id ?? null);
    this.order = order;
    // Each group's rows in the new order, and the groups in the order of their first rows. Each group is then set in
    // one call, which the browser handles far faster than a thousand single moves.
    const groups = new Map<HTMLTableSectionElement, HTMLTableRowElement[]>();
    for (const i of order) {
      const body = this.bodies[i]!;
      let rows = groups.get(body);
      if (!rows) groups.set(body, (rows = []));
      rows.push(this.rowElements[i]!);
    }
    const table = this.table!;
    const bodies = [...groups.keys()];
    if (bodies.some((body, n) => table.tBodies[n] !== body)) table.append(...bodies);
    for (const [body, rows] of groups) {
      if (rows.some((row, n) => body.children[n] !== row)) body.replaceChildren(...rows);
    }
    if (announce) this.sortStatus.textContent = describeSort(sort);
  }

  private applyVisibility(collapsed: readonly string[]): void {
    const folded = new Set(collapsed);
    const status = this.filterResult!.status;
    const hiddenBelow = new Uint8Array(this.rows.length);
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i]!;
      const parent = row.parent;
      hiddenBelow[i] = parent >= 0 && (hiddenBelow[parent] || folded.has(this.rows[parent]!.key)) ? 1 : 0;
      const hidden = status[i] === RowFilter.Hidden || hiddenBelow[i] ? 1 : 0;
      if (hidden !== this.rowHidden[i]) {
        this.rowElements[i]!.hidden = hidden === 1;
        this.rowHidden[i] = hidden;
      }
      const context = status[i] === RowFilter.Context ? 1 : 0;
      if (context !== this.rowContext[i]) this.markContext(i, context === 1);
    }
    for (const [key, button] of this.toggles) {
      const expanded = folded.has(key) ? 'false' : 'true';
      if (button.getAttribute('aria-expanded') !== expanded) button.setAttribute('aria-expanded', expanded);
    }
  }

  /** A row kept only so that a match below it keeps its place: dimmed, and said in words. */
  private markContext(i: number, on: boolean): void {
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

  private showCounts(filters: GridFilters): void {
    const result = this.filterResult!;
    const filtered = isFiltered(filters);
    this.count.textContent = showingText(filtered ? result : { ...result, matched: result.total, context: 0 });
    const described = describeFilters(filters, this.words);

    const empty = filtered && result.matched === 0;
    this.region!.hidden = empty;
    this.noMatch.hidden = !empty;
    if (!empty) {
      this.noMatch.replaceChildren();
      return;
    }
    // Say which filters left nothing: each one on its own, so the person knows which to loosen.
    const counts = singleFilters(filters).map((single) => ({
      name: single.name,
      matched: filterRows(this.rows, single.filters, this.current?.id ?? null).matched,
    }));
    const clearHref = gridPath(this.planId) + gridQuery({ ...this.state, filters: { ...noFilters, levels: [] } });
    const none = counts.filter((c) => c.matched === 0);
    const box = emptyState(
      'No items match these filters.',
      none.length > 0
        ? `Nothing matches ${none.map((c) => quoted(described, c.name)).join(' or ')} on ${none.length === 1 ? 'its' : 'their'} own.`
        : 'Each filter matches some items on its own, but no item matches all of them together.',
      { href: clearHref, text: 'Clear filters and show every item' },
    );
    const list = element('ul', 'grid-no-match__list');
    for (const c of counts) {
      list.append(element('li', undefined, `${described.find((d) => d.name === c.name)?.text ?? c.name}: ${c.matched} ${c.matched === 1 ? 'item' : 'items'} on its own`));
    }
    box.insertBefore(list, box.lastElementChild);
    this.noMatch.replaceChildren(box);
  }

  private applyReviews(choice: ReviewColumns): void {
    const table = this.table!;
    table.dataset.reviews = choice;
    table.classList.remove('grid--last6', 'grid--last3', 'grid--current');
    if (choice !== 'all') table.classList.add(`grid--${choice}`);
    this.setColumns(reviewsShown(this.grid.reviews.length, this.currentIndex, choice).size);
  }

  /** The filters and review columns in words: on screen under the count, and the line that says on paper what was left out. */
  private describeView(state: GridViewState): void {
    const described = describeFilters(state.filters, this.words);
    const parts = [isFiltered(state.filters) ? `Filtered by: ${described.map((d) => d.text).join('; ')}.` : 'Not filtered: every item is shown.'];
    const reviews = this.grid.reviews;
    if (state.reviews !== 'all' && reviews.length > 0) {
      const indexes = [...reviewsShown(reviews.length, this.currentIndex, state.reviews)];
      const first = reviews[indexes[0] ?? 0]!.label;
      const last = reviews[indexes[indexes.length - 1] ?? 0]!.label;
      parts.push(`Review columns: ${indexes.length === 1 ? first : `${first} to ${last}`} (${indexes.length} of ${reviews.length}).`);
    }
    this.activeFilters.textContent = parts.join(' ');
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
    this.scoreClass = grid.reviews.map((_, i) => ['grid__score', ...ageClasses(i, current)].join(' '));
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
        tag = element('strong', `tag level-tag grid-tag ${className}`);
        tag.append(element('b', 'level-tag__value', String(level)), ` ${label ?? known.label}`);
      } else {
        tag = levelTag(this.grid.scale.levels, level, label);
      }
      this.tags.set(key, tag);
    }
    return tag.cloneNode(true);
  }
}

const levelRules = new Set<string>();

/**
 * The class that colours and shapes one level's tags, its rule added to the app's stylesheet once; null when no
 * stylesheet can take it or the colour is not a plain one (the tag then falls back to components/level-tag.ts).
 */
function levelClass(scaleId: number, level: GridLevel, shape: string): string | null {
  const colour = (level.colour ?? '').trim();
  // Only colours that cannot carry anything else into a rule: #rgb, #rrggbb, or a colour's name.
  if (!/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour) && !/^[a-z]{3,20}$/i.test(colour)) return null;
  const name = `grid-level-${scaleId}-${level.value}-${colour.replace('#', '').toLowerCase()}`;
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
    sheet.insertRule(`.${name} { background-color: ${colour}; color: ${textColourOn(colour)}; }`, sheet.cssRules.length);
    // The shape is for the eye only: the empty alternative text after the slash keeps it out of what is read aloud.
    sheet.insertRule(`.${name}::before { content: "${shape}" / ""; }`, sheet.cssRules.length);
  } catch {
    return null;
  }
  levelRules.add(name);
  return name;
}

/** A review column's distance back from the current review, as classes the "last 3 / last 6 / current" choices hide by. */
function ageClasses(index: number, currentIndex: number): string[] {
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

function rowClass(row: ViewRow, hasPriorities: boolean): string {
  // Priorities are group headings, so the first indented level is whatever sits under them.
  const level = Math.min(Math.max(hasPriorities ? row.depth - 1 : row.depth, 0), 3);
  return `grid__row grid__row--${row.item.kind} grid__row--depth-${level}`;
}

function rowId(key: string): string {
  return `grid-row-${key}`;
}

const plurals: Record<string, [string, string]> = {
  recommendation: ['recommendation', 'recommendations'],
  action: ['action', 'actions'],
  measure: ['success measure', 'success measures'],
  priority: ['priority', 'priorities'],
};

/** "2 success measures under 1 / 1.1": what a row's disclosure button shows or hides. */
function childrenName(row: ViewRow, rows: readonly ViewRow[]): string {
  const kinds = new Set(row.children.map((c) => rows[c]!.item.kind));
  const n = row.children.length;
  const noun = kinds.size === 1 ? plurals[[...kinds][0]!]![n === 1 ? 0 : 1] : n === 1 ? 'item' : 'items';
  const where = row.item.kind === 'priority' ? itemTitle(row.item).toLowerCase() : displayReference(row.item);
  return `${n} ${noun} under ${where}`;
}

function personText(person: PersonRef): string {
  return person.name && person.jobTitle ? `${person.name}, ${person.jobTitle}` : person.displayName;
}

function quoted(described: { name: string; text: string }[], name: string): string {
  return `“${described.find((d) => d.name === name)?.text ?? name}”`;
}

function sameFilters(a: GridFilters | null, b: GridFilters): boolean {
  return (
    a !== null &&
    a.levels.join(',') === b.levels.join(',') &&
    a.person === b.person &&
    a.overdue === b.overdue &&
    a.dueSoon === b.dueSoon &&
    a.stale === b.stale &&
    a.priority === b.priority &&
    a.direction === b.direction &&
    a.override === b.override
  );
}

function sameSort(a: GridSort | null, b: GridSort | null): boolean {
  return a === b || (a !== null && b !== null && a.key === b.key && a.descending === b.descending);
}

function peopleCell(people: readonly PersonRef[], withTitles: boolean): HTMLTableCellElement {
  const td = cell('grid__people');
  for (const person of people) {
    const line = element('span', 'grid__person', person.displayName);
    if (withTitles && person.name && person.jobTitle) line.append(element('span', 'hint grid__job', `, ${person.jobTitle}`));
    td.append(line);
  }
  return td;
}

function directionCell(item: GridItem): HTMLTableCellElement {
  const td = cell('grid__direction');
  if (!item.isScored || !item.direction) return td;
  td.append(directionText(item.direction.computed, 'grid__computed'));
  if (item.direction.override) {
    const override = element('span', 'grid__override');
    override.append(element('strong', 'tag tag--override', 'Overridden'), ' ', directionText(item.direction.override, 'grid__override-word'));
    td.append(override);
    if (item.direction.overrideContradicts) td.append(element('strong', 'tag tag--warning', 'Contradicts the scores'));
    if (item.direction.overrideReason) td.append(element('span', 'hint grid__override-reason', `“${truncate(item.direction.overrideReason, 80)}”`));
  }
  return td;
}

function directionText(direction: string, className: string): HTMLElement {
  const { arrow, word } = directionWords(direction);
  const span = element('span', className);
  const mark = element('span', 'grid__arrow', arrow);
  mark.setAttribute('aria-hidden', 'true');
  span.append(mark, ` ${word}`);
  return span;
}

function deadlineCell(item: GridItem): HTMLTableCellElement {
  const td = cell('grid__deadline');
  if (item.deadline?.text) td.append(element('span', 'grid__deadline-text', item.deadline.text));
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
  const short = truncate(update.narrative, 140);
  td.append(element('span', 'grid__narrative', short));
  if (short !== update.narrative.replace(/\s+/g, ' ').trim()) {
    // The whole text is one press away rather than lost to the truncation. A button that adds the text when pressed
    // (GridScreen.showFullUpdate) rather than a details element, which brings a shadow tree and its styles to every row.
    const more = element('button', 'grid__more', 'Full update');
    more.type = 'button';
    more.dataset.more = rowKey(item);
    more.setAttribute('aria-expanded', 'false');
    td.append(more);
  }
  const when = [update.reviewLabel, formatDate(update.narrativeDate), update.updatedBy ? `by ${update.updatedBy}` : ''].filter(Boolean).join(', ');
  td.append(element('span', 'hint grid__update-meta', when));
  return td;
}
