// The plans page: a table of every plan with where it stands at its current review (counts per level, the average
// then and now, overdue items), or a clear message when there are none or they cannot be loaded.
// Everything the API returns goes into the page as text (textContent), never as markup.

import { listPlans, type Plan, type PlanStatus } from '../api/client';
import { getSummary, type Summary } from '../api/summary';
import { levelTag } from '../components/level-tag';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { emptyState, failedState, loadingState } from '../components/page-states';
import { averageMovement, countOf } from '../domain/figures';
import { dashboardPath, gridPath, reportPath, scorecardPath } from '../domain/routes';

const statusLabels: Record<PlanStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
};

/** The home page: the service's heading, what it holds, and the plans. */
export function showPlansPage(main: HTMLElement): void {
  document.title = serviceName;
  const section = element('div');
  const heading = element('h2', undefined, 'Plans');
  heading.id = 'plans-heading';
  section.append(heading);
  main.replaceChildren(
    pageHeading(serviceName),
    paragraph('Action plans written in response to inspections and reviews of children’s services.', 'lead'),
    section,
  );
  void showPlans(section, heading.id);
}

/**
 * Shows the plans inside `root`, which holds the section's heading (its id is `labelledBy`): a loading message,
 * then the table, the empty state or the error.
 */
export async function showPlans(root: HTMLElement, labelledBy: string): Promise<void> {
  const view = element('div', 'plans-view');
  view.append(loadingState('Loading plans…'));
  root.append(view);

  try {
    const plans = await listPlans();
    view.replaceChildren(
      plans.length === 0 ? emptyState('No plans yet.', 'Plans appear here once an administrator has created them.') : plansTable(plans, labelledBy),
    );
  } catch (error) {
    view.replaceChildren(failedState(error, 'the plans', '/', 'There are no plans here.', 'h3'));
  }
}

function plansTable(plans: Plan[], labelledBy: string): HTMLElement {
  // Named by the section's visible heading rather than a caption that would repeat it.
  const table = element('table', 'table plans-table');
  table.setAttribute('aria-labelledby', labelledBy);

  const headRow = element('tr');
  for (const heading of ['Plan', 'Status', 'Current review', 'Scores at the current review', 'Average score', 'Overdue']) {
    const th = element('th', 'table__header', heading);
    th.scope = 'col';
    headRow.append(th);
  }
  table.append(wrap('thead', headRow));

  const body = element('tbody');
  for (const plan of plans) body.append(planRow(plan));
  table.append(body);

  // A wide table scrolls inside its own region at 320px rather than the whole page (WCAG 1.4.10 reflow);
  // the region is focusable and named so keyboard users can scroll it too.
  const region = element('div', 'table-scroll');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-labelledby', labelledBy);
  region.tabIndex = 0;
  region.append(table);
  return region;
}

function planRow(plan: Plan): HTMLTableRowElement {
  const row = element('tr');
  const title = element('th', 'table__cell');
  title.scope = 'row';
  title.append(link(gridPath(plan.id), plan.title));
  if (plan.planVersion) title.append(' ', element('span', 'hint', plan.planVersion));
  title.append(element('span', 'hint plans-table__source', plan.sourceType));
  const more = element('span', 'plans-table__links');
  more.append(link(dashboardPath(plan.id), 'Dashboard'), ' ', link(scorecardPath(plan.id), 'Scorecard'), ' ', link(reportPath(plan.id), 'Report'));
  title.append(more);

  const status = element('td', 'table__cell');
  // The tag carries the word itself; its colour only repeats it.
  status.append(element('strong', `tag tag--${plan.status}`, statusLabels[plan.status] ?? plan.status));

  // The figures come from each plan's summary, loaded after the list so the plans show at once.
  const review = element('td', 'table__cell', '…');
  const levels = element('td', 'table__cell plans-table__levels', '…');
  const average = element('td', 'table__cell', '…');
  const overdue = element('td', 'table__cell', '…');
  row.append(title, status, review, levels, average, overdue);
  // aria-busy until the figures arrive, so assistive technology (and the tests) know the row is still filling in.
  row.setAttribute('aria-busy', 'true');
  void fillFigures(plan, { review, levels, average, overdue }).finally(() => row.removeAttribute('aria-busy'));
  return row;
}

async function fillFigures(plan: Plan, cells: Record<'review' | 'levels' | 'average' | 'overdue', HTMLElement>): Promise<void> {
  let summary: Summary;
  try {
    summary = await getSummary(plan.id);
  } catch {
    for (const cell of Object.values(cells)) cell.replaceChildren(element('span', 'hint', 'Not available'));
    return;
  }
  if (!summary.review) {
    cells.review.replaceChildren(element('span', 'hint', 'No reviews yet'));
    for (const cell of [cells.levels, cells.average, cells.overdue]) cell.replaceChildren(element('span', 'hint', '–'));
    return;
  }
  cells.review.replaceChildren(`${summary.review.label}, ${summary.review.status === 'open' ? 'open' : 'closed'}`);

  const list = element('ul', 'plans-table__counts');
  const levels = summary.levelCounts.map((l) => ({ value: l.value, label: l.label, colour: l.colour, meansComplete: l.meansComplete, meaning: null }));
  // Count first, then the level, so the numbers line up; levels nobody is at are left out to keep the row short.
  const counted: [number, HTMLElement][] = summary.levelCounts.filter((l) => l.count > 0).map((l) => [l.count, levelTag(levels, l.value, l.label)]);
  if (summary.noScoreCount > 0) counted.push([summary.noScoreCount, levelTag(levels, null)]);
  for (const [count, tag] of counted) {
    const item = element('li');
    item.append(element('span', 'plans-table__count', String(count)), ' ', tag);
    list.append(item);
  }
  if (counted.length === 0) list.append(element('li', 'hint', 'Nothing scored'));
  cells.levels.replaceChildren(list);
  cells.average.replaceChildren(averageMovement(summary.averages.overItems));
  const overdue = summary.overdue.length;
  cells.overdue.replaceChildren(overdue > 0 ? element('strong', 'tag tag--overdue', countOf(overdue, 'item')) : 'None');
}

function wrap<K extends keyof HTMLElementTagNameMap>(tag: K, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = element(tag);
  node.append(...children);
  return node;
}
