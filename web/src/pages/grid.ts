// The action-plan grid (read only): the plan's priorities, recommendations, actions and success measures in one table,
// with a score column per review, direction of travel, deadline, owners and the latest update. Everything the API
// returns goes in as text (textContent), never as markup.

import { ApiError, getGrid, type Grid, type GridItem, type PersonRef, type Review } from '../api/client';
import { levelTag } from '../components/level-tag';
import { emptyState, failedState, loadingState } from '../components/page-states';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { deadlineBadge, directionWords, flattenGrid, formatDate, kindLabels, truncate } from '../domain/grid-rows';

// A navigation away while the grid loads must not let the old request draw over the new page.
let pending: AbortController | null = null;

export function showGridPage(main: HTMLElement, planId: number): void {
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
    (grid) => {
      if (controller.signal.aborted) return;
      heading.textContent = grid.plan.title;
      document.title = `${grid.plan.title} – ${serviceName}`;
      view.replaceChildren(...gridView(grid));
    },
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

function gridView(grid: Grid): HTMLElement[] {
  const current = grid.reviews.find((r) => r.id === grid.currentReviewId) ?? null;
  const summary = paragraph(
    current
      ? `Current review: ${current.label} (${current.status === 'open' ? 'open' : 'closed'}), dated ${formatDate(current.reviewDate)}. ` +
          `Deadlines judged on ${formatDate(grid.today)}.`
      : `No reviews yet. Deadlines judged on ${formatDate(grid.today)}.`,
    'grid-summary',
  );
  const scale = paragraph(`Scored on “${grid.scale.name}” (${grid.scale.higherIsBetter ? 'higher' : 'lower'} is better).`, 'hint');
  if (grid.items.length === 0) {
    return [
      summary,
      scale,
      emptyState('This plan has no items yet.', 'Priorities, recommendations, actions and success measures appear here once they have been added.'),
    ];
  }
  return [summary, scale, gridTable(grid, current)];
}

function gridTable(grid: Grid, current: Review | null): HTMLElement {
  const table = element('table', 'table grid');
  const caption = element('caption', 'grid__caption', `${grid.plan.title}: every item with its scores in each review`);
  table.append(caption);

  const columns = ['Reference', 'Item', 'Lead'];
  const headRow = element('tr');
  for (const name of columns) headRow.append(columnHeader(name));
  for (const review of grid.reviews) {
    const th = columnHeader(review.label);
    th.classList.add('grid__review');
    const when = element('span', 'grid__review-date', formatDate(review.reviewDate));
    th.append(element('br'), when);
    if (review.id === current?.id) th.append(element('br'), element('span', 'grid__current', 'Current'));
    headRow.append(th);
  }
  for (const name of ['Direction of travel', 'Deadline', 'Owners', 'Latest update']) headRow.append(columnHeader(name));
  const head = element('thead');
  head.append(headRow);
  table.append(head);

  const width = columns.length + grid.reviews.length + 4;
  let body = element('tbody');
  for (const { item, depth } of flattenGrid(grid.items)) {
    if (item.kind === 'priority') {
      // Each priority is a group of rows under a heading row that spans the table.
      if (body.childElementCount > 0) table.append(body);
      body = element('tbody', 'grid__priority');
      const row = element('tr', 'grid__group');
      const th = element('th', 'grid__group-heading', `Priority ${item.number}: `);
      th.scope = 'rowgroup';
      th.colSpan = width;
      th.append(element('span', 'grid__group-text', item.text));
      row.append(th);
      body.append(row);
      continue;
    }
    body.append(itemRow(grid, item, depth));
  }
  if (body.childElementCount > 0) table.append(body);

  // A wide table scrolls inside its own region (WCAG 1.4.10 reflow at 320px), focusable so keyboards can scroll it;
  // the region also bounds the sticky header.
  const region = element('div', 'table-scroll grid-scroll');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', 'Action plan grid, scrolls sideways');
  region.tabIndex = 0;
  region.append(table);
  return region;
}

function columnHeader(text: string): HTMLTableCellElement {
  const th = element('th', 'table__header', text);
  th.scope = 'col';
  return th;
}

function itemRow(grid: Grid, item: GridItem, depth: number): HTMLTableRowElement {
  // Priorities are group headings, so the first indented level is whatever sits under them.
  const level = grid.items.some((i) => i.kind === 'priority') ? depth - 1 : depth;
  const row = element('tr', `grid__row grid__row--${item.kind} grid__row--depth-${Math.min(level, 3)}`);

  const reference = element('th', 'grid__reference', item.reference);
  reference.scope = 'row';

  const text = element('td', 'grid__text');
  text.append(element('span', 'grid__kind', kindLabels[item.kind] ?? item.kind), element('span', 'grid__item-text', item.text));

  row.append(reference, text, peopleCell(item.leads.length > 0 ? item.leads : item.responsibleOfficer ? [item.responsibleOfficer] : [], true));

  for (const review of grid.reviews) {
    const cell = element('td', 'grid__score');
    const score = item.scores.find((s) => s.reviewId === review.id);
    if (item.isScored) cell.append(levelTag(grid.scale.levels, score?.level ?? null, score?.label));
    row.append(cell);
  }

  row.append(directionCell(item), deadlineCell(item), peopleCell(item.owners, false), updateCell(item));
  return row;
}

function peopleCell(people: readonly PersonRef[], withTitles: boolean): HTMLTableCellElement {
  const cell = element('td', 'grid__people');
  for (const person of people) {
    const line = element('span', 'grid__person', person.name);
    if (withTitles && person.jobTitle) line.append(element('span', 'hint grid__job', `, ${person.jobTitle}`));
    cell.append(line);
  }
  return cell;
}

function directionCell(item: GridItem): HTMLTableCellElement {
  const cell = element('td', 'grid__direction');
  if (!item.isScored || !item.direction) return cell;
  cell.append(directionText(item.direction.computed, 'grid__computed'));
  if (item.direction.override) {
    const override = element('span', 'grid__override');
    override.append(element('strong', 'tag tag--override', 'Overridden'), ' ', directionText(item.direction.override, 'grid__override-word'));
    cell.append(override);
    if (item.direction.overrideContradicts) cell.append(element('strong', 'tag tag--warning', 'Contradicts the scores'));
    if (item.direction.overrideReason) cell.append(element('span', 'hint grid__override-reason', `“${truncate(item.direction.overrideReason, 80)}”`));
  }
  return cell;
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
  const cell = element('td', 'grid__deadline');
  if (item.deadline?.text) cell.append(element('span', 'grid__deadline-text', item.deadline.text));
  const badge = deadlineBadge(item.deadlineStatus);
  if (badge) cell.append(element('strong', `tag tag--${badge.kind}`, badge.text));
  return cell;
}

function updateCell(item: GridItem): HTMLTableCellElement {
  const cell = element('td', 'grid__update');
  const update = item.latestUpdate;
  if (!update) {
    if (item.isScored) cell.append(element('span', 'hint', 'No update yet'));
    return cell;
  }
  const short = truncate(update.narrative, 140);
  cell.append(element('span', 'grid__narrative', short));
  if (short !== update.narrative.replace(/\s+/g, ' ').trim()) {
    // The whole text is one keypress away rather than lost to the truncation.
    const more = element('details', 'grid__more');
    more.append(element('summary', undefined, 'Full update'), paragraph(update.narrative));
    cell.append(more);
  }
  const when = [update.reviewLabel, formatDate(update.narrativeDate), update.updatedBy ? `by ${update.updatedBy}` : ''].filter(Boolean).join(', ');
  cell.append(element('span', 'hint grid__update-meta', when));
  return cell;
}
