// The item a board page is about, above its form: reference, text, leads and owners under the plan's own headings,
// the deadline, and the score in the review being changed. The same facts, in the same words, as the item page.

import type { Grid, GridItem, PersonRef, Review } from '../../api/client';
import { levelTag } from '../../components/level-tag';
import { element } from '../../dom';
import { columnHeadings, deadlineShown, peopleShown, personWords } from '../../domain/grid-cells';
import { deadlineBadge, displayReference } from '../../domain/grid-rows';

export function itemFacts(grid: Grid, item: GridItem, review: Review | null): HTMLElement {
  const list = element('dl', 'summary-list board-page__facts');
  const row = (term: string, ...value: (Node | string)[]) => {
    const div = element('div', 'summary-list__row');
    const dd = element('dd', 'summary-list__value');
    dd.append(...value);
    div.append(element('dt', 'summary-list__key', term), dd);
    list.append(div);
  };
  row('Reference', displayReference(item));
  row('Text', item.text);
  const headings = columnHeadings(grid.plan);
  for (const [term, shown] of [
    [headings.lead, peopleShown(item.leads, item.inheritedLeads)],
    [headings.owners, peopleShown(item.owners, item.inheritedOwners)],
  ] as const) {
    if (shown.people.length === 0) continue;
    row(term, ...people(shown.people), ...(shown.from ? [element('span', 'hint item__inherited', `(${shown.from})`)] : []));
  }
  const deadline = deadlineShown(item);
  const badge = deadlineBadge(item.deadlineStatus);
  if (deadline || badge) {
    const value: (Node | string)[] = [];
    if (deadline) value.push(element('span', 'item__deadline-text', deadline.deadline.text));
    if (deadline?.from) value.push(' ', element('span', 'hint item__inherited', `(${deadline.from})`));
    if (badge) value.push(' ', element('strong', `tag tag--${badge.kind}`, badge.text));
    row('Deadline', ...value);
  }
  if (review) {
    const score = item.scores.find((s) => s.reviewId === review.id);
    row(`Score for ${review.label}`, score ? levelTag(grid.scale.levels, score.level, score.label) : 'None recorded yet');
  }
  return list;
}

function people(list: readonly PersonRef[]): HTMLElement[] {
  return list.map((p) => {
    const words = personWords(p);
    const line = element('span', 'item__person', words.name);
    if (words.jobTitle) line.append(element('span', 'hint', `, ${words.jobTitle}`));
    return line;
  });
}
