// The action-plan grid: the plan's priorities, recommendations, actions and success measures in one table, with a
// score column per review, direction of travel, deadline, leads, owners and the latest update; filters, sorting within
// each group, rows that fold away, the plan as of an earlier date, and a print layout.
//
// One concern a module, as the MOJ sortable table keeps them: filter-form.ts (the filter panel and the as-of date),
// sort-headers.ts (sortable headings and moving rows), folding.ts (disclosure buttons and hidden rows), rows.ts (the
// table and its cells, filled on demand), print.ts (paper and the as-of banner). Their rules live DOM-free in
// domain/grid-*.ts with their own tests. This module loads the grid and brings the screen to a state.
//
// The rows are built once per load. Filtering, sorting, folding and choosing review columns only hide, move and mark
// rows that exist, and the address carries the state (domain/grid-state.ts), so a board member can send a link to
// "Dana's overdue items, latest deadline first" and Back undoes each change. One listener on the table and one on the
// form serve every row and control (a plan of 1,000 rows would otherwise carry thousands of listeners). A new as-of date
// is the one change that reads the grid again: the API works the figures out as they stood then.

import './grid.css';
import { ApiError, getGrid, type Grid, type Review } from '../../api/client';
import { emptyState, failedState, loadingState } from '../../components/page-states';
import { element, link, pageHeading, paragraph, serviceName } from '../../dom';
import { addresseesInPlan, describeFilters, filterRows, peopleInPlan, RowFilter, showingText, singleFilters, type FilterResult, type FilterVocabulary } from '../../domain/grid-filters';
import { foldableKeys, toggleCollapsed } from '../../domain/grid-folding';
import { openOnReview, reviewSummary, viewWords } from '../../domain/grid-print';
import { indexRows, type ViewRow } from '../../domain/grid-rows';
import { describeSort, nextSort, orderRows, sameSort, type SortVocabulary } from '../../domain/grid-sort';
import { defaultState, gridQuery, isFiltered, noFilters, parseGridState, reviewsShown, sameFilters, type GridFilters, type GridSort, type GridViewState, type ReviewColumns, type SortKey } from '../../domain/grid-state';
import { columnHeadings } from '../../domain/grid-cells';
import { scaleDirectionWords } from '../../domain/levels';
import { dashboardPath, gridPath, planContentsPath, reportPath, reviewsPath, scorecardPath } from '../../domain/routes';
import { gridScoreReview } from '../../domain/board-scoring';
import { getSession, sessionLoaded } from '../../session';
import { FilterForm } from './filter-form';
import { Folding } from './folding';
import { asOfBanner, beforePrinting, printedDateLine } from './print';
import { GridTable } from './rows';
import { markSorted, moveRows } from './sort-headers';

// A navigation away while the grid loads must not let the old request draw over the new page.
let pending: AbortController | null = null;
// The grid on screen, so that Back, Forward or a link to the same plan with another query only changes the view.
let shown: { planId: number; asOf: string | null; root: HTMLElement; screen: GridScreen } | null = null;
// Set when the person changed the as-of date: once the grid is read again, focus returns to the date (not after Back).
let focusDateOnLoad = false;

export function showGridPage(main: HTMLElement, planId: number): void {
  const asked = parseGridState(location.search);
  if (shown && shown.planId === planId && shown.asOf === asked.asOf && main.contains(shown.root)) {
    shown.screen.show(asked);
    return;
  }
  const newDate = focusDateOnLoad;
  focusDateOnLoad = false;
  shown?.screen.stop();
  shown = null;
  beforePrinting(null);
  pending?.abort();
  const controller = new AbortController();
  pending = controller;

  document.title = `Action plan – ${serviceName}`;
  const heading = pageHeading('Action plan');
  const back = element('p', 'back');
  back.append(link('/', 'All plans'));
  const view = element('div', 'grid-view');
  view.append(loadingState(asked.asOf ? 'Loading the action plan as it stood then…' : 'Loading the action plan…'));
  main.replaceChildren(back, heading, view);

  // Drawn once the session is known too: the links offered (the editor, the review page, Score) depend on the role.
  Promise.all([getGrid(planId, controller.signal, asked.asOf), sessionLoaded]).then(
    ([grid]) =>
      // A task of its own: reading a large plan's JSON is already one long task, and the browser may draw in between.
      setTimeout(() => {
        if (controller.signal.aborted) return;
        for (const name of ['grid-render', 'grid-ready', 'grid-complete']) performance.clearMeasures(name);
        performance.clearMarks('grid-data');
        performance.mark('grid-data');
        heading.textContent = grid.plan.title;
        document.title = `${grid.plan.title} – ${serviceName}`;
        const screen = new GridScreen(grid, planId, () => {
          focusDateOnLoad = true;
          showGridPage(main, planId);
        });
        view.replaceChildren(...screen.nodes);
        screen.show(parseGridState(location.search));
        shown = { planId, asOf: grid.asOf, root: view, screen };
        beforePrinting(() => screen.fillAll());
        if (newDate) screen.focusAsOf();
        // grid-render: from the data to every row in the document with the first screenful filled; grid-ready: to the
        // first frame drawn after it, when the page can be used; grid-complete: every row filled. bench/web reads them.
        performance.measure('grid-render', 'grid-data');
        afterNextFrame(() => {
          performance.measure('grid-ready', 'grid-data');
          screen.scrollToOpened();
        });
      }, 0),
    (error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 404) {
        heading.textContent = 'No such plan';
        document.title = `No such plan – ${serviceName}`;
      }
      // A date the API will not judge (outside the years plans are kept for): say so, and offer today's plan.
      if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.some((e) => e.name.toLowerCase() === 'asof')) {
        view.replaceChildren(emptyState('The tracker cannot show the plan as of that date.', error.problem.errors.find((e) => e.name.toLowerCase() === 'asof')?.reason,
          { href: gridPath(planId) + gridQuery({ ...asked, asOf: null }), text: 'Show the plan as it stands today' }));
        return;
      }
      view.replaceChildren(
        failedState(error, 'the action plan', location.pathname + location.search, 'There is no plan at this address. It may have been deleted, or the link may be wrong.'),
      );
    },
  );
}

/** Runs `then` once the browser has drawn the next frame (a timer queued from requestAnimationFrame fires after it). */
function afterNextFrame(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

/** One loaded grid on screen: its rows, the filter form, and the state they show. */
class GridScreen {
  readonly nodes: HTMLElement[];
  private readonly rows: ViewRow[];
  private readonly currentIndex: number;
  /** The review the level filter and the score sort judge: where the grid opened (the latest with scores). */
  private readonly scoreReview: Review | null;
  private readonly words: FilterVocabulary;
  private readonly sortWords: SortVocabulary;
  private readonly folding: Folding;
  private readonly table: GridTable | null = null;
  private readonly filterForm: FilterForm | null = null;
  private state: GridViewState = defaultState();
  private filterResult: FilterResult | null = null;
  private filtersShown: GridFilters | null = null;
  private sortShown: GridSort | null = null;
  private readonly count = element('p', 'grid-count');
  private readonly activeFilters = element('p', 'grid-active-filters');
  private readonly sortStatus = element('p', 'visually-hidden');
  private readonly noMatch = element('div', 'grid-no-match');

  constructor(
    private readonly grid: Grid,
    private readonly planId: number,
    /** Reads the grid again: the address now asks for another as-of date. */
    private readonly reload: () => void,
  ) {
    this.rows = indexRows(grid.items);
    this.currentIndex = grid.reviews.findIndex((r) => r.id === grid.currentReviewId);
    this.scoreReview = openOnReview(grid);
    const current = grid.reviews[this.currentIndex] ?? null;
    this.words = {
      levels: grid.scale.levels,
      people: peopleInPlan(this.rows),
      priorities: this.rows.filter((r) => r.item.kind === 'priority').map((r) => ({ id: r.item.id, number: r.item.number, text: r.item.text })),
      scoreReviewLabel: this.scoreReview?.label ?? null,
    };
    this.sortWords = {
      leadHeading: columnHeadings(grid.plan).lead,
      scoreReviewLabel: this.scoreReview && this.scoreReview.id !== current?.id ? this.scoreReview.label : null,
    };
    this.folding = new Folding(this.rows);
    const intro: HTMLElement[] = [
      paragraph(reviewSummary(grid), 'grid-summary'),
      paragraph(`Scored on “${grid.scale.name}” (${scaleDirectionWords(grid.scale.higherIsBetter)}).`, 'hint'),
    ];
    const banner = asOfBanner(grid, gridPath(planId) + gridQuery({ ...parseGridState(location.search), asOf: null }));
    if (banner) intro.unshift(banner);
    intro.push(printedDateLine(grid));
    const elsewhere = element('ul', 'grid-links');
    for (const [href, text] of [
      [dashboardPath(planId), 'Board dashboard'],
      [scorecardPath(planId), 'Performance scorecard'],
      [reportPath(planId), 'Scrutiny report (print view)'],
    ] as const) {
      const li = element('li');
      li.append(link(href, text));
      elsewhere.append(li);
    }
    const role = getSession()?.role;
    if (role === 'board' || role === 'administrator') {
      const li = element('li');
      li.append(link(reviewsPath(planId), 'Reviews: who has not updated yet'));
      elsewhere.append(li);
    }
    // Administrators build the plan; the API would refuse anyone else, so nobody else is offered the editor.
    const administrator = role === 'administrator';
    if (administrator) {
      const li = element('li');
      li.append(link(planContentsPath(planId), 'Change the plan’s contents'));
      elsewhere.append(li);
    }
    // The filter form is there even for a plan with no items as of an early date, so the date can be changed back.
    this.filterForm = new FilterForm({
      grid,
      words: this.words,
      addressees: addresseesInPlan(this.rows),
      scoreReview: this.scoreReview,
      current: () => this.state,
      onChange: (state) => this.change(state, 'push'),
      onClear: () => this.change({ ...this.state, filters: { ...noFilters, levels: [] } }, 'push'),
    });
    if (this.rows.length === 0) {
      this.nodes = [
        ...intro,
        elsewhere,
        ...(grid.asOf ? [this.filterForm.form] : []),
        administrator && !grid.asOf
          ? emptyState('This plan has no items yet.', 'Priorities, recommendations, actions and success measures appear here once they have been added.', { href: planContentsPath(planId), text: 'Add the plan’s items' })
          : emptyState('This plan has no items yet.', 'Priorities, recommendations, actions and success measures appear here once they have been added.'),
      ];
      return;
    }

    this.table = new GridTable(grid, this.rows, this.folding, {
      planId,
      isCollapsed: (key) => this.state.collapsed.includes(key),
      scoreReview: gridScoreReview(getSession()?.role, grid.reviews, grid.currentReviewId, grid.asOf),
    });
    this.table.table.addEventListener('click', (event) => this.onTableClick(event));
    // Screen readers hear the count after each change; the sort order has its own region so each is said once.
    this.count.setAttribute('role', 'status');
    this.sortStatus.setAttribute('role', 'status');
    this.noMatch.hidden = true;
    const toolbar = element('div', 'grid-toolbar');
    const buttons = element('div', 'grid-toolbar__buttons');
    buttons.append(
      this.button('Expand all', () => this.change({ ...this.state, collapsed: [] }, 'replace')),
      this.button('Collapse all', () => this.change({ ...this.state, collapsed: foldableKeys(this.rows) }, 'replace')),
      this.button('Print this view', () => window.print()),
    );
    toolbar.append(this.count, buttons);
    this.nodes = [...intro, elsewhere, this.filterForm.form, toolbar, this.activeFilters, this.sortStatus, this.noMatch, this.table.region];
  }

  private button(text: string, onClick: () => void): HTMLButtonElement {
    const button = element('button', 'button button--secondary', text);
    button.type = 'button';
    button.addEventListener('click', onClick);
    return button;
  }

  fillAll(): void {
    this.table?.fillAll();
  }

  stop(): void {
    this.table?.stop();
  }

  focusAsOf(): void {
    this.filterForm?.focusAsOf();
  }

  scrollToOpened(): void {
    this.table?.scrollToOpened();
  }

  private onTableClick(event: MouseEvent): void {
    // A row's "Score" link takes the grid's address as it is now, so the score page can bring the person back to it.
    const score = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-score]') : null;
    if (score) score.search = new URLSearchParams({ from: location.pathname + location.search }).toString();
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button.dataset.sort) {
      this.change({ ...this.state, sort: nextSort(this.state.sort, button.dataset.sort as SortKey) }, 'push');
    } else if (button.dataset.toggle) {
      // Folding rows is a reading aid, not a view worth a history entry each time: it replaces the address.
      this.change({ ...this.state, collapsed: toggleCollapsed(this.state.collapsed, button.dataset.toggle) }, 'replace');
    } else if (button.dataset.more) {
      const narrative = this.rows.find((r) => r.key === button.dataset.more)?.item.latestUpdate?.narrative;
      if (narrative) this.table?.showFullUpdate(button, narrative, button.dataset.more);
    }
  }

  /** Shows `state` and records it in the address: a new history entry ("push"), or in place of the current one. */
  private change(state: GridViewState, history: 'push' | 'replace'): void {
    const url = gridPath(this.planId) + gridQuery(state);
    if (state.asOf !== this.grid.asOf) {
      // Another date: the figures must be worked out again by the API.
      if (url !== location.pathname + location.search) window.history.pushState(null, '', url);
      this.reload();
      return;
    }
    // grid-update: from the person's action to the rows in place; grid-update-ready: to the next frame drawn (bench/web).
    performance.mark('grid-update-start');
    this.show(state);
    performance.measure('grid-update', 'grid-update-start');
    afterNextFrame(() => performance.measure('grid-update-ready', 'grid-update-start'));
    if (url === location.pathname + location.search) return;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  /** Brings the screen to `state`, touching only what changed. */
  show(state: GridViewState): void {
    const previous = this.state;
    this.state = state;
    this.filterForm?.write(state);
    const table = this.table;
    if (!table) return;

    const filtersChanged = !this.filterResult || !sameFilters(this.filtersShown, state.filters);
    if (filtersChanged) {
      this.filterResult = filterRows(this.rows, state.filters, this.scoreReview?.id ?? null);
      this.filtersShown = state.filters;
    }
    if (!sameSort(this.sortShown, state.sort)) this.applySort(state.sort);
    this.applyVisibility(state.collapsed);
    table.fillTop();
    table.fillSoon();
    if (filtersChanged) this.showCounts(state.filters);
    const reviewsChanged = previous.reviews !== state.reviews || !table.table.dataset.reviews;
    if (reviewsChanged) this.applyReviews(state.reviews);
    if (filtersChanged || reviewsChanged) this.activeFilters.textContent = viewWords(state, describeFilters(state.filters, this.words), this.grid.reviews, this.currentIndex);
  }

  private applySort(sort: GridSort | null): void {
    const table = this.table!;
    const announce = this.sortShown !== null || sort !== null;
    this.sortShown = sort;
    markSorted(table.sortHeaders, sort);
    table.order = orderRows(this.rows, sort, this.scoreReview?.id ?? null);
    moveRows(table.table, table.bodies, table.rowElements, table.order);
    if (announce) this.sortStatus.textContent = describeSort(sort, this.sortWords);
  }

  private applyVisibility(collapsed: readonly string[]): void {
    const table = this.table!;
    const status = this.filterResult!.status;
    this.folding.apply(table.rowElements, status, collapsed);
    for (let i = 0; i < this.rows.length; i++) {
      const context = status[i] === RowFilter.Context;
      if (context !== table.isContext(i)) table.markContext(i, context);
    }
  }

  private showCounts(filters: GridFilters): void {
    const result = this.filterResult!;
    const filtered = isFiltered(filters);
    this.count.textContent = showingText(filtered ? result : { ...result, matched: result.total, context: 0 });
    const described = describeFilters(filters, this.words);

    const empty = filtered && result.matched === 0;
    this.table!.region.hidden = empty;
    this.noMatch.hidden = !empty;
    if (!empty) {
      this.noMatch.replaceChildren();
      return;
    }
    // Say which filters left nothing: each one on its own, so the person knows which to loosen.
    const counts = singleFilters(filters).map((single) => ({
      name: single.name,
      matched: filterRows(this.rows, single.filters, this.scoreReview?.id ?? null).matched,
    }));
    const clearHref = gridPath(this.planId) + gridQuery({ ...this.state, filters: { ...noFilters, levels: [] } });
    const none = counts.filter((c) => c.matched === 0);
    const quoted = (name: string) => `“${described.find((d) => d.name === name)?.text ?? name}”`;
    const box = emptyState(
      'No items match these filters.',
      none.length > 0
        ? `Nothing matches ${none.map((c) => quoted(c.name)).join(' or ')} on ${none.length === 1 ? 'its' : 'their'} own.`
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
    table.table.dataset.reviews = choice;
    table.table.classList.remove('grid--last6', 'grid--last3', 'grid--current');
    if (choice !== 'all') table.table.classList.add(`grid--${choice}`);
    table.setColumns(reviewsShown(this.grid.reviews.length, this.currentIndex, choice).size);
  }
}
