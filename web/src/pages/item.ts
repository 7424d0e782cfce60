// One item's detail: where it sits, who answers for it, its deadline, its score in every review as a small chart with
// the same figures in a table, its updates (each review's narrative and the item's running log), direction of travel,
// completion and sign-off (with the board's form), and its audit trail in words. The item comes from the grid endpoint;
// the running log, the sign-off note and the trail are read beside it.

import { withNarratives } from '../domain/grid-scores';
import './item.css';
import { ApiError, getGrid, getItemNarratives, type Grid, type GridItem, type GridScore, type PersonRef, type Review, type Session } from '../api/client';
import { getItemTrail, getItemUpdates, type ItemUpdate } from '../api/items';
import { getScore, signOffScore, type ScoreAddress, type ScoreResponse as ScoreDetail } from '../api/scores';
import { formErrors, type FieldError } from '../api/problems';
import { chartRegion, scoreHistoryChart } from '../components/charts';
import { errorSummary } from '../components/error-summary';
import { levelTag } from '../components/level-tag';
import { emptyState, errorState, failedState, loadingState, notFoundState } from '../components/page-states';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { describeChange, formatMoment } from '../domain/item-audit';
import {
  answersWords, findItem, mayScore, maySignOff, scoreHistory, signOffView, timeline, understoodWords, type FoundItem, type SignOffView,
} from '../domain/item-find';
import { columnHeadings, completionNote, deadlineShown, directionShown, peopleShown, personWords, printedShown } from '../domain/grid-cells';
import { deadlineBadge, directionWords, displayReference, formatDate, itemTitle, kindLabels, reviewDateText } from '../domain/grid-rows';
import { scaleDirectionWords } from '../domain/levels';
import { directionPath, gridPath, itemPath, scorePath, type ItemKindInPath, type ScoredKindInPath } from '../domain/routes';
import { isBoard } from '../domain/board-scoring';
import { getSession, sessionLoaded } from '../session';

// A navigation away while the page loads must not let the old request draw over the new page.
let pending: AbortController | null = null;
const changesPageSize = 10;

export function showItemPage(main: HTMLElement, url: URL, planId: number, kind: ItemKindInPath, itemId: number): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;

  document.title = `${kindLabels[kind]} – ${serviceName}`;
  const heading = pageHeading(kindLabels[kind]);
  const back = element('p', 'back');
  back.append(link(gridPath(planId), 'Back to the action plan'));
  const view = element('div', 'item-view');
  view.append(loadingState(`Loading the ${kindLabels[kind].toLowerCase()}…`));
  main.replaceChildren(back, heading, view);

  Promise.all([getGrid(planId, controller.signal), sessionLoaded]).then(
    ([grid]) => {
      if (controller.signal.aborted) return;
      const found = findItem(grid.items, kind, itemId);
      if (!found) {
        heading.textContent = 'No such item';
        document.title = `No such item – ${serviceName}`;
        const box = notFoundState(`This plan has no ${kindLabels[kind].toLowerCase()} at this address. It may have been deleted, or the link may be wrong.`);
        const toPlan = element('p');
        toPlan.append(link(gridPath(planId), `Go to ${grid.plan.title}`));
        box.append(toPlan);
        view.replaceChildren(box);
        return;
      }
      const title = `${kindLabels[kind]} ${displayReference(found.item)}`;
      heading.textContent = title;
      document.title = `${title} – ${grid.plan.title} – ${serviceName}`;
      const page = Number(url.searchParams.get('changes')) || 1;
      view.replaceChildren(...itemView(grid, found, getSession(), page, controller.signal));
    },
    (error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 404) {
        heading.textContent = 'No such plan';
        document.title = `No such plan – ${serviceName}`;
      }
      view.replaceChildren(failedState(error, 'this item', location.pathname + location.search, 'There is no plan at this address. It may have been deleted, or the link may be wrong.'));
    },
  );
}

function itemView(grid: Grid, found: FoundItem, session: Session | null, changesPage: number, signal: AbortSignal): HTMLElement[] {
  const { item } = found;
  const planId = grid.plan.id;
  const current = grid.reviews.find((r) => r.id === grid.currentReviewId) ?? null;
  const parts: HTMLElement[] = [breadcrumb(grid, found), paragraph(item.text, 'lead item__text'), facts(grid, found)];

  if (item.isScored && current?.status === 'open' && mayScore(session?.role, session?.personId, found)) {
    const p = element('p');
    p.append(link(scorePath(planId, item.kind as ScoredKindInPath, item.id), `Update the score for ${current.label}`, 'button item__update'));
    parts.push(p);
  }

  if (item.isScored) {
    parts.push(historySection(grid, item), timelineSection(grid, item, signal), directionSection(grid, item, session), signOffSection(grid, item, current, session, signal));
    // A scored row can have rows under it too: an inspection plan's recommendation with its actions lettered A, B, C.
    if (item.children.length > 0) parts.push(childrenSection(grid, item));
  } else {
    parts.push(childrenSection(grid, item));
  }
  parts.push(changesSection(grid, item, changesPage, signal));
  return parts;
}

function breadcrumb(grid: Grid, found: FoundItem): HTMLElement {
  const nav = element('nav', 'breadcrumb');
  nav.setAttribute('aria-label', 'Where this item sits');
  const list = element('ol', 'breadcrumb__list');
  const crumb = (content: Node) => {
    const li = element('li', 'breadcrumb__item');
    li.append(content);
    list.append(li);
  };
  crumb(link(gridPath(grid.plan.id), grid.plan.title));
  const parentKind = (i: number) => (i > 0 ? found.ancestors[i - 1]!.kind : null);
  found.ancestors.forEach((above, i) => crumb(link(itemPath(grid.plan.id, above.kind, above.id), itemTitle(above, parentKind(i)))));
  const here = element('span', undefined, itemTitle(found.item, parentKind(found.ancestors.length)));
  here.setAttribute('aria-current', 'page');
  crumb(here);
  nav.append(list);
  return nav;
}

/** The item's facts as a GOV.UK summary list: a term and its value per row, rows without a value left out. */
function facts(grid: Grid, found: FoundItem): HTMLElement {
  const item = found.item;
  const list = element('dl', 'summary-list');
  const row = (term: string, ...value: (Node | string)[]) => {
    if (value.length === 0) return;
    const div = element('div', 'summary-list__row');
    const dd = element('dd', 'summary-list__value');
    dd.append(...value);
    div.append(element('dt', 'summary-list__key', term), dd);
    list.append(div);
  };
  row('Reference', displayReference(item));
  if (item.number === null) row('Number', 'Unnumbered: the source printed no number for it');
  if (item.outcomeStatement) row('Outcome', item.outcomeStatement);
  if (item.judgementArea) row('Judgement area', item.judgementArea);
  if (item.sourceParagraphs) row('Report paragraphs', item.sourceParagraphs);
  if (item.sourceReference) row('Carried over from', item.sourceReference);
  const answers = answersWords(item.answersReportRecommendations);
  if (answers) row(answers.term, answers.value);
  if (item.addressees.length > 0) row('Addressed to', ...item.addressees.map((a) => element('span', 'item__person', a)));

  // Leads and owners answer for the item; an item that names none answers through the nearest row above that does,
  // which is said in words. The terms are the plan's own headings ("Assigned lead", "Responsible officer").
  if (item.kind !== 'priority') {
    const headings = columnHeadings(grid.plan);
    for (const [term, shown] of [
      [headings.lead, peopleShown(item.leads, item.inheritedLeads)],
      [headings.owners, peopleShown(item.owners, item.inheritedOwners)],
    ] as const) {
      if (shown.people.length === 0) continue;
      row(term, ...people(shown.people), ...(shown.from ? [element('span', 'hint item__inherited', `(${shown.from})`)] : []));
    }
  }

  const shownDeadline = deadlineShown(item);
  if (shownDeadline || item.deadlineStatus) {
    const value: (Node | string)[] = [];
    if (shownDeadline) {
      const { deadline, from } = shownDeadline;
      value.push(element('span', 'item__deadline-text', deadline.text));
      if (from) value.push(element('span', 'hint item__inherited', `(${from})`));
      const understood = understoodWords(deadline, formatDate);
      if (understood) value.push(element('span', 'item__understood', `Understood as: ${understood}`));
      for (const problem of deadline.problems) value.push(element('span', 'item__understood', `Not understood: ${problem}`));
      for (const reason of deadline.toConfirm) {
        const line = element('span', 'item__understood');
        line.append(element('strong', 'tag tag--confirm', 'To confirm'), ` ${reason}`);
        value.push(line);
      }
    }
    const badge = deadlineBadge(item.deadlineStatus);
    if (badge) value.push(element('strong', `tag tag--${badge.kind}`, badge.text));
    else if (item.deadlineStatus === 'completed') value.push(element('strong', 'tag tag--active', 'Completed'));
    row('Deadline', ...value);
  }
  row('Judged on', `${formatDate(grid.today)} (today)`);
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

function section(title: string, id: string): HTMLElement {
  const s = element('section', 'item__section');
  const h2 = element('h2', undefined, title);
  h2.id = id;
  s.setAttribute('aria-labelledby', id);
  s.append(h2);
  return s;
}

function historySection(grid: Grid, item: GridItem): HTMLElement {
  const s = section('Score in each review', 'item-history');
  const points = scoreHistory(grid.reviews, item.scores);
  if (points.length === 0) {
    s.append(emptyState('No reviews yet.', 'The score history starts with the plan’s first review.'));
    return s;
  }
  s.append(paragraph(grid.scale.higherIsBetter === null
    ? `On “${grid.scale.name}”, which end is better is not stated; the chart puts the highest level at the top. A review without a score is a gap, not a zero.`
    : `On “${grid.scale.name}”, ${scaleDirectionWords(grid.scale.higherIsBetter)}; the chart puts better at the top. A review without a score is a gap, not a zero.`, 'hint'));
  const chart = scoreHistoryChart({ levels: grid.scale.levels, higherIsBetter: grid.scale.higherIsBetter, points, description: `Score history of ${kindLabels[item.kind].toLowerCase()} ${item.reference}` });
  s.append(chartRegion(chart, 'Score history chart, scrolls sideways'));

  const table = element('table', 'table item__history-table');
  table.append(element('caption', 'table__caption', 'The chart’s figures: score in each review'));
  const head = element('thead');
  const hr = element('tr');
  for (const name of ['Review', 'Date', 'Score', 'As printed in the source']) {
    const th = element('th', undefined, name);
    th.scope = 'col';
    hr.append(th);
  }
  head.append(hr);
  const body = element('tbody');
  for (const point of points) {
    const tr = element('tr');
    const th = element('th', undefined, point.reviewLabel);
    th.scope = 'row';
    const score = element('td');
    if (point.level !== null) score.append(levelTag(grid.scale.levels, point.level, point.label));
    else score.append(levelTag(grid.scale.levels, null), point.recordedAs ? element('span', 'hint', ` “${point.recordedAs}”`) : point.recorded ? '' : element('span', 'hint', ' (nothing recorded)'));
    tr.append(th, element('td', undefined, reviewDateText(point.reviewDate)), score, element('td', undefined, printedWords(item.scores.find((x) => x.reviewId === point.reviewId))));
    body.append(tr);
  }
  table.append(head, body);
  s.append(table);
  return s;
}

/** What the source printed about a score: its direction of travel, and the document a completion was copied from. */
function printedWords(score: GridScore | undefined): string {
  if (!score) return '';
  const parts: string[] = [];
  // What the cell held when it was read as a level (a word, a fill colour); "no score" says it in the score column.
  if (score.level !== null && score.recordedAs?.trim()) parts.push(`Printed as “${score.recordedAs.trim()}”`);
  if (score.printedDirection) {
    const printed = printedShown(score.printedDirection, score.printedDirectionText, false);
    parts.push(`Direction: ${printed.words.word}${printed.asPrinted ? ` (“${printed.asPrinted}”)` : ''}`);
  }
  const note = completionNote(score);
  if (note?.kind === 'printed') parts.push(note.text);
  else if (score.sourceDocument) parts.push(`Copied from ${score.sourceDocument}`);
  return parts.join('. ');
}

function timelineSection(grid: Grid, item: GridItem, signal: AbortSignal): HTMLElement {
  const s = section('Progress updates', 'item-updates');
  const body = element('div');
  s.append(body);
  if (item.kind === 'priority') {
    drawTimeline(body, grid, item, []);
    return s;
  }
  // The grid carries the latest two reviews' narratives; older reviews' words come from the narratives request, and the
  // running log (several notes a review, some undated) is read beside them.
  body.append(loadingState('Loading the progress updates…'));
  const older = item.scores.some((s) => s.textOmitted)
    ? getItemNarratives(grid.plan.id, item.kind, item.id, signal).then((words) => ({ ...item, scores: withNarratives(item.scores, words) }))
    : Promise.resolve(item);
  Promise.all([getItemUpdates(grid.plan.id, item.kind, item.id, signal), older]).then(
    ([log, whole]) => {
      if (!signal.aborted) drawTimeline(body, grid, whole, log);
    },
    (error: unknown) => {
      if (signal.aborted) return;
      drawTimeline(body, grid, item, []);
      body.prepend(errorState(error, 'the progress log', 'h3'));
    },
  );
  return s;
}

function drawTimeline(body: HTMLElement, grid: Grid, item: GridItem, log: readonly ItemUpdate[]): void {
  const entries = timeline(grid.reviews, item.scores, log);
  if (entries.length === 0) {
    body.replaceChildren(emptyState('No progress updates yet.'));
    return;
  }
  const list = element('ol', 'timeline');
  for (const entry of entries) {
    const li = element('li', 'timeline__entry');
    const head = element('p', 'timeline__meta');
    const when: (Node | string)[] = [];
    if (entry.date && !entry.datedByReview) {
      const time = element('time', 'timeline__date', formatDate(entry.date));
      time.dateTime = entry.date;
      when.push(time);
    } else if (entry.date) {
      // Undated, and it stays so: placed by its review's date, which is said to be the review's.
      const time = element('time', undefined, formatDate(entry.date));
      time.dateTime = entry.date;
      when.push(element('span', 'timeline__date', 'undated'), ' (placed at the review’s date, ', time, ')');
    } else {
      when.push(element('span', 'timeline__date', 'no date'));
    }
    head.append(element('strong', undefined, entry.reviewLabel ?? 'Not written for a review'), ', ', ...when);
    if (entry.source === 'log') head.append(', progress log');
    head.append(`, by ${entry.by}`);
    if (entry.source === 'score') head.append(' ', levelTag(grid.scale.levels, entry.level, entry.label));
    li.append(head, paragraph(entry.narrative, 'timeline__text'));
    if (entry.sourceDocument) li.append(paragraph(`From ${entry.sourceDocument}`, 'hint timeline__source'));
    list.append(li);
  }
  body.replaceChildren(paragraph('Newest first.', 'hint'), list);
}

function directionSection(grid: Grid, item: GridItem, session: Session | null): HTMLElement {
  const s = section('Direction of travel', 'item-direction');
  const direction = item.direction;
  const current = grid.reviews.find((r) => r.id === grid.currentReviewId);
  if (!direction || !current) {
    s.append(emptyState('No direction of travel yet.', 'It is worked out once the plan has a review.'));
    return s;
  }
  const compared = grid.reviews.find((r) => r.id === direction.comparedWithReviewId);
  const { arrow, word } = directionWords(direction.computed);
  const computed = element('p', 'item__direction');
  const mark = element('span', 'grid__arrow', arrow);
  mark.setAttribute('aria-hidden', 'true');
  computed.append(mark, ' ', element('strong', undefined, word), ` at ${current.label}, worked out from the scores`);
  if (compared) computed.append(` (compared with ${compared.label}${direction.skippedGap ? ', the latest earlier review with a score' : ''})`);
  computed.append('.');
  s.append(computed);
  const shown = directionShown(direction);
  if (shown.readings.length > 0) {
    // A scale that does not say which end is better: no judgement, only what each reading would make of the move.
    const readings = element('ul', 'list item__readings');
    for (const reading of shown.readings) readings.append(element('li', undefined, `${reading.reading}: ${reading.words.word.toLowerCase()}`));
    s.append(paragraph(`“${grid.scale.name}” does not say which end is better, so the tracker does not judge this move.`), readings);
  }
  if (shown.printed) {
    const box = element('div', 'item__override');
    const p = element('p');
    p.append(element('strong', 'tag tag--override', 'Printed'), ' The source printed ', element('strong', undefined, shown.printed.words.word));
    if (shown.printed.asPrinted) p.append(` (“${shown.printed.asPrinted}”)`);
    p.append(` for ${current.label}.`);
    box.append(p);
    if (shown.printed.contradicts) box.append(element('strong', 'tag tag--warning', 'The printed direction contradicts the scores'));
    s.append(box);
  }
  if (direction.override) {
    const box = element('div', 'item__override');
    const p = element('p');
    p.append(element('strong', 'tag tag--override', 'Overridden'), ` ${direction.overrideBy ?? 'Someone'} judged it `, element('strong', undefined, directionWords(direction.override).word));
    if (direction.overrideAt) p.append(` on ${formatMoment(direction.overrideAt)}`);
    p.append('.');
    box.append(p);
    if (direction.overrideReason) box.append(paragraph(`Reason: “${direction.overrideReason}”`));
    if (direction.overrideContradicts) box.append(element('strong', 'tag tag--warning', 'This contradicts the scores'));
    s.append(box);
  }
  // Board members and administrators record a judgement beside the computed direction, with a reason, while the review is open.
  if (isBoard(session?.role) && current.status === 'open' && item.kind !== 'priority') {
    const p = element('p');
    p.append(link(directionPath(grid.plan.id, item.kind, item.id, current.id),
      direction.override ? 'Change or withdraw the override of the direction of travel' : 'Override the direction of travel'));
    s.append(p);
  }
  return s;
}

function signOffSection(grid: Grid, item: GridItem, current: Review | null, session: Session | null, signal: AbortSignal): HTMLElement {
  const s = section('Completion and sign-off', 'item-sign-off');
  const route: ScoreAddress | null = current && item.kind !== 'priority' ? { planId: grid.plan.id, reviewId: current.id, itemType: item.kind, itemId: item.id } : null;
  const score = current ? item.scores.find((x) => x.reviewId === current.id) : undefined;
  const body = element('div');
  const status = element('div', 'item__sign-off-status');
  status.setAttribute('role', 'status');
  s.append(body, status);
  if (!current || !route) {
    body.append(paragraph('No review yet, so nothing has been marked complete.'));
    return s;
  }
  if (score?.completeAsPrinted) {
    // Marked complete in a document before the tracker existed: held as printed, with where it came from, never passed
    // off as the board's sign-off.
    const state = element('p', 'item__sign-off-state');
    state.append(element('strong', 'tag tag--active', 'Complete as printed'), ' ', levelTag(grid.scale.levels, score.level, score.label),
      ` in ${current.label}, as printed in ${score.sourceDocument ?? 'the source'}. It was marked complete before the tracker was used, so the board has not signed it off here.`);
    body.append(state);
    return s;
  }
  const view = signOffView(score);
  if (view.state === 'none') {
    body.append(paragraph(`Not marked complete in ${current.label}, so no sign-off is needed.`));
    return s;
  }
  // The board's note and the score's version are only on the score itself.
  body.append(loadingState('Loading the sign-off…'));
  getScore(route, signal).then(
    (detail) => {
      if (signal.aborted) return;
      drawSignOff(body, status, grid, item, current, route, detail, session);
    },
    (error: unknown) => {
      if (signal.aborted) return;
      body.replaceChildren(errorState(error, 'the sign-off', 'h3'));
    },
  );
  return s;
}

function drawSignOff(body: HTMLElement, status: HTMLElement, grid: Grid, item: GridItem, review: Review, route: ScoreAddress, detail: ScoreDetail, session: Session | null): void {
  const view = signOffView({ ...(item.scores.find((x) => x.reviewId === review.id) as GridScore), ...detail, label: detail.levelLabel } as GridScore, detail.signOffNote);
  body.replaceChildren(...signOffWords(grid, review, detail, view));
  if (view.state === 'pending' && maySignOff(session?.role)) {
    body.append(signOffForm(route, detail, (after) => {
      drawSignOff(body, status, grid, item, review, route, after, session);
      status.textContent = after.signOffStatus === 'signedOff' ? 'Signed off. The item now counts as complete.' : 'Rejected. The lead can see your note.';
      body.querySelector<HTMLElement>('.item__sign-off-state')?.focus();
    }));
  } else if (view.state === 'pending') {
    body.append(paragraph('A board member or administrator signs it off or rejects it.', 'hint'));
  }
}

function signOffWords(grid: Grid, review: Review, detail: ScoreDetail, view: SignOffView): HTMLElement[] {
  const state = element('p', 'item__sign-off-state');
  state.tabIndex = -1;
  const level = levelTag(grid.scale.levels, detail.level, detail.levelLabel);
  const out: HTMLElement[] = [state];
  switch (view.state) {
    case 'pending':
      state.append(element('strong', 'tag tag--due-soon', 'Waiting for sign-off'), ` Marked `, level, ` in ${review.label}; it does not count as complete until the board signs it off.`);
      break;
    case 'signedOff':
      state.append(element('strong', 'tag tag--active', 'Signed off'), ` by ${view.by ?? 'the board'}${view.at ? ` on ${formatMoment(view.at)}` : ''}: `, level, ` in ${review.label} counts as complete.`);
      break;
    case 'rejected':
      state.append(element('strong', 'tag tag--overdue', 'Rejected'), ` by ${view.by ?? 'the board'}${view.at ? ` on ${formatMoment(view.at)}` : ''}: `, level, ` in ${review.label} does not count as complete.`);
      break;
    default:
      return [];
  }
  if (view.state !== 'pending' && view.note) out.push(paragraph(`Note: “${view.note}”`, 'item__sign-off-note'));
  if (view.evidence) out.push(evidence(view.evidence));
  return out;
}

/** The evidence as text, or as a link when it is a web address (only http and https: never javascript: or data:). */
function evidence(text: string): HTMLElement {
  const p = element('p', 'item__evidence', 'Evidence: ');
  if (/^https?:\/\/\S+$/i.test(text.trim())) {
    const a = link(text.trim(), text.trim());
    a.rel = 'noopener noreferrer';
    p.append(a);
  } else p.append(element('span', undefined, text));
  return p;
}

type SignOffField = 'decision' | 'note';
const signOffFields: readonly SignOffField[] = ['decision', 'note'];

function signOffForm(route: ScoreAddress, detail: ScoreDetail, done: (after: ScoreDetail) => void): HTMLElement {
  const form = element('form', 'form item__sign-off-form');
  form.noValidate = true;
  const summarySlot = element('div');

  const decisionGroup = element('div', 'form-group');
  const fieldset = element('fieldset', 'fieldset');
  fieldset.id = 'sign-off-decision';
  fieldset.tabIndex = -1;
  fieldset.append(element('legend', 'fieldset__legend', 'Your decision'));
  const decisionError = element('p', 'error-message');
  decisionError.id = 'sign-off-decision-error';
  decisionError.hidden = true;
  fieldset.append(decisionError);
  const radios = [
    ['signedOff', 'Sign off: the evidence shows it is complete'],
    ['rejected', 'Reject: it is not complete yet'],
  ].map(([value, text]) => {
    const wrap = element('div', 'radios__item');
    const input = element('input', 'radios__input');
    input.type = 'radio';
    input.name = 'decision';
    input.value = value!;
    input.id = `sign-off-${value}`;
    const label = element('label', 'radios__label', text);
    label.htmlFor = input.id;
    wrap.append(input, label);
    fieldset.append(wrap);
    return input;
  });
  decisionGroup.append(fieldset);

  const noteGroup = element('div', 'form-group');
  const noteLabel = element('label', 'label', 'Note');
  noteLabel.htmlFor = 'sign-off-note';
  const noteHint = element('p', 'hint', 'Needed when you reject it: say what is missing, so the lead knows what to do.');
  noteHint.id = 'sign-off-note-hint';
  const noteError = element('p', 'error-message');
  noteError.id = 'sign-off-note-error';
  noteError.hidden = true;
  const note = element('textarea', 'textarea');
  note.id = 'sign-off-note';
  note.name = 'note';
  note.rows = 3;
  note.setAttribute('aria-describedby', noteHint.id);
  noteGroup.append(noteLabel, noteHint, noteError, note);

  const button = element('button', 'button', 'Record the decision');
  button.type = 'submit';
  const progress = element('p', 'form__progress');
  progress.setAttribute('role', 'status');
  form.append(element('h3', undefined, 'Sign off or reject'), summarySlot, decisionGroup, noteGroup, button, progress);

  const show = (errors: FieldError[]) => {
    for (const [group, message, described, target] of [
      [decisionGroup, decisionError, fieldset, 'decision'], [noteGroup, noteError, note, 'note'],
    ] as const) {
      const error = errors.find((e) => e.field === target);
      group.classList.toggle('form-group--error', Boolean(error));
      message.hidden = !error;
      message.replaceChildren(...(error ? [element('span', 'visually-hidden', 'Error: '), error.message] : []));
      described.setAttribute('aria-describedby', [target === 'note' ? noteHint.id : '', error ? message.id : ''].filter(Boolean).join(' '));
      if (!described.getAttribute('aria-describedby')) described.removeAttribute('aria-describedby');
    }
    summarySlot.replaceChildren();
    if (errors.length === 0) return;
    const summary = errorSummary(errors, (field) => (field === 'decision' ? radios[0]! : field === 'note' ? note : null));
    summarySlot.append(summary);
    summary.focus();
  };

  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    const decision = radios.find((r) => r.checked)?.value as 'signedOff' | 'rejected' | undefined;
    if (!decision) {
      show([{ field: 'decision', message: 'Choose whether to sign it off or reject it.' }]);
      return;
    }
    sending = true;
    button.setAttribute('aria-disabled', 'true');
    progress.textContent = 'Recording your decision…';
    try {
      const after = await signOffScore(route, decision, note.value.trim(), detail.version);
      done(after);
    } catch (error) {
      progress.textContent = '';
      const stale = error instanceof ApiError && (error.status === 412 || error.status === 409);
      show(stale
        ? [{ field: null, message: 'Someone changed this score after you opened the page, so your decision was not recorded. Reload the page to see their change, then decide again.' }]
        : formErrors(error, signOffFields, null));
    } finally {
      sending = false;
      button.removeAttribute('aria-disabled');
    }
  });
  return form;
}

function childrenSection(grid: Grid, item: GridItem): HTMLElement {
  const s = section('Items under this one', 'item-children');
  if (item.children.length === 0) {
    s.append(emptyState(`Nothing has been added under this ${kindLabels[item.kind].toLowerCase()} yet.`));
    return s;
  }
  const current = grid.currentReviewId;
  const list = element('ul', 'item__children');
  for (const child of item.children) {
    const li = element('li');
    // An unnumbered row is named by its place ("Unnumbered action (the third under its recommendation)"), so two of
    // them under one row never share a link's name.
    const name = child.number?.trim() ? `${kindLabels[child.kind]} ${displayReference(child)}` : itemTitle(child, item.kind);
    li.append(link(itemPath(grid.plan.id, child.kind, child.id), name), `: ${child.text} `);
    if (child.isScored && current) {
      const score = child.scores.find((x) => x.reviewId === current);
      li.append(levelTag(grid.scale.levels, score?.level ?? null, score?.label));
    }
    list.append(li);
  }
  s.append(list);
  return s;
}

function changesSection(grid: Grid, item: GridItem, firstPage: number, signal: AbortSignal): HTMLElement {
  const s = section('Changes', 'item-changes');
  s.append(paragraph(item.isScored ? 'Every change to this item and to its scores, newest first.' : 'Every change to this item, newest first.', 'hint'));
  const body = element('div');
  const status = element('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  s.append(body, status);
  const labels = new Map(grid.reviews.map((r) => [r.id, r.label]));

  const load = (page: number, announce: boolean) => {
    body.replaceChildren(loadingState('Loading the changes…'));
    getItemTrail(grid.plan.id, item.kind, item.id, page, changesPageSize, signal).then(
      (trail) => {
        if (signal.aborted) return;
        const list = element('ol', 'changes');
        for (const entry of trail.items) {
          const words = describeChange(entry, labels);
          const li = element('li', 'changes__entry');
          for (const sentence of words.what) li.append(paragraph(sentence, 'changes__what'));
          const who = paragraph(words.who, 'hint changes__who');
          li.append(who);
          list.append(li);
        }
        const pages = Math.max(1, Math.ceil(trail.total / trail.pageSize));
        const from = trail.total === 0 ? 0 : (page - 1) * trail.pageSize + 1;
        const to = Math.min(trail.total, page * trail.pageSize);
        const range = trail.total === 0 ? 'No changes recorded.' : `Changes ${from} to ${to} of ${trail.total}.`;
        body.replaceChildren(trail.items.length ? list : emptyState(page > 1 ? 'There are no changes on this page.' : 'No changes recorded.'));
        if (pages > 1 || page > 1) body.append(pager(page, pages, range, load));
        if (announce) status.textContent = range;
        // The page of changes is part of the address (shareable), without a history entry per page turned.
        const url = new URL(location.href);
        if (page > 1) url.searchParams.set('changes', String(page));
        else url.searchParams.delete('changes');
        history.replaceState(history.state, '', url.pathname + url.search);
      },
      (error: unknown) => {
        if (signal.aborted) return;
        // A brand-new plan's item always has its creation in the log; a 404 means the log knows nothing, so say so.
        body.replaceChildren(error instanceof ApiError && error.status === 404 ? emptyState('No changes recorded.') : errorState(error, 'the changes', 'h3'));
      },
    );
  };
  load(Math.max(1, firstPage), false);
  return s;
}

function pager(page: number, pages: number, range: string, load: (page: number, announce: boolean) => void): HTMLElement {
  const nav = element('nav', 'pager');
  nav.setAttribute('aria-label', 'Pages of changes');
  nav.append(paragraph(range, 'pager__range'));
  const button = (text: string, to: number) => {
    const b = element('button', 'button button--secondary', text);
    b.type = 'button';
    b.addEventListener('click', () => load(to, true));
    return b;
  };
  if (page > 1) nav.append(button('Newer changes', page - 1));
  if (page < pages) nav.append(button('Older changes', page + 1));
  return nav;
}
