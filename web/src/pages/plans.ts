// The plans page: a table of every plan, or a clear message when there are none or they cannot be loaded.
// Everything the API returns goes into the page as text (textContent), never as markup.

import { listPlans, type Plan, type PlanStatus } from '../api/client';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { emptyState, failedState, loadingState } from '../components/page-states';
import { gridPath } from '../domain/routes';

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
  const table = element('table', 'table');
  table.setAttribute('aria-labelledby', labelledBy);

  const headRow = element('tr');
  for (const heading of ['Title', 'What it answers', 'Status', 'Rating scale']) {
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

  const status = element('td', 'table__cell');
  // The tag carries the word itself; its colour only repeats it.
  status.append(element('strong', `tag tag--${plan.status}`, statusLabels[plan.status] ?? plan.status));

  row.append(title, element('td', 'table__cell', plan.sourceType), status, element('td', 'table__cell', plan.scaleName));
  return row;
}

function wrap<K extends keyof HTMLElementTagNameMap>(tag: K, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = element(tag);
  node.append(...children);
  return node;
}
