// The improvement board's dashboard for its monthly meeting: at one review (chosen, in the address), and optionally as
// the plan stood on an earlier date (asOf, in the address), the headline figures and the date they were judged on, the
// averages by priority before and now, how the printed figures square with the scores (printed averages, printed
// directions of travel, overrides, completions printed before the tracker, dates to confirm, addressees, and what the
// printed directions say about a scale whose direction nobody stated), how the levels have moved across every review (a
// chart with its table), and the items someone must explain, each linked to its detail page with who must explain it.

import './dashboard.css';
import '../components/kpi-rag.css';
import { ApiError, getGrid, type Direction, type Grid, type ItemKind, type Review, type StaleReason } from '../api/client';
import { getSummary, type AverageFigure, type Summary, type SummaryIndicators, type SummaryItem } from '../api/summary';
import { chartRegion, levelDistributionChart } from '../components/charts';
import { levelTag } from '../components/level-tag';
import { returnLinks } from '../components/return-links';
import { emptyState, failedState, loadingState } from '../components/page-states';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { figure, judgedOnWords, matchWords, printedDirectionWords, reconciliationSummary } from '../domain/dashboard-checks';
import { averageWords, levelHistory } from '../domain/dashboard-levels';
import { completionNote } from '../domain/grid-cells';
import { asOfYears, validAsOf } from '../domain/grid-state';
import { directionWords, formatDate, inColumnOrder, inheritedFrom, kindLabels, reviewDateText, truncate } from '../domain/grid-rows';
import { findItem } from '../domain/item-find';
import { levelsBestFirst, levelWords, worstLevel } from '../domain/levels';
import { dashboardPath, gridPath, itemPath, printedFiguresPath, reportPath, reviewsPath } from '../domain/routes';
import { isBoard } from '../domain/board-scoring';
import { indicatorFigures, indicatorPath, indicatorsSentence, kpiDirectionWords, ragWords, scorecardPath } from '../domain/scorecard-brief';
import { navigate, revealFragmentTarget } from '../router';
import { getSession, sessionLoaded } from '../session';

let pending: AbortController | null = null;

export function showDashboardPage(main: HTMLElement, url: URL, planId: number): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;

  document.title = `Board dashboard – ${serviceName}`;
  const heading = pageHeading('Board dashboard');
  const back = element('p', 'back');
  back.append(link(gridPath(planId), 'Back to the action plan'));
  const view = element('div', 'dashboard');
  view.append(loadingState('Loading the board’s figures…'));
  main.replaceChildren(back, heading, view);

  const asked = url.searchParams.get('review');
  const reviewId = asked && /^[1-9][0-9]{0,14}$/.test(asked) ? Number(asked) : null;
  const asOf = validAsOf(url.searchParams.get('asOf'));
  const here = location.pathname + location.search;

  Promise.all([
    getGrid(planId, controller.signal, asOf),
    asked === null || reviewId !== null ? getSummary(planId, reviewId, controller.signal, asOf) : Promise.resolve(null),
    // Who is signed in decides whether the monthly return is offered.
    sessionLoaded,
  ]).then(
    ([grid, summary]) => {
      if (controller.signal.aborted) return;
      heading.textContent = `Board dashboard: ${grid.plan.title}`;
      document.title = `Board dashboard – ${grid.plan.title} – ${serviceName}`;
      view.replaceChildren(...dashboardView(grid, summary, asOf));
      // "See the list" (#dashboard-overdue) followed, or a link to it opened: the list exists only now.
      revealFragmentTarget();
    },
    (error: unknown) => {
      if (controller.signal.aborted) return;
      // The review in the address is not one of this plan's: say so, and offer the current one.
      if (error instanceof ApiError && error.status === 404 && error.problem?.errors?.some((e) => e.name === 'reviewId')) {
        view.replaceChildren(emptyState('This plan has no such review.', 'The link may be wrong, or the review may have been deleted.', { href: dashboardPath(planId), text: 'Show the current review' }));
        return;
      }
      // A review held after the date asked for, or a date the API will not judge: say which, and offer a way on.
      const invalid = error instanceof ApiError && error.status === 400 ? error.problem?.errors?.find((e) => e.name === 'reviewId' || e.name.toLowerCase() === 'asof') : undefined;
      if (invalid) {
        view.replaceChildren(invalid.name === 'reviewId'
          ? emptyState('That review was held after the date chosen.', invalid.reason, { href: dashboardPath(planId, null, asOf), text: `Show the latest review held by ${formatDate(asOf)}` })
          : emptyState('The tracker cannot show the figures as of that date.', invalid.reason, { href: dashboardPath(planId, reviewId), text: 'Show the figures as they stand today' }));
        return;
      }
      if (error instanceof ApiError && error.status === 404) heading.textContent = 'No such plan';
      view.replaceChildren(failedState(error, 'the board’s figures', here, 'There is no plan at this address. It may have been deleted, or the link may be wrong.'));
    },
  );
}

function dashboardView(grid: Grid, summary: Summary | null, asOf: string | null): HTMLElement[] {
  const planId = grid.plan.id;
  if (!summary) {
    return [emptyState('This plan has no such review.', 'The link may be wrong.', { href: dashboardPath(planId), text: 'Show the current review' })];
  }
  const banner = asOfBanner(planId, summary);
  if (!summary.review || grid.reviews.length === 0) {
    return [
      ...(asOf ? [chooser(grid, null, asOf)] : []),
      ...(banner ? [banner] : []),
      emptyState(asOf ? `No review had been held by ${formatDate(asOf)}.` : 'This plan has no reviews yet.',
        'The board’s figures appear once the first review has been started and scored.', { href: gridPath(planId), text: 'Go to the action plan' }),
    ];
  }
  const review = summary.review;
  const previous = summary.previousReview;
  // As of a past date nobody can tell which reviews were still open then (PlanAnalysis.cs), so open or closed is not said.
  const state = summary.asOf
    ? (summary.isCurrentReview ? 'the latest held by then' : 'held by then')
    : `${review.status === 'open' ? 'open' : 'closed'}${summary.isCurrentReview ? ', the current review' : ''}`;
  const intro = paragraph(
    `Figures at ${review.label} (${state}), ${review.reviewDate ? `dated ${formatDate(review.reviewDate)}` : 'no date'}` +
      `${previous ? `, compared with ${previous.label}` : ', the plan’s first review'}.`,
    'dashboard__intro',
  );
  const judged = paragraph(judgedOnWords(summary), 'dashboard__judged');
  const links = element('ul', 'dashboard__links');
  for (const [href, text] of [[gridPath(planId), 'The action plan'], [scorecardPath(planId), 'The performance scorecard'], [reportPath(planId, review.id, summary.asOf), `The scrutiny report for ${review.label}`]] as const) {
    const li = element('li');
    li.append(link(href, text));
    links.append(li);
  }
  if (boardOrAdministrator()) {
    const li = element('li');
    li.append(link(reviewsPath(planId), 'Reviews: who has not updated yet, open the next, close one'));
    links.append(li);
  }
  const offline = monthlyReturn(grid, asOf);
  return [
    chooser(grid, review, asOf),
    ...(banner ? [banner] : []),
    intro,
    judged,
    links,
    ...(offline ? [offline] : []),
    headline(grid, summary),
    priorities(summary),
    reconciliation(grid, summary),
    distribution(grid, review),
    lists(grid, summary),
    ...(summary.indicators ? [indicators(planId, summary.indicators)] : []),
  ];
}

/**
 * "Indicators off target or getting worse", beside the items to discuss: the scorecard's counts by RAG and a table of the
 * red, amber and declining indicators (RAG as a word and a shape, direction as a word), each linked to its page, and a
 * link to the whole scorecard. A plan without indicators shows nothing (the API sends no block).
 */
function indicators(planId: number, block: SummaryIndicators): HTMLElement {
  const s = section('Indicators off target or getting worse', 'dashboard-indicators');
  s.classList.add('dashboard__indicators');
  s.append(paragraph(indicatorsSentence(block.total, block.offTargetOrWorse.length, block.asOfLabel), 'dashboard__indicators-summary'));
  const c = block.counts;
  const counts = element('ul', 'dashboard__rag-counts');
  counts.setAttribute('aria-label', 'Indicators by RAG');
  for (const [rag, n] of [['red', c.red], ['amber', c.amber], ['green', c.green], ['no-target', c.noTarget], ['no-value', c.noValue]] as const) {
    const li = element('li');
    li.append(ragTag(rag), ` ${n}`);
    counts.append(li);
  }
  const declining = element('li', undefined, `Getting worse: ${c.declining}`);
  counts.append(declining);
  s.append(counts);
  if (block.offTargetOrWorse.length > 0) {
    const { table: t, body } = table(`Indicators off target or getting worse, figures to ${block.asOfLabel}`,
      ['Indicator', 'Latest', 'Target', 'RAG', 'Since the previous period'], 'dashboard__indicators-table');
    for (const i of block.offTargetOrWorse) {
      const name = link(indicatorPath(planId, i.id), `${i.reference} ${i.name}`);
      const figures = indicatorFigures(i);
      const latest = element('span', undefined, figures.latest);
      if (i.period) latest.append(element('span', 'hint dashboard__note', i.period));
      if (figures.yearToDate) latest.append(element('span', 'hint dashboard__note', figures.yearToDate));
      const d = kpiDirectionWords(i.direction);
      const direction = element('span');
      if (d.arrow) {
        const arrow = element('span', undefined, `${d.arrow} `);
        arrow.setAttribute('aria-hidden', 'true');
        direction.append(arrow);
      }
      direction.append(d.word);
      row(body, name, latest, i.target ?? 'No target', ragTag(i.rag), direction);
    }
    const region = element('div', 'table-scroll');
    region.append(t);
    s.append(region);
  }
  const more = element('p');
  more.append(link(scorecardPath(planId), 'The whole performance scorecard'));
  s.append(more);
  return s;
}

/** RAG as a word beside a shape (hidden from screen readers): never colour alone. */
function ragTag(rag: string): HTMLElement {
  const words = ragWords(rag);
  const tag = element('span', `kpi-rag kpi-rag--${rag}`);
  const shape = element('span', 'kpi-rag__shape', words.shape);
  shape.setAttribute('aria-hidden', 'true');
  tag.append(shape, ` ${words.word}`);
  return tag;
}

/**
 * The monthly return of every item for the open review, for the board and administrators (managers have theirs on My
 * actions). Only for today's plan: as of an earlier date the open review is not known.
 */
/** The board's own pages (the review cycle, the monthly return of every item) are for board members and administrators. */
function boardOrAdministrator(): boolean {
  const role = getSession()?.role;
  return role === 'board' || role === 'administrator';
}

function monthlyReturn(grid: Grid, asOf: string | null): HTMLElement | null {
  const role = getSession()?.role;
  if (asOf || (role !== 'board' && role !== 'administrator')) return null;
  const open = grid.reviews.find((r) => r.id === grid.currentReviewId && r.status === 'open');
  if (!open) return null;
  const box = section(`The monthly return for ${open.label}`, 'dashboard-return');
  box.append(returnLinks({ planId: grid.plan.id, reviewId: open.id, reviewLabel: open.label, mine: false }));
  return box;
}

/** The banner of figures as of an earlier date: which date, that later reviews are left out, and the way back to today. */
function asOfBanner(planId: number, summary: Summary): HTMLElement | null {
  if (!summary.asOf) return null;
  const banner = element('div', 'notice dashboard__as-of');
  banner.setAttribute('role', 'status');
  const back = element('p');
  back.append(link(dashboardPath(planId), 'Show the figures as they stand today'));
  banner.append(
    element('p', 'dashboard__as-of-title', `Figures as they stood on ${formatDate(summary.asOf)}`),
    paragraph('Overdue and due soon are judged on that date, and reviews held after it are left out.'),
    back,
  );
  return banner;
}

/**
 * A GET form: choosing a review, or a date the figures are to be as of, and pressing "Show" changes the address, so
 * Back returns to the view before. Like the grid's, the date is a real labelled date input; as of a date, the reviews
 * offered are those held by then (the grid read for that date).
 */
function chooser(grid: Grid, review: Review | null, asOf: string | null): HTMLElement {
  const form = element('form', 'dashboard__chooser');
  form.method = 'get';
  form.action = dashboardPath(grid.plan.id);
  form.noValidate = true;
  const fields = element('div', 'dashboard__chooser-fields');
  const reviewField = element('div', 'dashboard__chooser-field');
  const label = element('label', 'label', 'Review');
  label.htmlFor = 'dashboard-review';
  const select = element('select', 'select');
  select.id = 'dashboard-review';
  select.name = 'review';
  for (const r of inColumnOrder(grid.reviews).reverse()) {
    const option = element('option', undefined, `${r.label} (${reviewDateText(r.reviewDate)}${r.id === grid.currentReviewId ? (asOf ? ', the latest held then' : ', current') : ''})`);
    option.value = String(r.id);
    option.selected = r.id === review?.id;
    select.append(option);
  }
  reviewField.append(label, select);
  const dateField = element('div', 'dashboard__chooser-field');
  const dateLabel = element('label', 'label', 'Figures as of');
  dateLabel.htmlFor = 'dashboard-as-of';
  const hint = element('span', 'hint dashboard__hint', 'Leave empty for today. An earlier date shows the figures as they stood then.');
  hint.id = 'dashboard-as-of-hint';
  const date = element('input', 'input dashboard__date');
  date.type = 'date';
  date.id = 'dashboard-as-of';
  date.name = 'asOf';
  date.value = asOf ?? '';
  date.min = `${asOfYears.first}-01-01`;
  date.max = `${asOfYears.last}-12-31`;
  date.setAttribute('aria-describedby', hint.id);
  dateField.append(dateLabel, hint, date);
  const button = element('button', 'button button--secondary', 'Show');
  button.type = 'submit';
  fields.append(...(grid.reviews.length > 0 ? [reviewField] : []), dateField);
  const row = element('div', 'dashboard__chooser-row');
  row.append(fields, button);
  form.append(row);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = validAsOf(date.value);
    // A new date starts at the latest review held by then, unless another review was chosen at the same time.
    const keepReview = select.value !== '' && (chosen === asOf || select.value !== String(review?.id ?? ''));
    navigate(dashboardPath(grid.plan.id, keepReview ? Number(select.value) : null, chosen));
  });
  return form;
}

function section(title: string, id: string): HTMLElement {
  const s = element('section', 'dashboard__section');
  const h2 = element('h2', undefined, title);
  h2.id = id;
  s.setAttribute('aria-labelledby', id);
  s.append(h2);
  return s;
}

/** "3.5 → 2.3", read aloud as "3.5 then 2.3". */
function movement(figure: AverageFigure | null): HTMLElement {
  const words = averageWords(figure);
  const span = element('span', 'figure__movement', words.previous);
  const arrow = element('span', undefined, ' → ');
  arrow.setAttribute('aria-hidden', 'true');
  span.append(arrow, element('span', 'visually-hidden', ' then '), words.current);
  return span;
}

function card(title: string, value: Node | string, detail: string, href?: string): HTMLElement {
  const li = element('li', 'figure');
  li.append(element('span', 'figure__title', title));
  const number = element('span', 'figure__value');
  number.append(value);
  li.append(number);
  const p = element('span', 'figure__detail', detail);
  li.append(p);
  if (href) {
    const a = link(href, `See the list`);
    a.className = 'figure__link';
    li.append(a);
  }
  return li;
}

const movementSentence: Record<Direction, string> = {
  improving: 'better than',
  maintained: 'the same as',
  declining: 'worse than',
  new: 'no earlier figure',
  noData: 'no scores',
  changed: 'changed from',
};

function compared(direction: Direction, previous: Review | null): string {
  if (direction === 'new' || direction === 'noData' || !previous) return movementSentence[direction] === 'no scores' ? 'No scores in this review.' : 'No earlier figure to compare with.';
  const { arrow } = directionWords(direction);
  return `${arrow} ${movementSentence[direction][0]!.toUpperCase()}${movementSentence[direction].slice(1)} at ${previous.label}.`;
}

function headline(grid: Grid, summary: Summary): HTMLElement {
  const s = section('Headline figures', 'dashboard-headline');
  const cards = element('ul', 'figures');
  const avg = summary.averages;
  cards.append(card('Average score, over scored items', movement(avg.overItems), compared(avg.overItems.direction, summary.previousReview)));
  if (avg.overPriorities) cards.append(card('Average of the priority figures', movement(avg.overPriorities), compared(avg.overPriorities.direction, summary.previousReview)));
  const worst = worstLevel(grid.scale.levels, grid.scale.higherIsBetter);
  cards.append(
    card('Declining', String(summary.declining.length), summary.previousReview ? `since ${summary.previousReview.label}` : 'no earlier review', '#dashboard-declining'),
    worst
      ? card(`At ${levelWords(worst.value, worst.label)}`, String(summary.atWorstLevel.length), 'the scale’s worst level', '#dashboard-worst')
      : card('At the worst level', 'Not known', 'the scale does not say which end is worse'),
    card('Overdue', String(summary.overdue.length), `${summary.dueSoon.length} more due within 30 days`, '#dashboard-overdue'),
    card('Stale', String(summary.stale.length), 'no score, no update, or the update copied forward', '#dashboard-stale'),
    card('Awaiting sign-off', String(summary.awaitingSignOff.length), 'marked complete, waiting for the board', '#dashboard-sign-off'),
  );
  s.append(cards, paragraph(avg.method, 'hint'));

  const tables = element('div', 'dashboard__pair');
  tables.append(levelCountsTable(grid, summary), directionTable(summary));
  s.append(tables);
  return s;
}

function table(caption: string, columns: readonly string[], className = ''): { table: HTMLTableElement; body: HTMLTableSectionElement } {
  const t = element('table', `table ${className}`.trim());
  t.append(element('caption', 'table__caption', caption));
  const head = element('thead');
  const tr = element('tr');
  for (const c of columns) {
    const th = element('th', undefined, c);
    th.scope = 'col';
    tr.append(th);
  }
  head.append(tr);
  const body = element('tbody');
  t.append(head, body);
  return { table: t, body };
}

function row(body: HTMLTableSectionElement, header: Node | string, ...cells: (Node | string)[]): HTMLTableRowElement {
  const tr = element('tr');
  const th = element('th');
  th.scope = 'row';
  th.append(header);
  tr.append(th);
  for (const c of cells) {
    const td = element('td');
    td.append(c);
    tr.append(td);
  }
  body.append(tr);
  return tr;
}

function levelCountsTable(grid: Grid, summary: Summary): HTMLElement {
  const { table: t, body } = table(`Items at each level in ${summary.review!.label}`, ['Level', 'Items'], 'dashboard__counts');
  for (const level of levelsBestFirst(grid.scale.levels, grid.scale.higherIsBetter)) {
    const count = summary.levelCounts.find((c) => c.value === level.value)?.count ?? 0;
    row(body, levelTag(grid.scale.levels, level.value, level.label), String(count));
  }
  row(body, levelTag(grid.scale.levels, null), String(summary.noScoreCount));
  row(body, 'All scored items', String(summary.scoredItemCount)).classList.add('table__total');
  return t;
}

function directionTable(summary: Summary): HTMLElement {
  const { table: t, body } = table('Direction of travel, worked out from the scores', ['Direction', 'Items'], 'dashboard__counts');
  const shown: readonly Direction[] = summary.scaleDirection.stated ? ['improving', 'maintained', 'declining', 'new', 'noData'] : ['changed', 'maintained', 'new', 'noData'];
  for (const d of shown) {
    const { arrow, word } = directionWords(d);
    const head = element('span');
    const mark = element('span', 'grid__arrow', arrow);
    mark.setAttribute('aria-hidden', 'true');
    head.append(mark, ` ${word}`);
    row(body, head, String(summary.directionCounts[d] ?? 0));
  }
  return t;
}

function priorities(summary: Summary): HTMLElement {
  const s = section('Average by priority', 'dashboard-priorities');
  const list = summary.averages.priorities;
  if (list.length === 0) {
    s.append(paragraph('This plan is not grouped into priorities, so there is one average, above.'));
    return s;
  }
  const before = summary.previousReview?.label ?? 'Previous review';
  const { table: t, body } = table(`Average score of each priority, ${before} and ${summary.review!.label}`, ['Priority', before, summary.review!.label, 'Change']);
  for (const p of list) {
    const words = averageWords(p.figure);
    const { arrow } = directionWords(p.figure.direction);
    const change = element('span');
    if (p.figure.direction !== 'new' && p.figure.direction !== 'noData') {
      const mark = element('span', 'grid__arrow', arrow);
      mark.setAttribute('aria-hidden', 'true');
      change.append(mark, ' ');
    }
    change.append(words.direction);
    row(body, p.number ? `${p.number}. ${p.title}` : p.title, words.previous, words.current, change);
  }
  t.classList.add('dashboard__priorities');
  const region = element('div', 'table-scroll');
  region.append(t);
  s.append(region);
  return s;
}

function distribution(grid: Grid, review: Review): HTMLElement {
  const s = section('Levels in each review', 'dashboard-distribution');
  const history = levelHistory(grid);
  if (history.every((h) => h.total === 0)) {
    s.append(emptyState('This plan has no scored items yet.'));
    return s;
  }
  s.append(paragraph(`How many items sat at each level, review by review; better levels at the top of each bar. ${review.label} is the review shown above.`, 'hint'));
  const best = levelsBestFirst(grid.scale.levels, grid.scale.higherIsBetter);
  const legend = element('ul', 'legend');
  legend.setAttribute('aria-label', 'Key');
  for (const level of best) {
    const li = element('li');
    li.append(levelTag(grid.scale.levels, level.value, level.label));
    legend.append(li);
  }
  const none = element('li');
  const noneTag = levelTag(grid.scale.levels, null);
  noneTag.classList.add('legend__none');
  none.append(noneTag);
  legend.append(none);
  s.append(legend);
  s.append(chartRegion(
    levelDistributionChart({ levels: grid.scale.levels, higherIsBetter: grid.scale.higherIsBetter, history, description: 'Items at each level in each review' }),
    'Levels in each review chart, scrolls sideways',
  ));

  const { table: t, body } = table('The chart’s figures: items at each level in each review', ['Review', ...best.map((l) => levelWords(l.value, l.label)), 'No score', 'Scored items']);
  for (const h of history) {
    const tr = row(body, h.review.label, ...best.map((l) => String(h.counts.get(l.value) ?? 0)), String(h.noScore), String(h.total));
    if (h.review.id === review.id) tr.classList.add('table__row--current');
  }
  const region = element('div', 'table-scroll');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', 'Levels in each review table, scrolls sideways');
  region.tabIndex = 0;
  region.append(t);
  s.append(region);
  return s;
}

const staleWords: Record<StaleReason, string> = {
  noScore: 'no score',
  noUpdate: 'no update',
  updateCopiedForward: 'update copied forward',
};

function lists(grid: Grid, summary: Summary): HTMLElement {
  const s = section('Items to discuss', 'dashboard-lists');
  const review = summary.review!;
  const previous = summary.previousReview;
  const worst = worstLevel(grid.scale.levels, grid.scale.higherIsBetter);
  const worstName = worst ? levelWords(worst.value, worst.label) : null;
  s.append(
    itemList(grid, 'dashboard-declining', previous ? `Declining since ${previous.label}` : 'Declining', summary.declining,
      !summary.scaleDirection.stated ? 'The scale does not say which end is better, so no item can be said to have declined.'
        : previous ? `Good news: no item declined since ${previous.label}.` : `${review.label} is the plan’s first review, so nothing can have declined.`),
    ...(worstName ? [itemList(grid, 'dashboard-worst', `At ${worstName}, the worst level`, summary.atWorstLevel, `Good news: no item is at ${worstName} in ${review.label}.`)] : []),
    itemList(grid, 'dashboard-overdue', 'Overdue', summary.overdue, `No item is overdue on ${formatDate(summary.today)}.`, (item) => deadlineNote(grid, item)),
    itemList(grid, 'dashboard-due-soon', 'Due within 30 days', summary.dueSoon, 'No item is due within 30 days.', (item) => deadlineNote(grid, item)),
    itemList(grid, 'dashboard-stale', 'Stale', summary.stale, `Every item has a fresh score and update in ${review.label}.`,
      (item) => (item.staleReasons.length ? `Stale: ${item.staleReasons.map((r) => staleWords[r] ?? r).join(', ')}` : null)),
    itemList(grid, 'dashboard-sign-off', 'Awaiting the board’s sign-off', summary.awaitingSignOff, `Nothing marked complete in ${review.label} is waiting for sign-off.`),
  );
  return s;
}

/** The deadline as written: the item's own, or the one it takes from the row above (a measure is due when its action is). */
function deadlineNote(grid: Grid, item: SummaryItem): string | null {
  if (item.deadline) return `Deadline: ${item.deadline}`;
  const inherited = findItem(grid.items, item.kind, item.id)?.item.inheritedDeadline;
  return inherited ? `Deadline: ${inherited.deadline.text} (from ${inheritedFrom(inherited)})` : null;
}

function itemList(grid: Grid, id: string, title: string, items: readonly SummaryItem[], empty: string, note?: (item: SummaryItem) => string | null): HTMLElement {
  const s = element('section', 'dashboard__list');
  const h3 = element('h3', undefined, `${title} (${items.length})`);
  h3.id = id;
  h3.tabIndex = -1;
  s.setAttribute('aria-labelledby', id);
  s.append(h3);
  if (items.length === 0) {
    s.append(paragraph(empty, 'dashboard__good-news'));
    return s;
  }
  const { table: t, body } = table(title, ['Reference', 'Item', 'Who must explain', 'Score', 'Latest update'], 'dashboard__items');
  t.querySelector('caption')!.classList.add('visually-hidden');
  for (const item of items) {
    const ref = link(itemPath(grid.plan.id, item.kind, item.id), item.reference);
    ref.setAttribute('aria-label', `${kindLabels[item.kind]} ${item.reference}`);
    const text = element('span');
    text.append(element('span', 'dashboard__kind', kindLabels[item.kind]), element('span', 'dashboard__text', truncate(item.text, 160)));
    const extra = note?.(item);
    if (extra) text.append(element('span', 'hint dashboard__note', extra));
    const update = item.latestUpdate;
    const updateCell = update
      ? `${formatDate(update.narrativeDate) || update.reviewLabel || 'Undated'}${update.narrativeDate && update.reviewLabel ? ` (${update.reviewLabel})` : ''}`
      : 'No update yet';
    row(body, ref, text, item.leads.join(', ') || 'No lead named', levelTag(grid.scale.levels, item.level, item.levelLabel), updateCell);
  }
  const region = element('div', 'table-scroll');
  region.append(t);
  s.append(region);
  return s;
}


/**
 * What the plan's own documents printed, checked against the scores by the API: printed averages, printed directions
 * of travel and overrides that the scores contradict, completions resting on a printed source alone, dates read from
 * deadlines that a person should confirm, the recommendations by addressee, and, for a scale whose direction nobody
 * stated, what the printed directions imply. Every part says so when it has nothing to show.
 */
function reconciliation(grid: Grid, summary: Summary): HTMLElement {
  const s = section('Printed figures and the scores', 'dashboard-reconciliation');
  const review = summary.review!;
  s.append(paragraph(reconciliationSummary(summary), 'dashboard__reconciliation-summary'));
  if (isBoard(getSession()?.role)) {
    const p = element('p');
    p.append(link(printedFiguresPath(grid.plan.id, review.id), `Record or correct the figures printed for ${review.label}`));
    s.append(p);
  }
  if (!summary.scaleDirection.stated) s.append(scaleReading(grid, summary));
  s.append(
    printedAverages(summary),
    itemList(grid, 'dashboard-printed-directions', 'Printed directions of travel that contradict the scores', summary.contradictingPrintedDirections,
      `No direction of travel printed for ${review.label} contradicts the scores.`, (item) => printedDirectionWords(item)),
    itemList(grid, 'dashboard-overrides', 'Direction overrides that contradict the scores', summary.contradictingOverrides, 'No override contradicts the scores.',
      (item) => `Scores say ${directionWords(item.direction ?? 'noData').word.toLowerCase()}; overridden to ${directionWords(item.directionOverride ?? '').word.toLowerCase()}` +
        (item.directionOverrideReason ? `: “${truncate(item.directionOverrideReason, 100)}”` : '')),
    itemList(grid, 'dashboard-complete-as-printed', 'Complete as printed in a source', summary.completeAsPrinted,
      'No item counts as complete on a printed source alone: every completion has been through the board’s sign-off.',
      (item) => completedWhere(grid, item, review.id)),
    deadlinesToConfirm(grid, summary),
    addresseeCounts(summary),
  );
  return s;
}

function subsection(id: string, title: string): HTMLElement {
  const s = element('section', 'dashboard__list');
  const h3 = element('h3', undefined, title);
  h3.id = id;
  h3.tabIndex = -1;
  s.setAttribute('aria-labelledby', id);
  s.append(h3);
  return s;
}

/** What the printed directions of travel say about a scale whose direction nobody wrote down (the API's reading). */
function scaleReading(grid: Grid, summary: Summary): HTMLElement {
  const s = subsection('dashboard-scale-reading', 'Which end of the scale is better');
  s.append(paragraph(`“${grid.scale.name}” does not say which end is better, so the tracker calls a moved score “changed” rather than better or worse, and names no worst level.`));
  const reading = summary.scaleDirection.reading;
  if (!reading) return s;
  s.append(paragraph(reading.explanation, 'dashboard__reading'));
  if (reading.compared > 0) {
    const list = element('ul', 'list');
    list.append(
      element('li', undefined, `${reading.agreeIfHigherIsBetter} of ${reading.compared} fit “higher is better”`),
      element('li', undefined, `${reading.agreeIfLowerIsBetter} of ${reading.compared} fit “lower is better”`),
    );
    s.append(list);
  }
  s.append(paragraph('An administrator can record the scale’s direction once someone who knows the plan has decided it.', 'hint'));
  return s;
}

/** Each average as printed beside the mean over items and over priorities, and which one the council printed. */
function printedAverages(summary: Summary): HTMLElement {
  const checks = summary.reportedAverages;
  const s = subsection('dashboard-printed-averages', `Averages as printed (${checks.length})`);
  if (checks.length === 0) {
    s.append(paragraph(`No average printed for ${summary.review!.label} has been recorded, so there is nothing to check.`, 'dashboard__good-news'));
    return s;
  }
  const { table: t, body } = table(`Averages printed for ${summary.review!.label}, checked against the scores`,
    ['Printed for', 'Printed', 'Mean over scored items', 'Mean of the priority figures', 'Which mean the council printed']);
  for (const check of checks) {
    const scope = element('span');
    scope.append(check.scope);
    if (check.source) scope.append(element('span', 'hint dashboard__note', `In ${check.source}`));
    const printed = element('span');
    printed.append(figure(check.printed));
    if (check.disagrees) printed.append(element('strong', 'tag tag--warning', 'Disagrees with the scores'));
    const which = element('span');
    which.append(element('span', 'dashboard__match', matchWords(check)), element('span', 'hint dashboard__note', check.explanation));
    row(body, scope, printed, figure(check.overItems), check.overPriorities !== null ? figure(check.overPriorities) : check.priorityId === null ? 'None: the plan has no priorities' : 'Not for a single priority', which);
  }
  t.classList.add('dashboard__printed-averages');
  const region = element('div', 'table-scroll');
  region.append(t);
  s.append(region);
  return s;
}

/** "Complete as printed in Board report, November 2016": the document the completion was copied from. */
function completedWhere(grid: Grid, item: SummaryItem, reviewId: number): string {
  const found = findItem(grid.items, item.kind, item.id)?.item;
  // The completion at this review, or the latest earlier one it still rests on.
  const score = found?.scores.find((x) => x.reviewId === reviewId && x.completeAsPrinted) ?? [...(found?.scores ?? [])].reverse().find((x) => x.completeAsPrinted);
  return score ? completionNote(score)?.text ?? 'Complete as printed in the source' : 'Complete as printed in the source';
}

function deadlinesToConfirm(grid: Grid, summary: Summary): HTMLElement {
  const list = summary.deadlinesToConfirm;
  const s = subsection('dashboard-deadlines-to-confirm', `Deadline dates to confirm (${list.length})`);
  if (list.length === 0) {
    s.append(paragraph('Every date read from a deadline reads only one way.', 'dashboard__good-news'));
    return s;
  }
  s.append(paragraph('These dates were read the UK way (day first) or the only way they can be read, but could be meant otherwise. Overdue and due soon use the date read until someone rewrites the deadline.', 'hint'));
  const { table: t, body } = table('Deadline dates to confirm', ['Reference', 'Deadline as written', 'Why to confirm it'], 'dashboard__items');
  t.querySelector('caption')!.classList.add('visually-hidden');
  for (const entry of list) {
    const kind = entry.kind as ItemKind;
    const ref = link(itemPath(grid.plan.id, kind, entry.id), entry.reference || 'unnumbered');
    ref.setAttribute('aria-label', `${kindLabels[kind] ?? entry.kind} ${entry.reference || 'unnumbered'}`);
    const reasons = element('span');
    for (const reason of entry.reasons) reasons.append(element('span', 'dashboard__note', reason));
    row(body, ref, entry.text, reasons);
  }
  const region = element('div', 'table-scroll');
  region.append(t);
  s.append(region);
  return s;
}

function addresseeCounts(summary: Summary): HTMLElement {
  const list = summary.addressees;
  const s = subsection('dashboard-addressees', 'Recommendations by addressee');
  if (list.length === 0) {
    s.append(paragraph('The plan’s recommendations do not say whom the report addressed them to.', 'dashboard__good-news'));
    return s;
  }
  const { table: t, body } = table('Recommendations by the body the report addressed them to', ['Addressed to', 'Recommendations', 'Scored items']);
  for (const entry of list) row(body, entry.addressee === '(none)' ? 'No addressee printed' : entry.addressee, String(entry.recommendations), String(entry.scoredItems));
  s.append(t);
  return s;
}
